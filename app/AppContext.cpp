#include "app/AppContext.h"

#include "api/DirectoryRequests.h"
#include "sandbox/SandboxHost.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"
#include "sync/MessageOutbox.h"
#include "views/ContactDetailPanel.h"
#include "views/MainWindow.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace ContactDesk::App {

AppContext::AppContext(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(100); // coalesce bursts of changes from a pull
    connect(&m_countTimer, &QTimer::timeout, this, &AppContext::showCount);
}

AppContext::~AppContext()
{
    if (m_window && m_settings)
        m_window->saveLayout(*m_settings);
    m_engine.reset();
    m_window.reset();
    m_filtered.reset();
    m_contacts.reset();
    m_client.reset();
    m_store.reset();
    m_vault.reset();
    m_network.reset();
    m_sandbox.reset();
}

QString AppContext::start()
{
    const QString folderProblem = m_config.profile.ensureExists();
    if (!folderProblem.isEmpty())
        return folderProblem;
    m_settings = m_config.profile.openSettings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<Views::MainWindow>();
    m_window->setSettings(m_settings.get());
    connect(m_window.get(), &Views::MainWindow::refreshRequested, this, [this] {
        if (m_engine)
            m_engine->syncNow();
    });
    connect(m_window.get(), &Views::MainWindow::settingsRequested, this,
            &AppContext::openSettingsDialog);
    m_vault = std::make_unique<Api::SecretVault>(
        m_config.secretBackend ? m_config.secretBackend()
                               : Api::makeKeychainBackend(QStringLiteral("ContactDesk")));
    connect(m_vault.get(), &Api::SecretVault::noticeChanged, m_window.get(),
            &Views::MainWindow::setNotice);
    // The models live as long as the window; an account switch gives them
    // another store.
    m_contacts = std::make_unique<Models::ContactTableModel>();
    m_filtered = std::make_unique<Models::ContactFilterModel>();
    m_filtered->setSourceModel(m_contacts.get());
    m_window->setContacts(m_filtered.get());
    m_window->restoreLayout(*m_settings);
    m_window->detailPanel()->setTagCreator(
        [this](const QString &name, std::function<void(std::optional<Tag>, const QString &)> done) {
            createTag(name, std::move(done));
        });
    applyRegion();
    return openAccount();
}

QString AppContext::openAccount()
{
    const QString kind = m_settings->value(QLatin1String(accountKindKey)).toString();
    if (kind == QLatin1String("heymarket")) {
        const QUrl baseUrl(m_settings
                               ->value(QLatin1String(accountBaseUrlKey),
                                       QStringLiteral("https://api.heymarket.com"))
                               .toString());
        const QString name = m_settings->value(QLatin1String(accountNameKey)).toString();
        if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || name.isEmpty())
            return tr("The account settings in %1 are incomplete: account/name and a valid "
                      "account/baseUrl are needed.")
                .arg(m_config.profile.settingsFile());
        const QString problem = openStore(accountStoreFile(name));
        if (!problem.isEmpty())
            return problem;
        startAccount(name, baseUrl);
        return {};
    }
    return startSandbox();
}

void AppContext::closeAccount()
{
    m_window->setImportUploader(nullptr);
    m_window->setMessaging(nullptr, nullptr);
    m_messages.reset();
    m_uploader.reset();
    m_engine.reset();
    m_client.reset();
    m_window->setStore(nullptr);
    m_contacts->setStore(nullptr);
    m_store.reset();
    m_sandbox.reset();
    m_window->setError({});
}

void AppContext::applyRegion()
{
    const QString region =
        m_settings->value(QLatin1String(defaultRegionKey), QStringLiteral("US")).toString();
    m_contacts->setDefaultRegion(region);
    m_window->setDefaultRegion(region);
}

Views::AppSettings AppContext::currentSettings() const
{
    Views::AppSettings s;
    s.heymarket =
        m_settings->value(QLatin1String(accountKindKey)).toString() == QLatin1String("heymarket");
    s.accountName = m_settings->value(QLatin1String(accountNameKey)).toString();
    s.baseUrl = QUrl(
        m_settings
            ->value(QLatin1String(accountBaseUrlKey), QStringLiteral("https://api.heymarket.com"))
            .toString());
    s.region = m_settings->value(QLatin1String(defaultRegionKey), QStringLiteral("US")).toString();
    s.syncIntervalSeconds = m_settings->value(QLatin1String(syncIntervalKey), 60).toInt();
    return s;
}

