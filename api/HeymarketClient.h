#pragma once

#include "api/Credentials.h"
#include "api/RequestScheduler.h"
#include "api/RetryPolicy.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ContactDesk::Api {

// What every request shares: the injected network manager, where the API is,
// how to authenticate, timeouts, the retry policy and the scheduler that
// keeps the client inside the rate limit. Request types (one per endpoint,
// see ContactRequests.h, ContactV2Requests.h, DirectoryRequests.h) are
// constructed with a client and started.
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
    void setTimeoutMs(int ms) { m_config.timeoutMs = ms; }
    RequestScheduler &scheduler() { return m_scheduler; }
    QRandomGenerator &random() { return m_random; }

    // Unix seconds for the JWT's iat; replaceable in tests.
    std::function<qint64()> wallClockSeconds;

private:
    QNetworkAccessManager *m_network;
    Config m_config;
    RequestScheduler m_scheduler;
    QRandomGenerator m_random;
};

} // namespace ContactDesk::Api
