// contactdesk-cli
//
//   contactdesk-cli [account] import FILE [--dry-run] [--region CC]
//                   [--on-duplicate skip|update] [--overwrite] [--json]
//   contactdesk-cli [account] export [--filter TEXT] [--bom] FILE
//   contactdesk-cli [account] list [--json]
//   contactdesk-cli [account] search TEXT [--json]
//   contactdesk-cli [account] undo-import [ID] [--json]
//
// account: the app's profile (--profile DIR, else the standard one) and its
// account; or any server with --api-url URL and --api-key KEY (or the
// CONTACTDESK_API_KEY environment variable). The local copy of the team is
// brought up to date before each command; an import interrupted by a crash
// or Ctrl+C resumes when the same file is imported again.

#include "Cli.h"

#include "AppContext.h"
#include "ContactExport.h"
#include "ContactStore.h"
#include "Credentials.h"
#include "HeymarketClient.h"
#include "ImportJournal.h"
#include "ImportSession.h"
#include "ImportUploader.h"
#include "Phone.h"
#include "Profile.h"
#include "SandboxHost.h"
#include "SearchText.h"
#include "SecretVault.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace ContactDesk::Cli {

namespace {

enum Exit
{
    Success = 0,
    Rejected = 1,
    Usage = 2,
    NoConnection = 3
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Cli", text);
}

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

const char *const usage =
    "usage: contactdesk-cli [--profile DIR] [--api-url URL --api-key KEY] COMMAND\n"
    "  import FILE [--dry-run] [--region CC] [--on-duplicate skip|update] [--overwrite] [--json]\n"
    "  export [--filter TEXT] [--bom] FILE\n"
    "  list [--json]\n"
    "  search TEXT [--json]\n"
    "  undo-import [ID] [--json]\n"
    "The API key may also come from CONTACTDESK_API_KEY.\n";

struct Arguments
{
    QString profile;
    QString apiUrl;
    QString apiKey;
    QString command;
    QStringList positional;
    bool dryRun = false;
    bool json = false;
    bool bom = false;
    bool overwrite = false;
    QString region;
    QString onDuplicate = QStringLiteral("skip");
    QString filter;
};

std::optional<Arguments> parse(const QStringList &arguments, QString *problem)
{
    Arguments a;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const auto value = [&](QString *into) {
            if (i + 1 >= arguments.size()) {
                *problem = tr("%1 needs a value").arg(arg);
                return false;
            }
            *into = arguments.at(++i);
            return true;
        };
        bool ok = true;
        if (arg == QLatin1String("--profile"))
            ok = value(&a.profile);
        else if (arg == QLatin1String("--api-url"))
            ok = value(&a.apiUrl);
        else if (arg == QLatin1String("--api-key"))
            ok = value(&a.apiKey);
        else if (arg == QLatin1String("--region"))
            ok = value(&a.region);
        else if (arg == QLatin1String("--on-duplicate"))
            ok = value(&a.onDuplicate);
        else if (arg == QLatin1String("--filter"))
            ok = value(&a.filter);
        else if (arg == QLatin1String("--dry-run"))
            a.dryRun = true;
        else if (arg == QLatin1String("--json"))
            a.json = true;
        else if (arg == QLatin1String("--bom"))
            a.bom = true;
        else if (arg == QLatin1String("--overwrite"))
            a.overwrite = true;
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return std::nullopt;
        else if (arg.startsWith(QLatin1String("--"))) {
            *problem = tr("unknown option %1").arg(arg);
            return std::nullopt;
        } else if (a.command.isEmpty())
            a.command = arg;
        else
            a.positional.append(arg);
        if (!ok)
            return std::nullopt;
    }
    if (a.apiKey.isEmpty())
        a.apiKey = qEnvironmentVariable("CONTACTDESK_API_KEY");
    if (a.onDuplicate != QLatin1String("skip") && a.onDuplicate != QLatin1String("update")) {
        *problem = tr("--on-duplicate takes skip or update, not “%1”").arg(a.onDuplicate);
        return std::nullopt;
    }
    if (!a.region.isEmpty() && !Phone::regions().contains(a.region.toUpper())) {
        *problem = tr("--region: “%1” is not a region code such as US or GB").arg(a.region);
        return std::nullopt;
    }
    if (!a.apiUrl.isEmpty() && a.apiKey.isEmpty()) {
        *problem = tr("--api-url needs --api-key or CONTACTDESK_API_KEY");
        return std::nullopt;
    }
    return a;
}

