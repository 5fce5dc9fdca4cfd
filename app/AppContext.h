#pragma once

#include "api/HeymarketClient.h"
#include "api/SecretVault.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "store/ContactStore.h"
#include "store/Profile.h"
#include "sync/ImportUploader.h"
#include "sync/MessageOutbox.h"
#include "sync/SyncEngine.h"
#include "views/SettingsDialog.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace ContactDesk::Sandbox {
class SandboxHost;
}
namespace ContactDesk::Views {
class MainWindow;
}

namespace ContactDesk::App {

// The composition root: builds the profile, settings, the secret vault, the
// embedded sandbox (when no account is configured), the network manager, the
// client, the local store, the sync engine and the main window, and wires
// them together. main() only parses the command line and runs this.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Config
    {
        Store::Profile profile = Store::Profile::standard();
        int sandboxContacts = 5000; // demo team size on first start
        // Where account secrets live; the OS keychain unless a test says otherwise.
        std::function<std::unique_ptr<Api::SecretBackend>()> secretBackend;
    };

    // Settings keys. With account/kind = "heymarket" the app connects to
    // account/baseUrl with the credentials kept in the keychain under
    // account/name; anything else opens the local sandbox workspace.
    static constexpr auto accountKindKey = "account/kind";
    static constexpr auto accountNameKey = "account/name";
    static constexpr auto accountBaseUrlKey = "account/baseUrl";
    static constexpr auto syncIntervalKey = "sync/intervalSeconds";
    static constexpr auto defaultRegionKey = "phone/defaultRegion"; // ISO 3166, "US"
    // The store files in the profile's data folder.
    static constexpr auto sandboxStoreFile = "sandbox-workspace.sqlite";
    static QString accountStoreFile(const QString &accountName);

    explicit AppContext(Config config, QObject *parent = nullptr);
    ~AppContext() override;

    // Empty on success, otherwise what stopped the start, for people. The
    // window shows the stored contacts as soon as this returns.
    QString start();

    Views::MainWindow *mainWindow() const { return m_window.get(); }
    Sandbox::SandboxHost *sandbox() const { return m_sandbox.get(); }
    Api::SecretVault *vault() const { return m_vault.get(); }
    Store::ContactStore *store() const { return m_store.get(); }
    Sync::SyncEngine *syncEngine() const { return m_engine.get(); }
    Sync::ImportUploader *importUploader() const { return m_uploader.get(); }
    Sync::MessageOutbox *messageOutbox() const { return m_messages.get(); }
    Models::ContactTableModel *contacts() const { return m_contacts.get(); }
    QSettings &settings() const { return *m_settings; }

    // What the settings dialog shows, and saving what it returns: the
    // region applies at once; a changed account (or credentials, or sync
    // interval) closes the current one and opens the new one.
    Views::AppSettings currentSettings() const;
    void applySettings(const Views::AppSettings &settings);
    // Asks the server at baseUrl for the team with these credentials.
    void testConnection(const QUrl &baseUrl, const Api::Credentials &credentials,
                        std::function<void(const QString &problem)> done);
    // Creates a tag for the team (POST /v1/tag) and adds it to the store.
    void createTag(const QString &name,
                   std::function<void(std::optional<Tag> tag, const QString &problem)> done);

Q_SIGNALS:
    // The engine has nothing left to do for now (or cannot start).
    void synced();

private:
    QString openAccount();
    void closeAccount();
    void applyRegion();
    void openSettingsDialog();
    QString startSandbox();
    QString openStore(const QString &fileName);
    void startAccount(const QString &name, const QUrl &baseUrl);
    void connectClient(const QUrl &baseUrl, const Api::Credentials &credentials);
    void showCount();
    void showSyncStatus();

    Config m_config;
    std::unique_ptr<Api::SecretVault> m_vault;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<Api::HeymarketClient> m_client;
    std::unique_ptr<Store::ContactStore> m_store;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    std::unique_ptr<Sync::ImportUploader> m_uploader;
    std::unique_ptr<Sync::MessageOutbox> m_messages;
    std::unique_ptr<Models::ContactTableModel> m_contacts;
    std::unique_ptr<Models::ContactFilterModel> m_filtered;
    QTimer m_countTimer;
};

} // namespace ContactDesk::App
