#pragma once

#include "api/Credentials.h"

#include <QHash>
#include <QObject>

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
class SecretVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretVault)

public:
    explicit SecretVault(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretVault() override;

    using Stored = std::function<void(bool persistent)>;
    using Loaded = std::function<void(std::optional<Credentials> credentials)>;

    void store(const QString &account, const Credentials &credentials, Stored done);
    void load(const QString &account, Loaded done);
    void remove(const QString &account, std::function<void()> done);

    // False once the keychain was found missing: secrets live for this
    // session only.
    bool isPersistent() const { return m_persistent; }
    // For people, when there is something to say (empty otherwise).
    QString notice() const { return m_notice; }

    static QByteArray encode(const Credentials &credentials);
    static std::optional<Credentials> decode(const QByteArray &data);

Q_SIGNALS:
    void noticeChanged(const QString &notice);

private:
    void fallBack(const QString &reason);

    std::unique_ptr<SecretBackend> m_backend;
    QHash<QString, Credentials> m_session;
    bool m_persistent = true;
    QString m_notice;
};

} // namespace ContactDesk::Api