// The account the command works on: the server, its credentials, the store.
class Session
{
public:
    explicit Session(const Arguments &arguments)
        : m_arguments(arguments)
        , m_profile(arguments.profile.isEmpty() ? Store::Profile::standard()
                                                : Store::Profile::inDirectory(arguments.profile))
    {}

    // Connects and brings the store up to date; false with problem set.
    bool open(QString *problem)
    {
        if (const QString missing = m_profile.ensureExists(); !missing.isEmpty()) {
            *problem = missing;
            return false;
        }
        m_settings = m_profile.openSettings();
        QUrl baseUrl;
        Api::Credentials credentials;
        QString storeFile;
        if (!m_arguments.apiUrl.isEmpty()) {
            baseUrl = QUrl(m_arguments.apiUrl);
            if (!baseUrl.isValid() || baseUrl.scheme().isEmpty()) {
                *problem = tr("--api-url: “%1” is not a URL").arg(m_arguments.apiUrl);
                return false;
            }
            credentials = Api::Credentials::fromApiKey(m_arguments.apiKey);
            static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
            storeFile = QStringLiteral("cli-%1.sqlite")
                            .arg(QString(baseUrl.host() + QLatin1Char('-') +
                                         QString::number(baseUrl.port(0)) + baseUrl.path())
                                     .replace(unsafe, QStringLiteral("_")));
        } else if (m_settings->value(QLatin1String(App::AppContext::accountKindKey)).toString() ==
                   QLatin1String("heymarket")) {
            const QString name =
                m_settings->value(QLatin1String(App::AppContext::accountNameKey)).toString();
            baseUrl = QUrl(m_settings
                               ->value(QLatin1String(App::AppContext::accountBaseUrlKey),
                                       QStringLiteral("https://api.heymarket.com"))
                               .toString());
            Api::SecretVault vault(Api::makeKeychainBackend(QStringLiteral("ContactDesk")));
            std::optional<Api::Credentials> loaded;
            QEventLoop loop;
            vault.load(name, [&](std::optional<Api::Credentials> c) {
                loaded = std::move(c);
                loop.quit();
            });
            if (!loaded)
                loop.exec();
            if (!loaded) {
                *problem = tr("no credentials for the account “%1” in the keychain").arg(name);
                return false;
            }
            credentials = *loaded;
            storeFile = App::AppContext::accountStoreFile(name);
        } else {
            // The profile's local sandbox workspace, as the app opens it.
            const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            Sandbox::Options options;
            options.dataFile = m_profile.sandboxDataFile();
            options.apiKeys = {key};
            m_sandbox = std::make_unique<Sandbox::SandboxHost>();
            if (!m_sandbox->start(options)) {
                *problem =
                    tr("the local sandbox could not start: %1").arg(m_sandbox->errorString());
                return false;
            }
            baseUrl = m_sandbox->baseUrl();
            credentials = Api::Credentials::fromApiKey(key);
            storeFile = QLatin1String(App::AppContext::sandboxStoreFile);
        }
        m_store = std::make_unique<Store::ContactStore>();
        if (const QString why =
                m_store->open(m_profile.dataDirectory() + QLatin1Char('/') + storeFile);
            !why.isEmpty()) {
            *problem = tr("the local copy of the contacts could not be opened: %1").arg(why);
            return false;
        }
        Api::HeymarketClient::Config config;
        config.baseUrl = baseUrl;
        config.credentials = credentials;
        m_client = std::make_unique<Api::HeymarketClient>(&m_network, config);
        Store::SyncEngine::Options syncOptions;
        syncOptions.intervalMs = 24 * 3600 * 1000; // one pull, driven below
        m_engine = std::make_unique<Store::SyncEngine>(m_store.get(), m_client.get(), syncOptions);
        // One pull (and whatever the outbox holds), or give up when the
        // server stays unreachable.
        QEventLoop loop;
        QObject::connect(m_engine.get(), &Store::SyncEngine::idle, &loop, &QEventLoop::quit);
        QObject::connect(m_engine.get(), &Store::SyncEngine::statusChanged, &loop, [this, &loop] {
            if (m_engine->status().connection == Store::SyncEngine::Status::Connection::Offline)
                loop.quit();
        });
        m_engine->start();
        loop.exec();
        const auto &status = m_engine->status();
        if (status.connection != Store::SyncEngine::Status::Connection::Online) {
            *problem = tr("%1 cannot be reached: %2").arg(baseUrl.toString(), status.lastError);
            return false;
        }
        m_engine->stop();
        return true;
    }

