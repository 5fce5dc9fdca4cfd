#include "api/SecretVault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace ContactDesk::Api {

namespace {

class KeychainBackend final : public SecretBackend
{
public:
    explicit KeychainBackend(QString service)
        : m_service(std::move(service))
    {}

    void write(const QString &key, const QByteArray &data, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        job->setBinaryData(data);
        run(job, std::move(done));
    }

    void read(const QString &key, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *) {
            done(resultOf(job->error()), job->binaryData(), job->errorString());
        });
        job->start();
    }

    void remove(const QString &key, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        run(job, std::move(done));
    }

private:
    static Result resultOf(QKeychain::Error error)
    {
        switch (error) {
        case QKeychain::NoError:
            return Result::Ok;
        case QKeychain::EntryNotFound:
            return Result::NotFound;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return Result::Unavailable;
        default:
            return Result::Failed;
        }
    }

    static void run(QKeychain::Job *job, Done done)
    {
        QObject::connect(job, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *) {
            done(resultOf(job->error()), {}, job->errorString());
        });
        job->start();
    }

    QString m_service;
};

} // namespace

std::unique_ptr<SecretBackend> makeKeychainBackend(const QString &service)
{
    return std::make_unique<KeychainBackend>(service);
}

SecretVault::SecretVault(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

SecretVault::~SecretVault() = default;

QString SecretVault::entryName(const QString &account, const QUrl &server)
{
    return account + QStringLiteral(" @ ") + serverIdentity(server);
}

QByteArray SecretVault::encode(const Credentials &credentials, const QString &server)
{
    QJsonObject json;
    if (!credentials.apiKey.isEmpty())
        json.insert(QStringLiteral("api_key"), credentials.apiKey);
    if (!credentials.secretId.isEmpty())
        json.insert(QStringLiteral("secret_id"), credentials.secretId);
    if (!credentials.secretKey.isEmpty())
        json.insert(QStringLiteral("secret_key"), credentials.secretKey);
    if (!server.isEmpty())
        json.insert(QStringLiteral("server"), server);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> SecretVault::decode(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    Credentials credentials{json.value(QStringLiteral("api_key")).toString(),
                            json.value(QStringLiteral("secret_id")).toString(),
                            json.value(QStringLiteral("secret_key")).toString()};
    if (!credentials.isValid())
        return std::nullopt;
    return credentials;
}

QString SecretVault::decodeServer(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object().value(QStringLiteral("server")).toString();
}

void SecretVault::fallBack(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    m_notice =
        tr("No keychain service is running (%1). ContactDesk keeps your Heymarket credentials "
           "for this session only; you will be asked again next time.")
            .arg(reason);
    Q_EMIT noticeChanged(m_notice);
}

void SecretVault::store(const QString &account, const QUrl &server, const Credentials &credentials,
                        Stored done)
{
    const QString entry = entryName(account, server);
    m_session.insert(entry, credentials); // usable at once, whatever the keychain says
    if (!m_persistent) {
        done(false);
        return;
    }
    m_backend->write(entry, encode(credentials, serverIdentity(server)),
                     [this, account, done](SecretBackend::Result result, const QByteArray &,
                                           const QString &message) {
                         if (result != SecretBackend::Result::Ok) {
                             fallBack(message);
                             done(m_persistent);
                             return;
                         }
                         // The old entry (no server) must not outlive new
                         // credentials: it could be read for another server.
                         m_backend->remove(account,
                                           [this, done](SecretBackend::Result, const QByteArray &,
                                                        const QString &) { done(m_persistent); });
                     });
}

void SecretVault::load(const QString &account, const QUrl &server, Loaded done)
{
    const QString entry = entryName(account, server);
    if (m_session.contains(entry) || !m_persistent) {
        done(m_session.contains(entry) ? std::optional<Credentials>(m_session.value(entry))
                                       : std::nullopt);
        return;
    }
    m_backend->read(entry, [this, account, server, entry, done](SecretBackend::Result result,
                                                                const QByteArray &data,
                                                                const QString &message) {
        if (result == SecretBackend::Result::Unavailable || result == SecretBackend::Result::Failed)
            fallBack(message);
        if (result == SecretBackend::Result::NotFound) {
            loadLegacy(account, server, done);
            return;
        }
        // The server inside must be this one: an entry is never handed out
        // for another, whatever its name says.
        std::optional<Credentials> credentials;
        if (result == SecretBackend::Result::Ok && decodeServer(data) == serverIdentity(server))
            credentials = decode(data);
        if (credentials)
            m_session.insert(entry, *credentials);
        done(credentials);
    });
}

void SecretVault::loadLegacy(const QString &account, const QUrl &server, Loaded done)
{
    m_backend->read(account, [this, account, server, done](SecretBackend::Result result,
                                                           const QByteArray &data,
                                                           const QString &message) {
        if (result == SecretBackend::Result::Unavailable || result == SecretBackend::Result::Failed)
            fallBack(message);
        const QString stored = result == SecretBackend::Result::Ok ? decodeServer(data) : QString();
        const std::optional<Credentials> credentials =
            result == SecretBackend::Result::Ok &&
                    (stored.isEmpty() || stored == serverIdentity(server))
                ? decode(data)
                : std::nullopt;
        if (!credentials) {
            done(std::nullopt);
            return;
        }
        // Saved before secrets were bound to servers: it belongs to the
        // server the account names now, and is rewritten for it alone.
        m_session.insert(entryName(account, server), *credentials);
        const Credentials found = *credentials;
        m_backend->write(entryName(account, server), encode(found, serverIdentity(server)),
                         [this, account, found, done](SecretBackend::Result written,
                                                      const QByteArray &, const QString &) {
                             if (written != SecretBackend::Result::Ok) {
                                 done(found);
                                 return;
                             }
                             m_backend->remove(
                                 account, [found, done](SecretBackend::Result, const QByteArray &,
                                                        const QString &) { done(found); });
                         });
    });
}

void SecretVault::remove(const QString &account, const QUrl &server, std::function<void()> done)
{
    const QString entry = entryName(account, server);
    m_session.remove(entry);
    if (!m_persistent) {
        done();
        return;
    }
    m_backend->remove(
        entry, [this, account, done](SecretBackend::Result, const QByteArray &, const QString &) {
            m_backend->remove(account, [done](SecretBackend::Result, const QByteArray &,
                                              const QString &) { done(); });
        });
}

} // namespace ContactDesk::Api
