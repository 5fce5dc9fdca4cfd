#pragma once

#include "api/Credentials.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ContactDesk::Api {

// Where a secret actually goes. The default is the OS keychain through
// QtKeychain; tests substitute their own.
class SecretBackend
{
public:
    enum class Result
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };
    using Done = std::function<void(Result result, const QByteArray &data, const QString &message)>;

    virtual ~SecretBackend() = default;
    virtual void write(const QString &key, const QByteArray &data, Done done) = 0;
    virtual void read(const QString &key, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

std::unique_ptr<SecretBackend> makeKeychainBackend(const QString &service);

// Keeps an account's credentials (team API key, or Secret ID + Key) out of
// settings files and logs: in the OS keychain when one is running;
// otherwise in memory for this session only, and notice() says so.
//
// A secret is bound to its server: the keychain entry is named after the
// account and the server (entryName()), and the server is stored with the
// secret and checked on every read, so a key saved for one server is never
// handed out for another (the settings' Server changed, a settings file
// edited by hand). An entry of the old format (named after the account
// alone, no server inside) is read for the server the account names when
// it is first loaded, rewritten in the new format for that server and
// removed; storing an account's credentials removes it too.
class SecretVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretVault)

public:
    explicit SecretVault(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretVault() override;

    using Stored = std::function<void(bool persistent)>;
    using Loaded = std::function<void(std::optional<Credentials> credentials)>;

    void store(const QString &account, const QUrl &server, const Credentials &credentials,
               Stored done);
    // Nothing (nullopt) when no secret was stored for this account on this
    // server.
    void load(const QString &account, const QUrl &server, Loaded done);
    void remove(const QString &account, const QUrl &server, std::function<void()> done);

    // False once the keychain was found missing: secrets live for this
    // session only.
    bool isPersistent() const { return m_persistent; }
    // For people, when there is something to say (empty otherwise).
    QString notice() const { return m_notice; }

    // The keychain entry of an account's secret for a server:
    // "<account> @ <Api::serverIdentity(server)>".
    static QString entryName(const QString &account, const QUrl &server);
    // The entry's data (JSON); `server` (an Api::serverIdentity()) is kept
    // with the secret. Without it: the old format.
    static QByteArray encode(const Credentials &credentials, const QString &server = {});
    static std::optional<Credentials> decode(const QByteArray &data);
    // The server an entry's data was stored for (empty: the old format).
    static QString decodeServer(const QByteArray &data);

Q_SIGNALS:
    void noticeChanged(const QString &notice);

private:
    void fallBack(const QString &reason);
    void loadLegacy(const QString &account, const QUrl &server, Loaded done);

    std::unique_ptr<SecretBackend> m_backend;
    QHash<QString, Credentials> m_session;
    bool m_persistent = true;
    QString m_notice;
};

} // namespace ContactDesk::Api
