#include "cli/UndoImportCommand.h"

#include "cli/ImportUpload.h"
#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"

#include <QJsonArray>

namespace ContactDesk::Cli {

UndoImportCommand::UndoImportCommand()
    : Command(QStringLiteral("undo-import"))
    , m_json(jsonOption())
{
    addArgument({tr("[ID]"), tr("The import to undo (default: the last one).")}, 0, 1);
    addOption(m_json);
}

QString UndoImportCommand::description() const
{
    return tr("Take an import back: delete what it created, restore what it changed.");
}

int UndoImportCommand::run(const QCommandLineParser &parser, Session &session)
{
    Store::ImportJournal journal(&session.store());
    const QStringList positional = parser.positionalArguments();
    qint64 id = positional.isEmpty() ? 0 : positional.first().toLongLong();
    if (!id) {
        if (const auto last = journal.lastUndoable())
            id = last->id;
    }
    if (!id || !journal.import(id)) {
        err(tr("There is no import to undo."));
        return Usage;
    }
    Sync::ImportUploader uploader(&session.client(), &session.store());
    QString message;
    int signal = 0;
    const bool ok = ImportUpload::run(uploader, id, true, &message, &signal);
    const QJsonObject report = ImportUpload::report(session.store(), id);
    if (signal) {
        err(tr("Stopped: %1 rows taken back so far; run “contactdesk-cli undo-import %2” to "
               "finish.")
                .arg(report.value(QStringLiteral("undone")).toInt())
                .arg(id));
        return Interrupt::exitCode(signal);
    }
    parser.isSet(m_json) ? printJson(report)
                         : out(tr("Import %1 undone: %2 rows taken back, %3 could not be.")
                                   .arg(id)
                                   .arg(report.value(QStringLiteral("undone")).toInt())
                                   .arg(report.value(QStringLiteral("failed")).toArray().size()));
    if (!ok)
        err(message);
    return ok && report.value(QStringLiteral("failed")).toArray().isEmpty() ? Success : Rejected;
}

} // namespace ContactDesk::Cli
