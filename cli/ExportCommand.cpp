#include "cli/ExportCommand.h"

#include "cli/ContactLookup.h"
#include "cli/Output.h"
#include "sync/ContactExport.h"

#include <QFile>

namespace ContactDesk::Cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"))
    , m_filter(QStringLiteral("filter"),
               tr("Only the contacts the window's search box finds for this text."), tr("TEXT"))
    , m_tag(tagFilterOption())
    , m_bom(QStringLiteral("bom"), tr("Start the file with a UTF-8 byte order mark (for Excel)."))
{
    addArgument({tr("FILE"), tr("The CSV file to write.")}, 1, 1);
    addOption(m_filter);
    addOption(m_tag);
    addOption(m_bom);
}

QString ExportCommand::description() const
{
    return tr("Write contacts to a CSV file that imports back unchanged.");
}

int ExportCommand::run(const QCommandLineParser &parser, Session &session)
{
    const QString filter = parser.value(m_filter);
    const QStringList tags = parser.values(m_tag);
    QList<qint64> ids;
    if (!filter.isEmpty() || !tags.isEmpty()) {
        QString problem;
        for (const Store::StoredContact &c :
             ContactLookup::matching(session.store(), filter, tags, &problem))
            ids.append(c.id);
        if (!problem.isEmpty()) {
            err(problem);
            return Usage;
        }
        if (ids.isEmpty()) {
            err(tr("No contact matches; nothing exported."));
            return Rejected;
        }
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
        return Usage;
    }
    QString error;
    const qint64 count =
        Sync::ContactExport::write(session.store(), ids, &file, parser.isSet(m_bom), &error);
    if (count < 0) {
        err(tr("%1: %2").arg(file.fileName(), error));
        return Usage;
    }
    out(tr("%1 contacts written to %2.").arg(count).arg(file.fileName()));
    return Success;
}

} // namespace ContactDesk::Cli
