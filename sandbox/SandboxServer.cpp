#include "sandbox/SandboxServer.h"

#include "core/Jwt.h"
#include "sandbox/ConnectionGuard.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxSeeder.h"
#include "sandbox/SandboxStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <utility>

namespace ContactDesk::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_dice(m_options.faultSeed)
    , m_latencyMs(m_options.latencyMs)
    , m_latencyRangeMs(m_options.latencyRangeMs)
    , m_failRate(m_options.failRate)
    , m_tooManyRate(m_options.tooManyRate)
    , m_dropBeforeRate(m_options.dropBeforeRate)
    , m_dropRate(m_options.dropRate)
    , m_rateLimitPerMinute(m_options.rateLimitPerMinute)
{
    if (!m_options.nowMs)
        m_options.nowMs = wallClockMs;
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    if (!m_options.dataFile.isEmpty()) {
        const QFileInfo info(m_options.dataFile);
        if (!info.absoluteDir().exists()) {
            m_error = tr("the folder of the data file %1 does not exist").arg(m_options.dataFile);
            return false;
        }
    }
    m_store = std::make_unique<SandboxStore>(m_options.dataFile, m_options.nowMs);
    if (!m_store->openError().isEmpty()) {
        m_error = tr("cannot open the sandbox database %1: %2")
                      .arg(m_options.dataFile.isEmpty() ? tr("(in memory)") : m_options.dataFile,
                           m_store->openError());
        return false;
    }
    try {
        if (m_store->isEmpty()) {
            seedDemoTeam(*m_store, std::max(0, m_options.seedContacts),
                         m_options.teamId.value_or(demoTeamId),
                         m_options.teamName.value_or(QString()), m_options.seedProgress);
        } else if (m_options.teamId && m_store->team().id != *m_options.teamId) {
            m_error = tr("the sandbox database %1 holds the team %2, not %3; use another data file")
                          .arg(m_options.dataFile)
                          .arg(m_store->team().id)
                          .arg(*m_options.teamId);
            return false;
        } else if (m_options.teamName && m_store->team().name != *m_options.teamName) {
            SandboxStore::Transaction transaction(*m_store);
            TeamRecord team = m_store->team();
            team.name = *m_options.teamName;
            m_store->setTeam(team);
            transaction.commit();
        }
        m_store->releaseStatements();
    } catch (const SandboxStore::StoreError &error) {
        m_error = tr("cannot seed the sandbox database: %1").arg(error.message);
        return false;
    }
    m_api = std::make_unique<SandboxApi>(*m_store, m_options.reading);
    ConnectionGuard::Limits limits;
    limits.maxConnections = std::max(1, m_options.maxConnections);
    limits.maxHeaderBytes = m_options.maxHeaderBytes;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.keepAliveMs = m_options.keepAliveMs;
    m_guard = new ConnectionGuard(limits, this);
    if (m_guard->listen(QHostAddress::LocalHost, m_options.port)) {
        bind(m_guard);
        m_guard->serverBound();
        m_port = m_guard->serverPort();
    }
    if (m_port == 0) {
        m_error = m_options.port
                      ? tr("cannot listen on 127.0.0.1:%1; is it in use?").arg(m_options.port)
                      : tr("cannot listen on 127.0.0.1");
        return false;
    }
    return true;
}

QUrl SandboxServer::baseUrlFor(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

qint64 SandboxServer::contactCount() const
{
    return m_store ? m_store->countContacts(std::nullopt) : 0;
}

SandboxStore &SandboxServer::store()
{
    return *m_store;
}

std::optional<HttpError> SandboxServer::authenticate(const QHttpServerRequest &request,
                                                     QString &credential) const
{
    const auto unauthorized = [](const QString &message) {
        return HttpError{401,     QStringLiteral("Unauthorized"),
                         message, {},
                         {},      {{"WWW-Authenticate", "Bearer realm=\"heymarket\""}}};
    };
    const QByteArray header = headerValue(request, "Authorization").trimmed();
    if (header.isEmpty())
        return unauthorized(tr("missing Authorization header; send \"Bearer <API key or JWT>\""));
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray token = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "basic") {
        // The older authentication page also allows the key as a Basic user.
        const QByteArray decoded = QByteArray::fromBase64(token);
        const QString user = QString::fromUtf8(decoded.left(decoded.indexOf(':')));
        if (m_options.apiKeys.contains(user)) {
            credential = QStringLiteral("key:") + user;
            return std::nullopt;
        }
        return unauthorized(tr("the API key is not valid for this team"));
    }
    if (scheme != "bearer" || token.isEmpty())
        return unauthorized(tr("the Authorization header must be \"Bearer <API key or JWT>\""));
    if (token.count('.') == 2) {
        const qint64 now = m_options.nowMs() / 1000;
        const Jwt::Verification verification =
            Jwt::verify(token, now, [this](const QString &issuer) -> std::optional<QString> {
                const auto it = m_options.secrets.constFind(issuer);
                if (it == m_options.secrets.constEnd())
                    return std::nullopt;
                return *it;
            });
        if (!verification.ok)
            return unauthorized(tr("invalid JWT: %1").arg(verification.problem));
        credential = QStringLiteral("secret:") + verification.issuer;
        return std::nullopt;
    }
    const QString key = QString::fromUtf8(token);
    if (m_options.apiKeys.contains(key)) {
        credential = QStringLiteral("key:") + key;
        return std::nullopt;
    }
    return unauthorized(tr("the API key is not valid for this team"));
}

