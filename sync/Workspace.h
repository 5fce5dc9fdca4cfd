#pragma once

#include "api/Credentials.h"
#include "api/RetryPolicy.h"
#include "sandbox/SandboxOptions.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace ContactDesk::Api {
class HeymarketClient;
class SecretBackend;
class SecretVault;
} // namespace ContactDesk::Api
namespace ContactDesk::Sandbox {
class SandboxHost;
}
namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Sync {

class ImportUploader;
class MessageSender;

// An account, opened: the one composition root below the window. It makes
// the profile's folders, reads its settings, holds the secret vault, starts
// the embedded sandbox when no Heymarket account is configured (or takes
// the server it is given), and makes the network manager, the client, the
// local store, the sync engine, the import uploader and the message sender.
// The window (app/AppContext), contactdesk-cli and the tests all open an
// account through it.
//
// open() opens the store at once (the window shows what is stored before
// any request); the client follows when the credentials are known, at once
// for the sandbox or a given server, after the keychain answers for a
// Heymarket account: then connected() is emitted. The engine is made but
// not started: the owner says how it syncs.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class Kind
    {
        Sandbox,   // the profile's local sandbox workspace
        Heymarket, // the profile's Heymarket account (settings + keychain)
        Server     // a server given in Options (contactdesk-cli --api-url, tests)
    };

    struct Server
    {
        QUrl baseUrl;
        Api::Credentials credentials;
    };

    struct Options
    {
        Store::Profile profile = Store::Profile::standard();
        // Instead of the profile's account: this server (its store file is
        // named after the server, beside the profile's others).
        std::optional<Server> server;
        int sandboxContacts = 5000; // the demo team's size on the first start
        // How the embedded sandbox reads the spec's open points. Strict by
        // default: what the app shows on the sandbox then holds on a real
        // account whichever way Heymarket reads them (sandbox/README.md).
        Sandbox::Reading sandboxReading = Sandbox::Reading::Strict;
        // Where account secrets live; the OS keychain unless a test says otherwise.
        std::function<std::unique_ptr<Api::SecretBackend>()> secretBackend;
        // Not owned; the workspace makes its own when null.
        QNetworkAccessManager *network = nullptr;
        // The engine's options; its interval comes from the settings when
        // not set here.
        std::optional<SyncEngine::Options> sync;
        // The client's, when a test or a command needs them shorter.
        std::optional<Api::RetryPolicy> retry;
        std::optional<int> timeoutMs;
    };

    explicit Workspace(Options options, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens the account the settings (or Options::server) name. Empty on
    // success; otherwise what stopped it, for people. Call close() before
    // opening again.
    QString open();
    // Closes the account: sender, uploader, engine, client, store, sandbox.
    void close();
    bool isConnected() const { return m_engine != nullptr; }

    Kind kind() const { return m_kind; }
    // The account as people name it ("Local sandbox", "Heymarket account “x”").
    QString displayName() const;
    QUrl baseUrl() const { return m_baseUrl; }
    const Store::Profile &profile() const { return m_options.profile; }
    // The profile's settings; there once open() got past making the folders.
    bool hasSettings() const { return m_settings != nullptr; }
    QSettings &settings() const { return *m_settings; }
    QString defaultRegion() const;
    Api::SecretVault *vault() const { return m_vault.get(); }
    Sandbox::SandboxHost *sandbox() const { return m_sandbox.get(); }
    QNetworkAccessManager *network() const { return m_network; }
    // Null while closed; the rest also until connected().
    Store::ContactStore *store() const { return m_store.get(); }
    Api::HeymarketClient *client() const { return m_client.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    ImportUploader *importUploader() const { return m_uploader.get(); }
    MessageSender *messageSender() const { return m_sender.get(); }

    // The store file of each account, in the profile's data folder: the
    // one rule for every program.
    static QString sandboxStoreFile();
    static QString accountStoreFile(const QString &accountName);
    static QString serverStoreFile(const QUrl &baseUrl);

Q_SIGNALS:
    // The client, engine, uploader and sender are there.
    void connected();
    // Connecting failed after open() returned (no credentials in the
    // keychain); for people.
    void connectionFailed(const QString &problem);

private:
    QString openStore(const QString &fileName);
    QString startSandbox();
    void connectClient(const QUrl &baseUrl, const Api::Credentials &credentials);

    Options m_options;
    Kind m_kind = Kind::Sandbox;
    QString m_accountName;
    QUrl m_baseUrl;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Api::SecretVault> m_vault;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Store::ContactStore> m_store;
    std::unique_ptr<Api::HeymarketClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ImportUploader> m_uploader;
    std::unique_ptr<MessageSender> m_sender;
    quint64 m_generation = 0; // a keychain answer for an account closed since is ignored
};

} // namespace ContactDesk::Sync
