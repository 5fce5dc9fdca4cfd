#include "api/ApiRequest.h"

#include "api/HeymarketClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <tuple>

namespace ContactDesk::Api {

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_LOGGING_CATEGORY(lcApi, "contactdesk.api", QtInfoMsg)

std::optional<QJsonValue> parseJsonValue(const QByteArray &text)
{
    // QJsonDocument reads only objects and arrays; wrap to read any value.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

ApiRequest::ApiRequest(HeymarketClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_client->m_live.insert(this);
    m_timeout.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::enqueue);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_client)
        return; // detached: the client is gone
    if (m_ticket)
        m_client->scheduler().cancel(m_ticket);
    releaseSlot();
    m_client->m_live.remove(this);
}

void ApiRequest::detachFromClient()
{
    abort();
    m_client->m_live.remove(this);
    m_client = nullptr;
}

bool ApiRequest::isSafeToRepeat() const
{
    const QByteArray verb = method();
    return verb == "GET" || verb == "PUT" || verb == "DELETE";
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
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Aborted;
        finish(error);
        return;
    }
    m_finished = false;
    m_recovered = false;
    m_reminted = false;
    m_attempts = 0;
    m_error = {};
    enqueue();
}

void ApiRequest::enqueue()
{
    m_ticket = m_client->scheduler().enqueue(m_priority, [this] {
        m_ticket = 0;
        m_holdsSlot = true;
        send();
    });
}

void ApiRequest::releaseSlot()
{
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_client->scheduler().done();
    }
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_ticket) {
        m_client->scheduler().cancel(m_ticket);
        m_ticket = 0;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_timeout.stop();
    m_deadline.stop();
    releaseSlot();
    ApiError error;
    error.kind = ApiError::Kind::Aborted;
    finish(error);
}

void ApiRequest::send()
{
    const HeymarketClient::Config &config = m_client->config();
    // Nothing leaves for a server the key would reach in clear.
    if (const auto problem = insecureUrlProblem(config.baseUrl)) {
        releaseSlot();
        ApiError error;
        error.kind = ApiError::Kind::Insecure;
        error.message = *problem;
        finish(error);
        return;
    }
    ++m_attempts;
    QUrl url = config.baseUrl;
    url.setPath(path());
    const QUrlQuery urlQuery = query();
    if (!urlQuery.isEmpty())
        url.setQuery(urlQuery);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         config.credentials.authorization(m_client->wallClockSeconds()));
    request.setRawHeader("Accept", "application/json");
    // Qt re-sends raw headers on a redirect, Authorization included: follow
    // only redirects to the same scheme, host and port (redirectError()
    // reports the others).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    QByteArray payload;
    const QJsonValue json = body();
    if (json.isObject())
        payload = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    else if (json.isArray())
        payload = QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    m_cut = Cut::None;
    m_reply = m_client->network()->sendCustomRequest(request, method(), payload);
    // Qt stops reading from the socket while this much waits unread, so an
    // endless answer cannot fill memory before onDownloadProgress cuts it.
    m_reply->setReadBufferSize(config.replyLimitBytes + 64 * 1024);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    // The timeout measures silence: any progress restarts it. The deadline
    // bounds the whole attempt, so a server that drips a byte now and then
    // cannot hold a place in the scheduler forever.
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiRequest::onDownloadProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
    m_timeout.start(config.timeoutMs);
    m_deadline.start(config.attemptDeadline());
}

void ApiRequest::onDownloadProgress(qint64 received, qint64 total)
{
    if (!m_reply)
        return;
    // Bounded memory: stop reading as soon as the answer passes the cap
    // (or announces that it will).
    const qint64 limit = m_client->config().replyLimitBytes;
    if (received > limit || total > limit) {
        m_cut = Cut::TooLarge;
        m_reply->abort(); // finishes the reply; onReplyFinished reports it
        return;
    }
    m_timeout.start();
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_cut = Cut::Silence;
    m_reply->abort(); // finishes the reply; onReplyFinished reports the timeout
}

void ApiRequest::onDeadline()
{
    if (!m_reply)
        return;
    m_cut = Cut::Deadline;
    m_reply->abort();
}

