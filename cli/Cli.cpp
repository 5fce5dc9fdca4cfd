// contactdesk-cli
//
//   contactdesk-cli [account] import FILE [--dry-run] [--region CC]
//                   [--on-duplicate skip|update] [--overwrite] [--json]
//   contactdesk-cli [account] export [--filter TEXT] [--bom] FILE
//   contactdesk-cli [account] list [--json]
//   contactdesk-cli [account] search TEXT [--json]
//   contactdesk-cli [account] undo-import [ID] [--json]
//   contactdesk-cli [account] send (--to PHONE|EMAIL ... | --search TEXT)
//                   (--text TEXT | --template ID|NAME) [--email] [--inbox ID]
//                   [--from MEMBER] [--subject TEXT] [--media URL] [--dry-run] [--json]
//
// account: the app's profile (--profile DIR, else the standard one) and its
// account; or any server with --api-url URL and --api-key KEY (or the
// CONTACTDESK_API_KEY environment variable). The local copy of the team is
// brought up to date before each command; an import interrupted by a crash
// or Ctrl+C resumes when the same file is imported again.

#include "cli/Cli.h"

#include "api/Credentials.h"
#include "api/HeymarketClient.h"
#include "api/MessageRequests.h"
#include "api/SecretVault.h"
#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "core/SearchText.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "store/Profile.h"
#include "sync/ContactExport.h"
#include "sync/ImportSession.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Recipients.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

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
    "  export [--filter TEXT] [--tag NAME ...] [--bom] FILE\n"
    "  list [--tag NAME ...] [--json]\n"
    "  search TEXT [--tag NAME ...] [--json]\n"
    "  undo-import [ID] [--json]\n"
    "  send (--to PHONE|EMAIL ... | --search TEXT) (--text TEXT | --template ID|NAME)\n"
    "       [--email] [--inbox ID] [--from MEMBER] [--subject TEXT] [--media URL]\n"
    "       [--dry-run] [--json]\n"
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
    QStringList tags; // --tag: contacts with every one of these tags
    // send
    QStringList to;
    QString search;
    QString text;
    QString templateName;
    QString inbox;
    QString from;
    QString subject;
    QString media;
    bool email = false;
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
        else if (arg == QLatin1String("--tag")) {
            QString tag;
            ok = value(&tag);
            a.tags.append(tag);
        } else if (arg == QLatin1String("--to")) {
            QString to;
            ok = value(&to);
            a.to.append(to);
        } else if (arg == QLatin1String("--search"))
            ok = value(&a.search);
        else if (arg == QLatin1String("--text"))
            ok = value(&a.text);
        else if (arg == QLatin1String("--template"))
            ok = value(&a.templateName);
        else if (arg == QLatin1String("--inbox"))
            ok = value(&a.inbox);
        else if (arg == QLatin1String("--from"))
            ok = value(&a.from);
        else if (arg == QLatin1String("--subject"))
            ok = value(&a.subject);
        else if (arg == QLatin1String("--media"))
            ok = value(&a.media);
        else if (arg == QLatin1String("--email"))
            a.email = true;
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

// The account the command works on, opened as the window opens it.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::Session)

