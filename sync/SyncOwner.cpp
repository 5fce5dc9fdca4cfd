#include "sync/SyncOwner.h"

#include <QFileInfo>

namespace ContactDesk::Sync {

SyncOwner::SyncOwner(const QString &lockFile, QObject *parent)
    : QObject(parent)
    , m_path(lockFile)
    , m_lock(lockFile)
{
    // Stale only when its process is gone, never by age.
    m_lock.setStaleLockTime(0);
    m_retry.setInterval(500);
    connect(&m_retry, &QTimer::timeout, this, &SyncOwner::retry);
}

SyncOwner::~SyncOwner()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString SyncOwner::syncLockFor(const QString &storeFile)
{
    return storeFile + QStringLiteral(".sync.lock");
}

QString SyncOwner::sendLockFor(const QString &storeFile, qint64 batch)
{
    return storeFile + QStringLiteral(".send-%1.lock").arg(batch);
}

bool SyncOwner::isHeldElsewhere(const QString &lockFile)
{
    if (!QFileInfo::exists(lockFile))
        return false;
    QLockFile probe(lockFile);
    probe.setStaleLockTime(0);
    if (!probe.tryLock(0))
        return probe.error() == QLockFile::LockFailedError;
    probe.unlock();
    return false;
}

bool SyncOwner::claim(const void *holder)
{
    if (!m_lock.isLocked() && !m_lock.tryLock(0)) {
        m_waiters.insert(holder);
        if (!m_retry.isActive())
            m_retry.start();
        return false;
    }
    m_waiters.remove(holder);
    m_holders.insert(holder);
    if (m_waiters.isEmpty())
        m_retry.stop();
    return true;
}

void SyncOwner::release(const void *holder)
{
    m_waiters.remove(holder);
    if (m_waiters.isEmpty())
        m_retry.stop();
    if (!m_holders.remove(holder) || !m_holders.isEmpty())
        return;
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString SyncOwner::otherHolder() const
{
    if (m_lock.isLocked())
        return {};
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return {};
    return tr("%1 (pid %2)").arg(app.isEmpty() ? tr("another program") : app).arg(pid);
}

void SyncOwner::retry()
{
    if (m_waiters.isEmpty()) {
        m_retry.stop();
        return;
    }
    if (!m_lock.isLocked() && !m_lock.tryLock(0))
        return;
    m_retry.stop();
    m_holders.unite(m_waiters);
    m_waiters.clear();
    Q_EMIT claimed();
}

} // namespace ContactDesk::Sync
