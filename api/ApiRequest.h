#pragma once

#include "ApiError.h"
#include "Credentials.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ContactDesk::Api {

// The base of every endpoint's request type: builds the URL, sets
// Authorization, sends the JSON body, applies the transfer timeout, maps
// failures to ApiError and hands the parsed JSON to the subclass. The
// network manager is injected, so tests can substitute their own.
//
// Retry, rate limiting and the request queue arrive with the API issue;
// their home is this class.
class ApiRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    struct Endpoint
    {
        QNetworkAccessManager *network = nullptr;
        QUrl baseUrl; // scheme, host and port: https://api.heymarket.com
        Credentials credentials;
        int timeoutMs = 30000;
    };

    explicit ApiRequest(Endpoint endpoint, QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

protected:
    virtual QByteArray method() const = 0;
    virtual QString path() const = 0;
    virtual QJsonValue body() const { return QJsonValue(QJsonValue::Undefined); }
    // Reads a 2xx answer; returns a BadResponse error (with message) when
    // the JSON is not what the endpoint promises.
    virtual ApiError parse(const QJsonValue &json) = 0;

    static ApiError badResponse(const QString &message);

private:
    void onReplyFinished();

    Endpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    ApiError m_error;
    bool m_finished = false;
};

// Any JSON value, including the bare strings ("ok", "success") some
// endpoints answer with. Nothing when text is not JSON.
std::optional<QJsonValue> parseJsonValue(const QByteArray &text);

} // namespace ContactDesk::Api