public:
    explicit Session(const Arguments &arguments)
    {
        Sync::Workspace::Options options;
        options.profile = arguments.profile.isEmpty()
                              ? Store::Profile::standard()
                              : Store::Profile::inDirectory(arguments.profile);
        if (!arguments.apiUrl.isEmpty())
            options.server = Sync::Workspace::Server{
                QUrl(arguments.apiUrl), Api::Credentials::fromApiKey(arguments.apiKey)};
        Sync::SyncEngine::Options sync;
        sync.intervalMs = 24 * 3600 * 1000; // one pull, driven below
        options.sync = sync;
        m_workspace = std::make_unique<Sync::Workspace>(std::move(options));
    }

    // Connects and brings the store up to date; false with problem set.
    bool open(QString *problem)
    {
        QEventLoop loop;
        QString failure;
        QObject::connect(m_workspace.get(), &Sync::Workspace::connected, &loop, &QEventLoop::quit);
        QObject::connect(m_workspace.get(), &Sync::Workspace::connectionFailed, &loop,
                         [&](const QString &why) {
                             failure = why;
                             loop.quit();
                         });
        if (const QString why = m_workspace->open(); !why.isEmpty()) {
            *problem = why;
            return false;
        }
        if (!m_workspace->isConnected() && failure.isEmpty())
            loop.exec();
        if (!m_workspace->isConnected()) {
            *problem = failure;
            return false;
        }
        // One pull (and whatever the outbox holds), or give up when the
        // server stays unreachable.
        Sync::SyncEngine *engine = m_workspace->engine();
        QEventLoop sync;
        QObject::connect(engine, &Sync::SyncEngine::idle, &sync, &QEventLoop::quit);
        QObject::connect(engine, &Sync::SyncEngine::statusChanged, &sync, [engine, &sync] {
            if (engine->status().connection == Sync::SyncEngine::Status::Connection::Offline ||
                engine->status().storeFailing)
                sync.quit();
        });
        engine->start();
        sync.exec();
        const auto &status = engine->status();
        if (status.connection != Sync::SyncEngine::Status::Connection::Online) {
            *problem = tr("%1 cannot be reached: %2")
                           .arg(m_workspace->baseUrl().toString(), status.lastError);
            return false;
        }
        engine->stop();
        return true;
    }

    Store::ContactStore &store() { return *m_workspace->store(); }
    Api::HeymarketClient &client() { return *m_workspace->client(); }
    QSettings &settings() { return m_workspace->settings(); }
    QString defaultRegion() const { return m_workspace->defaultRegion(); }

