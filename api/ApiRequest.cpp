#include "ApiRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ContactDesk::Api {

std::optional<QJsonValue> parseJsonValue(const QByteArray &text)
{
    // QJsonDocument reads only objects and arrays; wrap to read any value.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

ApiRequest::ApiRequest(Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{}

ApiRequest::~ApiRequest()
{
    if (m_reply)
        m_reply->abort();
}

ApiError ApiRequest::badResponse(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.message = message;
    return error;
}

void ApiRequest::start()
{
    QUrl url = m_endpoint.baseUrl;
    url.setPath(path());
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         m_endpoint.credentials.authorization(QDateTime::currentSecsSinceEpoch()));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_endpoint.timeoutMs);
    QByteArray payload;
    const QJsonValue json = body();
    if (json.isObject())
        payload = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    else if (json.isArray())
        payload = QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    m_finished = false;
    m_reply = m_endpoint.network->sendCustomRequest(request, method(), payload);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    m_error = errorFromReply(reply->error(), status, body, requestId, reply->errorString());
    if (!m_error.isError()) {
        const auto json = parseJsonValue(body);
        m_error = json ? parse(*json) : badResponse(tr("the body is not JSON"));
        m_error.httpStatus = status;
        m_error.requestId = requestId;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ContactDesk::Api