void SandboxServer::respond(QHttpServerResponder &responder, const Reply &reply,
                            const QByteArray &requestId)
{
    QByteArray body;
    QByteArray contentType = "application/json";
    if (m_options.reading == Reading::Strict && reply.status >= 400 && reply.body.isObject()) {
        // Strict reading of 18.1 (error body shape UNSPECIFIED; "a 400 body
        // explains which field failed"): plain text, "field: message", without
        // the error name or any extra.
        const QJsonObject error = reply.body.toObject();
        const QString field = error.value(QStringLiteral("field")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        body = (field.isEmpty() ? message : field + QStringLiteral(": ") + message).toUtf8();
        contentType = "text/plain; charset=utf-8";
    } else if (reply.body.isObject())
        body = QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    else if (reply.body.isArray())
        body = QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact);
    else if (reply.body.isString())
        body = '"' + reply.body.toString().toUtf8() + '"';
    else
        body = "null";
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("X-Request-Id", requestId);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
}

void SandboxServer::holdRequestsAfter(const QString &path, int passed)
{
    const QMutexLocker locker(&m_holdMutex);
    m_holdByPrefix = false;
    m_holdPrefix = path;
    m_holdAfter = std::max(0, passed);
    m_holdPassed = 0;
}

void SandboxServer::holdRequestsUnder(const QString &prefix, int passed)
{
    holdRequestsAfter(prefix, passed);
    const QMutexLocker locker(&m_holdMutex);
    m_holdByPrefix = true;
}

bool SandboxServer::holds(const QString &path)
{
    const QMutexLocker locker(&m_holdMutex);
    if (m_holdAfter < 0 || (m_holdByPrefix ? !path.startsWith(m_holdPrefix) : path != m_holdPrefix))
        return false;
    if (m_holdPassed < m_holdAfter) {
        ++m_holdPassed;
        return false;
    }
    return true;
}

void SandboxServer::releaseHeld(bool handle)
{
    {
        const QMutexLocker locker(&m_holdMutex);
        m_holdAfter = -1;
    }
    QMetaObject::invokeMethod(
        this, [this, handle] { handleHeld(handle); }, Qt::QueuedConnection);
}

void SandboxServer::handleHeld(bool handle)
{
    const QList<Held> held = std::exchange(m_held, {});
    m_heldCount = 0;
    for (const Held &h : held) {
        const bool connected = h.socket && h.socket->state() == QAbstractSocket::ConnectedState;
        if (!handle) {
            if (connected)
                h.socket->abort();
            continue;
        }
        // The work is done whether or not the client is still there: which
        // of the two it is must not depend on when the server noticed a
        // client leave.
        const Reply reply = m_api->handle(h.method, h.path, h.query, h.body);
        if (!connected)
            continue;
        respond(*h.responder, reply, h.requestId);
        h.socket->flush();
    }
}

