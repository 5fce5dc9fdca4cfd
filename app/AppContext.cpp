#include "app/AppContext.h"

#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "api/SecretVault.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "models/MessageModels.h"
#include "models/TemplateListModel.h"
#include "sandbox/SandboxHost.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "sync/DirectoryWrites.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Settings.h"
#include "views/ContactDetailPanel.h"
#include "views/MainWindow.h"
#include "views/SyncStatusBar.h"

#include <QFileInfo>
#include <QSettings>

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
    if (m_window && m_workspace && m_workspace->hasSettings())
        m_window->saveLayout(m_workspace->settings());
    if (m_window)
        closeAccount();
    m_window.reset();
    m_filtered.reset();
    m_contacts.reset();
    m_workspace.reset();
}

QString AppContext::start()
{
    Sync::Workspace::Options options;
    options.profile = m_config.profile;
    options.sandboxContacts = m_config.sandboxContacts;
    options.sandboxReading = m_config.sandboxReading;
    options.secretBackend = m_config.secretBackend;
    options.server = m_config.server;
    m_workspace = std::make_unique<Sync::Workspace>(std::move(options));
    connect(m_workspace.get(), &Sync::Workspace::connected, this, &AppContext::onConnected);
    // The store is shown once its binding allows it (sync/Workspace.h):
    // before any request when these credentials were verified for its
    // team, else when the server confirmed the team; and taken away when
    // the server names another team or server.
    connect(m_workspace.get(), &Sync::Workspace::storeOpened, this, &AppContext::showStore);
    connect(m_workspace.get(), &Sync::Workspace::storeClosing, this, &AppContext::hideStore);
    connect(m_workspace.get(), &Sync::Workspace::connectionFailed, this,
            [this](const QString &problem) {
                m_window->setError(problem);
                if (!m_workspace->engine()) // e.g. the sandbox's start: no progress to show
                    m_window->syncStatusBar()->setEngine(nullptr);
                Q_EMIT synced();
            });
    // The embedded sandbox starts in its own thread (seeding a big demo
    // team takes seconds): the window is there meanwhile and says how far
    // it got.
    connect(m_workspace.get(), &Sync::Workspace::preparing, this, [this](int seeded, int total) {
        m_window->syncStatusBar()->showSandboxStart(seeded, total);
    });

    m_window = std::make_unique<Views::MainWindow>();
    connect(m_window.get(), &Views::MainWindow::refreshRequested, this, [this] {
        if (m_workspace->engine())
            m_workspace->engine()->syncNow();
    });
    connect(m_window.get(), &Views::MainWindow::settingsRequested, this,
            &AppContext::openSettingsDialog);
    // The models live as long as the window; an account switch gives them
    // another store.
    m_contacts = std::make_unique<Models::ContactTableModel>();
    m_filtered = std::make_unique<Models::ContactFilterModel>();
    m_filtered->setSourceModel(m_contacts.get());
    connect(m_contacts.get(), &Models::ContactTableModel::loadFailed, m_window.get(),
            [this](const QString &problem) { m_window->setError(problem); });
    m_window->setContacts(m_filtered.get());
    m_window->detailPanel()->setTagCreator(
        [this](const QString &name, std::function<void(std::optional<Tag>, const QString &)> done) {
            if (!m_workspace->client() || !m_workspace->store()) {
                done(std::nullopt, tr("not connected to the server"));
                return;
            }
            Sync::DirectoryWrites::createTag(
                m_workspace->client(), m_workspace->store(), name, m_workspace->engine(),
                [done](const std::optional<Tag> &tag, const Api::ApiError &error) {
                    done(tag, tag ? QString() : error.describe());
                });
        });
    const QString problem = openAccount();
    // A file a newer ContactDesk wrote is left alone: the window opens
    // without a store or engine and says why (Settings can switch account).
    const bool newerStore = m_workspace->storeError().kind == Store::StoreError::Kind::NewerVersion;
    if (!problem.isEmpty() && !newerStore)
        return problem;
    if (newerStore)
        m_window->setError(problem);
    connect(m_workspace->vault(), &Api::SecretVault::noticeChanged, m_window.get(),
            &Views::MainWindow::setNotice);
    if (!m_workspace->vault()->notice().isEmpty())
        m_window->setNotice(m_workspace->vault()->notice());
    // A damaged file set aside at open: what was carried over, and what not.
    if (!m_workspace->storeNotice().isEmpty())
        m_window->setNotice(m_workspace->storeNotice());
    m_window->setSettings(&m_workspace->settings());
    m_window->restoreLayout(m_workspace->settings());
    applyRegion();
    return {};
}

