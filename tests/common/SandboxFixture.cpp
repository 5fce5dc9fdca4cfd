#include "tests/common/SandboxFixture.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace ContactDesk::Tests {

QString HttpResult::errorField() const
{
    if (json.isObject())
        return object().value(QStringLiteral("field")).toString();
    static const QRegularExpression prefix(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.\\[\\]]*): "));
    const QRegularExpressionMatch match = prefix.match(QString::fromUtf8(raw));
    return match.hasMatch() ? match.captured(1) : QString();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResult HttpClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("test client timeout");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + result.raw + "]", &error);
    result.json = (error.error == QJsonParseError::NoError && wrapped.array().size() == 1)
                      ? wrapped.array().at(0)
                      : QJsonValue(QJsonValue::Undefined);
    delete reply;
    return result;
}

HttpResult HttpClient::call(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return call(method, path, payload);
}

SandboxFixture::SandboxFixture(int seedContacts, Sandbox::Options options)
{
    if (options.apiKeys.isEmpty())
        options.apiKeys = {QString::fromLatin1(apiKey)};
    options.seedContacts = seedContacts;
    // The end-to-end suites run once per reading (tests/CMakeLists.txt sets
    // CONTACTDESK_SANDBOX_READING); a test that asks for strict keeps it.
    if (const std::optional<Sandbox::Reading> reading =
            Sandbox::readingFromName(qEnvironmentVariable("CONTACTDESK_SANDBOX_READING")))
        if (options.reading == Sandbox::Reading::Lenient)
            options.reading = *reading;
    options.nowMs = [stoppedAt = m_stoppedAt, running = std::move(options.nowMs)] {
        return *stoppedAt ? **stoppedAt : running();
    };
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    m_started = m_server->start();
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    m_http->setAuthorization(QByteArray("Bearer ") + apiKey);
}

} // namespace ContactDesk::Tests
