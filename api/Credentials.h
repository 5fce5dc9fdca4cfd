#pragma once

#include <QByteArray>
#include <QString>

class QUrl;

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

// True when credentials may be sent to `server`: an https:// address, or
// an http:// one on this computer's loopback (127.0.0.0/8, ::1,
// "localhost": the sandbox). Anything else would carry the key in clear.
bool isSecureServer(const QUrl &server);
// For people: why credentials are not sent to `server` (it names the
// address), or an empty string when isSecureServer().
QString insecureServerProblem(const QUrl &server);

// A server as secrets and local copies are bound to it: scheme and host in
// lower case, the port always, the path without a trailing slash, no
// query, user or fragment ("https://api.heymarket.com:443").
QString serverIdentity(const QUrl &server);

} // namespace ContactDesk::Api
