#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace ContactDesk::Api {

// The longest a server's Retry-After holds the client (every request of the
// account waits in its scheduler meanwhile): 5 minutes. A longer ask is
// capped, and the error says what was asked.
inline constexpr int maxRetryAfterMs = 5 * 60 * 1000;

// What went wrong with a request, as a value: never a sentinel string.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,      // connection refused, reset, host unreachable
        Timeout,      // no answer in time
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        BadRequest,   // 400 and other 4xx
        RateLimited,  // 429
        Server,       // 5xx
        BadResponse,  // a body that is not what the endpoint promises
        Aborted,      // cancelled by the app before it finished
        Insecure,     // refused by the client: the key would go in clear or to another host
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;      // the server's message, or the network's
    QString field;        // the request field the server named, if any
    QByteArray requestId; // X-Request-Id, for support
    // From a Retry-After header: the wait the client keeps (at most
    // maxRetryAfterMs), and what the server asked for when that was longer.
    std::optional<int> retryAfterMs;
    std::optional<int> requestedRetryAfterMs;

    bool isError() const { return kind != Kind::None; }
    // Worth another attempt later: the network, a timeout, 429 or 5xx.
    bool isTransient() const;
    // One line for people: what failed, the server's words, and the request id.
    QString describe() const;
};

// Maps a finished reply's facts to an ApiError (Kind::None for 2xx). Pure.
ApiError errorFromReply(QNetworkReply::NetworkError networkError, int httpStatus,
                        const QByteArray &body, const QByteArray &requestId,
                        const QString &networkMessage);

// Retry-After as delta-seconds or an HTTP date, in milliseconds from nowMs
// (at most a day: what the server asked, before maxRetryAfterMs applies).
std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowMs);

} // namespace ContactDesk::Api

Q_DECLARE_METATYPE(ContactDesk::Api::ApiError)
