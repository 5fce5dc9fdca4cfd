#include "sandbox/SandboxHost.h"

#include "sandbox/SandboxServer.h"

namespace ContactDesk::Sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const Options &options)
{
    launch(options, true);
    return m_port != 0;
}

void SandboxHost::startInBackground(const Options &options)
{
    launch(options, false);
}

void SandboxHost::launch(Options options, bool wait)
{
    stop();
    m_error.clear();
    m_stopping = false;
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    if (!wait) {
        // Told back in this object's thread, queued: dropped when this host
        // is gone by then.
        const auto caller = options.seedProgress;
        options.seedProgress = [this, caller](int seeded, int total) {
            if (m_stopping)
                return false;
            QMetaObject::invokeMethod(
                this, [this, seeded, total] { Q_EMIT seeding(seeded, total); },
                Qt::QueuedConnection);
            return !caller || caller(seeded, total);
        };
    }
    QObject *anchor = m_anchor;
    const quint64 attempt = ++m_launches;
    QMetaObject::invokeMethod(
        anchor,
        [this, anchor, options, wait, attempt] {
            auto *server = new SandboxServer(options, anchor);
            const bool ok = server->start();
            const quint16 port = ok ? server->port() : 0;
            const QString error = ok ? QString() : server->errorString();
            if (!ok)
                delete server;
            if (wait) {
                m_server = ok ? server : nullptr;
                m_port = port;
                m_error = error;
                return;
            }
            QMetaObject::invokeMethod(
                this,
                [this, server, port, error, attempt] {
                    if (attempt != m_launches || !m_anchor)
                        return; // stopped (and maybe started again) meanwhile
                    if (port == 0) {
                        m_error = error;
                        stop();
                        Q_EMIT startFailed(error);
                        return;
                    }
                    m_server = server;
                    m_port = port;
                    Q_EMIT started();
                },
                Qt::QueuedConnection);
        },
        wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
    if (wait && m_port == 0)
        stop();
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true; // a seed still running ends at its next step
    ++m_launches;      // what an earlier launch still reports is ignored
    if (m_anchor) {
        // The server and its database connection must die in their own thread.
        QObject *anchor = m_anchor;
        QMetaObject::invokeMethod(
            anchor, [anchor] { qDeleteAll(anchor->children()); }, Qt::BlockingQueuedConnection);
        anchor->deleteLater(); // runs in the thread, at the latest when it finishes
        m_anchor = nullptr;
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

QUrl SandboxHost::baseUrl() const
{
    return SandboxServer::baseUrlFor(m_port);
}

} // namespace ContactDesk::Sandbox
