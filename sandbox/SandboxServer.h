#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <memory>

class QHttpServerResponder;

namespace ContactDesk::Sandbox {

class ConnectionGuard;
class SandboxApi;
class SandboxStore;

// The local Heymarket-compatible server: HTTP on 127.0.0.1 only, bearer
// authentication (team API key or HS256 JWT), the per-credential rate limit,
// a body-size limit and fault injection in front of SandboxApi. The time
// it judges JWTs and the rate limit by, and the store's write timestamps,
// come from Options::nowMs.
//
// Lives in one thread (the one that created it); SandboxHost runs it in a
// thread of its own for the app.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens (and on first use seeds) the database and listens. Returns false
    // with errorString() set when either fails.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return baseUrlFor(m_port); }
    // http://127.0.0.1:port
    static QUrl baseUrlFor(quint16 port);
    const Options &options() const { return m_options; }

    qint64 contactCount() const;
    SandboxStore &store();

    // Runtime fault knobs, for tests. Safe from any thread (a test changes
    // them while the server answers in its own); options() keeps the
    // values the server started with.
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Each answer is delayed by a further random 0..ms (the fault dice).
    void setLatencyRangeMs(int ms) { m_latencyRangeMs = ms; }
    void setFailRate(double rate) { m_failRate = rate; }
    // A share of requests answered 429 before any work (Retry-After as the
    // rate limiter's: in the lenient reading only).
    void setTooManyRate(double rate) { m_tooManyRate = rate; }
    // A share of connections closed before any work (nothing was done).
    void setDropBeforeRate(double rate) { m_dropBeforeRate = rate; }
    void setDropRate(double rate) { m_dropRate = rate; }
    // Requests that reached handleRequest() since the start (any answer,
    // dropped ones too). Any thread.
    qint64 requestCount() const { return m_requestCount; }
    void setRateLimitPerMinute(int limit) { m_rateLimitPerMinute = limit; }
    int rateLimitPerMinute() const { return m_rateLimitPerMinute; }
    // The next `count` requests are done but their connections dropped.
    void dropNextRequests(int count) { m_dropNext = count; }
    // A gate for tests that must stop a client at an exact point: once
    // `passed` requests to `path` were handled, the next ones to it are
    // held, not handled, until releaseHeld(). Any thread.
    void holdRequestsAfter(const QString &path, int passed);
    // The same for every path that starts with `prefix`.
    void holdRequestsUnder(const QString &prefix, int passed);
    int heldCount() const { return m_heldCount; }
    // Stops holding. With `handle`, every held request is handled then, and
    // answered when its client is still connected (one that left meanwhile
    // is a request that reached the server and whose answer was lost);
    // without, none is: their connections are closed (a live client may
    // send the request again).
    void releaseHeld(bool handle = true);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Who is asking, or an error reply. The credential names the rate-limit
    // bucket and is never logged.
    std::optional<HttpError> authenticate(const QHttpServerRequest &request,
                                          QString &credential) const;
    void respond(QHttpServerResponder &responder, const Reply &reply, const QByteArray &requestId);
    bool holds(const QString &path);
    enum class Fault
    {
        None,
        ServerError,
        TooMany,
        DropBefore
    };
    // The faults injected before any work; the server's thread only (the dice).
    Fault rollFault();
    void handleHeld(bool handle);

    struct Held
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QPointer<QTcpSocket> socket;
        std::shared_ptr<QHttpServerResponder> responder;
        QByteArray requestId;
    };
    QList<Held> m_held; // the server's thread only
    std::atomic<int> m_heldCount{0};
    bool m_holdByPrefix = false; // under m_holdMutex
    QMutex m_holdMutex;          // guards the three below
    QString m_holdPrefix;        // the path held
    int m_holdAfter = -1;        // -1: not holding
    int m_holdPassed = 0;

    Options m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
    RateLimiter m_rateLimiter;
    QRandomGenerator m_dice;
    quint16 m_port = 0;
    ConnectionGuard *m_guard = nullptr; // the listening socket (a child)
    std::atomic<int> m_latencyMs;
    std::atomic<int> m_latencyRangeMs;
    std::atomic<double> m_failRate;
    std::atomic<double> m_tooManyRate;
    std::atomic<double> m_dropBeforeRate;
    std::atomic<qint64> m_requestCount{0};
    std::atomic<double> m_dropRate;
    std::atomic<int> m_rateLimitPerMinute;
    std::atomic<int> m_dropNext{0};
    QString m_error;
};

} // namespace ContactDesk::Sandbox
