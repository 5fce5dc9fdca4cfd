#include "sync/Workspace.h"

#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "api/SecretVault.h"
#include "sandbox/SandboxHost.h"
#include "store/ContactStore.h"
#include "store/StoreBinding.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Settings.h"
#include "sync/SyncOwner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace ContactDesk::Sync {

namespace {

// A name that is safe as part of a file name on every platform.
QString safeFileName(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    return QString(text).replace(unsafe, QStringLiteral("_"));
}

// Tells apart names that safeFileName() (or a file system that ignores
// case) makes equal: the first 16 hex digits of the exact text's SHA-256.
QString nameHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

// The files SQLite and the store keep for one store file.
QStringList companions(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral(".unsaved")};
}

// Renames a closed store file and its companions; false (and nothing
// moved) when the main file cannot be.
bool moveStoreFile(const QString &from, const QString &to)
{
    const QStringList sources = companions(from);
    const QStringList targets = companions(to);
    for (const QString &target : targets)
        QFile::remove(target); // leftovers of a file that is not there
    if (!QFile::rename(sources.first(), targets.first()))
        return false;
    for (qsizetype i = 1; i < sources.size(); ++i)
        if (QFile::exists(sources.at(i)))
            QFile::rename(sources.at(i), targets.at(i));
    return true;
}

// The embedded sandbox's key is new on every run: its store is bound to
// "the embedded one".
constexpr QLatin1String embeddedCredential("embedded-sandbox");

constexpr int firstTeamRetryMs = 5000;
constexpr int lastTeamRetryMs = 60000;

} // namespace

Workspace::Workspace(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_teamRetry.setSingleShot(true);
    connect(&m_teamRetry, &QTimer::timeout, this, &Workspace::askTeam);
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::sandboxStoreFile()
{
    return QStringLiteral("sandbox-workspace.sqlite");
}

QString Workspace::accountStoreFile(const QString &accountName)
{
    return QStringLiteral("account-%1-%2.sqlite")
        .arg(safeFileName(accountName), nameHash(accountName));
}

QString Workspace::serverStoreFile(const QUrl &baseUrl, qint64 teamId)
{
    const QString server = serverIdentity(baseUrl);
    return QStringLiteral("cli-%1-team%2-%3.sqlite")
        .arg(safeFileName(
            baseUrl.host() + QLatin1Char('-') +
            QString::number(baseUrl.port(baseUrl.scheme() == QLatin1String("https") ? 443 : 80)) +
            baseUrl.path()))
        .arg(teamId)
        .arg(nameHash(server));
}

QString Workspace::legacyAccountStoreFile(const QString &accountName)
{
    return QStringLiteral("account-%1.sqlite").arg(safeFileName(accountName));
}

QString Workspace::legacyServerStoreFile(const QUrl &baseUrl)
{
    return QStringLiteral("cli-%1.sqlite")
        .arg(safeFileName(baseUrl.host() + QLatin1Char('-') + QString::number(baseUrl.port(0)) +
                          baseUrl.path()));
}

QString Workspace::serverIdentity(const QUrl &baseUrl)
{
    return Api::serverIdentity(baseUrl); // one rule for secrets and local copies
}

QString Workspace::credentialIdentity(const Api::Credentials &credentials)
{
    // A JWT secret is known by its ID (the key signs, the ID names it).
    if (!credentials.secretId.isEmpty())
        return QStringLiteral("secret-id:") + credentials.secretId;
    return QStringLiteral("api-key:") + credentials.apiKey;
}

QString Workspace::displayName() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return tr("Local sandbox");
    case Kind::Heymarket:
        return tr("Heymarket account “%1”").arg(m_accountName);
    case Kind::Server:
        return m_baseUrl.toDisplayString();
    }
    return {};
}

QString Workspace::defaultRegion() const
{
    return m_settings ? Settings::region(*m_settings) : QStringLiteral("US");
}

