#include "cli/ImportUpload.h"

#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace ContactDesk::Cli {

QString ImportUpload::commandLine(const QString &file)
{
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.isEmpty())
        return {};
    arguments.first() = QStringLiteral("contactdesk-cli");
    const QString absolute = QFileInfo(file).absoluteFilePath();
    for (qsizetype i = arguments.size() - 1; i > 0; --i) {
        if (arguments.at(i) == file || QFileInfo(arguments.at(i)).absoluteFilePath() == absolute) {
            arguments[i] = absolute;
            break;
        }
    }
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    for (QString &argument : arguments) {
        if (!plain.match(argument).hasMatch())
            argument = QLatin1Char('\'') +
                       QString(argument).replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                       QLatin1Char('\'');
    }
    return arguments.join(QLatin1Char(' '));
}

bool ImportUpload::run(Sync::ImportUploader &uploader, qint64 id, bool undo, QString *message,
                       int *stoppedBy, const QString &resumeCommand)
{
    QEventLoop loop;
    bool completed = false;
    int signal = 0;
    // The first Ctrl+C (or SIGTERM) stops after the batches on their way;
    // a second one at once: every batch was marked sent before its request,
    // so the next run looks up what it did.
    const Interrupt::Stoppable stoppable(
        resumeCommand.isEmpty()
            ? tr("Stopped at once; run the same command to finish.")
            : tr("Stopped at once; nothing is lost: “%1” resumes the import.").arg(resumeCommand));
    if (Interrupt *interrupt = Interrupt::instance()) {
        QObject::connect(interrupt, &Interrupt::interrupted, &loop, [&](int number) {
            if (signal)
                return;
            signal = number;
            err(tr("Stopping after the batch on its way (again to stop at once)…"));
            uploader.cancel();
        });
    }
    QObject::connect(&uploader, &Sync::ImportUploader::progress, &loop,
                     [](qint64, int answered, int total, qint64 etaMs) {
                         err(etaMs >= 0 ? tr("%1 of %2 rows sent, about %3 s left")
                                              .arg(answered)
                                              .arg(total)
                                              .arg((etaMs + 999) / 1000)
                                        : tr("%1 of %2 rows sent").arg(answered).arg(total));
                     });
    QObject::connect(&uploader, &Sync::ImportUploader::finished, &loop,
                     [&](qint64, bool cancelled, const QString &text) {
                         completed = !cancelled && text.isEmpty();
                         *message = text;
                         loop.quit();
                     });
    undo ? uploader.startUndo(id) : uploader.start(id);
    if (uploader.isRunning())
        loop.exec();
    if (stoppedBy)
        *stoppedBy = completed ? 0 : signal; // a signal after the last batch changes nothing
    return completed;
}

QJsonObject ImportUpload::report(Store::ContactStore &store, qint64 id)
{
    Store::ImportJournal journal(&store);
    const auto record = journal.import(id);
    QJsonArray failed;
    for (const Store::ImportRow &row :
         journal.rows(id, {Store::ImportRow::State::Failed, Store::ImportRow::State::UndoFailed}))
        failed.append(
            QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.error}});
    return QJsonObject{{QStringLiteral("import_id"), id},
                       {QStringLiteral("created"), record ? record->created : 0},
                       {QStringLiteral("updated"), record ? record->updated : 0},
                       {QStringLiteral("undone"), record ? record->undone : 0},
                       {QStringLiteral("pending"), record ? record->pending : 0},
                       {QStringLiteral("failed"), failed}};
}

} // namespace ContactDesk::Cli