void AppContext::applySettings(const Views::AppSettings &settings)
{
    const Views::AppSettings before = currentSettings();
    m_settings->setValue(QLatin1String(accountKindKey), settings.heymarket
                                                            ? QStringLiteral("heymarket")
                                                            : QStringLiteral("sandbox"));
    if (settings.heymarket) {
        m_settings->setValue(QLatin1String(accountNameKey), settings.accountName);
        m_settings->setValue(QLatin1String(accountBaseUrlKey), settings.baseUrl.toString());
    }
    m_settings->setValue(QLatin1String(defaultRegionKey), settings.region);
    m_settings->setValue(QLatin1String(syncIntervalKey), settings.syncIntervalSeconds);
    m_settings->sync();
    applyRegion();

    const bool accountChanged =
        before.heymarket != settings.heymarket ||
        (settings.heymarket &&
         (before.accountName != settings.accountName || before.baseUrl != settings.baseUrl)) ||
        settings.credentials.isValid() ||
        before.syncIntervalSeconds != settings.syncIntervalSeconds;
    if (!accountChanged)
        return;
    const auto reopen = [this] {
        closeAccount();
        const QString problem = openAccount();
        if (!problem.isEmpty()) {
            m_window->setError(problem);
            Q_EMIT synced();
        }
    };
    if (settings.heymarket && settings.credentials.isValid())
        m_vault->store(settings.accountName, settings.credentials, [reopen](bool) { reopen(); });
    else
        reopen();
}

void AppContext::testConnection(const QUrl &baseUrl, const Api::Credentials &credentials,
                                std::function<void(const QString &)> done)
{
    Api::HeymarketClient::Config config;
    config.baseUrl = baseUrl;
    config.credentials = credentials;
    config.timeoutMs = 15000;
    config.retry = {1, 0, 0, 0};
    auto client = std::make_shared<Api::HeymarketClient>(m_network.get(), config);
    auto *request = new Api::GetTeamRequest(client.get(), this);
    connect(request, &Api::ApiRequest::finished, this, [request, client, done] {
        done(request->error().isError() ? request->error().describe() : QString());
        request->deleteLater();
    });
    request->start();
}

void AppContext::createTag(const QString &name,
                           std::function<void(std::optional<Tag>, const QString &)> done)
{
    if (!m_client || !m_store) {
        done(std::nullopt, tr("not connected to the server"));
        return;
    }
    auto *request = new Api::CreateTagRequest(m_client.get(), name, {}, this);
    connect(request, &Api::ApiRequest::finished, this, [this, request, name, done] {
        request->deleteLater();
        if (request->error().isError()) {
            done(std::nullopt, request->error().describe());
            return;
        }
        Tag tag;
        tag.id = request->result().id;
        tag.name = name;
        tag.rev = request->result().rev;
        QList<Tag> tags = m_store ? m_store->tags() : QList<Tag>();
        tags.append(tag);
        if (m_store)
            m_store->replaceTags(tags);
        done(tag, {});
    });
    request->start();
}

