#include "sync/Workspace.h"

#include "api/HeymarketClient.h"
#include "api/SecretVault.h"
#include "sandbox/SandboxHost.h"
#include "store/ContactStore.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Settings.h"

#include <QCoreApplication>
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

} // namespace

Workspace::Workspace(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

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
    return QStringLiteral("account-%1.sqlite").arg(safeFileName(accountName));
}

QString Workspace::serverStoreFile(const QUrl &baseUrl)
{
    return QStringLiteral("cli-%1.sqlite")
        .arg(safeFileName(baseUrl.host() + QLatin1Char('-') + QString::number(baseUrl.port(0)) +
                          baseUrl.path()));
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

    if (m_options.server) {
        m_kind = Kind::Server;
        m_baseUrl = m_options.server->baseUrl;
        if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty())
            return tr("“%1” is not a server address").arg(m_baseUrl.toString());
        if (const QString problem = openStore(serverStoreFile(m_baseUrl)); !problem.isEmpty())
            return problem;
        connectClient(m_baseUrl, m_options.server->credentials);
        return {};
    }
    const Settings::Account account = Settings::account(*m_settings);
    if (!account.heymarket) {
        m_kind = Kind::Sandbox;
        if (const QString problem = openStore(sandboxStoreFile()); !problem.isEmpty())
            return problem;
        return startSandbox();
    }
    m_kind = Kind::Heymarket;
    m_accountName = account.name;
    m_baseUrl = account.baseUrl;
    if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty() || m_accountName.isEmpty())
        return tr("The account settings in %1 are incomplete: account/name and a valid "
                  "account/baseUrl are needed.")
            .arg(m_options.profile.settingsFile());
    if (const QString problem = openStore(accountStoreFile(m_accountName)); !problem.isEmpty())
        return problem;
    const quint64 generation = m_generation;
    m_vault->load(m_accountName, [this, generation](std::optional<Api::Credentials> credentials) {
        if (generation != m_generation || !m_store)
            return; // closed or reopened meanwhile
        if (!credentials) {
            Q_EMIT connectionFailed(
                tr("No credentials for the account “%1” are stored in this computer's keychain. "
                   "Connect the account again in Settings.")
                    .arg(m_accountName));
            return;
        }
        connectClient(m_baseUrl, *credentials);
    });
    return {};
}

void Workspace::close()
{
    ++m_generation;
    m_sender.reset();
    m_uploader.reset();
    m_engine.reset();
    m_client.reset();
    m_store.reset();
    m_sandbox.reset();
}

QString Workspace::openStore(const QString &fileName)
{
    m_store = std::make_unique<Store::ContactStore>();
    const Store::StoreError error =
        m_store->open(m_options.profile.dataDirectory() + QLatin1Char('/') + fileName);
    if (error.isError()) {
        m_store.reset();
        return error.describe();
    }
    return {};
}

QString Workspace::startSandbox()
{
    // A fresh key for each run keeps other local programs out.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sandbox::Options options;
    options.dataFile = m_options.profile.sandboxDataFile();
    options.apiKeys = {key};
    options.seedContacts = m_options.sandboxContacts;
    options.reading = m_options.sandboxReading;
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    if (!m_sandbox->start(options))
        return tr("The local sandbox could not start: %1").arg(m_sandbox->errorString());
    m_baseUrl = m_sandbox->baseUrl();
    connectClient(m_baseUrl, Api::Credentials::fromApiKey(key));
    return {};
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
    m_client = std::make_unique<Api::HeymarketClient>(m_network, config);
    SyncEngine::Options sync;
    if (m_options.sync)
        sync = *m_options.sync;
    else
        sync.intervalMs = Settings::syncIntervalSeconds(*m_settings) * 1000;
    m_engine = std::make_unique<SyncEngine>(m_store.get(), m_client.get(), sync);
    m_uploader = std::make_unique<ImportUploader>(m_client.get(), m_store.get());
    m_sender = std::make_unique<MessageSender>(m_store.get(), m_client.get());
    // Updates sent by an import arrive with the next pull.
    connect(m_uploader.get(), &ImportUploader::serverChanged, m_engine.get(), &SyncEngine::syncNow);
    Q_EMIT connected();
}

} // namespace ContactDesk::Sync
