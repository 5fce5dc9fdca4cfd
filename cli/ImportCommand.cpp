#include "cli/ImportCommand.h"

#include "cli/ImportUpload.h"
#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "core/Phone.h"
#include "store/ImportJournal.h"
#include "sync/ImportSession.h"
#include "sync/ImportUploader.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>

namespace ContactDesk::Cli {

namespace {

QString actionName(Import::Row::Action action)
{
    switch (action) {
    case Import::Row::Action::New:
        return QStringLiteral("new");
    case Import::Row::Action::Update:
        return QStringLiteral("update");
    case Import::Row::Action::Skip:
        return QStringLiteral("skip");
    case Import::Row::Action::Invalid:
        return QStringLiteral("invalid");
    case Import::Row::Action::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

// "--map Telefon=phone": the header and the target; empty header when the
// text has no '='.
QPair<QString, QString> splitMap(const QString &text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return {};
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"))
    , m_dryRun(QStringLiteral("dry-run"), tr("Check every row and report; send nothing."))
    , m_region(QStringLiteral("region"),
               tr("The region of phone numbers without a country code (default: the "
                  "profile's)."),
               tr("CC"))
    , m_onDuplicate(QStringLiteral("on-duplicate"),
                    tr("A row whose phone number the team has: skip it (default) or update the "
                       "contact."),
                    tr("skip|update"), QStringLiteral("skip"))
    , m_overwrite(QStringLiteral("overwrite"),
                  tr("With --on-duplicate update: the file's values replace the contact's "
                     "(without it they only fill what the contact lacks). Empty cells, and "
                     "columns the file does not have, never change a contact."))
    , m_map(QStringLiteral("map"),
            tr("What a column is, over the guess from its header (repeatable): first, last, "
               "name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore, or "
               "custom:TITLE for a custom field."),
            tr("HEADER=TARGET"))
    , m_phoneOrder(QStringLiteral("phone-order"),
                   tr("The phone columns in the order they are tried for the contact's phone "
                      "(the first value found; the others become channels)."),
                   tr("HEADER,HEADER"))
    , m_emailOrder(QStringLiteral("email-order"), tr("The same for the email columns."),
                   tr("HEADER,HEADER"))
    , m_createFields(QStringLiteral("create-fields"),
                     tr("Create a team custom field for each column that is not one of the "
                        "team's (without it such columns are ignored, and named)."))
    , m_json(jsonOption())
{
    addArgument({tr("FILE"), tr("The CSV or vCard (.vcf) file.")}, 1, 1);
    addOption(m_dryRun);
    addOption(m_region);
    addOption(m_onDuplicate);
    addOption(m_overwrite);
    addOption(m_map);
    addOption(m_phoneOrder);
    addOption(m_emailOrder);
    addOption(m_createFields);
    addOption(m_json);
}

QString ImportCommand::description() const
{
    return tr("Check a CSV or vCard file row by row and import it.");
}

QString ImportCommand::check(const QCommandLineParser &parser) const
{
    const QString onDuplicate = parser.value(m_onDuplicate);
    if (onDuplicate != QLatin1String("skip") && onDuplicate != QLatin1String("update"))
        return tr("--on-duplicate takes skip or update, not “%1”").arg(onDuplicate);
    const QString region = parser.value(m_region);
    if (!region.isEmpty() && !Phone::regions().contains(region.toUpper()))
        return tr("--region: “%1” is not a region code such as US or GB").arg(region);
    for (const QString &map : parser.values(m_map)) {
        const auto [header, target] = splitMap(map);
        if (header.isEmpty() || target.isEmpty())
            return tr("--map takes HEADER=TARGET (for example “Telefon=phone”), not “%1”").arg(map);
        if (!Import::parseTarget(target, {}))
            return tr("--map %1: “%2” is not a target; use first, last, name, phone, "
                      "other-phone, email, other-email, tags, owner, opt-out, ignore or "
                      "custom:TITLE")
                .arg(map, target);
    }
    return {};
}

int ImportCommand::stopped(Session &session, qint64 id, int signal) const
{
    const auto record = Store::ImportJournal(&session.store()).import(id);
    err(tr("Stopped by %1: %2 of %n row(s) sent (%3 created, %4 updated, %5 failed), %6 not "
           "sent yet. Run “%7” to resume.",
           nullptr, record ? int(record->total) : 0)
            .arg(signal == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("Ctrl+C"))
            .arg(record ? record->done + record->failed : 0)
            .arg(record ? record->created : 0)
            .arg(record ? record->updated : 0)
            .arg(record ? record->failed : 0)
            .arg(record ? record->pending : 0)
            .arg(ImportUpload::commandLine(record ? record->file : QString())));
    return Interrupt::exitCode(signal);
}

// An upload of this file that a crash, Ctrl+C or SIGTERM interrupted:
// finishes it, from the rows the journal keeps, if the file is still as it
// was checked (or gone: the rows are in the journal). -1 when there is none.
int ImportCommand::resume(const QCommandLineParser &parser, Session &session, const QString &path,
                          Sync::ImportUploader &uploader)
{
    Store::ImportJournal journal(&session.store());
    for (const Store::ImportRecord &record : journal.imports()) {
        const bool interrupted = record.state == Store::ImportRecord::State::Staged ||
                                 record.state == Store::ImportRecord::State::Uploading ||
                                 record.state == Store::ImportRecord::State::Cancelled;
        if (record.file != path || !interrupted || record.pending <= 0)
            continue;
        bool gone = false;
        const QString changed = Sync::ImportSession::changeSince(path, record.checked, &gone);
        if (!changed.isEmpty() && !gone) {
            err(tr("%1 Import %2 was not resumed and nothing was sent; it stays as it was (%n "
                   "row(s) not sent yet). Put the file back as it was checked to resume it, or "
                   "import the changed file under another name.",
                   nullptr, int(record.pending))
                    .arg(changed)
                    .arg(record.id));
            return Usage;
        }
        if (gone)
            err(tr("%1 The rows checked then are kept in the journal: they are sent from "
                   "there.")
                    .arg(changed));
        err(tr("Resuming import %1 of %2: %n row(s) still to send.", nullptr, int(record.pending))
                .arg(record.id)
                .arg(path));
        QString message;
        int signal = 0;
        const bool ok = ImportUpload::run(uploader, record.id, false, &message, &signal,
                                          ImportUpload::commandLine(path));
        if (signal)
            return stopped(session, record.id, signal);
        const QJsonObject report = ImportUpload::report(session.store(), record.id);
        parser.isSet(m_json)
            ? printJson(report)
            : out(tr("Created %1, updated %2, failed %3.")
                      .arg(report.value(QStringLiteral("created")).toInt())
                      .arg(report.value(QStringLiteral("updated")).toInt())
                      .arg(report.value(QStringLiteral("failed")).toArray().size()));
        if (!ok)
            err(message);
        return ok && report.value(QStringLiteral("failed")).toArray().isEmpty() ? Success
                                                                                : Rejected;
    }
    return -1;
}

int ImportCommand::run(const QCommandLineParser &parser, Session &session)
{
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const bool dryRun = parser.isSet(m_dryRun);
    const bool json = parser.isSet(m_json);
    // This process owns the account's imports from before it stages until
    // it exits: the window never takes over what it is sending.
    Sync::ImportUploader uploader(&session.client(), &session.store());
    if (!dryRun) {
        if (QString owner; !uploader.claim(&owner)) {
            err(tr("%1 is sending an import to this account; run this again when it is done.")
                    .arg(owner));
            return NoConnection;
        }
        if (const int resumed = resume(parser, session, path, uploader); resumed >= 0)
            return resumed;
    }

    Sync::ImportPlan plan;
    plan.path = path;
    const Sync::Preview head = Sync::ImportSession::header(path, plan.csv);
    if (!head.error.isEmpty()) {
        err(head.errorLine
                ? QStringLiteral("%1:%2: %3").arg(path).arg(head.errorLine).arg(head.error)
                : QStringLiteral("%1: %2").arg(path, head.error));
        return Usage;
    }
    // The mapping remembered for this layout (from the app's wizard), else
    // the guess from the headers.
    const QList<CustomField> teamFields = session.store().customFields();
    plan.mapping = Sync::ImportSession::mappingFor(head.header, &session.settings(), teamFields);
    for (const QString &map : parser.values(m_map)) {
        const auto [title, target] = splitMap(map);
        const int column = Import::findColumn(head.header, title);
        if (column < 0) {
            err(tr("--map %1: the file has no column “%2” (its columns: %3)")
                    .arg(map, title, head.header.join(QLatin1String(", "))));
            return Usage;
        }
        Import::ColumnMapping mapped = *Import::parseTarget(target, teamFields);
        if (mapped.target == Import::Target::CustomField && !mapped.customFieldId &&
            mapped.customTitle.isEmpty())
            mapped.customTitle = head.header.at(column);
        plan.mapping.columns[column] = mapped;
    }
    for (const auto &[option, order] : {std::pair{&m_phoneOrder, &plan.mapping.phoneOrder},
                                        std::pair{&m_emailOrder, &plan.mapping.emailOrder}}) {
        if (!parser.isSet(*option))
            continue;
        order->clear();
        for (const QString &title : parser.value(*option).split(QLatin1Char(','))) {
            const int column = Import::findColumn(head.header, title.trimmed());
            if (column < 0) {
                err(tr("--%1: the file has no column “%2” (its columns: %3)")
                        .arg(option->names().constFirst(), title.trimmed(),
                             head.header.join(QLatin1String(", "))));
                return Usage;
            }
            order->append(column);
        }
    }
    // Columns that would make a new team field: only when asked.
    QStringList ignoredColumns;
    for (int column = 0; column < plan.mapping.columns.size(); ++column) {
        Import::ColumnMapping &mapped = plan.mapping.columns[column];
        if (mapped.target == Import::Target::CustomField && !mapped.customFieldId &&
            !parser.isSet(m_createFields)) {
            mapped = {};
            ignoredColumns.append(head.header.at(column));
        } else if (mapped.target == Import::Target::Ignore) {
            ignoredColumns.append(head.header.at(column));
        }
    }
    plan.storeFile = session.store().path();
    const QString region = parser.value(m_region);
    plan.options.region = region.isEmpty() ? session.defaultRegion() : region.toUpper();
    plan.options.updateExisting = parser.value(m_onDuplicate) == QLatin1String("update");
    plan.options.overwrite = parser.isSet(m_overwrite);

    // Owners given by email are looked up first (the team listing has names).
    Import::TeamIndex team;
    {
        QEventLoop loop;
        bool resolved = false;
        Sync::ImportSession::resolveOwnerEmails(
            &session.client(), plan, Sync::ImportSession::teamIndex(session.store()), &loop,
            [&](Import::TeamIndex index, const QString &problem) {
                team = std::move(index);
                if (!problem.isEmpty())
                    err(problem);
                resolved = true;
                loop.quit();
            });
        if (!resolved)
            loop.exec();
    }
    // The members chosen in the app's wizard for owners the team does not know.
    Sync::ImportSession::applyOwnerChoices(team, &session.settings(), session.store().members());
    const Sync::Preview preview = Sync::ImportSession::preview(plan, team);
    plan.checked = preview.checked; // what is staged must be this file
    if (!preview.error.isEmpty()) {
        err(preview.errorLine
                ? QStringLiteral("%1:%2: %3").arg(path).arg(preview.errorLine).arg(preview.error)
                : QStringLiteral("%1: %2").arg(path, preview.error));
        return Usage;
    }
    const Import::Counts &counts = preview.counts();
    QJsonArray rejected;
    QJsonArray warnings;
    for (const Sync::PreviewRow &row : preview.attention) {
        if (row.action == Import::Row::Action::Invalid || row.action == Import::Row::Action::Skip)
            rejected.append(
                QJsonObject{{QStringLiteral("line"), row.line},
                            {QStringLiteral("action"), actionName(row.action)},
                            {QStringLiteral("reason"), row.problems.join(QLatin1String("; "))}});
        for (const QString &warning : row.warnings)
            warnings.append(QJsonObject{{QStringLiteral("line"), row.line},
                                        {QStringLiteral("action"), actionName(row.action)},
                                        {QStringLiteral("warning"), warning}});
    }
    QJsonArray mappingUsed;
    for (int column = 0; column < plan.mapping.columns.size(); ++column)
        if (plan.mapping.columns.at(column).target != Import::Target::Ignore)
            mappingUsed.append(QJsonObject{
                {QStringLiteral("column"), head.header.at(column)},
                {QStringLiteral("target"), Import::targetName(plan.mapping.columns.at(column))},
                {QStringLiteral("new_field"),
                 plan.mapping.columns.at(column).target == Import::Target::CustomField &&
                     !plan.mapping.columns.at(column).customFieldId}});
    const auto orderNames = [&head](const QList<int> &columns) {
        QJsonArray names;
        for (int column : columns)
            names.append(head.header.value(column));
        return names;
    };
    QJsonObject report{
        {QStringLiteral("file"), path},
        {QStringLiteral("rows"), preview.rows},
        {QStringLiteral("new"), counts.newRows},
        {QStringLiteral("update"), counts.updates},
        {QStringLiteral("unchanged"), counts.unchanged},
        {QStringLiteral("skip"), counts.skipped},
        {QStringLiteral("invalid"), counts.invalid},
        {QStringLiteral("owner_not_found"), counts.ownerNotFound},
        {QStringLiteral("mapping"), mappingUsed},
        {QStringLiteral("phone_order"), orderNames(Import::valueOrder(plan.mapping, false))},
        {QStringLiteral("email_order"), orderNames(Import::valueOrder(plan.mapping, true))},
        {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns)},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("checked"),
         QJsonObject{{QStringLiteral("size"), preview.checked.size},
                     {QStringLiteral("modified"), preview.checked.modified},
                     {QStringLiteral("sha256"), QString::fromLatin1(preview.checked.sha256)}}}};
    if (!json) {
        QStringList used;
        for (const QJsonValue &entry : std::as_const(mappingUsed))
            used.append(QStringLiteral("%1 → %2").arg(
                entry.toObject().value(QStringLiteral("column")).toString(),
                entry.toObject().value(QStringLiteral("target")).toString()));
        out(tr("Columns: %1.").arg(used.isEmpty() ? tr("none") : used.join(QLatin1String(", "))));
        if (!ignoredColumns.isEmpty())
            out(tr("Ignored columns: %1.").arg(ignoredColumns.join(QLatin1String(", "))) +
                (parser.isSet(m_createFields)
                     ? QString()
                     : QLatin1Char(' ') +
                           tr("(--create-fields makes team custom fields of the unknown ones; "
                              "--map HEADER=TARGET says what a column is.)")));
        out(tr("%1: %n row(s): %2 new, %3 to update, %4 unchanged, %5 skipped, %6 invalid.",
               nullptr, int(preview.rows))
                .arg(path)
                .arg(counts.newRows)
                .arg(counts.updates)
                .arg(counts.unchanged)
                .arg(counts.skipped)
                .arg(counts.invalid));
        if (counts.ownerNotFound)
            out(tr("%n row(s): owner not found, will be unassigned.", nullptr,
                   counts.ownerNotFound));
        for (const Sync::PreviewRow &row : preview.attention) {
            if (row.action == Import::Row::Action::Invalid ||
                row.action == Import::Row::Action::Skip)
                out(QStringLiteral("%1:%2: %3: %4")
                        .arg(path)
                        .arg(row.line)
                        .arg(actionName(row.action), row.problems.join(QLatin1String("; "))));
            for (const QString &warning : row.warnings)
                out(QStringLiteral("%1:%2: %3")
                        .arg(path)
                        .arg(row.line)
                        .arg(tr("warning: %1").arg(warning)));
        }
    }
    int exit = counts.invalid > 0 ? Rejected : Success;
    if (!dryRun) {
        QString error;
        const qint64 id = Sync::ImportSession::stage(plan, &session.store(), &error, &team);
        if (!id && preview.checked.isKnown() &&
            !Sync::ImportSession::changeSince(path, preview.checked).isEmpty()) {
            err(tr("%1 Nothing was sent; run the command again to check it as it is now.")
                    .arg(error));
            return Usage;
        }
        if (!id) {
            err(error);
            return NoConnection;
        }
        QString message;
        int signal = 0;
        const bool ok = ImportUpload::run(uploader, id, false, &message, &signal,
                                          ImportUpload::commandLine(path));
        if (signal)
            return stopped(session, id, signal);
        // Further phones and emails of updated contacts: channel additions
        // in the outbox, sent now (the window's engine would send them later).
        if (QList<qint64> channelContacts = uploader.channelContacts();
            !channelContacts.isEmpty()) {
            const Session::Pushed pushed = session.push(channelContacts);
            if (!pushed.refused.isEmpty())
                err(tr("A channel was refused: %1").arg(pushed.refused.cbegin().value()));
            if (!pushed.waiting.isEmpty())
                err(tr("Further phones and emails are waiting to be added (%1); the next "
                       "command or the app sends them.")
                        .arg(pushed.waiting));
        }
        const QJsonObject uploaded = ImportUpload::report(session.store(), id);
        for (auto it = uploaded.begin(); it != uploaded.end(); ++it)
            report.insert(it.key(), it.value());
        if (!json) {
            out(tr("Import %1: created %2, updated %3, failed %4.")
                    .arg(id)
                    .arg(uploaded.value(QStringLiteral("created")).toInt())
                    .arg(uploaded.value(QStringLiteral("updated")).toInt())
                    .arg(uploaded.value(QStringLiteral("failed")).toArray().size()));
            for (const QJsonValue &failed : uploaded.value(QStringLiteral("failed")).toArray())
                out(QStringLiteral("%1:%2: failed: %3")
                        .arg(path)
                        .arg(failed.toObject().value(QStringLiteral("line")).toInteger())
                        .arg(failed.toObject().value(QStringLiteral("reason")).toString()));
        }
        if (!ok) {
            err(message.isEmpty() ? tr("The upload stopped; run the same command to resume.")
                                  : message);
            exit = NoConnection;
        } else if (!uploaded.value(QStringLiteral("failed")).toArray().isEmpty()) {
            exit = Rejected;
        }
    }
    if (json)
        printJson(report);
    return exit;
}

} // namespace ContactDesk::Cli
