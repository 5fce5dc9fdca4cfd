#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace ContactDesk::Sandbox {

// The sandbox's listening socket, in front of QAbstractHttpServer: any local
// user (and any program of the user's) can reach a loopback port, so what a
// connection may cost is bounded before the HTTP server buffers anything.
//
// - At most `maxConnections` at once; one more is answered 503 and closed.
// - A request's headers may take at most `maxHeaderBytes` (431), and a body
//   larger than `maxBodyBytes` is refused 413 as soon as its headers say so
//   (Content-Length): the body is read and thrown away, never buffered, and
//   the connection closed. A body without a length (chunked) is refused 411.
// - A connection that sends part of a request and then nothing for
//   `idleTimeoutMs`, or that sits between requests for `keepAliveMs`, is
//   closed; while the server works on a request nothing is timed.
//
// It reads along: each readyRead reaches it before the HTTP server, and it
// only peeks at the bytes (unless it refuses the request).
class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    struct Limits
    {
        int maxConnections = 64;
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        int idleTimeoutMs = 30 * 1000;
        int keepAliveMs = 120 * 1000;
        qint64 maxDiscardBytes = 256 * 1024 * 1024; // a refused body read past this: cut off
    };

    explicit ConnectionGuard(Limits limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // Call once QAbstractHttpServer::bind(this) connected the server: from
    // then on the guard also learns what the server left unread.
    void serverBound();

    int connections() const { return static_cast<int>(m_watches.size()); }
    int refusedConnections() const { return m_refused; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Watch;
    void watch(QTcpSocket *socket);
    void readAlong(QTcpSocket *socket);
    void afterServer(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QByteArray &reason, qint64 discard);
    void arm(Watch &watch);

    Limits m_limits;
    QHash<QTcpSocket *, Watch *> m_watches;
    QList<QPointer<QTcpSocket>> m_handedOver; // waiting for the server's own connections
    int m_refused = 0;
};

} // namespace ContactDesk::Sandbox
