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
    static bool run(Sync::ImportUploader &uploader, qint64 id, bool undo, QString *message);
    // {import_id, created, updated, undone, pending, failed: [{line, reason}]}
    static QJsonObject report(Store::ContactStore &store, qint64 id);
};

} // namespace ContactDesk::Cli
