#include "sandbox/ConnectionGuard.h"

#include <QTcpSocket>
#include <QTimer>

namespace ContactDesk::Sandbox {

struct ConnectionGuard::Watch
{
    enum class State
    {
        Headers, // reading a request's headers (none yet: between requests)
        Body,    // reading its body
        Waiting, // complete: the server works on it
        Discard  // refused: its body is read and dropped, then the connection closed
    };
    State state = State::Headers;
    QByteArray header;    // the headers read so far (at most maxHeaderBytes)
    qint64 remaining = 0; // body bytes still to come (Body, Discard)
    qint64 discarded = 0; // Discard: bytes dropped so far
    qint64 leftOver = 0;  // bytes the server left unread after the last readyRead
    QTimer *idle = nullptr;
};

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 411:
        return "411 Length Required";
    case 413:
        return "413 Payload Too Large";
    case 431:
        return "431 Request Header Fields Too Large";
    case 400:
        return "400 Bad Request";
    default:
        return "503 Service Unavailable";
    }
}

QByteArray errorName(int status)
{
    switch (status) {
    case 413:
        return "too_large";
    case 503:
        return "busy";
    default:
        return "bad_request";
    }
}

// The value of header `name` (lower case) in a header block, or null.
QByteArray headerValue(const QByteArray &header, const QByteArray &name, int *count)
{
    QByteArray value;
    *count = 0;
    const QList<QByteArray> lines = header.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0: the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().toLower() == name) {
            value = line.mid(colon + 1).trimmed();
            ++*count;
        }
    }
    return value;
}

} // namespace

ConnectionGuard::ConnectionGuard(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void ConnectionGuard::serverBound()
{
    // After the HTTP server's own slot (bind() connected it first): what it
    // left unread.
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_handedOver)) {
            if (socket)
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, s = socket.data()] { afterServer(s); });
        }
        m_handedOver.clear();
    });
}

ConnectionGuard::~ConnectionGuard()
{
    qDeleteAll(m_watches);
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (connections() >= m_limits.maxConnections) {
        ++m_refused;
        const QByteArray body = R"({"error":"busy","message":"the sandbox has too many )"
                                R"(connections open; try again later"})";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    watch(socket);
    addPendingConnection(socket);
    m_handedOver.append(socket);
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    auto *w = new Watch;
    w->idle = new QTimer(socket);
    w->idle->setSingleShot(true);
    m_watches.insert(socket, w);
    connect(w->idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    // Before the HTTP server's slot: connected before it is handed over.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readAlong(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        // The answer went out: the next request may come.
        Watch *found = m_watches.value(socket);
        if (found && found->state == Watch::State::Waiting) {
            found->state = Watch::State::Headers;
            found->header.clear();
            arm(*found);
        }
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { delete m_watches.take(socket); });
    arm(*w);
}

void ConnectionGuard::arm(Watch &w)
{
    switch (w.state) {
    case Watch::State::Waiting:
        w.idle->stop();
        break;
    case Watch::State::Headers:
        w.idle->start(w.header.isEmpty() ? m_limits.keepAliveMs : m_limits.idleTimeoutMs);
        break;
    case Watch::State::Body:
    case Watch::State::Discard:
        w.idle->start(m_limits.idleTimeoutMs);
        break;
    }
}

void ConnectionGuard::afterServer(QTcpSocket *socket)
{
    if (Watch *w = m_watches.value(socket))
        w->leftOver = socket->bytesAvailable();
}

void ConnectionGuard::readAlong(QTcpSocket *socket)
{
    Watch *w = m_watches.value(socket);
    if (!w)
        return;
    if (w->state == Watch::State::Discard) {
        const QByteArray dropped = socket->readAll(); // never reaches the server
        w->discarded += dropped.size();
        w->remaining -= dropped.size();
        if (w->remaining <= 0)
            socket->disconnectFromHost();
        else if (w->discarded > m_limits.maxDiscardBytes)
            socket->abort();
        else
            arm(*w);
        return;
    }
    const qint64 available = socket->bytesAvailable();
    const QByteArray fresh = socket->peek(available).mid(w->leftOver);
    w->leftOver = available; // unless the server reads them (afterServer says)
    qsizetype pos = 0;
    while (pos < fresh.size()) {
        if (w->state == Watch::State::Waiting) {
            w->state = Watch::State::Headers; // a pipelined request
            w->header.clear();
        }
        if (w->state == Watch::State::Body) {
            const qint64 take = std::min<qint64>(w->remaining, fresh.size() - pos);
            w->remaining -= take;
            pos += take;
            if (w->remaining == 0)
                w->state = Watch::State::Waiting;
            continue;
        }
        // Headers: up to the blank line.
        const qsizetype before = w->header.size();
        const qsizetype room = static_cast<qsizetype>(m_limits.maxHeaderBytes) - before;
        w->header += fresh.mid(pos, std::max<qsizetype>(0, room) + 4);
        const qsizetype end = w->header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (w->header.size() > m_limits.maxHeaderBytes) {
                refuse(socket, 431, "the request's headers pass the sandbox's limit", 0);
                return;
            }
            pos = fresh.size();
            continue;
        }
        pos += end + 4 - before;
        w->header.truncate(end + 2);
        int lengths = 0;
        int encodings = 0;
        const QByteArray length = headerValue(w->header, "content-length", &lengths);
        const QByteArray encoding = headerValue(w->header, "transfer-encoding", &encodings);
        if (encodings > 0 && encoding.toLower() != "identity") {
            refuse(socket, 411, "the sandbox needs a Content-Length (no chunked bodies)", 0);
            return;
        }
        bool ok = true;
        const qint64 size = lengths == 0 ? 0 : length.toLongLong(&ok);
        if (lengths > 1 || !ok || size < 0) {
            refuse(socket, 400, "the request's Content-Length cannot be read", 0);
            return;
        }
        if (size > m_limits.maxBodyBytes) {
            refuse(socket, 413,
                   "the body has " + QByteArray::number(size) + " bytes; the limit is " +
                       QByteArray::number(m_limits.maxBodyBytes),
                   size - (fresh.size() - pos));
            return;
        }
        w->header.clear();
        w->remaining = size;
        w->state = size > 0 ? Watch::State::Body : Watch::State::Waiting;
    }
    arm(*w);
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const QByteArray &reason,
                             qint64 discard)
{
    Watch *w = m_watches.value(socket);
    (void)socket->readAll(); // what came so far never reaches the server
    const QByteArray body =
        R"({"error":")" + errorName(status) + R"(","message":")" + reason + R"("})";
    socket->write("HTTP/1.1 " + statusLine(status) +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    if (discard > 0 && w) {
        // Read the rest of the body and drop it, so the client reads the
        // answer instead of a reset while it still sends.
        w->state = Watch::State::Discard;
        w->remaining = discard;
        w->discarded = 0;
        arm(*w);
        return;
    }
    socket->disconnectFromHost();
}

} // namespace ContactDesk::Sandbox
