#include "core/Jwt.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMessageAuthenticationCode>

namespace ContactDesk::Jwt {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Jwt", text);
}

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64Url);
}

std::optional<QJsonObject> decodeSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray sign(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256)
        .toBase64(base64Url);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QByteArray signingKey(const QString &secretId, const QString &secretKey)
{
    return (secretId + QStringLiteral("||") + secretKey).toUtf8();
}

QByteArray mint(const QString &secretId, const QString &secretKey, qint64 issuedAtSeconds)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("iss"), secretId},
                              {QStringLiteral("iat"), issuedAtSeconds}};
    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(payload);
    return signingInput + '.' + sign(signingInput, signingKey(secretId, secretKey));
}

Verification verify(const QByteArray &token, qint64 nowSeconds,
                    const std::function<std::optional<QString>(const QString &)> &keyForIssuer)
{
    Verification result;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        result.problem = tr("the token is not a compact JWT (header.payload.signature)");
        return result;
    }
    const auto header = decodeSegment(parts.at(0));
    const auto payload = decodeSegment(parts.at(1));
    if (!header || !payload) {
        result.problem = tr("the token's header or payload is not base64url-encoded JSON");
        return result;
    }
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256")) {
        result.problem = tr("the token must be signed with HS256");
        return result;
    }
    const QJsonValue iss = payload->value(QStringLiteral("iss"));
    const QJsonValue iat = payload->value(QStringLiteral("iat"));
    if (!iss.isString() || iss.toString().isEmpty()) {
        result.problem = tr("the token has no \"iss\" claim (the Secret ID)");
        return result;
    }
    result.issuer = iss.toString();
    if (!iat.isDouble() || iat.toDouble() != static_cast<double>(iat.toInteger())) {
        result.problem = tr("the token has no integer \"iat\" claim (Unix seconds)");
        return result;
    }
    // Unix seconds from 1970 to the year 9999: the lifetime arithmetic
    // below cannot overflow with any value in this range.
    const qint64 issuedAt = iat.toInteger();
    if (issuedAt < 0 || issuedAt > maxIssuedAtSeconds) {
        result.problem =
            tr("the token's \"iat\" claim %1 is not a time between 1970 and 9999").arg(issuedAt);
        return result;
    }
    const std::optional<QString> key = keyForIssuer(result.issuer);
    if (!key) {
        result.problem = tr("the Secret ID in \"iss\" is not known");
        return result;
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!constantTimeEquals(sign(signingInput, signingKey(result.issuer, *key)), parts.at(2))) {
        result.problem = tr("the token's signature does not match");
        return result;
    }
    if (nowSeconds < 0 || nowSeconds > maxIssuedAtSeconds) {
        result.problem =
            tr("the clock reads %1 s, not a time between 1970 and 9999").arg(nowSeconds);
        return result;
    }
    if (nowSeconds - issuedAt > lifetimeSeconds) {
        result.problem = tr("the token expired: it was issued %1 s ago and lives %2 s")
                             .arg(nowSeconds - issuedAt)
                             .arg(lifetimeSeconds);
        return result;
    }
    if (issuedAt - nowSeconds > allowedSkewSeconds) {
        result.problem = tr("the token was issued %1 s in the future; check the clock")
                             .arg(issuedAt - nowSeconds);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ContactDesk::Jwt