QString Workspace::open()
{
    if (const QString problem = m_options.profile.ensureExists(); !problem.isEmpty())
        return problem;
    if (!m_settings)
        m_settings = m_options.profile.openSettings();
    if (!m_vault)
        m_vault = std::make_unique<Api::SecretVault>(
            m_options.secretBackend ? m_options.secretBackend()
                                    : Api::makeKeychainBackend(QStringLiteral("ContactDesk")));
    if (!m_network) {
        if (m_options.network) {
            m_network = m_options.network;
        } else {
            m_ownNetwork = std::make_unique<QNetworkAccessManager>();
            m_network = m_ownNetwork.get();
        }
    }
    ++m_generation;
    m_team = {};
    m_teamRetryMs = firstTeamRetryMs;
    m_storeError = {};
    m_storeNotice.clear();

    if (m_options.server) {
        m_kind = Kind::Server;
        m_baseUrl = m_options.server->baseUrl;
        if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty())
            return tr("“%1” is not a server address").arg(m_baseUrl.toString());
        // Its store file is named after the server and the team: opened
        // once the server said which team.
        m_serverIdentity = serverIdentity(m_baseUrl);
        connectClient(m_baseUrl, m_options.server->credentials);
        return {};
    }
    const Settings::Account account = Settings::account(*m_settings);
    if (!account.heymarket) {
        m_kind = Kind::Sandbox;
        if (const QString problem = openStore(sandboxStoreFile()); !problem.isEmpty())
            return problem;
        // The embedded sandbox has a new port and key on every run: it is
        // known by its data file, and its key is always "the embedded one".
        m_serverIdentity = QStringLiteral("sandbox:") + m_options.profile.sandboxDataFile();
        m_credentialIdentity = embeddedCredential;
        // What it holds shows at once, while the sandbox starts (and, the
        // first time, seeds its demo team) in its own thread.
        showStoreIfKnown();
        startSandbox();
        return {};
    }
    m_kind = Kind::Heymarket;
    m_accountName = account.name;
    m_baseUrl = account.baseUrl;
    if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty() || m_accountName.isEmpty())
        return tr("The account settings in %1 are incomplete: account/name and a valid "
                  "account/baseUrl are needed.")
            .arg(m_options.profile.settingsFile());
    if (const QString problem =
            openStore(accountStoreFile(m_accountName), legacyAccountStoreFile(m_accountName));
        !problem.isEmpty())
        return problem;
    m_serverIdentity = serverIdentity(m_baseUrl);
    const quint64 generation = m_generation;
    // The secret stored for this account on this server: a key saved for
    // another server is never sent here (Api::SecretVault).
    m_vault->load(
        m_accountName, m_baseUrl, [this, generation](std::optional<Api::Credentials> credentials) {
            if (generation != m_generation || !m_store)
                return; // closed or reopened meanwhile
            if (!credentials) {
                Q_EMIT connectionFailed(
                    tr("No credentials for the account “%1” on %2 are stored in this computer's "
                       "keychain. Connect the account again in Settings.")
                        .arg(m_accountName, m_baseUrl.toDisplayString()));
                return;
            }
            connectClient(m_baseUrl, *credentials);
        });
    return {};
}

void Workspace::close()
{
    ++m_generation;
    m_teamRetry.stop();
    m_team = {};
    m_storeShown = false;
    m_sender.reset();
    m_uploader.reset();
    m_engine.reset();
    m_syncOwner.reset();
    m_client.reset();
    m_store.reset();
    m_sandbox.reset();
}

QString Workspace::dataPath(const QString &fileName) const
{
    return m_options.profile.dataDirectory() + QLatin1Char('/') + fileName;
}

QString Workspace::openStore(const QString &fileName, const QString &legacyFileName)
{
    m_storeShown = false;
    const QString path = dataPath(fileName);
    // A file from before the names changed is kept for its account: the
    // first open under the new name takes it over (its binding is checked
    // like any other file's once the team is known).
    if (!legacyFileName.isEmpty() && !QFile::exists(path) &&
        QFile::exists(dataPath(legacyFileName)))
        moveStoreFile(dataPath(legacyFileName), path);
    m_store = std::make_unique<Store::ContactStore>();
    // A damaged file is set aside and replaced here (Store::StoreRescue);
    // a file a newer ContactDesk wrote is left as it is, and nothing opens.
    m_storeError = m_store->open(path);
    m_storeNotice = m_store->rescue().describe();
    if (m_storeError.isError()) {
        m_store.reset();
        return m_storeError.describe();
    }
    return {};
}

