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
    stop();
    m_error.clear();
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_anchor,
        [this, options] {
            auto *server = new SandboxServer(options, m_anchor);
            if (server->start()) {
                m_server = server;
                m_port = server->port();
            } else {
                m_error = server->errorString();
                delete server;
            }
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        stop();
        return false;
    }
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
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