QString AppContext::openAccount()
{
    const QString problem = m_workspace->open();
    if (problem.isEmpty() || m_workspace->store())
        m_window->setWorkspace(m_workspace->displayName(), m_workspace->baseUrl());
    if (problem.isEmpty() && m_workspace->kind() == Sync::Workspace::Kind::Sandbox &&
        !m_workspace->client())
        m_window->syncStatusBar()->showSandboxStart();
    return problem;
}

void AppContext::showStore()
{
    Store::ContactStore *store = m_workspace->store();
    if (!store)
        return;
    m_contacts->setStore(store);
    m_window->setStore(store);
    m_window->setWorkspace(m_workspace->displayName(), m_workspace->baseUrl());
    showCount();
    connect(store, &Store::ContactStore::contactsChanged, &m_countTimer,
            qOverload<>(&QTimer::start));
    connect(store, &Store::ContactStore::contactsRemoved, &m_countTimer,
            qOverload<>(&QTimer::start));
}

void AppContext::hideStore()
{
    // Nothing of it may be sent either: the engines leave the window too.
    m_window->setImportUploader(nullptr);
    m_window->setMessaging(nullptr, nullptr, nullptr);
    m_window->setSyncEngine(nullptr);
    m_countTimer.stop();
    m_window->setStore(nullptr);
    m_contacts->setStore(nullptr);
    m_window->setContactCount(0);
}

void AppContext::closeAccount()
{
    m_window->setImportUploader(nullptr);
    m_window->setMessaging(nullptr, nullptr, nullptr);
    m_history.reset();
    m_templates.reset();
    m_window->setSyncEngine(nullptr);
    m_window->setStore(nullptr);
    m_contacts->setStore(nullptr);
    m_workspace->close();
    m_window->setError({});
}

void AppContext::onConnected()
{
    m_window->setError({}); // e.g. "cannot be reached" while the team was asked again
    // The embedded sandbox's address is known once it has started.
    m_window->setWorkspace(m_workspace->displayName(), m_workspace->baseUrl());
    Sync::SyncEngine *engine = m_workspace->engine();
    m_window->setSyncEngine(engine);
    connect(engine, &Sync::SyncEngine::idle, this, [this] {
        showCount();
        if (m_importElsewhere)
            resumeInterruptedImport(); // its owner may be gone, or done
        Q_EMIT synced();
    });
    engine->start();
    m_window->setImportUploader(m_workspace->importUploader());
    // Messages a failure or a crash left unsent wait in the outbox; the
    // status bar offers to send them again (never without asking: the
    // reason to send may have passed).
    m_templates = std::make_unique<Models::TemplateListModel>(m_workspace->client());
    m_history = std::make_unique<Models::MessageHistoryModel>(m_workspace->client());
    m_window->setMessaging(m_workspace->messageSender(), m_templates.get(), m_history.get());
    resumeInterruptedImport();
}

void AppContext::resumeInterruptedImport()
{
    // The window resumes by itself only an import a crash interrupted (or
    // one staged while not connected), and only when no other process is
    // sending it; one the user stopped (Cancel, Ctrl+C or SIGTERM of the
    // CLI) waits until the user asks (File ▸ Resume the stopped import).
    Sync::ImportUploader *uploader = m_workspace->importUploader();
    Store::ContactStore *store = m_workspace->store();
    if (!uploader || !store || uploader->isRunning())
        return;
    const Store::ImportJournal journal(store);
    const qint64 waited = std::exchange(m_importElsewhere, 0);
    const qint64 unfinished = journal.unfinished();
    if (!unfinished) {
        if (const qint64 stopped = journal.stopped()) {
            const auto record = journal.import(stopped);
            m_window->setNotice(
                tr("The import of %1 was stopped with %Ln row(s) not sent yet: File ▸ Resume the "
                   "stopped import sends them.",
                   nullptr, record ? record->pending : 0)
                    .arg(record ? QFileInfo(record->file).fileName() : QString()));
        } else if (waited) {
            const auto record = journal.import(waited);
            if (record && record->state == Store::ImportRecord::State::Done)
                m_window->setNotice(tr("The import of %1 that another program was sending is "
                                       "done: %Ln contact(s) created.",
                                       nullptr, record->created)
                                        .arg(QFileInfo(record->file).fileName()));
        }
        return;
    }
    const auto record = journal.import(unfinished);
    const QString file = record ? QFileInfo(record->file).fileName() : QString();
    if (QString owner; uploader->heldElsewhere(&owner)) {
        m_importElsewhere = unfinished;
        if (waited != unfinished)
            m_window->setNotice(tr("The import of %1 is being sent by %2; the window leaves it "
                                   "to that program (and resumes it if that program stops "
                                   "without finishing).")
                                    .arg(file, owner));
        return;
    }
    m_window->setNotice(tr("Resuming an import that was interrupted…"));
    followImport(unfinished, file);
    uploader->start(unfinished);
}

