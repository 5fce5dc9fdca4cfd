#include "store/StorePresence.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace ContactDesk::Store {

bool StorePresence::enter(const QString &storeFile)
{
    leave();
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(storeFile + QStringLiteral(".open"));
    m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        // A folder that cannot be written: the store's own open says so.
        m_alone = true;
        return m_alone;
    }
    m_alone = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    if (!m_alone) {
        // Others have it open (shared), or one is opening it (exclusive,
        // for the length of its open): wait for the latter.
        while (::flock(m_fd, LOCK_SH) != 0 && errno == EINTR) {
        }
    }
#else
    Q_UNUSED(storeFile);
    m_alone = true;
#endif
    return m_alone;
}

void StorePresence::opened()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0 && m_alone) {
        while (::flock(m_fd, LOCK_SH) != 0 && errno == EINTR) {
        }
    }
#endif
}

void StorePresence::leave()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // drops the lock
#endif
    m_fd = -1;
    m_alone = false;
}

} // namespace ContactDesk::Store