SandboxServer::Fault SandboxServer::rollFault()
{
    // One roll for the faults that come before any work, and only when one
    // of them is on: the dice of a server without them are as before.
    const double fail = m_failRate;
    const double tooMany = m_tooManyRate;
    const double dropBefore = m_dropBeforeRate;
    if (fail <= 0 && tooMany <= 0 && dropBefore <= 0)
        return Fault::None;
    const double roll = m_dice.generateDouble();
    if (roll < fail)
        return Fault::ServerError;
    if (roll < fail + tooMany)
        return Fault::TooMany;
    if (roll < fail + tooMany + dropBefore)
        return Fault::DropBefore;
    return Fault::None;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyDecoded);

    Reply reply;
    bool drop = false;       // after the work
    bool dropBefore = false; // instead of it
    QString credential;
    ++m_requestCount;
    // The rate limiter's answer, and the injected one: 429, with Retry-After
    // only in the lenient reading (the strict reading of 18.2 has no header).
    const auto tooMany = [this](qint64 seconds, const QString &message) {
        return Reply{429,
                     QJsonObject{{QStringLiteral("error"), QStringLiteral("rate_limited")},
                                 {QStringLiteral("message"), message}},
                     m_options.reading == Reading::Strict
                         ? HeaderList()
                         : HeaderList{{"Retry-After", QByteArray::number(seconds)}}};
    };
    if (!request.remoteAddress().isLoopback()) {
        reply = {403,
                 QJsonObject{
                     {QStringLiteral("error"), QStringLiteral("Denied")},
                     {QStringLiteral("message"), tr("the sandbox answers loopback clients only")}},
                 {}};
    } else if (request.body().size() > m_options.maxBodyBytes) {
        reply = {
            413,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("too_large")},
                        {QStringLiteral("message"), tr("the body has %1 bytes; the limit is %2")
                                                        .arg(request.body().size())
                                                        .arg(m_options.maxBodyBytes)}},
            {}};
    } else if (const auto refused = authenticate(request, credential)) {
        reply = {refused->status,
                 QJsonObject{{QStringLiteral("error"), refused->error},
                             {QStringLiteral("message"), refused->message}},
                 refused->headers};
    } else if (const auto decision = m_rateLimiter.acquire(credential, m_options.nowMs(),
                                                           m_rateLimitPerMinute.load());
               !decision.allowed) {
        const qint64 seconds = std::max<qint64>(1, (decision.retryAfterMs + 999) / 1000);
        reply = tooMany(seconds, tr("more than %1 requests in the current minute; retry in %2 s")
                                     .arg(m_rateLimitPerMinute.load())
                                     .arg(seconds));
    } else if (const Fault fault = rollFault(); fault == Fault::ServerError) {
        reply = {500,
                 QJsonObject{{QStringLiteral("error"), QStringLiteral("server_error")},
                             {QStringLiteral("message"),
                              tr("injected failure (--fail-rate); nothing was changed")}},
                 {}};
    } else if (fault == Fault::TooMany) {
        reply = tooMany(1, tr("injected rate limit (--too-many-rate); nothing was changed"));
    } else if (fault == Fault::DropBefore) {
        dropBefore = true; // nothing is done, no answer comes
    } else if (holds(path)) {
        // Held at a test's gate: handled when released, if the client is
        // still there.
        m_held.append({method, path, request.query(), request.body(), QPointer<QTcpSocket>(socket),
                       std::make_shared<QHttpServerResponder>(makeResponder(request, socket)),
                       requestId});
        ++m_heldCount;
        return true;
    } else {
        reply = m_api->handle(method, path, request.query(), request.body());
        const double dropRate = m_dropRate;
        const int dropNext = m_dropNext;
        drop = dropNext > 0 || (dropRate > 0 && m_dice.generateDouble() < dropRate);
        if (dropNext > 0)
            --m_dropNext;
    }
    const int range = m_latencyRangeMs;
    const int latencyMs = std::max(0, m_latencyMs.load()) +
                          (range > 0 ? static_cast<int>(m_dice.bounded(range + 1)) : 0);

    if (m_options.accessLog) {
        std::fprintf(stderr, "%s %s -> %d%s (%lld ms) %s\n", method.constData(),
                     path.toUtf8().constData(), dropBefore ? 0 : reply.status,
                     dropBefore ? " dropped before the work"
                     : drop     ? " dropped"
                                : "",
                     static_cast<long long>(timer.elapsed()), requestId.constData());
    }

    QPointer<QTcpSocket> guard(socket);
    if (drop || dropBefore) {
        // The work is done but the answer is lost: the nastiest case for a
        // client (a create that "timed out" may have happened). Or dropped
        // before it: the client cannot tell the two apart.
        QTimer::singleShot(latencyMs, this, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    // Flushed at once: otherwise the answer waits in the socket's buffer
    // until the event loop runs again, which may be after the next request
    // (another connection's) has been handled.
    if (latencyMs <= 0) {
        respond(*responder, reply, requestId);
        socket->flush();
        return true;
    }
    QTimer::singleShot(latencyMs, this, [this, guard, responder, reply, requestId] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            respond(*responder, reply, requestId);
            guard->flush();
        }
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(responder,
            {404,
             QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                         {QStringLiteral("message"), tr("no such endpoint")}},
             {}},
            QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

} // namespace ContactDesk::Sandbox
