// JWT verification (the sandbox's check of a minted token) over any token,
// and over any claims with a valid signature: the first byte says which.
// Signed claims reach the claim checks (iss, iat, the lifetime window)
// that a forged signature never would.
#include "core/Jwt.h"
#include "fuzz/FuzzSupport.h"

#include <QMessageAuthenticationCode>

using namespace ContactDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString secretId = QStringLiteral("fuzz-id");
    const QString secretKey = QStringLiteral("fuzz-key");
    const auto keyFor = [&](const QString &issuer) -> std::optional<QString> {
        if (issuer == secretId)
            return secretKey;
        return std::nullopt;
    };
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    const qint64 now = 1767225600; // 2026-01-01
    QByteArray token;
    switch (data[0] % 3) {
    case 0: // any token
        token = input;
        break;
    case 1: { // any claims, a valid header and signature
        const auto [header, claims] = Fuzz::split(input);
        const QByteArray head =
            (header.isEmpty() ? QByteArray(R"({"alg":"HS256","typ":"JWT"})") : header)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray body =
            claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray signingInput = head + '.' + body;
        const QByteArray signature =
            QMessageAuthenticationCode::hash(signingInput, Jwt::signingKey(secretId, secretKey),
                                             QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        token = signingInput + '.' + signature;
        break;
    }
    default: { // a minted token, its iat from the input
        qint64 iat = 0;
        for (qsizetype i = 0; i < input.size() && i < 8; ++i)
            iat = static_cast<qint64>((static_cast<quint64>(iat) << 8) |
                                      static_cast<unsigned char>(input.at(i)));
        token = Jwt::mint(secretId, secretKey, iat);
        break;
    }
    }
    const Jwt::Verification verification = Jwt::verify(token, now, keyFor);
    (void)verification.problem.size();
    return 0;
}
