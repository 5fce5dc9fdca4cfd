#pragma once

#include "api/Credentials.h"
#include "api/RetryPolicy.h"
#include "core/Domain.h"
#include "sandbox/SandboxOptions.h"
#include "store/Profile.h"
#include "store/StoreError.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QTimer>
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
class SyncOwner;

// An account, opened: the one composition root below the window. It makes
// the profile's folders, reads its settings, holds the secret vault, starts
// the embedded sandbox when no Heymarket account is configured (or takes
// the server it is given), and makes the network manager, the client, the
// local store, the sync engine, the import uploader and the message sender.
// The window (app/AppContext), contactdesk-cli and the tests all open an
// account through it.
//
// One team per store (store/README.md, "The binding"): a store file is
// bound to the team GET /v1/team names, the server and the credential it
// was filled with, and nothing reads or pushes it for a session until that
// is checked, here, for every program:
//
// - the client is made when the credentials are known (at once for the
//   sandbox or a given server, when the keychain answers for a Heymarket
//   account); then GET /v1/team is asked;
// - store() is there (storeOpened()) as soon as the credential is one
//   already verified for the file's team on this server, before any
//   request (an offline start shows what is stored); otherwise only once
//   the server confirmed the team;
// - when the team answers, the file is bound (the first time) or checked:
//   the same team and server with another credential (a rotated key) is
//   recorded and allowed; another team or server is refused
//   (connectionFailed() with the reason, storeClosing() if it was shown,
//   and no store, engine or sender). A given server (--api-url) has one
//   store file per server and team, so another team there opens its own;
// - then the engine, uploader and sender are made and connected() is
//   emitted. The engine is made but not started: the owner says how it syncs.
//
// When the team cannot be asked (no network), connectionFailed() says so
// and the question is asked again later (5 s, doubling up to a minute).
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
        // The client's own request budget: Heymarket's 500 a minute, four
        // at once, for any server (a configured account, a given server,
        // a sandbox reached over HTTP); the embedded sandbox (Kind::Sandbox)
        // has no per-minute limit (it is ours, on this computer; four at
        // once still). Set here, it wins for every kind: the soak lifts it
        // against a given sandbox that has none.
        std::optional<Api::RequestScheduler::Limits> limits;
    };

    explicit Workspace(Options options, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens the account the settings (or Options::server) name. Empty on
    // success; otherwise what stopped it, for people. Call close() before
    // opening again. Returns at once: the embedded sandbox starts in its
    // own thread (seeding its demo team the first time, preparing()), and
    // a failure to start is a connectionFailed().
    QString open();
    // Closes the account: sender, uploader, engine, client, store, sandbox.
    void close();
    bool isConnected() const { return m_engine != nullptr; }
    // The server answered the team question with a failure that may pass
    // (a 5xx, a 429) and it is asked again soon (connectionFailed() said
    // so): a command can wait for that instead of giving up.
    bool retriesBusyServer() const { return m_teamRetry.isActive() && m_serverWasBusy; }

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
    // Null while closed. The store until its binding allows this session
    // (see above); the client until the credentials are known; the rest
    // until connected().
    Store::ContactStore *store() const { return m_storeShown ? m_store.get() : nullptr; }
    Api::HeymarketClient *client() const { return m_client.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    ImportUploader *importUploader() const { return m_uploader.get(); }
    MessageSender *messageSender() const { return m_sender.get(); }

    // Why the store file did not open (open() returned its describe()),
    // e.g. Kind::NewerVersion; None when it opened.
    const Store::StoreError &storeError() const { return m_storeError; }
    // What the store's open did that people should know: a damaged file
    // set aside and what was carried over (empty when nothing).
    QString storeNotice() const { return m_storeNotice; }

    // The team the server confirmed for this session (id 0 until then).
    const Team &team() const { return m_team; }

    // The store file of each account, in the profile's data folder: the
    // one rule for every program. Two account names never share a file
    // (a readable part and a hash of the exact name); a given server has
    // one file per server and team.
    static QString sandboxStoreFile();
    static QString accountStoreFile(const QString &accountName);
    static QString serverStoreFile(const QUrl &baseUrl, qint64 teamId);
    // The names before the binding (#15); such a file is taken over
    // (renamed) by its account on the first open, see open().
    static QString legacyAccountStoreFile(const QString &accountName);
    static QString legacyServerStoreFile(const QUrl &baseUrl);
    // What a store is bound to: the server as a normalised base URL
    // (scheme and host in lower case, the port always, no trailing slash,
    // no query, user or fragment), and a credential's identity (the API
    // key, or the Secret ID of a JWT secret; only a salted hash of it is
    // kept).
    static QString serverIdentity(const QUrl &baseUrl);
    static QString credentialIdentity(const Api::Credentials &credentials);

Q_SIGNALS:
    // store() is there: the file's team is known to go with these
    // credentials (or the server confirmed it).
    void storeOpened();
    // store() is about to go: the server named another team or server than
    // the file's (connectionFailed() follows with the reason).
    void storeClosing();
    // The embedded sandbox is seeding its demo team (its first start):
    // `seeded` of `total` contacts written. The client and the rest come
    // once it is done.
    void preparing(int seeded, int total);
    // The client, engine, uploader and sender are there.
    void connected();
    // Connecting failed after open() returned (no credentials in the
    // keychain, the team could not be asked, or the store belongs to
    // another team or server); for people.
    void connectionFailed(const QString &problem);

private:
    QString openStore(const QString &fileName, const QString &legacyFileName = {});
    void startSandbox();
    void connectClient(const QUrl &baseUrl, const Api::Credentials &credentials);
    void showStoreIfKnown();
    void showStore();
    void askTeam();
    void onTeam(const Team &team);
    void refuse(const QString &problem);
    void makeEngine();
    QString dataPath(const QString &fileName) const;

    Options m_options;
    Kind m_kind = Kind::Sandbox;
    QString m_accountName;
    QUrl m_baseUrl;
    QString m_serverIdentity;     // what the store is bound to
    QString m_credentialIdentity; // never stored: only its salted hash
    Team m_team;                  // confirmed by the server this session
    bool m_storeShown = false;
    Store::StoreError m_storeError;
    QString m_storeNotice;
    QTimer m_teamRetry;
    int m_teamRetryMs = 0;
    bool m_serverWasBusy = false; // the last team question: the server answered 5xx or 429
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Api::SecretVault> m_vault;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Store::ContactStore> m_store;
    std::unique_ptr<Api::HeymarketClient> m_client;
    std::unique_ptr<SyncOwner> m_syncOwner; // the store file's sync lock (outlives the engine)
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ImportUploader> m_uploader;
    std::unique_ptr<MessageSender> m_sender;
    quint64 m_generation = 0; // a keychain answer for an account closed since is ignored
};

} // namespace ContactDesk::Sync