private:
    std::unique_ptr<Sync::Workspace> m_workspace;
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
bool upload(Sync::ImportUploader &uploader, qint64 id, bool undo, QString *message)
{
    QEventLoop loop;
    bool completed = false;
    QObject::connect(&uploader, &Sync::ImportUploader::progress, &loop,
                     [](qint64, int answered, int total, qint64 etaMs) {
                         err(etaMs >= 0 ? tr("%1 of %2 rows sent, about %3 s left")
                                              .arg(answered)
                                              .arg(total)
                                              .arg((etaMs + 999) / 1000)
                                        : tr("%1 of %2 rows sent").arg(answered).arg(total));
                     });
    QObject::connect(&uploader, &Sync::ImportUploader::finished, &loop,
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
    Sync::ImportUploader uploader(&session.client(), &session.store());

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

    Sync::ImportPlan plan;
    plan.path = path;
    const Sync::Preview head = Sync::ImportSession::header(path, plan.csv);
    if (!head.error.isEmpty()) {
        err(head.errorLine
                ? QStringLiteral("%1:%2: %3").arg(path).arg(head.errorLine).arg(head.error)
                : QStringLiteral("%1: %2").arg(path, head.error));
        return Usage;
    }
    // The mapping remembered for this layout (from the app's wizard), else
    // the guess from the headers.
    plan.mapping = Sync::ImportSession::mappingFor(head.header, &session.settings(),
                                                   session.store().customFields());
    plan.options.region = a.region.isEmpty() ? session.defaultRegion() : a.region.toUpper();
    plan.options.updateExisting = a.onDuplicate == QLatin1String("update");
    plan.options.overwrite = a.overwrite;

    // Owners given by email are looked up first (the team listing has names).
    Import::TeamIndex team;
    {
        QEventLoop loop;
        bool resolved = false;
        Sync::ImportSession::resolveOwnerEmails(
            &session.client(), plan, Sync::ImportSession::teamIndex(session.store()),
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
    const Sync::Preview preview = Sync::ImportSession::preview(plan, team);
    if (!preview.error.isEmpty()) {
        err(preview.errorLine
                ? QStringLiteral("%1:%2: %3").arg(path).arg(preview.errorLine).arg(preview.error)
                : QStringLiteral("%1: %2").arg(path, preview.error));
        return Usage;
    }
    const Import::Counts &counts = preview.counts();
    QJsonArray rejected;
    for (const Sync::PreviewRow &row : preview.attention)
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
        for (const Sync::PreviewRow &row : preview.attention)
            out(QStringLiteral("%1:%2: %3: %4")
                    .arg(path)
                    .arg(row.line)
                    .arg(actionName(row.action), row.problems.join(QLatin1String("; "))));
    }
    int exit = counts.invalid > 0 ? Rejected : Success;
    if (!a.dryRun) {
        QString error;
        const qint64 id = Sync::ImportSession::stage(plan, &session.store(), &error, &team);
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
        if (const auto last = journal.lastUndoable())
            id = last->id;
    }
    if (!id || !journal.import(id)) {
        err(tr("There is no import to undo."));
        return Usage;
    }
    Sync::ImportUploader uploader(&session.client(), &session.store());
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
// The contacts matching a search box query (all of them for an empty one)
// that carry every tag named; empty with problem set for a tag the team
// does not have.
QList<Store::StoredContact> matching(Store::ContactStore &store, const QString &text,
                                     const QStringList &tagNames, QString *problem)
{
    QSet<qint64> wanted;
    const QList<Tag> tags = store.tags();
    for (const QString &name : tagNames) {
        const auto it = std::find_if(tags.cbegin(), tags.cend(), [&name](const Tag &tag) {
            return tag.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == tags.cend()) {
            *problem = tr("--tag: the team has no tag “%1”").arg(name);
            return {};
        }
        wanted.insert(it->id);
    }
    // What the window's search box matches, the same way.
    const SearchText::Query query = SearchText::parse(text);
    QList<Store::StoredContact> found;
    store.forEachContact([&](const Store::StoredContact &contact) {
        if (!wanted.isEmpty()) {
            QSet<qint64> has;
            for (const QJsonValue &tag : contact.fields.value(Field::tags).toArray())
                has.insert(tag.toInteger());
            if (!has.contains(wanted))
                return true;
        }
        const QByteArray phone = contact.fields.value(Field::phone).toString().toLatin1();
        const QByteArray words = query.phone ? QByteArray() : SearchText::ofContact(contact.fields);
        if (SearchText::matches(query, std::string_view(phone.constData(), phone.size()),
                                std::string_view(words.constData(), words.size())))
            found.append(contact);
        return true;
    });
    return found;
}

int listCommand(const Arguments &a, Session &session, const QString &text)
{
    QString problem;
    const QList<Store::StoredContact> contacts = matching(session.store(), text, a.tags, &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
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
                    .arg(f.value(Field::displayName).toString(),
                         Phone::formatForDisplay(f.value(Field::phone).toString()),
                         f.value(Field::email).toString()));
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
    if (!a.filter.isEmpty() || !a.tags.isEmpty()) {
        QString problem;
        for (const Store::StoredContact &c : matching(session.store(), a.filter, a.tags, &problem))
            ids.append(c.id);
        if (!problem.isEmpty()) {
            err(problem);
            return Usage;
        }
        if (ids.isEmpty()) {
            err(tr("No contact matches; nothing exported."));
            return Rejected;
        }
    }
    QFile file(a.positional.first());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        return Usage;
    }
    QString error;
    const qint64 count = Sync::ContactExport::write(session.store(), ids, &file, a.bom, &error);
    if (count < 0) {
        err(tr("%1: %2").arg(file.fileName(), error));
        return Usage;
    }
    out(tr("%1 contacts written to %2.").arg(count).arg(file.fileName()));
    return Success;
}

// Runs one request to its end (the command has nothing else to do
// meanwhile) and hands it to `read`.
template<typename Request, typename Read>
void runToEnd(Api::HeymarketClient &client, Request *request, Read read)
{
    QEventLoop loop;
    bool done = false;
    client.send(request, &loop, [&](const Request &answered) {
        read(answered);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}
QString encodingName(Sms::Encoding encoding)
{
    return encoding == Sms::Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

// The recipients `--to` names (contacts the team has, or bare numbers and
// addresses) or `--search` finds; empty with problem set when one is not a
// phone number or address.
QList<Compose::Recipient> sendRecipients(const Arguments &a, Session &session, QString *problem)
{
    Store::ContactStore &store = session.store();
    if (!a.search.isEmpty()) {
        QList<qint64> ids;
        for (const Store::StoredContact &c : matching(store, a.search, a.tags, problem))
            ids.append(c.id);
        return Sync::recipientsFor(store, ids);
    }
    QList<Compose::Recipient> recipients;
    for (const QString &to : a.to) {
        Compose::Recipient bare;
        if (to.contains(QLatin1Char('@'))) {
            if (const QString why = Email::problem(to.trimmed()); !why.isEmpty()) {
                *problem = tr("--to %1: %2").arg(to, why);
                return {};
            }
            bare.email = to.trimmed().toLower();
        } else {
            const Phone::Normalized phone = Phone::normalize(to, session.defaultRegion());
            if (!phone.problem.isEmpty()) {
                *problem = tr("--to %1: %2").arg(to, phone.problem);
                return {};
            }
            bare.phone = phone.digits;
        }
        // A contact the team has brings its name, status and merge values
        // (phones through the store's index; addresses have none).
        std::optional<qint64> known;
        if (!bare.phone.isEmpty()) {
            if (const auto contact = store.contactByPhone(bare.phone))
                known = contact->id;
        } else {
            store.forEachContact([&](const Store::StoredContact &c) {
                if (c.fields.value(Field::email)
                        .toString()
                        .compare(bare.email, Qt::CaseInsensitive) == 0) {
                    known = c.id;
                    return false;
                }
                return true;
            });
        }
        if (known) {
            recipients += Sync::recipientsFor(store, {*known});
            continue;
        }
        bare.name = bare.phone.isEmpty() ? bare.email : Phone::formatForDisplay(bare.phone);
        bare.values = {{Compose::Token::phone, bare.phone}, {Compose::Token::email, bare.email}};
        recipients.append(bare);
    }
    return recipients;
}

int sendCommand(const Arguments &a, Session &session)
{
    Store::ContactStore &store = session.store();
    QString problem;
    const QList<Compose::Recipient> recipients = sendRecipients(a, session, &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    if (recipients.isEmpty()) {
        err(tr("No contact matches “%1”; nothing sent.").arg(a.search));
        return Rejected;
    }

    // The inbox decides SMS or email; without one, --email or the first
    // recipient's address does.
    const QList<Inbox> inboxes = store.inboxes();
    std::optional<Inbox> inbox;
    if (!a.inbox.isEmpty()) {
        for (const Inbox &candidate : inboxes)
            if (QString::number(candidate.id) == a.inbox ||
                candidate.name.compare(a.inbox, Qt::CaseInsensitive) == 0)
                inbox = candidate;
        if (!inbox) {
            err(tr("--inbox: the team has no inbox “%1”").arg(a.inbox));
            return Usage;
        }
    }
    const bool email = inbox ? !inbox->email.isEmpty()
                             : (a.email || (recipients.first().phone.isEmpty() &&
                                            !recipients.first().email.isEmpty()));
    const Compose::Medium medium = email ? Compose::Medium::Email : Compose::Medium::Sms;
    if (!inbox) {
        for (const Inbox &candidate : inboxes) {
            if (email ? !candidate.email.isEmpty() : !candidate.phones.isEmpty()) {
                inbox = candidate;
                break;
            }
        }
        if (!inbox) {
            err(email ? tr("The team has no email inbox.") : tr("The team has no SMS inbox."));
            return Usage;
        }
    }
    qint64 sender = 0;
    for (const TeamMember &member : store.members()) {
        if (!inbox->memberIds.contains(member.id))
            continue;
        if (a.from.isEmpty() || QString::number(member.id) == a.from ||
            member.name.compare(a.from, Qt::CaseInsensitive) == 0) {
            sender = member.id;
            break;
        }
    }
    if (!sender) {
        err(a.from.isEmpty()
                ? tr("Nobody on the team is a member of inbox %1.").arg(inbox->id)
                : tr("--from: “%1” is not a member of inbox %2").arg(a.from).arg(inbox->id));
        return Usage;
    }

    QString text = a.text;
    if (!a.templateName.isEmpty()) {
        Api::ApiError error;
        QList<Template> templates;
        runToEnd(session.client(), new Api::ListTemplatesRequest(&session.client()),
                 [&](const Api::ListTemplatesRequest &list) {
                     error = list.error();
                     templates = list.templates();
                 });
        if (error.isError()) {
            err(tr("The templates could not be read: %1").arg(error.describe()));
            return NoConnection;
        }
        bool found = false;
        for (const Template &t : std::as_const(templates)) {
            if (QString::number(t.id) == a.templateName ||
                t.name.compare(a.templateName, Qt::CaseInsensitive) == 0) {
                text = t.text;
                found = true;
                break;
            }
        }
        if (!found) {
            err(tr("--template: the team has no template “%1”").arg(a.templateName));
            return Usage;
        }
    }
    if (text.trimmed().isEmpty() && a.media.isEmpty()) {
        err(tr("the message is empty"));
        return Usage;
    }

    const Compose::Preflight preflight = Compose::preflight(recipients, text, medium);
    QJsonArray report;
    for (const Compose::Check &check : preflight.checks) {
        const QString to = email ? check.recipient.email : check.recipient.phone;
        QJsonObject entry{{QStringLiteral("name"), check.recipient.name},
                          {QStringLiteral("to"), to},
                          {QStringLiteral("verdict"),
                           check.send ? QStringLiteral("send") : QStringLiteral("excluded")},
                          {QStringLiteral("reason"), check.reason},
                          {QStringLiteral("text"), check.rendered.text}};
        if (!email) {
            entry.insert(QStringLiteral("encoding"), encodingName(check.segments.encoding));
            entry.insert(QStringLiteral("segments"), check.segments.segments);
            if (!check.segments.forcing.isEmpty())
                entry.insert(QStringLiteral("ucs2_because_of"),
                             QJsonArray::fromStringList(check.segments.forcing));
        }
        report.append(entry);
    }
    const auto print = [&](const QJsonArray &entries) {
        if (a.json) {
            printJson(QJsonObject{
                {QStringLiteral("medium"), email ? QStringLiteral("email") : QStringLiteral("sms")},
                {QStringLiteral("inbox"), inbox->id},
                {QStringLiteral("sending"), preflight.sending},
                {QStringLiteral("excluded"), preflight.excluded},
                {QStringLiteral("recipients"), entries}});
            return;
        }
        for (const QJsonValue &value : entries) {
            const QJsonObject e = value.toObject();
            const QString to = e.value(QStringLiteral("to")).toString();
            QString line = QStringLiteral("%1 <%2>: ")
                               .arg(e.value(QStringLiteral("name")).toString(),
                                    email ? to : Phone::formatForDisplay(to));
            if (e.contains(QStringLiteral("result")))
                line += e.value(QStringLiteral("result")).toString();
            else if (e.value(QStringLiteral("verdict")).toString() == QLatin1String("excluded"))
                line += tr("excluded (%1)").arg(e.value(QStringLiteral("reason")).toString());
            else
                line += tr("will receive it");
            if (e.contains(QStringLiteral("encoding"))) {
                const int segments = e.value(QStringLiteral("segments")).toInt();
                line += QStringLiteral(" · ") +
                        QCoreApplication::translate("ContactDesk::Cli", "%1, %n segment(s)",
                                                    nullptr, segments)
                            .arg(e.value(QStringLiteral("encoding")).toString());
                const QJsonArray forcing = e.value(QStringLiteral("ucs2_because_of")).toArray();
                if (!forcing.isEmpty()) {
                    QStringList characters;
                    for (const QJsonValue &c : forcing)
                        characters.append(c.toString());
                    line += tr(" (UCS-2 because of %1)").arg(characters.join(QLatin1Char(' ')));
                }
            }
            if (!e.value(QStringLiteral("reason")).toString().isEmpty() &&
                e.value(QStringLiteral("verdict")).toString() == QLatin1String("send"))
                line += QStringLiteral(" · ") + e.value(QStringLiteral("reason")).toString();
            out(line);
            out(QStringLiteral("    ") + e.value(QStringLiteral("text"))
                                             .toString()
                                             .replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
        }
        out(tr("%1 will receive it, %2 excluded.").arg(preflight.sending).arg(preflight.excluded));
    };
    if (a.dryRun) {
        print(report);
        return preflight.excluded > 0 ? Rejected : Success;
    }
    if (preflight.sending == 0) {
        print(report);
        err(tr("Nobody can receive it; nothing sent."));
        return Rejected;
    }

    Sync::Envelope envelope;
    envelope.medium = medium;
    envelope.inboxId = inbox->id;
    envelope.creatorId = sender;
    envelope.mediaUrl = a.media;
    envelope.subject = a.subject;
    const QList<Store::OutgoingMessage> messages = Sync::outgoingMessages(preflight, envelope);
    QList<int> rows; // report row of each message
    for (int i = 0; i < preflight.checks.size(); ++i)
        if (preflight.checks.at(i).send)
            rows.append(i);
    Sync::MessageSender outbox(&store, &session.client());
    const qint64 batch = outbox.enqueue(messages, &problem);
    if (!batch) {
        err(problem);
        return NoConnection;
    }
    QEventLoop loop;
    QObject::connect(&outbox, &Sync::MessageSender::finished, &loop, &QEventLoop::quit);
    if (!outbox.send(batch)) {
        err(tr("The messages could not be sent."));
        return NoConnection;
    }
    if (outbox.isSending())
        loop.exec();
    const QList<Store::OutgoingEntry> entries = outbox.entries(batch);
    int failed = 0;
    for (int i = 0; i < entries.size() && i < rows.size(); ++i) {
        QJsonObject entry = report.at(rows.at(i)).toObject();
        const Store::OutgoingEntry &sent = entries.at(i);
        if (sent.state == Store::OutgoingEntry::State::Sent) {
            entry.insert(QStringLiteral("result"), tr("sent"));
            entry.insert(QStringLiteral("message_id"), sent.messageId);
        } else {
            ++failed;
            entry.insert(QStringLiteral("result"), tr("failed: %1").arg(sent.error));
        }
        report.replace(rows.at(i), entry);
    }
    print(report);
    if (failed > 0)
        err(QCoreApplication::translate("ContactDesk::Cli",
                                        "%n message(s) failed; they stay in the outbox (the app's "
                                        "status bar sends them again).",
                                        nullptr, failed));
    return failed > 0 || preflight.excluded > 0 ? Rejected : Success;
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
    static const QStringList commands{QStringLiteral("import"),      QStringLiteral("export"),
                                      QStringLiteral("list"),        QStringLiteral("search"),
                                      QStringLiteral("undo-import"), QStringLiteral("send")};
    if (!commands.contains(a.command)) {
        err(tr("unknown command “%1”").arg(a.command));
        err(QString::fromLatin1(usage));
        return Usage;
    }
    if (a.command == QLatin1String("search") && a.positional.size() != 1) {
        err(QString::fromLatin1(usage));
        return Usage;
    }
    if (a.command == QLatin1String("send") &&
        (a.to.isEmpty() == a.search.isEmpty() || a.text.isEmpty() == a.templateName.isEmpty() ||
         !a.positional.isEmpty())) {
        err(tr("send needs --to (one or more) or --search, and --text or --template"));
        err(QString::fromLatin1(usage));
        return Usage;
    }
    Session session(a);
    if (!session.open(&problem)) {
        err(problem);
        return NoConnection;
    }
    const quint64 failuresBefore = session.store().failureCount();
    int exit = Success;
    if (a.command == QLatin1String("import"))
        exit = importCommand(a, session);
    else if (a.command == QLatin1String("export"))
        exit = exportCommand(a, session);
    else if (a.command == QLatin1String("undo-import"))
        exit = undoCommand(a, session);
    else if (a.command == QLatin1String("send"))
        exit = sendCommand(a, session);
    else
        exit = listCommand(a, session,
                           a.command == QLatin1String("search") ? a.positional.first() : QString());
    // A read or write of the local copy that failed: what was printed may
    // be incomplete, so the command fails, saying why.
    if (session.store().failureCount() != failuresBefore) {
        err(session.store().lastError().describe());
        return NoConnection;
    }
    return exit;
}

} // namespace ContactDesk::Cli