void AppContext::followImport(qint64 id, const QString &file)
{
    Sync::ImportUploader *uploader = m_workspace->importUploader();
    // Listening before it starts, and until this import (not another) ends.
    auto *watch = new QObject(uploader);
    connect(uploader, &Sync::ImportUploader::finished, watch,
            [this, watch, id, file](qint64 done, bool cancelled, const QString &message) {
                if (done != id)
                    return;
                watch->deleteLater();
                if (cancelled)
                    m_window->setNotice(tr("The import of %1 was stopped.").arg(file));
                else
                    m_window->setNotice(
                        message.isEmpty() ? tr("The interrupted import is done.")
                                          : tr("The interrupted import stopped: %1").arg(message));
            });
}

void AppContext::applyRegion()
{
    const QString region = m_workspace->defaultRegion();
    m_contacts->setDefaultRegion(region);
    m_window->setDefaultRegion(region);
}

Views::AppSettings AppContext::currentSettings() const
{
    const QSettings &settings = m_workspace->settings();
    const Sync::Settings::Account account = Sync::Settings::account(settings);
    Views::AppSettings s;
    s.heymarket = account.heymarket;
    s.accountName = account.name;
    s.baseUrl = account.baseUrl;
    s.region = Sync::Settings::region(settings);
    s.syncIntervalSeconds = Sync::Settings::syncIntervalSeconds(settings);
    return s;
}

void AppContext::applySettings(const Views::AppSettings &settings)
{
    const Views::AppSettings before = currentSettings();
    QSettings &stored = m_workspace->settings();
    Sync::Settings::setAccount(stored,
                               {settings.heymarket, settings.accountName, settings.baseUrl});
    stored.setValue(Sync::Settings::defaultRegion, settings.region);
    stored.setValue(Sync::Settings::syncInterval, settings.syncIntervalSeconds);
    stored.sync();
    applyRegion();

    const bool accountChanged =
        before.heymarket != settings.heymarket ||
        (settings.heymarket &&
         (before.accountName != settings.accountName || before.baseUrl != settings.baseUrl)) ||
        settings.credentials.isValid() ||
        before.syncIntervalSeconds != settings.syncIntervalSeconds;
    if (!accountChanged)
        return;
    const auto reopen = [this, heymarket = settings.heymarket] {
        closeAccount();
        // What was said about the account left is not about the next one;
        // the keychain's notice stays only for an account that needs it.
        m_window->setNotice(heymarket ? m_workspace->vault()->notice() : QString());
        const QString problem = openAccount();
        if (!problem.isEmpty()) {
            m_window->setError(problem);
            Q_EMIT synced();
        }
    };
    if (settings.heymarket && settings.credentials.isValid())
        m_workspace->vault()->store(settings.accountName, settings.baseUrl, settings.credentials,
                                    [reopen](bool) { reopen(); });
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
    auto client = std::make_shared<Api::HeymarketClient>(m_workspace->network(), config);
    client->send(new Api::GetTeamRequest(client.get()), this,
                 [client, done](const Api::GetTeamRequest &request) {
                     done(request.error().isError() ? request.error().describe() : QString());
                 });
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

void AppContext::showCount()
{
    if (Store::ContactStore *store = m_workspace->store())
        m_window->setContactCount(store->contactCount());
}

} // namespace ContactDesk::App
