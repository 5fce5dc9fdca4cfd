#include "cli/Interrupt.h"

#include <QFile>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ContactDesk::Cli {

namespace {

// Everything the handler touches: plain memory and file descriptors.
int g_pipe[2] = {-1, -1};
volatile std::sig_atomic_t g_stoppables = 0;
volatile std::sig_atomic_t g_count = 0;
volatile std::sig_atomic_t g_first = 0;
char g_line[2048];
volatile std::sig_atomic_t g_lineSize = 0;
char g_partFile[4096];
volatile std::sig_atomic_t g_hasPartFile = 0;
Interrupt *g_instance = nullptr;

void onSignal(int signal)
{
    const int saved = errno;
    if (g_stoppables == 0) {
        // Nothing to stop cleanly: the default action, as without a handler.
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        errno = saved;
        return;
    }
    g_count = g_count + 1;
    if (g_count > 1) {
        if (g_hasPartFile)
            ::unlink(g_partFile);
        if (g_lineSize > 0)
            (void)!::write(STDERR_FILENO, g_line, size_t(g_lineSize));
        ::_exit(Interrupt::exitCode(signal));
    }
    g_first = signal;
    const char byte = char(signal);
    (void)!::write(g_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace

Interrupt::Interrupt()
{
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Interrupt::onReadable);
}

void Interrupt::install()
{
    if (g_instance)
        return;
    if (::pipe(g_pipe) != 0)
        return; // no clean stop then: signals keep their default action
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    g_instance = new Interrupt;
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

Interrupt *Interrupt::instance()
{
    return g_instance;
}

int Interrupt::received()
{
    return g_first;
}

void Interrupt::onReadable()
{
    char bytes[16];
    while (::read(g_pipe[0], bytes, sizeof bytes) > 0) {
    }
    if (g_first)
        Q_EMIT interrupted(g_first);
}

Interrupt::Stoppable::Stoppable(const QString &hardStopLine, const QString &partFile)
{
    // Written before the handler may read them (it does only while
    // g_stoppables > 0, set last).
    const QByteArray line = hardStopLine.toLocal8Bit() + '\n';
    const auto lineSize = std::min<qsizetype>(line.size(), qsizetype(sizeof g_line));
    std::memcpy(g_line, line.constData(), size_t(lineSize));
    g_lineSize = std::sig_atomic_t(lineSize);
    const QByteArray part = QFile::encodeName(partFile);
    g_hasPartFile = 0;
    if (!part.isEmpty() && part.size() < qsizetype(sizeof g_partFile)) {
        std::memcpy(g_partFile, part.constData(), size_t(part.size()));
        g_partFile[part.size()] = '\0';
        g_hasPartFile = 1;
    }
    std::atomic_signal_fence(std::memory_order_seq_cst);
    g_stoppables = g_stoppables + 1;
}

Interrupt::Stoppable::~Stoppable()
{
    g_stoppables = g_stoppables - 1;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    if (g_stoppables == 0) {
        g_hasPartFile = 0;
        g_lineSize = 0;
    }
}

} // namespace ContactDesk::Cli