ApiError ApiRequest::redirectError(QNetworkReply *reply, int status) const
{
    ApiError error;
    // Qt gives the target as an attribute when it stops at a redirect, or
    // only the Location header when its policy refused to follow.
    QVariant target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (!target.isValid() && reply->hasRawHeader("Location"))
        target = QUrl::fromEncoded(reply->rawHeader("Location"));
    const QUrl from = reply->url();
    const QUrl to = from.resolved(target.toUrl());
    const auto origin = [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        return std::make_tuple(scheme, url.host().toLower(),
                               url.port(scheme == QLatin1String("https") ? 443 : 80));
    };
    const bool elsewhere =
        status >= 300 && status < 400 && target.isValid() && origin(to) != origin(from);
    if (reply->error() != QNetworkReply::InsecureRedirectError && !elsewhere)
        return error; // not a redirect, or one to the same server (too many of them)
    error.kind = ApiError::Kind::Insecure;
    error.httpStatus = status;
    error.message =
        tr("the server at %1 redirected to %2, another server; ContactDesk does "
           "not send the key there. If the server has moved, change the Server in "
           "Settings.")
            .arg(from.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                     .toDisplayString(),
                 target.isValid() ? to.toDisplayString(QUrl::RemoveUserInfo)
                                  : tr("an address it did not give"));
    return error;
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    m_deadline.stop();
    reply->deleteLater();
    releaseSlot();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    const HeymarketClient::Config &config = m_client->config();
    if (m_cut == Cut::TooLarge) {
        // Not retried: the answer would be as large again.
        ApiError error = badResponse(tr("the answer is larger than %1 MiB; not read")
                                         .arg(config.replyLimitBytes / (1024.0 * 1024.0)));
        error.httpStatus = status;
        error.requestId = requestId;
        qCDebug(lcApi).noquote() << method() << path() << "->" << status << "too large";
        finish(error);
        return;
    }
    if (const ApiError redirected = redirectError(reply, status); redirected.isError()) {
        qCDebug(lcApi).noquote() << method() << path() << "->" << status << "redirect refused";
        finish(redirected); // the user must learn the server moved: never retried
        return;
    }
    const QByteArray body = m_cut == Cut::None ? reply->readAll() : QByteArray();
    ApiError error = errorFromReply(reply->error(), status, body, requestId, reply->errorString());
    // Cut short by us: a timeout, unless the server had already refused.
    if (m_cut != Cut::None && (status == 0 || (status >= 200 && status < 300))) {
        error.kind = ApiError::Kind::Timeout;
        error.message = m_cut == Cut::Silence
                            ? tr("no answer within %1 s").arg(config.timeoutMs / 1000.0)
                            : tr("the answer was not complete after %1 s")
                                  .arg(config.attemptDeadline() / 1000.0);
    }
    if (reply->hasRawHeader("Retry-After")) {
        const auto asked =
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch());
        if (asked) {
            error.retryAfterMs = std::min(*asked, maxRetryAfterMs);
            if (*asked > maxRetryAfterMs)
                error.requestedRetryAfterMs = *asked;
        }
    }
    qCDebug(lcApi).noquote() << method() << path() << "->" << status << error.message << requestId;

    if (!error.isError()) {
        const auto json = parseJsonValue(body.isEmpty() ? QByteArray("null") : body);
        ApiError parsed =
            json ? parse(*json)
                 : badResponse(
                       tr("the answer is not JSON: %1").arg(QString::fromUtf8(body.left(200))));
        parsed.httpStatus = status;
        parsed.requestId = requestId;
        finish(parsed);
        return;
    }
    // A repeated DELETE that finds nothing: the first one went through.
    if (error.kind == ApiError::Kind::NotFound && method() == "DELETE" && m_attempts > 1) {
        ApiError done;
        done.httpStatus = status;
        done.requestId = requestId;
        finish(done);
        return;
    }
    handleFailure(error);
}

void ApiRequest::handleFailure(const ApiError &error)
{
    // A JWT may have been refused for clock reasons: mint a new one, once.
    if (error.kind == ApiError::Kind::Unauthorized && !m_reminted &&
        m_client->config().credentials.apiKey.isEmpty()) {
        m_reminted = true;
        enqueue();
        return;
    }
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterMs)
        m_client->scheduler().holdFor(*error.retryAfterMs);
    if (!error.isTransient()) {
        if (mayBeOwnEcho(error))
            runRecoveryProbe(error);
        else
            finish(error);
        return;
    }
    if (m_attempts >= m_client->config().retry.maxAttempts) {
        finish(error);
        return;
    }
    if (isSafeToRepeat()) {
        scheduleRetry(error);
        return;
    }
    runRecoveryProbe(error);
}

void ApiRequest::runRecoveryProbe(const ApiError &error)
{
    // 429 means nothing was done: safe to send again.
    if (error.kind == ApiError::Kind::RateLimited) {
        scheduleRetry(error);
        return;
    }
    ApiRequest *probe = makeRecoveryProbe();
    if (!probe) {
        finish(error); // never repeat a write blindly
        return;
    }
    probe->setPriority(RequestScheduler::Priority::User);
    m_client->send(probe, this, [this, error](ApiRequest &answered) {
        if (m_finished)
            return;
        if (answered.error().isError()) {
            finish(error); // cannot tell whether the write happened: report it
            return;
        }
        if (recoverFrom(&answered)) {
            m_recovered = true;
            ApiError done;
            done.httpStatus = answered.error().httpStatus;
            done.requestId = answered.error().requestId;
            finish(done);
            return;
        }
        if (error.isTransient())
            scheduleRetry(error);
        else
            finish(error); // a genuine refusal, not our own echo
    });
}

void ApiRequest::scheduleRetry(const ApiError &error)
{
    const int delay =
        m_client->config().retry.delayMs(m_attempts, error.retryAfterMs, m_client->random());
    qCDebug(lcApi).noquote() << method() << path() << "retry" << m_attempts << "in" << delay
                             << "ms";
    m_error = error; // visible while waiting
    m_retryTimer.start(delay);
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ContactDesk::Api
