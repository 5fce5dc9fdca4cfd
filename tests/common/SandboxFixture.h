#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>
#include <optional>

namespace ContactDesk::Tests {

// What came back from one HTTP exchange.
struct HttpResult
{
    int status = 0; // 0 = no HTTP answer (connection dropped, refused, timed out)
    QByteArray raw;
    QJsonValue json; // any JSON value, including a bare string; Undefined if not JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.toObject(); }
    QJsonArray array() const { return json.toArray(); }
    // The field an error names: `field` of a JSON error body, or the
    // `field: message` prefix of the strict reading's plain-text body.
    QString errorField() const;
};

// The field named by the error of entry `index` of a batch answer's list
// of failed items ({"error": {"field": ...}}).
inline QString batchErrorField(const QJsonArray &failed, qsizetype index)
{
    return failed.at(index)
        .toObject()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

// Synchronous HTTP over a real socket, for tests. GET and DELETE may carry
// bodies (the spec uses both).
class HttpClient
{
public:
    explicit HttpClient(QUrl base)
        : m_base(std::move(base))
    {}

    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    int timeoutMs = 10000);
    HttpResult call(const QByteArray &method, const QString &path, const QJsonValue &body);

private:
    QUrl m_base;
    QByteArray m_authorization;
    QNetworkAccessManager m_network;
};

// A sandbox server started by the test itself, in the test's thread, with
// an in-memory database unless told otherwise.
class SandboxFixture
{
public:
    static constexpr auto apiKey = "test-key";

    explicit SandboxFixture(int seedContacts = 0, Sandbox::Options options = {});

    bool isRunning() const { return m_started; }
    QString errorString() const { return m_server->errorString(); }
    Sandbox::SandboxServer &server() { return *m_server; }
    HttpClient &http() { return *m_http; }
    QUrl baseUrl() const { return m_server->baseUrl(); }

    // The sandbox's clock runs with options.nowMs (the wall clock) until a
    // test sets it; from then on it shows the time set and moves only when
    // advanced. advanceClock moves it on from what it shows now (stopping a
    // running clock where it stands), so that writes after it get a later
    // timestamp than the writes before it: no waiting for a new millisecond.
    void setClock(qint64 msSinceEpoch) { *m_stoppedAt = msSinceEpoch; }
    void advanceClock(qint64 ms) { *m_stoppedAt = m_server->options().nowMs() + ms; }

    // Shortcuts with the fixture's API key.
    HttpResult get(const QString &path, const QByteArray &body = {})
    {
        return m_http->call("GET", path, body);
    }
    HttpResult post(const QString &path, const QJsonValue &body)
    {
        return m_http->call("POST", path, body);
    }
    HttpResult put(const QString &path, const QJsonValue &body)
    {
        return m_http->call("PUT", path, body);
    }
    HttpResult del(const QString &path, const QJsonValue &body = QJsonValue(QJsonValue::Undefined))
    {
        return m_http->call("DELETE", path, body);
    }
    // Sets the messaging status of the contact with `phone` (subscribed,
    // unsubscribed, blocked, unblocked); the HTTP status of the answer.
    int setStatus(const QString &phone, const QString &status)
    {
        return post(QStringLiteral("/v1/contact/set_status"),
                    QJsonObject{{QStringLiteral("phone"), phone},
                                {QStringLiteral("status"), status}})
            .status;
    }
    // The v2 contacts with a channel of this type and value
    // (POST /v2/contacts/search); each carries its `uuid`.
    QJsonArray searchByChannel(const QString &type, const QString &value)
    {
        return post(QStringLiteral("/v2/contacts/search"),
                    QJsonObject{{QStringLiteral("contact_channels"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("channel_type"), type},
                                     {QStringLiteral("channel_ids"), QJsonArray{value}}}}}})
            .array();
    }
    // The messaging status of the contact with `phone`, as the status
    // endpoint gives it ({id, phone, unsubscribed, blocked}): the contact
    // object need not carry `is_opted_out` (the strict reading leaves it out).
    QJsonObject statusOf(const QString &phone)
    {
        return post(QStringLiteral("/v1/contact/status"),
                    QJsonObject{{QStringLiteral("phone"), phone}})
            .object();
    }
    // How many contacts the server has (POST /v1/contacts/count).
    int contactCount()
    {
        return post(QStringLiteral("/v1/contacts/count"), QJsonObject())
            .object()
            .value(QStringLiteral("count"))
            .toInt();
    }

private:
    std::shared_ptr<std::optional<qint64>> m_stoppedAt = std::make_shared<std::optional<qint64>>();
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    bool m_started = false;
};

} // namespace ContactDesk::Tests
