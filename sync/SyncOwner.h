#pragma once

#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ContactDesk::Sync {

// Who may talk to the server for a store file: one process at a time
// (sync/README.md, "Two programs, one profile"). A QLockFile beside the
// store file; several holders in one process (the engine, a sender) share
// it. A lock left by a process that died (even by SIGKILL) is taken over:
// its pid no longer runs. Its age never makes it stale: a long run (the
// first pull of a million contacts) keeps it.
//
// claim() that finds another process holding the lock remembers the
// holder as waiting and tries again on a timer; claimed() says when the
// lock was taken for the waiters.
class SyncOwner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncOwner)

public:
    explicit SyncOwner(const QString &lockFile, QObject *parent = nullptr);
    ~SyncOwner() override;

    // The lock of a store file's pulls and pushes (the contact outbox).
    static QString syncLockFor(const QString &storeFile);
    // The lock of sending one batch of the message outbox.
    static QString sendLockFor(const QString &storeFile, qint64 batch);
    // Whether another process holds the lock at `lockFile` now.
    static bool isHeldElsewhere(const QString &lockFile);

    QString lockFile() const { return m_path; }
    // True when this process holds the lock (now, for `holder` too);
    // false when another one does: `holder` waits, see claimed().
    bool claim(const void *holder);
    // `holder` is done (or no longer waits); the lock goes with the last.
    void release(const void *holder);
    bool isHeld() const { return !m_holders.isEmpty(); }
    bool isWaiting(const void *holder) const { return m_waiters.contains(holder); }
    // The process holding the lock when it is not this one, for people:
    // "contactdesk-cli (pid 1234)"; empty when none is known.
    QString otherHolder() const;
    // How often a waiting claim tries again (ms).
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

Q_SIGNALS:
    // The lock was taken for the holders that waited: they may go on.
    void claimed();

private:
    void retry();

    QString m_path;
    QLockFile m_lock;
    QSet<const void *> m_holders;
    QSet<const void *> m_waiters;
    QTimer m_retry;
};

} // namespace ContactDesk::Sync
