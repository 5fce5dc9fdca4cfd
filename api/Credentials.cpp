#include "api/Credentials.h"

#include "core/Jwt.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace ContactDesk::Api {

QByteArray Credentials::authorization(qint64 nowSeconds) const
{
    if (!apiKey.isEmpty())
        return "Bearer " + apiKey.toUtf8();
    return "Bearer " + Jwt::mint(secretId, secretKey, nowSeconds);
}

bool isSecureServer(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !server.host().isEmpty();
    if (scheme != QLatin1String("http"))
        return false;
    const QString host = server.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString insecureServerProblem(const QUrl &server)
{
    if (isSecureServer(server))
        return {};
    const QString shown = server.toDisplayString(QUrl::RemoveUserInfo);
    if (server.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate(
                   "ContactDesk::Api::Credentials",
                   "“%1” is not an https:// address: the API key would travel in clear. Use "
                   "https:// (plain http:// is only for this computer's own addresses, such as "
                   "http://127.0.0.1).")
            .arg(shown);
    return QCoreApplication::translate("ContactDesk::Api::Credentials",
                                       "“%1” is not a server address such as "
                                       "https://api.heymarket.com.")
        .arg(shown);
}

QString serverIdentity(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    QString path = server.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const int port = server.port(scheme == QLatin1String("https")  ? 443
                                 : scheme == QLatin1String("http") ? 80
                                                                   : 0);
    return scheme + QStringLiteral("://") + server.host(QUrl::FullyEncoded).toLower() +
           QLatin1Char(':') + QString::number(port) + path;
}

} // namespace ContactDesk::Api
