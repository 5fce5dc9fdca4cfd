#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace ContactDesk::Sandbox {

class SandboxServer;

// Runs a SandboxServer in a thread of its own, so the app's window never
// waits on the sandbox's database. Used by the app's embedded workspace.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Blocks until the server listens (or failed to). Seeding a fresh
    // database happens here too.
    bool start(const Options &options);
    void stop();

    bool isRunning() const { return m_port != 0; }
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // The running server (null when stopped), for its runtime fault knobs
    // and counters, which are safe from any thread; nothing else of it is.
    SandboxServer *server() const { return m_server; }

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; parent of the server
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace ContactDesk::Sandbox