    Store::ContactStore &store() { return *m_store; }
    Api::HeymarketClient &client() { return *m_client; }
    QSettings &settings() { return *m_settings; }
    QString defaultRegion() const
    {
        return m_settings
            ->value(QLatin1String(App::AppContext::defaultRegionKey), QStringLiteral("US"))
            .toString();
    }

private:
    Arguments m_arguments;
    Store::Profile m_profile;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::HeymarketClient> m_client;
    std::unique_ptr<Store::ContactStore> m_store;
    std::unique_ptr<Store::SyncEngine> m_engine;
};

QString actionName(Import::Row::Action action)
{
    switch (action) {
    case Import::Row::Action::New:
        return QStringLiteral("new");
    case Import::Row::Action::Update:
        return QStringLiteral("update");
    case Import::Row::Action::Skip:
        return QStringLiteral("skip");
    case Import::Row::Action::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

// Runs the uploader to its end, printing progress to stderr.
bool upload(Store::ImportUploader &uploader, qint64 id, bool undo, QString *message)
{
    QEventLoop loop;
    bool completed = false;
    QObject::connect(&uploader, &Store::ImportUploader::progress, &loop,
                     [](qint64, int answered, int total, qint64 etaMs) {
                         err(etaMs >= 0 ? tr("%1 of %2 rows sent, about %3 s left")
                                              .arg(answered)
                                              .arg(total)
                                              .arg((etaMs + 999) / 1000)
                                        : tr("%1 of %2 rows sent").arg(answered).arg(total));
                     });
    QObject::connect(&uploader, &Store::ImportUploader::finished, &loop,
                     [&](qint64, bool cancelled, const QString &text) {
                         completed = !cancelled && text.isEmpty();
                         *message = text;
                         loop.quit();
                     });
    undo ? uploader.startUndo(id) : uploader.start(id);
    loop.exec();
    return completed;
}

QJsonObject importReport(Store::ContactStore &store, qint64 id)
{
    Store::ImportJournal journal(&store);
    const auto record = journal.import(id);
    QJsonArray failed;
    for (const Store::ImportRow &row :
         journal.rows(id, {Store::ImportRow::State::Failed, Store::ImportRow::State::UndoFailed}))
        failed.append(
            QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.error}});
    return QJsonObject{{QStringLiteral("import_id"), id},
                       {QStringLiteral("created"), record ? record->created : 0},
                       {QStringLiteral("updated"), record ? record->updated : 0},
                       {QStringLiteral("undone"), record ? record->undone : 0},
                       {QStringLiteral("pending"), record ? record->pending : 0},
                       {QStringLiteral("failed"), failed}};
}

