#pragma once

#include <QByteArray>
#include <QString>

namespace ContactDesk::Api {

// How requests prove who they are: a team API key, or an API Secret (ID and
// Key) that mints a fresh HS256 JWT for every request (spec section 2).
struct Credentials
{
    QString apiKey;
    QString secretId;
    QString secretKey;

    static Credentials fromApiKey(const QString &key) { return {key, {}, {}}; }
    static Credentials fromSecret(const QString &id, const QString &key) { return {{}, id, key}; }

    bool isValid() const
    {
        return !apiKey.isEmpty() || (!secretId.isEmpty() && !secretKey.isEmpty());
    }
    // The Authorization header value, "Bearer ...", minted at nowSeconds.
    QByteArray authorization(qint64 nowSeconds) const;
};

} // namespace ContactDesk::Api
