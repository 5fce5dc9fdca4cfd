#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace ContactDesk::Jwt {

// Heymarket's API Secret scheme (spec section 2.1): a compact HS256 JWT with
// payload {"iss": SECRET_ID, "iat": unix seconds}, signed with the key
// SECRET_ID + "||" + SECRET_KEY, valid for five minutes after iat.

inline constexpr qint64 lifetimeSeconds = 300;
// How far in the future an iat may lie before the token is refused (clock
// skew between client and server).
inline constexpr qint64 allowedSkewSeconds = 60;
// The latest iat a token may carry (9999-12-31T23:59:59Z); an iat outside
// 0..this is refused before any arithmetic on it.
inline constexpr qint64 maxIssuedAtSeconds = 253402300799;

QByteArray signingKey(const QString &secretId, const QString &secretKey);

QByteArray mint(const QString &secretId, const QString &secretKey, qint64 issuedAtSeconds);

struct Verification
{
    bool ok = false;
    QString issuer;  // the Secret ID from "iss", once it could be read
    QString problem; // why the token was refused; never contains secrets
};

// Checks shape, header (alg HS256), claims (iss, integer iat), the
// signature, and the lifetime window relative to nowSeconds. keyForIssuer
// returns the Secret Key of a known Secret ID, or nothing.
Verification verify(const QByteArray &token, qint64 nowSeconds,
                    const std::function<std::optional<QString>(const QString &)> &keyForIssuer);

} // namespace ContactDesk::Jwt