int importCommand(const Arguments &a, Session &session)
{
    if (a.positional.size() != 1) {
        err(QString::fromLatin1(usage));
        return Usage;
    }
    const QString path = QFileInfo(a.positional.first()).absoluteFilePath();
    Store::ImportJournal journal(&session.store());
    Store::ImportUploader uploader(&session.client(), &session.store());

    // An upload of this file that a crash or Ctrl+C interrupted: finish it.
    if (!a.dryRun) {
        for (const Store::ImportRecord &record : journal.imports()) {
            const bool interrupted = record.state == Store::ImportRecord::State::Uploading ||
                                     record.state == Store::ImportRecord::State::Cancelled;
            if (record.file == path && interrupted && record.pending > 0) {
                err(tr("Resuming import %1 of %2: %3 rows still to send.")
                        .arg(record.id)
                        .arg(path)
                        .arg(record.pending));
                QString message;
                const bool ok = upload(uploader, record.id, false, &message);
                const QJsonObject report = importReport(session.store(), record.id);
                a.json ? printJson(report)
                       : out(tr("Created %1, updated %2, failed %3.")
                                 .arg(report.value(QStringLiteral("created")).toInt())
                                 .arg(report.value(QStringLiteral("updated")).toInt())
                                 .arg(report.value(QStringLiteral("failed")).toArray().size()));
                if (!ok)
                    err(message);
                return ok && report.value(QStringLiteral("failed")).toArray().isEmpty() ? Success
                                                                                        : Rejected;
            }
        }
    }

    Store::ImportPlan plan;
    plan.path = path;
    const Store::Preview head = Store::ImportSession::header(path, plan.csv);
    if (!head.error.isEmpty()) {
        err(head.errorLine
                ? QStringLiteral("%1:%2: %3").arg(path).arg(head.errorLine).arg(head.error)
                : QStringLiteral("%1: %2").arg(path, head.error));
        return Usage;
    }
    // The mapping remembered for this layout (from the app's wizard), else
    // the guess from the headers.
    plan.mapping = Store::ImportSession::mappingFor(head.header, &session.settings(),
                                                    session.store().customFields());
    plan.options.region = a.region.isEmpty() ? session.defaultRegion() : a.region.toUpper();
    plan.options.updateExisting = a.onDuplicate == QLatin1String("update");
    plan.options.overwrite = a.overwrite;

    // Owners given by email are looked up first (the team listing has names).
    Import::TeamIndex team;
    {
        QEventLoop loop;
        bool resolved = false;
        Store::ImportSession::resolveOwnerEmails(
            &session.client(), plan, Store::ImportSession::teamIndex(session.store()),
            [&](Import::TeamIndex index, const QString &problem) {
                team = std::move(index);
                if (!problem.isEmpty())
                    err(problem);
                resolved = true;
                loop.quit();
            });
        if (!resolved)
            loop.exec();
    }
    const Store::Preview preview = Store::ImportSession::preview(plan, team);
    if (!preview.error.isEmpty()) {
        err(preview.errorLine
                ? QStringLiteral("%1:%2: %3").arg(path).arg(preview.errorLine).arg(preview.error)
                : QStringLiteral("%1: %2").arg(path, preview.error));
        return Usage;
    }
    const Import::Counts &counts = preview.counts();
    QJsonArray rejected;
    for (const Store::PreviewRow &row : preview.attention)
        rejected.append(
            QJsonObject{{QStringLiteral("line"), row.line},
                        {QStringLiteral("action"), actionName(row.action)},
                        {QStringLiteral("reason"), row.problems.join(QLatin1String("; "))}});
    QJsonObject report{
        {QStringLiteral("file"), path},           {QStringLiteral("rows"), preview.rows},
        {QStringLiteral("new"), counts.newRows},  {QStringLiteral("update"), counts.updates},
        {QStringLiteral("skip"), counts.skipped}, {QStringLiteral("invalid"), counts.invalid},
        {QStringLiteral("rejected"), rejected},   {QStringLiteral("dry_run"), a.dryRun}};
    if (!a.json) {
        out(tr("%1: %2 rows: %3 new, %4 to update, %5 skipped, %6 invalid.")
                .arg(path)
                .arg(preview.rows)
                .arg(counts.newRows)
                .arg(counts.updates)
                .arg(counts.skipped)
                .arg(counts.invalid));
        for (const Store::PreviewRow &row : preview.attention)
            out(QStringLiteral("%1:%2: %3: %4")
                    .arg(path)
                    .arg(row.line)
                    .arg(actionName(row.action), row.problems.join(QLatin1String("; "))));
    }
    int exit = counts.invalid > 0 ? Rejected : Success;
    if (!a.dryRun) {
        QString error;
        const qint64 id = Store::ImportSession::stage(plan, &session.store(), &error, &team);
        if (!id) {
            err(error);
            return NoConnection;
        }
        QString message;
        const bool ok = upload(uploader, id, false, &message);
        const QJsonObject uploaded = importReport(session.store(), id);
        for (auto it = uploaded.begin(); it != uploaded.end(); ++it)
            report.insert(it.key(), it.value());
        if (!a.json) {
            out(tr("Import %1: created %2, updated %3, failed %4.")
                    .arg(id)
                    .arg(uploaded.value(QStringLiteral("created")).toInt())
                    .arg(uploaded.value(QStringLiteral("updated")).toInt())
                    .arg(uploaded.value(QStringLiteral("failed")).toArray().size()));
            for (const QJsonValue &failed : uploaded.value(QStringLiteral("failed")).toArray())
                out(QStringLiteral("%1:%2: failed: %3")
                        .arg(path)
                        .arg(failed.toObject().value(QStringLiteral("line")).toInteger())
                        .arg(failed.toObject().value(QStringLiteral("reason")).toString()));
        }
        if (!ok) {
            err(message.isEmpty() ? tr("The upload stopped; run the same command to resume.")
                                  : message);
            exit = NoConnection;
        } else if (!uploaded.value(QStringLiteral("failed")).toArray().isEmpty()) {
            exit = Rejected;
        }
    }
    if (a.json)
        printJson(report);
    return exit;
}

