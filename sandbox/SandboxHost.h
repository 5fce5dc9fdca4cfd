#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>
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
    // The same without waiting: returns at once, and the server opens its
    // database (seeding a fresh one: a demo team of 200,000 contacts takes
    // seconds) in its thread; seeding() tells how far it got, then
    // started() or startFailed() follows, each in this object's thread.
    // isRunning() is false until started(). stop() (or the destructor)
    // meanwhile stops the seed and keeps nothing of it.
    void startInBackground(const Options &options);
    void stop();

    bool isRunning() const { return m_port != 0; }
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // The running server (null when stopped), for its runtime fault knobs
    // and counters, which are safe from any thread; nothing else of it is.
    SandboxServer *server() const { return m_server; }

Q_SIGNALS:
    // startInBackground(): `seeded` of `total` demo contacts written (every
    // few thousand; only when an empty database is seeded).
    void seeding(int seeded, int total);
    void started();
    void startFailed(const QString &error);

private:
    void launch(Options options, bool wait);

    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; parent of the server
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_error;
    std::atomic<bool> m_stopping{false}; // stop() asks a running seed to end
    quint64 m_launches = 0;              // this thread's only
};

} // namespace ContactDesk::Sandbox
