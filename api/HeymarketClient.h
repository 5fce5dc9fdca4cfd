#pragma once

#include "api/ApiRequest.h"
#include "api/Credentials.h"
#include "api/RequestScheduler.h"
#include "api/RetryPolicy.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ContactDesk::Api {

// The largest answer the client reads: 32 MiB, far above the largest real
// page (1,000 contacts with every field filled is about 2 MiB). A bigger
// answer is aborted as soon as it passes this, as a BadResponse.
inline constexpr qint64 maxReplyBytes = qint64(32) * 1024 * 1024;
// The shortest whole-attempt deadline (see Config::attemptDeadlineMs).
inline constexpr int minAttemptDeadlineMs = 120 * 1000;

// Why the client will not send credentials to `url`, or nothing when it
// will: only https, or plain http to a loopback host (127.0.0.0/8, ::1,
// localhost: the embedded sandbox). The message names the URL.
std::optional<QString> insecureUrlProblem(const QUrl &url);

// What every request shares: the injected network manager, where the API is,
// how to authenticate, timeouts, the retry policy and the scheduler that
// keeps the client inside the rate limit. Request types (one per endpoint,
// see ContactRequests.h, ContactV2Requests.h, DirectoryRequests.h,
// MessageRequests.h) are constructed with a client and run with send().
class HeymarketClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeymarketClient)

public:
    struct Config
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.heymarket.com"));
        Credentials credentials;
        int timeoutMs = 30000; // an attempt fails when nothing moves for this long
        RetryPolicy retry;
        RequestScheduler::Limits limits;
        // ... and when it has not ended after this long in all, however it
        // trickles in; 0 = max(4 x timeoutMs, minAttemptDeadlineMs).
        int attemptDeadlineMs = 0;
        qint64 replyLimitBytes = maxReplyBytes; // see maxReplyBytes

        int attemptDeadline() const
        {
            return attemptDeadlineMs > 0
                       ? attemptDeadlineMs
                       : std::max(minAttemptDeadlineMs,
                                  int(std::min<qint64>(qint64(timeoutMs) * 4, INT_MAX)));
        }
    };

    HeymarketClient(QNetworkAccessManager *network, Config config, QObject *parent = nullptr);
    ~HeymarketClient() override;

    QNetworkAccessManager *network() const { return m_network; }
    const Config &config() const { return m_config; }
    void setCredentials(const Credentials &credentials) { m_config.credentials = credentials; }
    void setRetryPolicy(const RetryPolicy &policy) { m_config.retry = policy; }
    RequestScheduler &scheduler() { return m_scheduler; }
    QRandomGenerator &random() { return m_random; }

    // Runs a request to its end; every request in the app goes this way.
    // The request becomes a child of `context` (it dies with it, and onDone
    // never runs once context is gone) and starts at once; when it finishes,
    // it leaves `context`, onDone(request) runs, and the request is deleted
    // after. Returns the request, to abort it.
    template<typename Request, typename OnDone>
    Request *send(Request *request, QObject *context, OnDone onDone)
    {
        static_assert(std::is_base_of_v<ApiRequest, Request>, "send() runs ApiRequests");
        request->setParent(context);
        connect(request, &ApiRequest::finished, context,
                [request, onDone = std::move(onDone)]() mutable {
                    request->setParent(nullptr);
                    onDone(*request);
                    request->deleteLater();
                });
        request->start();
        return request;
    }

    // Unix seconds for the JWT's iat; replaceable in tests.
    std::function<qint64()> wallClockSeconds;

private:
    friend class ApiRequest; // registers itself while it lives
    QSet<ApiRequest *> m_live;
    QNetworkAccessManager *m_network;
    Config m_config;
    RequestScheduler m_scheduler;
    QRandomGenerator m_random;
};

// A context for HeymarketClient::send whose requests can be dropped
// together: an engine's requests on their way, forgotten when it stops.
class RequestGroup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGroup)

public:
    explicit RequestGroup(QObject *parent = nullptr)
        : QObject(parent)
    {}
    // Deletes every request on its way; none of their callbacks runs.
    void dropAll();
    int size() const;
};

} // namespace ContactDesk::Api