int undoCommand(const Arguments &a, Session &session)
{
    Store::ImportJournal journal(&session.store());
    qint64 id = a.positional.isEmpty() ? 0 : a.positional.first().toLongLong();
    if (!id) {
        const QList<Store::ImportRecord> imports = journal.imports();
        for (const Store::ImportRecord &record : imports) {
            if (record.state == Store::ImportRecord::State::Done ||
                record.state == Store::ImportRecord::State::Undoing) {
                id = record.id;
                break;
            }
        }
    }
    if (!id || !journal.import(id)) {
        err(tr("There is no import to undo."));
        return Usage;
    }
    Store::ImportUploader uploader(&session.client(), &session.store());
    QString message;
    const bool ok = upload(uploader, id, true, &message);
    const QJsonObject report = importReport(session.store(), id);
    a.json ? printJson(report)
           : out(tr("Import %1 undone: %2 rows taken back, %3 could not be.")
                     .arg(id)
                     .arg(report.value(QStringLiteral("undone")).toInt())
                     .arg(report.value(QStringLiteral("failed")).toArray().size()));
    if (!ok)
        err(message);
    return ok && report.value(QStringLiteral("failed")).toArray().isEmpty() ? Success : Rejected;
}

// The contacts matching a search box query (all of them for an empty one).
QList<Store::StoredContact> matching(Store::ContactStore &store, const QString &text)
{
    const SearchText::Query query = SearchText::parse(text);
    QHash<qint64, QString> tagNames;
    for (const Tag &tag : store.tags())
        tagNames.insert(tag.id, tag.name);
    QList<Store::StoredContact> found;
    store.forEachContact([&](const Store::StoredContact &contact) {
        const QJsonObject &f = contact.fields;
        bool match = true;
        if (query.phone) {
            match = f.value(QStringLiteral("phone")).toString().toLatin1().contains(query.digits);
        } else if (!query.terms.isEmpty()) {
            QStringList parts;
            for (auto it = f.begin(); it != f.end(); ++it)
                if (it.value().isString())
                    parts.append(it.value().toString());
            for (const QJsonValue &tag : f.value(QStringLiteral("tags")).toArray())
                parts.append(tagNames.value(tag.toInteger()));
            const QByteArray folded = SearchText::fold(parts.join(QLatin1Char(' ')));
            for (const QByteArray &term : query.terms)
                match = match && folded.contains(term);
        }
        if (match)
            found.append(contact);
        return true;
    });
    return found;
}

