#include "api/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace ContactDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Api::ApiError", text);
}

constexpr qint64 daySeconds = 24 * 3600;

// A wait for people: "45 s", "5 min", "2 h".
QString duration(int ms)
{
    const int seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return tr("%1 s").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("%1 min").arg((seconds + 59) / 60);
    return tr("%1 h").arg((seconds + 3599) / 3600);
}

ApiError::Kind kindForStatus(int status)
{
    if (status == 401)
        return ApiError::Kind::Unauthorized;
    if (status == 403)
        return ApiError::Kind::Forbidden;
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status == 429)
        return ApiError::Kind::RateLimited;
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::BadRequest;
}

} // namespace

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
           kind == Kind::Server;
}

std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(
                                 static_cast<int>(std::min<qint64>(seconds, daySeconds) * 1000));
    // An HTTP date: "Thu, 26 Nov 2026 10:00:30 GMT". Qt reads RFC 2822 with
    // a numeric zone, so spell GMT as +0000.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")))
        text.replace(text.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return static_cast<int>(
        std::clamp<qint64>(date.toMSecsSinceEpoch() - nowMs, 0, daySeconds * 1000));
}

QString ApiError::describe() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return tr("no error");
    case Kind::Network:
        text = tr("Cannot reach the server");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time");
        break;
    case Kind::Unauthorized:
        text = tr("The credentials were refused");
        break;
    case Kind::Forbidden:
        text = tr("Not allowed for this team or sender");
        break;
    case Kind::NotFound:
        text = tr("Not found");
        break;
    case Kind::BadRequest:
        text = tr("The server refused the request");
        break;
    case Kind::RateLimited:
        text = tr("Too many requests; slowing down");
        break;
    case Kind::Server:
        text = tr("The server failed");
        break;
    case Kind::BadResponse:
        text = tr("The server's answer could not be read");
        break;
    case Kind::Aborted:
        text = tr("Cancelled");
        break;
    case Kind::Insecure:
        text = tr("Not sent, to keep the credentials safe");
        break;
    }
    if (!field.isEmpty())
        text += tr(" (field %1)").arg(field);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (kind == Kind::RateLimited && requestedRetryAfterMs && retryAfterMs &&
        *requestedRetryAfterMs > *retryAfterMs)
        text += tr(" (the server asked to wait %1; trying again in %2)")
                    .arg(duration(*requestedRetryAfterMs), duration(*retryAfterMs));
    if (!requestId.isEmpty())
        text += tr(" [request %1]").arg(QString::fromLatin1(requestId));
    return text;
}

ApiError errorFromReply(QNetworkReply::NetworkError networkError, int httpStatus,
                        const QByteArray &body, const QByteArray &requestId,
                        const QString &networkMessage)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.requestId = requestId;
    if (httpStatus >= 200 && httpStatus < 300)
        return error;
    if (httpStatus == 0) {
        error.kind = (networkError == QNetworkReply::TimeoutError ||
                      networkError == QNetworkReply::OperationCanceledError)
                         ? ApiError::Kind::Timeout
                         : ApiError::Kind::Network;
        error.message = networkMessage;
        return error;
    }
    error.kind = kindForStatus(httpStatus);
    // The error body's shape is not documented: read message/error/field from
    // an object when there is one, otherwise keep the raw text.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        error.message = object.value(QStringLiteral("message")).toString();
        if (error.message.isEmpty())
            error.message = object.value(QStringLiteral("error")).toString();
        error.field = object.value(QStringLiteral("field")).toString();
    }
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(body.left(500)).trimmed();
    return error;
}

} // namespace ContactDesk::Api
