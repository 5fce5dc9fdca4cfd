#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace ContactDesk::Api {

// What went wrong with a request, as a value: never a sentinel string.
struct ApiError
{
    enum class Kind
    {
        None,
        Network, // connection refused, reset, host unreachable
        Timeout,
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        BadRequest,   // 400 and other 4xx
        RateLimited,  // 429
        Server,       // 5xx
        BadResponse,  // a body that is not what the endpoint promises
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;      // the server's message, or the network's
    QString field;        // the request field the server named, if any
    QByteArray requestId; // X-Request-Id, for support

    bool isError() const { return kind != Kind::None; }
    // One line for people: what failed, the server's words, and the request id.
    QString describe() const;
};

// Maps a finished reply's facts to an ApiError (Kind::None for 2xx). Pure.
ApiError errorFromReply(QNetworkReply::NetworkError networkError, int httpStatus,
                        const QByteArray &body, const QByteArray &requestId,
                        const QString &networkMessage);

} // namespace ContactDesk::Api

Q_DECLARE_METATYPE(ContactDesk::Api::ApiError)