int listCommand(const Arguments &a, Session &session, const QString &text)
{
    const QList<Store::StoredContact> contacts = matching(session.store(), text);
    if (a.json) {
        QJsonArray array;
        for (const Store::StoredContact &c : contacts) {
            QJsonObject object = c.fields;
            object.insert(QStringLiteral("id"), c.id);
            array.append(object);
        }
        printJson(array);
    } else {
        for (const Store::StoredContact &c : contacts) {
            const QJsonObject &f = c.fields;
            out(QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(c.id)
                    .arg(f.value(QStringLiteral("display_name")).toString(),
                         Phone::formatForDisplay(f.value(QStringLiteral("phone")).toString()),
                         f.value(QStringLiteral("email")).toString()));
        }
    }
    return Success;
}

int exportCommand(const Arguments &a, Session &session)
{
    if (a.positional.size() != 1) {
        err(QString::fromLatin1(usage));
        return Usage;
    }
    QList<qint64> ids;
    if (!a.filter.isEmpty()) {
        for (const Store::StoredContact &c : matching(session.store(), a.filter))
            ids.append(c.id);
        if (ids.isEmpty()) {
            err(tr("No contact matches “%1”; nothing exported.").arg(a.filter));
            return Rejected;
        }
    }
    QFile file(a.positional.first());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        return Usage;
    }
    QString error;
    const qint64 count = Store::ContactExport::write(session.store(), ids, &file, a.bom, &error);
    if (count < 0) {
        err(tr("%1: %2").arg(file.fileName(), error));
        return Usage;
    }
    out(tr("%1 contacts written to %2.").arg(count).arg(file.fileName()));
    return Success;
}

} // namespace

int run(const QStringList &arguments)
{
    QString problem;
    const std::optional<Arguments> parsed = parse(arguments, &problem);
    if (!parsed || parsed->command.isEmpty()) {
        if (!problem.isEmpty())
            err(problem);
        err(QString::fromLatin1(usage));
        return Usage;
    }
    const Arguments &a = *parsed;
    static const QStringList commands{QStringLiteral("import"), QStringLiteral("export"),
                                      QStringLiteral("list"), QStringLiteral("search"),
                                      QStringLiteral("undo-import")};
    if (!commands.contains(a.command)) {
        err(tr("unknown command “%1”").arg(a.command));
        err(QString::fromLatin1(usage));
        return Usage;
    }
    if (a.command == QLatin1String("search") && a.positional.size() != 1) {
        err(QString::fromLatin1(usage));
        return Usage;
    }
    Session session(a);
    if (!session.open(&problem)) {
        err(problem);
        return NoConnection;
    }
    try {
        if (a.command == QLatin1String("import"))
            return importCommand(a, session);
        if (a.command == QLatin1String("export"))
            return exportCommand(a, session);
        if (a.command == QLatin1String("undo-import"))
            return undoCommand(a, session);
        return listCommand(a, session,
                           a.command == QLatin1String("search") ? a.positional.first() : QString());
    } catch (const Store::ContactStore::Failure &failure) {
        err(tr("The local copy of the contacts failed: %1").arg(failure.message));
        return NoConnection;
    }
}

} // namespace ContactDesk::Cli