void Workspace::startSandbox()
{
    // A fresh key for each run keeps other local programs out.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sandbox::Options options;
    options.dataFile = m_options.profile.sandboxDataFile();
    options.apiKeys = {key};
    options.seedContacts = m_options.sandboxContacts;
    options.reading = m_options.sandboxReading;
    // Our own server on this computer: Heymarket's 500 requests a minute
    // are not its limit (at 30 contacts a page, a first pull of 200,000
    // took 13 minutes under it); the client lifts its budget too
    // (connectClient()).
    options.rateLimitPerMinute = 0;
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    connect(m_sandbox.get(), &Sandbox::SandboxHost::seeding, this, &Workspace::preparing);
    connect(m_sandbox.get(), &Sandbox::SandboxHost::started, this, [this, key] {
        m_baseUrl = m_sandbox->baseUrl();
        connectClient(m_baseUrl, Api::Credentials::fromApiKey(key));
    });
    connect(m_sandbox.get(), &Sandbox::SandboxHost::startFailed, this,
            [this](const QString &error) {
                Q_EMIT connectionFailed(tr("The local sandbox could not start: %1").arg(error));
            });
    m_sandbox->startInBackground(options);
}

void Workspace::connectClient(const QUrl &baseUrl, const Api::Credentials &credentials)
{
    Api::HeymarketClient::Config config;
    config.baseUrl = baseUrl;
    config.credentials = credentials;
    if (m_options.retry)
        config.retry = *m_options.retry;
    if (m_options.timeoutMs)
        config.timeoutMs = *m_options.timeoutMs;
    if (m_options.limits)
        config.limits = *m_options.limits;
    else if (m_kind == Kind::Sandbox)
        config.limits.perMinute = 0; // the embedded sandbox (above); four at once still
    m_client = std::make_unique<Api::HeymarketClient>(m_network, config);
    m_credentialIdentity =
        m_kind == Kind::Sandbox ? QString(embeddedCredential) : credentialIdentity(credentials);
    showStoreIfKnown();
    askTeam();
}

void Workspace::showStoreIfKnown()
{
    // Before any answer: only a credential verified for the file's team on
    // this server may read it (an offline start shows what it verified).
    if (m_store && !m_storeShown &&
        Store::StoreBinding(m_store.get()).knows(m_serverIdentity, m_credentialIdentity))
        showStore();
}

void Workspace::showStore()
{
    if (m_storeShown || !m_store)
        return;
    m_storeShown = true;
    Q_EMIT storeOpened();
}

void Workspace::askTeam()
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    m_client->send(
        new Api::GetTeamRequest(m_client.get()), this,
        [this, generation](const Api::GetTeamRequest &request) {
            if (generation != m_generation)
                return; // closed or reopened meanwhile
            const Api::ApiError &error = request.error();
            if (!error.isError()) {
                onTeam(request.team());
                return;
            }
            if (error.kind == Api::ApiError::Kind::Aborted)
                return;
            if (error.isTransient()) {
                // Asked again later; what was verified stays shown.
                m_serverWasBusy =
                    error.httpStatus >= 500 || error.kind == Api::ApiError::Kind::RateLimited;
                m_teamRetry.start(m_teamRetryMs);
                m_teamRetryMs = std::min(m_teamRetryMs * 2, lastTeamRetryMs);
                Q_EMIT connectionFailed(
                    tr("%1 cannot be reached: %2").arg(m_baseUrl.toString(), error.describe()));
                return;
            }
            Q_EMIT connectionFailed(tr("%1 did not say which team these credentials belong to: %2")
                                        .arg(m_baseUrl.toString(), error.describe()));
        });
}

