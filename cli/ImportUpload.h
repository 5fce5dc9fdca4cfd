#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace ContactDesk::Store {
class ContactStore;
}
namespace ContactDesk::Sync {
class ImportUploader;
}

namespace ContactDesk::Cli {

// What import and undo-import share: an upload (or its undo) run to its
// end, and the report of an import from the journal.
class ImportUpload final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ImportUpload)

public:
    // Runs the uploader to its end, printing progress to stderr; false
    // when it stopped before the end (message says why, when it knows).
    // SIGINT or SIGTERM (Interrupt) stops it after the batches on their way
    // (recorded); *stoppedBy is then the signal (else 0). A second signal
    // ends the process at once, printing that resumeCommand resumes.
    static bool run(Sync::ImportUploader &uploader, qint64 id, bool undo, QString *message,
                    int *stoppedBy = nullptr, const QString &resumeCommand = {});
    // The command line that runs this command again (the file made absolute),
    // quoted for a POSIX shell.
    static QString commandLine(const QString &file);
    // {import_id, created, updated, undone, pending, failed: [{line, reason}]}
    static QJsonObject report(Store::ContactStore &store, qint64 id);
};

} // namespace ContactDesk::Cli
