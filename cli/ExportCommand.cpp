#include "cli/ExportCommand.h"

#include "cli/ContactLookup.h"
#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "sync/ContactExport.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ContactDesk::Cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"))
    , m_filter(QStringLiteral("filter"),
               tr("Only the contacts the window's search box finds for this text."), tr("TEXT"))
    , m_tag(tagFilterOption())
    , m_bom(QStringLiteral("bom"),
            tr("For Excel: start the file with a UTF-8 byte order mark, and write cells that a "
               "spreadsheet would run as a formula (= + - @) with a quote in front."))
    , m_format(QStringLiteral("format"),
               tr("csv, or vcf for vCard 3.0 (default: from FILE's suffix, .vcf or .vcard for "
                  "vCard, else CSV)."),
               tr("csv|vcf"))
{
    addArgument({tr("FILE"), tr("The CSV or vCard file to write.")}, 1, 1);
    addOption(m_filter);
    addOption(m_tag);
    addOption(m_bom);
    addOption(m_format);
}

QString ExportCommand::description() const
{
    return tr("Write contacts to a CSV or vCard file that imports back unchanged.");
}

QString ExportCommand::check(const QCommandLineParser &parser) const
{
    const QString format = parser.value(m_format);
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("vcf"))
        return tr("--format takes csv or vcf, not “%1”").arg(format);
    if (format == QLatin1String("vcf") && parser.isSet(m_bom))
        return tr("--bom is for CSV files opened in Excel, not vCard");
    return {};
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
    // Written to a part file beside it and renamed over it when complete:
    // a signal (or a crash) never leaves a half-written FILE. A FILE that
    // is there and is not a regular file (/dev/stdout, a pipe) is written
    // directly: it cannot be replaced, and nothing half-written stays in it.
    const QString target = parser.positionalArguments().constFirst();
    const QFileInfo targetInfo(target);
    const bool direct = targetInfo.exists() && !targetInfo.isFile();
    const QString part = direct ? QString() : target + QStringLiteral(".part");
    QFile file(direct ? target : part);
    if (!file.open(direct ? QIODevice::WriteOnly : QIODevice::WriteOnly | QIODevice::Truncate)) {
        err(tr("%1 cannot be written: %2").arg(target, file.errorString()));
        return Usage;
    }
    // The team's contacts are for this user alone: a new file is 0600,
    // whatever the umask (FILE, renamed from the part file, keeps it).
    if (!direct)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Interrupt::Stoppable stoppable(tr("Stopped at once; %1 was not written.").arg(target),
                                         part);
    QString error;
    const QString format = parser.value(m_format);
    const bool vCard = format.isEmpty() ? Sync::ContactExport::isVCardName(target)
                                        : format == QLatin1String("vcf");
    const qint64 count =
        vCard
            ? Sync::ContactExport::writeVCard(session.store(), ids, &file, &error)
            : Sync::ContactExport::write(session.store(), ids, &file, parser.isSet(m_bom), &error);
    const bool flushed = file.flush();
    file.close();
    const auto dropPart = [&part] {
        if (!part.isEmpty())
            QFile::remove(part);
    };
    if (const int signal = Interrupt::received()) {
        dropPart();
        if (!direct)
            err(tr("Stopped; %1 was not written.").arg(target));
        return Interrupt::exitCode(signal);
    }
    if (count < 0 || !flushed ||
        (!direct && std::rename(QFile::encodeName(part).constData(),
                                QFile::encodeName(target).constData()) != 0)) {
        dropPart();
        err(tr("%1: %2").arg(target, count < 0 ? error : tr("the file could not be written")));
        return Usage;
    }
    // Written to standard output (or a pipe), the count goes to stderr.
    (direct ? err : out)(tr("%1 contacts written to %2.").arg(count).arg(target));
    return Success;
}

} // namespace ContactDesk::Cli