void Workspace::onTeam(const Team &team)
{
    if (m_kind == Kind::Server && !m_store) {
        // One store per server and team. A file from before, named after
        // the server alone, is taken over when nothing in it says it was
        // another team's.
        const QString fileName = serverStoreFile(m_baseUrl, team.id);
        const QString legacy = dataPath(legacyServerStoreFile(m_baseUrl));
        if (!QFile::exists(dataPath(fileName)) && QFile::exists(legacy)) {
            bool adopt = false;
            {
                Store::ContactStore old;
                if (!old.open(legacy).isError())
                    adopt = Store::StoreBinding::allows(Store::StoreBinding(&old).check(
                        m_serverIdentity, team.id, m_credentialIdentity));
            }
            if (adopt)
                moveStoreFile(legacy, dataPath(fileName));
        }
        if (const QString problem = openStore(fileName); !problem.isEmpty()) {
            Q_EMIT connectionFailed(problem);
            return;
        }
    }
    if (!m_store)
        return;
    Store::StoreBinding binding(m_store.get());
    const Store::StoreBinding::Verdict verdict =
        binding.check(m_serverIdentity, team.id, m_credentialIdentity);
    const std::optional<Store::Binding> bound = binding.binding();
    switch (verdict) {
    case Store::StoreBinding::Verdict::OtherServer:
        refuse(tr("The local copy %1 was filled from the server %2, not from %3, so it is neither "
                  "shown nor sent there. Give each server an account of its own.")
                   .arg(m_store->path(), bound ? bound->server : QString(), m_serverIdentity));
        return;
    case Store::StoreBinding::Verdict::OtherTeam:
        refuse(bound ? tr("The local copy %1 belongs to the team “%2” (id %3), but these "
                          "credentials are for the team “%4” (id %5). Nothing of the other team "
                          "is shown or sent. Give each team an account of its own.")
                           .arg(m_store->path(), bound->teamName, QString::number(bound->teamId),
                                team.name, QString::number(team.id))
                     : tr("The local copy %1 was filled for another team than the team “%2” "
                          "(id %3) these credentials are for. Nothing of it is shown or sent. "
                          "Give each team an account of its own.")
                           .arg(m_store->path(), team.name, QString::number(team.id)));
        return;
    case Store::StoreBinding::Verdict::Unbound:
    case Store::StoreBinding::Verdict::Same:
    case Store::StoreBinding::Verdict::NewCredential:
        break;
    }
    // First bind, or the same team's data under a rotated key: recorded.
    if (!binding.bind(m_serverIdentity, team.id, team.name, m_credentialIdentity,
                      QDateTime::currentMSecsSinceEpoch())) {
        refuse(m_store->lastError().describe());
        return;
    }
    m_team = team;
    showStore();
    makeEngine();
}

void Workspace::refuse(const QString &problem)
{
    if (m_storeShown) {
        Q_EMIT storeClosing();
        m_storeShown = false;
    }
    m_store.reset();
    Q_EMIT connectionFailed(problem);
}

void Workspace::makeEngine()
{
    SyncEngine::Options sync;
    if (m_options.sync)
        sync = *m_options.sync;
    else
        sync.intervalMs = Settings::syncIntervalSeconds(*m_settings) * 1000;
    m_engine = std::make_unique<SyncEngine>(m_store.get(), m_client.get(), sync);
    // One program at a time pulls and pushes the file (SyncOwner).
    m_syncOwner = std::make_unique<SyncOwner>(SyncOwner::syncLockFor(m_store->path()));
    m_engine->setOwner(m_syncOwner.get());
    m_uploader = std::make_unique<ImportUploader>(m_client.get(), m_store.get());
    m_sender = std::make_unique<MessageSender>(m_store.get(), m_client.get());
    // Updates sent by an import arrive with the next pull.
    connect(m_uploader.get(), &ImportUploader::serverChanged, m_engine.get(), &SyncEngine::syncNow);
    // Another team behind the same server and key (a server swapped while
    // connected): the engine stopped itself; the store is taken away as at
    // a refused start, but kept open until the account is closed, since the
    // engines still point at it.
    connect(m_engine.get(), &SyncEngine::teamChanged, this, [this](const Team &team) {
        m_uploader->cancel();
        m_sender->cancel();
        const std::optional<Store::Binding> bound = Store::StoreBinding(m_store.get()).binding();
        if (m_storeShown) {
            Q_EMIT storeClosing();
            m_storeShown = false;
        }
        Q_EMIT connectionFailed(
            tr("The local copy %1 belongs to the team “%2” (id %3), but %4 now answers for the "
               "team “%5” (id %6). Nothing of the other team is shown or sent. Give each team "
               "an account of its own.")
                .arg(m_store->path(), bound ? bound->teamName : QString(),
                     QString::number(bound ? bound->teamId : 0), m_baseUrl.toString(), team.name,
                     QString::number(team.id)));
    });
    Q_EMIT connected();
}

} // namespace ContactDesk::Sync
