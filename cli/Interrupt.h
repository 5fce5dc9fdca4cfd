#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace ContactDesk::Cli {

// SIGINT and SIGTERM for contactdesk-cli. The handler is async-signal-safe:
// it writes the signal's number to a pipe (read on the main thread through
// a QSocketNotifier, which emits interrupted()), or ends the process.
//
// - No Stoppable alive (a short command, a check): the signal ends the
//   process as if there were no handler (its default action).
// - While a Stoppable lives (an upload, a send, an export) the first signal
//   is interrupted(signal) and the command stops at the next safe point
//   (an import between batches, a send after the messages on their way);
//   it then exits with exitCode(signal). A second signal ends the process
//   at once (_exit(exitCode)), after writing the Stoppable's line to stderr
//   and removing its partFile: what was marked before its request is
//   durable, so the next run finds out what happened to it.
class Interrupt final : public QObject
{
    Q_OBJECT

public:
    // Once, at the start of main (the handlers, the pipe).
    static void install();
    static Interrupt *instance(); // nullptr before install()
    // The first signal received while a Stoppable lived; 0 when none.
    static int received();
    // 130 for SIGINT, 143 for SIGTERM (128 + the signal, as shells report).
    static int exitCode(int signal) { return 128 + signal; }

    // A command that stops cleanly on the first signal.
    class Stoppable
    {
    public:
        // hardStopLine: written to stderr if a second signal ends the process
        // (formatted ahead: nothing can be formatted in a signal handler);
        // partFile: removed then (a file being written).
        explicit Stoppable(const QString &hardStopLine, const QString &partFile = {});
        ~Stoppable();
        Stoppable(const Stoppable &) = delete;
        Stoppable &operator=(const Stoppable &) = delete;
    };

Q_SIGNALS:
    void interrupted(int signal);

private:
    Interrupt();
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ContactDesk::Cli
