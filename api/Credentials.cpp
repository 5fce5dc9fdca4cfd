#include "api/Credentials.h"

#include "core/Jwt.h"

namespace ContactDesk::Api {

QByteArray Credentials::authorization(qint64 nowSeconds) const
{
    if (!apiKey.isEmpty())
        return "Bearer " + apiKey.toUtf8();
    return "Bearer " + Jwt::mint(secretId, secretKey, nowSeconds);
}

} // namespace ContactDesk::Api