void AppContext::openSettingsDialog()
{
    Views::SettingsDialog dialog(currentSettings(), m_window.get());
    dialog.setConnectionTester([this](const QUrl &url, const Api::Credentials &credentials,
                                      std::function<void(const QString &)> done) {
        testConnection(url, credentials, std::move(done));
    });
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

QString AppContext::openStore(const QString &fileName)
{
    m_store = std::make_unique<Store::ContactStore>();
    const QString problem =
        m_store->open(m_config.profile.dataDirectory() + QLatin1Char('/') + fileName);
    if (!problem.isEmpty())
        return tr("The local copy of your contacts could not be opened: %1").arg(problem);
    // Show what is stored before any request returns.
    m_contacts->setStore(m_store.get());
    m_window->setStore(m_store.get());
    showCount();
    connect(m_store.get(), &Store::ContactStore::contactsChanged, &m_countTimer,
            qOverload<>(&QTimer::start));
    connect(m_store.get(), &Store::ContactStore::contactsRemoved, &m_countTimer,
            qOverload<>(&QTimer::start));
    return {};
}

QString AppContext::accountStoreFile(const QString &accountName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    return QStringLiteral("account-%1.sqlite")
        .arg(QString(accountName).replace(unsafe, QStringLiteral("_")));
}

QString AppContext::startSandbox()
{
    const QString problem = openStore(QLatin1String(sandboxStoreFile));
    if (!problem.isEmpty())
        return problem;
    // No Heymarket account is configured: open the local sandbox workspace.
    // A fresh key for each run keeps other local programs out.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sandbox::Options options;
    options.dataFile = m_config.profile.sandboxDataFile();
    options.apiKeys = {key};
    options.seedContacts = m_config.sandboxContacts;
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    if (!m_sandbox->start(options))
        return tr("The local sandbox could not start: %1").arg(m_sandbox->errorString());
    m_window->setWorkspace(tr("Local sandbox"), m_sandbox->baseUrl());
    connectClient(m_sandbox->baseUrl(), Api::Credentials::fromApiKey(key));
    return {};
}

void AppContext::startAccount(const QString &name, const QUrl &baseUrl)
{
    m_window->setWorkspace(tr("Heymarket account “%1”").arg(name), baseUrl);
    m_vault->load(name, [this, name, baseUrl](std::optional<Api::Credentials> credentials) {
        if (!credentials) {
            m_window->setError(
                tr("No credentials for the account “%1” are stored in this computer's keychain. "
                   "Connect the account again in Settings.")
                    .arg(name));
            Q_EMIT synced();
            return;
        }
        connectClient(baseUrl, *credentials);
    });
}

void AppContext::connectClient(const QUrl &baseUrl, const Api::Credentials &credentials)
{
    Api::HeymarketClient::Config clientConfig;
    clientConfig.baseUrl = baseUrl;
    clientConfig.credentials = credentials;
    m_client = std::make_unique<Api::HeymarketClient>(m_network.get(), clientConfig);
    Sync::SyncEngine::Options options;
    options.intervalMs =
        std::max(5, m_settings->value(QLatin1String(syncIntervalKey), 60).toInt()) * 1000;
    m_engine = std::make_unique<Sync::SyncEngine>(m_store.get(), m_client.get(), options);
    connect(m_engine.get(), &Sync::SyncEngine::statusChanged, this, &AppContext::showSyncStatus);
    connect(m_engine.get(), &Sync::SyncEngine::idle, this, [this] {
        showCount();
        Q_EMIT synced();
    });
    m_engine->start();

    m_uploader = std::make_unique<Sync::ImportUploader>(m_client.get(), m_store.get());
    m_window->setImportUploader(m_uploader.get());
    // Messages a failure or a crash left unsent wait in the outbox; the
    // status bar offers to send them again (never without asking: the
    // reason to send may have passed).
    m_messages = std::make_unique<Sync::MessageOutbox>(m_store.get(), m_client.get());
    m_window->setMessaging(m_messages.get(), m_client.get());
    // Updates sent by an import arrive with the next pull.
    connect(m_uploader.get(), &Sync::ImportUploader::serverChanged, m_engine.get(),
            &Sync::SyncEngine::syncNow);
    // An import a crash interrupted goes on where it stopped.
    if (const qint64 unfinished = Store::ImportJournal(m_store.get()).unfinished()) {
        m_window->setNotice(tr("Resuming an import that was interrupted…"));
        m_uploader->start(unfinished);
        connect(
            m_uploader.get(), &Sync::ImportUploader::finished, m_window.get(),
            [this, unfinished](qint64 id, bool, const QString &message) {
                if (id == unfinished)
                    m_window->setNotice(
                        message.isEmpty() ? tr("The interrupted import is done.")
                                          : tr("The interrupted import stopped: %1").arg(message));
            },
            Qt::SingleShotConnection);
    }
}

void AppContext::showCount()
{
    m_window->setContactCount(m_store->contactCount());
}

void AppContext::showSyncStatus()
{
    const Sync::SyncEngine::Status &s = m_engine->status();
    const QLocale locale;
    QStringList parts;
    if (s.connection == Sync::SyncEngine::Status::Connection::Offline)
        parts.append(tr("Offline; edits are kept and sent when the server is back"));
    else if (s.pulling && s.expected > 0)
        parts.append(tr("Syncing: %1 of %2 contacts")
                         .arg(locale.toString(s.received), locale.toString(s.expected)));
    else if (s.pulling)
        parts.append(tr("Syncing…"));
    else if (s.connection == Sync::SyncEngine::Status::Connection::Online)
        parts.append(tr("Up to date"));
    if (s.pending > 0)
        parts.append(tr("%n edit(s) waiting", "", s.pending));
    if (s.failed > 0)
        parts.append(tr("%n edit(s) failed", "", s.failed));
    if (s.conflicts > 0)
        parts.append(tr("%n conflict(s)", "", s.conflicts));
    if (!s.warning.isEmpty())
        parts.append(s.warning);
    m_window->setSyncStatus(parts.join(QStringLiteral(" · ")), s.pulling ? s.received : -1,
                            s.expected);
    if (s.connection == Sync::SyncEngine::Status::Connection::Offline || s.failed > 0)
        m_window->setError(s.lastError);
}

} // namespace ContactDesk::App
