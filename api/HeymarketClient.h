#pragma once

#include "api/ApiRequest.h"
#include "api/Credentials.h"
#include "api/RequestScheduler.h"
#include "api/RetryPolicy.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ContactDesk::Api {

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
