#pragma once

#include "api/SecretVault.h"

#include <QCoreApplication>
#include <QHash>

namespace ContactDesk::Tests {

// A keychain in memory that answers from the event loop, like the real one;
// `available = false` plays a machine with no keychain service.
class MemoryBackend final : public Api::SecretBackend
{
public:
    bool available = true;
    QHash<QString, QByteArray> entries;
    int writes = 0;

    void write(const QString &key, const QByteArray &data, Done done) override
    {
        ++writes;
        if (!available)
            return later(std::move(done), Result::Unavailable, {},
                         QStringLiteral("no org.freedesktop.secrets"));
        entries.insert(key, data);
        later(std::move(done), Result::Ok, {}, {});
    }
    void read(const QString &key, Done done) override
    {
        if (!available)
            return later(std::move(done), Result::Unavailable, {},
                         QStringLiteral("no org.freedesktop.secrets"));
        if (!entries.contains(key))
            return later(std::move(done), Result::NotFound, {}, QStringLiteral("not found"));
        later(std::move(done), Result::Ok, entries.value(key), {});
    }
    void remove(const QString &key, Done done) override
    {
        entries.remove(key);
        later(std::move(done), Result::Ok, {}, {});
    }

private:
    static void later(Done done, Result result, const QByteArray &data, const QString &message)
    {
        QMetaObject::invokeMethod(
            qApp, [done, result, data, message] { done(result, data, message); },
            Qt::QueuedConnection);
    }
};

} // namespace ContactDesk::Tests
