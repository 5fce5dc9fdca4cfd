#include "cli/ImportUpload.h"

#include "cli/Output.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"

#include <QEventLoop>
#include <QJsonArray>

namespace ContactDesk::Cli {

bool ImportUpload::run(Sync::ImportUploader &uploader, qint64 id, bool undo, QString *message)
{
    QEventLoop loop;
    bool completed = false;
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
    loop.exec();
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
