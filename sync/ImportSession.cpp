#include "sync/ImportSession.h"

#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "core/ContactFields.h"
#include "core/CsvWriter.h"
#include "core/VCardReader.h"
#include "store/ContactRows.h"
#include "store/ImportJournal.h"
#include "sync/Settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ContactDesk::Sync {

namespace {

using Import::Row;
using Import::Target;

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Sync::ImportSession", text);
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

PreviewRow previewRow(const Row &row, const QStringList &fields)
{
    return {row.line,       row.action,   row.problems,    fields,
            row.existingId, row.warnings, row.unknownOwner};
}

bool needsAttention(const Row &row)
{
    return row.action == Row::Action::Invalid || row.action == Row::Action::Skip ||
           !row.warnings.isEmpty();
}

// What a checked row says about a contact, as a field map (the keys of
// ContactFields, plus "tag_names" for tags the team does not have and
// "custom_title.<title>" for custom fields this import creates).
QJsonObject incomingFields(const Row &row, const Import::Mapping &mapping,
                           const Import::TeamIndex &team)
{
    QJsonObject fields{{Field::phone, row.phone}};
    const auto put = [&fields](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            fields.insert(key, value);
    };
    put(Field::first, row.first);
    put(Field::last, row.last);
    put(Field::displayName, row.displayName);
    put(Field::email, row.email);
    if (row.optedOut)
        fields.insert(Field::optedOut, *row.optedOut);
    if (row.ownerId)
        fields.insert(Field::owner, *row.ownerId);
    QJsonArray tagIds;
    QJsonArray tagNames;
    for (const QString &name : row.tags) {
        if (const qint64 id = team.tagByName.value(name.toLower(), 0))
            tagIds.append(id);
        else
            tagNames.append(name);
    }
    if (!tagIds.isEmpty())
        fields.insert(Field::tags, tagIds);
    if (!tagNames.isEmpty())
        fields.insert(Field::tagNames, tagNames);
    for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it) {
        const Import::ColumnMapping &column = mapping.columns.value(it.key());
        if (column.customFieldId)
            fields.insert(Field::custom(column.customFieldId), it.value());
        else
            fields.insert(Field::customTitlePrefix + column.customTitle, it.value());
    }
    if (!row.channels.isEmpty()) {
        QJsonArray channels;
        for (const auto &[type, value] : row.channels)
            channels.append(QJsonObject{{Field::channelType, type}, {Field::channelValue, value}});
        fields.insert(Field::channels, channels);
    }
    return fields;
}

// An update: the fields to send and the values they replace. Preserve mode
// fills only what the contact lacks; an opt-out is always honoured (never
// lost to "preserve"), opting back in only when overwriting.
// Further phones and emails of the row the contact does not have yet (as
// its primary or as a channel): they are added as channels.
QJsonArray newChannels(const QJsonObject &incoming, const QJsonObject &have)
{
    const QJsonArray known = Store::ContactStore::channelsOf(have);
    QJsonArray added;
    for (const QJsonValue &value : incoming.value(Field::channels).toArray()) {
        const QString type = value.toObject().value(Field::channelType).toString();
        const QString text = value.toObject().value(Field::channelValue).toString();
        const auto same = [&](const QJsonValue &channel) {
            return channel.toObject().value(Field::channelType).toString() == type &&
                   channel.toObject()
                           .value(Field::channelValue)
                           .toString()
                           .compare(text, Qt::CaseInsensitive) == 0;
        };
        const QString primary =
            have.value(type == ChannelType::phone ? Field::phone : Field::email).toString();
        if (text.compare(primary, Qt::CaseInsensitive) != 0 &&
            std::none_of(known.begin(), known.end(), same) &&
            std::none_of(added.begin(), added.end(), same))
            added.append(value);
    }
    return added;
}

Store::ImportRow updateRow(qint64 line, const QJsonObject &incoming, qint64 id, const QString &uuid,
                           const QJsonObject &have, bool overwrite)
{
    Store::ImportRow out;
    out.line = line;
    out.kind = Store::ImportRow::Kind::Update;
    out.contactId = id;
    out.uuid = uuid;
    const QString phone = have.value(Field::phone).toString();
    out.body.insert(Field::phone, phone);
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        const QString &key = it.key();
        if (key == Field::phone || key == Field::channels || key == Field::tags ||
            key == Field::tagNames)
            continue;
        // A custom field this import creates is new to every contact, unless
        // the row's value is empty (never in incoming).
        const QJsonValue old =
            have.value(key.startsWith(Field::customTitlePrefix) ? QString() : key);
        bool take = false;
        if (key == Field::optedOut)
            take = old.toBool() != it.value().toBool() && (overwrite || it.value().toBool());
        else
            take = overwrite ? old != it.value() : isEmptyValue(old);
        if (!take)
            continue;
        out.body.insert(key, it.value());
        out.before.insert(key, old.isUndefined() ? QJsonValue(QString()) : old);
    }
    // Further phones and emails: added as channels (after the update; an
    // undo of the import cannot take them away, the API removes primaries only).
    if (const QJsonArray channels = newChannels(incoming, have); !channels.isEmpty())
        out.body.insert(Field::channels, channels);
    // Tags: overwrite replaces them, preserve adds to them (at most five); a
    // row without tags leaves them alone.
    const QJsonArray oldTags = have.value(Field::tags).toArray();
    if (!incoming.contains(Field::tags) && !incoming.contains(Field::tagNames)) {
        out.before.insert(Field::phone, phone);
        return out;
    }
    QJsonArray ids = overwrite ? QJsonArray() : oldTags;
    QJsonArray names;
    for (const QJsonValue &tag : incoming.value(Field::tags).toArray())
        if (!ids.contains(tag) && ids.size() + names.size() < Field::maxTags)
            ids.append(tag);
    for (const QJsonValue &name : incoming.value(Field::tagNames).toArray())
        if (ids.size() + names.size() < Field::maxTags)
            names.append(name);
    // The same tags in another order are no change.
    const auto sorted = [](const QJsonArray &tags) {
        QList<qint64> list;
        for (const QJsonValue &tag : tags)
            list.append(tag.toInteger());
        std::sort(list.begin(), list.end());
        return list;
    };
    if (sorted(ids) != sorted(oldTags) || !names.isEmpty()) {
        out.body.insert(Field::tags, ids);
        if (!names.isEmpty())
            out.body.insert(Field::tagNames, names);
        out.before.insert(Field::tags, oldTags);
    }
    out.before.insert(Field::phone, phone);
    return out;
}

// A CSV file opened and its header read, or why not.
class OpenedCsv
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Sync::OpenedCsv)

public:
    OpenedCsv(const QString &path, const Csv::Options &options)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            error = tr("%1 cannot be opened: %2").arg(path, m_file.errorString());
            return;
        }
        if (ImportSession::isVCard(path, &m_file))
            reader = std::make_unique<VCard::Reader>(&m_file, options.limits, options.stop);
        else
            reader = std::make_unique<Csv::Reader>(&m_file, options);
        if (!reader->open() || !reader->next(header)) {
            error = reader->error().isEmpty() ? tr("the file is empty") : reader->error();
            errorLine = reader->errorLine();
        }
    }
    bool ok() const { return error.isEmpty(); }

    std::unique_ptr<Csv::RecordSource> reader;
    Csv::Record header;
    QString error;
    qint64 errorLine = 0;

private:
    QFile m_file;
};

// After a file was read: the same size and time is taken as the same file
// (no second hash of a large file); otherwise its bytes decide.
QString changedWhileRead(const QString &path, const Store::FileCheck &checked)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() == checked.size &&
        info.lastModified().toMSecsSinceEpoch() == checked.modified)
        return {};
    return ImportSession::changeSince(path, checked);
}

// The contacts rows match, read from the store file on a connection of
// this thread's own (the store itself belongs to the GUI thread).
class MatchedContacts
{
public:
    explicit MatchedContacts(const QString &storeFile)
    {
        m_open = !storeFile.isEmpty() && !m_reader.open(storeFile).isError();
    }
    // Whether the row, applied as an update, would change its contact; true
    // when that cannot be told (no store file, an unreadable contact).
    bool changes(const Row &row, const Import::Mapping &mapping, const Import::TeamIndex &team,
                 bool overwrite)
    {
        if (!m_open || !row.existingId)
            return true;
        const std::optional<QByteArray> json = m_reader.fieldsJson(row.existingId);
        if (!json)
            return true;
        const QJsonObject have = QJsonDocument::fromJson(*json).object();
        const QJsonObject incoming = incomingFields(row, mapping, team);
        // Only what updateRow would send: the phone alone is no change.
        return updateRow(row.line, incoming, row.existingId, {}, have, overwrite).body.size() > 1;
    }

private:
    Store::ContactRowReader m_reader;
    bool m_open = false;
};

// After classify(): a row matching a contact that it would not change is
// unchanged, whatever the duplicate mode (a skipped one is compared as an
// overwrite: its values equal the contact's).
void noteUnchanged(Row &row, Import::Validator &validator, MatchedContacts &contacts)
{
    if (!row.existingId || (row.action != Row::Action::Update && row.action != Row::Action::Skip))
        return;
    const bool overwrite = row.action == Row::Action::Skip ? true : validator.options().overwrite;
    if (!contacts.changes(row, validator.mapping(), validator.team(), overwrite))
        validator.markUnchanged(row);
}

} // namespace

QJsonObject ImportPlan::toJson() const
{
    return QJsonObject{{QStringLiteral("region"), options.region},
                       {QStringLiteral("update_existing"), options.updateExisting},
                       {QStringLiteral("overwrite"), options.overwrite},
                       {QStringLiteral("encoding"), Csv::encodingName(csv.encoding)},
                       {QStringLiteral("fixed_rows"), int(fixes.size())}};
}

const Import::Counts &Preview::counts() const
{
    static const Import::Counts none;
    return m_validator ? m_validator->counts() : none;
}

PreviewRow Preview::fix(qint64 line, const QStringList &fields)
{
    if (!m_validator)
        return {};
    Import::Row::Action before = Import::Row::Action::Invalid;
    bool beforeOwnerNotFound = false;
    bool known = false;
    const auto take = [&](const PreviewRow &row) {
        before = row.action;
        beforeOwnerNotFound = !row.unknownOwner.isEmpty();
        known = true;
    };
    if (const auto it = m_byLine.constFind(line); it != m_byLine.cend()) {
        take(*it);
    } else {
        for (const QList<PreviewRow> *list : {&attention, &first}) {
            const auto shown =
                std::find_if(list->cbegin(), list->cend(),
                             [line](const PreviewRow &row) { return row.line == line; });
            if (shown != list->cend()) {
                take(*shown);
                break;
            }
        }
    }
    if (known)
        m_validator->uncount(before, beforeOwnerNotFound);
    Csv::Record record;
    record.line = line;
    record.fields = fields;
    if (fields.size() != header.size())
        record.problem = tr("line %1: %2 fields where the header has %3")
                             .arg(line)
                             .arg(fields.size())
                             .arg(header.size());
    Row row = m_validator->check(record);
    m_validator->classify(row);
    MatchedContacts contacts(m_storeFile);
    noteUnchanged(row, *m_validator, contacts);
    const PreviewRow fixed = previewRow(row, fields);
    m_byLine.insert(line, fixed);
    for (QList<PreviewRow> *list : {&attention, &first})
        for (PreviewRow &shown : *list)
            if (shown.line == line)
                shown = fixed;
    return fixed;
}

bool ImportSession::isVCard(const QString &path, QIODevice *device)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return true;
    if (!device || !device->isOpen())
        return false;
    // A vCard saved under another name: its first line (after a BOM and
    // blank lines) says so.
    const QByteArray start = device->peek(256);
    qsizetype at = start.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < start.size() && (start.at(at) == '\r' || start.at(at) == '\n' ||
                                 start.at(at) == ' ' || start.at(at) == '\t'))
        ++at;
    return start.mid(at, 11).compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0;
}

Import::TeamIndex ImportSession::teamIndex(const Store::ContactStore &store)
{
    Import::TeamIndex team;
    store.forEachContact([&team](const Store::StoredContact &contact) {
        const QString phone = contact.fields.value(Field::phone).toString();
        const QString email = contact.fields.value(Field::email).toString().toLower();
        if (!phone.isEmpty())
            team.contactByPhone.insert(phone, contact.id);
        if (!email.isEmpty())
            team.contactByEmail.insert(email, contact.id);
        return true;
    });
    for (const Tag &tag : store.tags())
        team.tagByName.insert(tag.name.toLower(), tag.id);
    for (const TeamMember &member : store.members())
        team.memberByKey.insert(member.name.toLower(), member.id);
    return team;
}

QHash<QString, qint64> ImportSession::ownerChoices(const QSettings *settings)
{
    QHash<QString, qint64> choices;
    if (!settings)
        return choices;
    const QVariantMap saved = settings->value(Settings::importOwners).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        choices.insert(it.key(), it.value().toLongLong());
    return choices;
}

void ImportSession::setOwnerChoice(QSettings *settings, const QString &value, qint64 memberId)
{
    if (!settings)
        return;
    QVariantMap saved = settings->value(Settings::importOwners).toMap();
    if (memberId < 0)
        saved.remove(value.toLower());
    else
        saved.insert(value.toLower(), memberId);
    settings->setValue(Settings::importOwners, saved);
}

void ImportSession::applyOwnerChoices(Import::TeamIndex &team, const QSettings *settings,
                                      const QList<TeamMember> &members)
{
    QSet<qint64> known;
    for (const TeamMember &member : members)
        known.insert(member.id);
    const QHash<QString, qint64> choices = ownerChoices(settings);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        if (!team.memberByKey.contains(it.key()) && (it.value() == 0 || known.contains(it.value())))
            team.memberByKey.insert(it.key(), it.value());
}

void ImportSession::resolveOwnerEmails(Api::HeymarketClient *client, const ImportPlan &plan,
                                       Import::TeamIndex team, QObject *context,
                                       std::function<void(Import::TeamIndex, QString)> done)
{
    constexpr int perRequest = 100;
    QStringList emails;
    if (client)
        emails = plan.ownerEmails ? *plan.ownerEmails : ownerEmails(plan, team);
    if (emails.isEmpty()) {
        done(std::move(team), {});
        return;
    }
    // One request after the other; the index travels with them.
    struct Lookup
    {
        Import::TeamIndex team;
        QStringList emails;
        std::function<void(Import::TeamIndex, QString)> done;
        std::function<void()> next;
    };
    auto lookup = std::make_shared<Lookup>();
    lookup->team = std::move(team);
    lookup->emails = emails;
    lookup->done = std::move(done);
    lookup->next = [client, context, lookup]() {
        if (lookup->emails.isEmpty()) {
            auto finish = std::move(lookup->done);
            Import::TeamIndex result = std::move(lookup->team);
            lookup->next = nullptr; // breaks the cycle
            finish(std::move(result), {});
            return;
        }
        const QStringList chunk = lookup->emails.mid(0, perRequest);
        lookup->emails = lookup->emails.mid(perRequest);
        client->send(new Api::GetUsersRequest(client, {}, chunk), context,
                     [lookup](const Api::GetUsersRequest &request) {
                         if (request.error().isError()) {
                             auto finish = std::move(lookup->done);
                             Import::TeamIndex result = std::move(lookup->team);
                             lookup->next = nullptr;
                             finish(std::move(result), tr("Owner emails could not be looked up: %1")
                                                           .arg(request.error().describe()));
                             return;
                         }
                         for (const TeamUser &user : request.users()) {
                             const qint64 member =
                                 lookup->team.memberByKey.value(user.name.toLower(), user.id);
                             lookup->team.memberByKey.insert(user.email.toLower(), member);
                         }
                         lookup->next();
                     });
    };
    lookup->next();
}

QStringList ImportSession::ownerEmails(const ImportPlan &plan, const Import::TeamIndex &team)
{
    constexpr int maxEmails = 2000;
    QList<int> ownerColumns;
    for (int column = 0; column < plan.mapping.columns.size(); ++column)
        if (plan.mapping.columns.at(column).target == Target::Owner)
            ownerColumns.append(column);
    QStringList emails;
    if (ownerColumns.isEmpty())
        return emails;
    QSet<QString> seen;
    const OpenedCsv file(plan.path, plan.csv);
    Csv::Record record;
    while (file.ok() && emails.size() < maxEmails && file.reader->next(record)) {
        for (int column : std::as_const(ownerColumns)) {
            const QString value = record.fields.value(column).trimmed().toLower();
            if (value.contains(QLatin1Char('@')) && !team.memberByKey.contains(value) &&
                !seen.contains(value)) {
                seen.insert(value);
                emails.append(value);
            }
        }
    }
    return emails;
}

Preview ImportSession::header(const QString &path, const Csv::Options &csv, int samples)
{
    Preview preview;
    const OpenedCsv file(path, csv);
    preview.error = file.error;
    preview.errorLine = file.errorLine;
    if (!file.ok())
        return preview;
    preview.header = file.header.fields;
    preview.encoding = file.reader->encoding();
    preview.delimiter = file.reader->delimiter();
    Csv::Record record;
    while (preview.first.size() < samples && file.reader->next(record))
        preview.first.append({record.line, Row::Action::New, {}, record.fields, 0, {}, {}});
    preview.warnings = file.reader->warnings();
    if (!file.reader->error().isEmpty()) {
        preview.error = file.reader->error();
        preview.errorLine = file.reader->errorLine();
    }
    return preview;
}

Import::Mapping ImportSession::mappingFor(const QStringList &header, const QSettings *settings,
                                          const QList<CustomField> &teamFields, bool *remembered)
{
    const auto saved =
        settings
            ? Import::mappingFromJson(
                  settings->value(Import::mappingSettingsKey(header)).toJsonArray(), header.size())
            : std::nullopt;
    if (remembered)
        *remembered = saved.has_value();
    if (!saved)
        return Import::guessMapping(header, teamFields);
    // A column remembered as a new field whose field exists now (the import
    // that was remembered made it) is that field; one remembered as a field
    // that is gone is a new one of its title again.
    Import::Mapping mapping = *saved;
    for (Import::ColumnMapping &column : mapping.columns) {
        if (column.target != Import::Target::CustomField)
            continue;
        const auto byId =
            std::find_if(teamFields.cbegin(), teamFields.cend(),
                         [&](const CustomField &f) { return f.id == column.customFieldId; });
        if (column.customFieldId && byId != teamFields.cend())
            continue;
        column.customFieldId = 0;
        for (const CustomField &field : teamFields)
            if (field.title.compare(column.customTitle, Qt::CaseInsensitive) == 0)
                column.customFieldId = field.id;
    }
    return mapping;
}

Store::FileCheck ImportSession::fileCheck(const QString &path, QString *error)
{
    Store::FileCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(path, file.errorString());
        return check;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return check;
    }
    const QFileInfo info(path);
    check.size = info.size();
    check.modified = info.lastModified().toMSecsSinceEpoch();
    check.sha256 = hash.result().toHex();
    return check;
}

QString ImportSession::changeSince(const QString &path, const Store::FileCheck &checked, bool *gone)
{
    if (gone)
        *gone = false;
    if (!checked.isKnown())
        return {};
    if (!QFileInfo::exists(path)) {
        if (gone)
            *gone = true;
        return tr("%1 is no longer there (it was checked at %2 bytes).")
            .arg(path)
            .arg(checked.size);
    }
    const Store::FileCheck now = fileCheck(path);
    // The bytes decide: the same bytes with another time (touched, copied
    // back) are the file that was checked.
    if (now.size == checked.size && now.sha256 == checked.sha256)
        return {};
    if (!now.isKnown())
        return tr("%1 can no longer be read.").arg(path);
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs);
    };
    QStringList what;
    if (now.size != checked.size)
        what << tr("its size went from %1 to %2 bytes").arg(checked.size).arg(now.size);
    if (now.modified != checked.modified)
        what << tr("its modification time went from %1 to %2")
                    .arg(time(checked.modified), time(now.modified));
    if (now.sha256 != checked.sha256)
        what << tr("its content is different (SHA-256 %1… was %2…)")
                    .arg(QString::fromLatin1(now.sha256.left(12)),
                         QString::fromLatin1(checked.sha256.left(12)));
    return tr("%1 changed after it was checked: %2.").arg(path, what.join(QLatin1String("; ")));
}

Preview ImportSession::preview(const ImportPlan &plan, const Import::TeamIndex &team,
                               const std::function<bool(qint64, qint64)> &progress)
{
    Preview preview;
    // What is checked is recorded (size, time, hash) so that the upload can
    // tell a file that changed since; a change while it is read is refused.
    QString unreadable;
    preview.checked = fileCheck(plan.path, &unreadable);
    const OpenedCsv file(plan.path, plan.csv);
    preview.error = file.error;
    preview.errorLine = file.errorLine;
    if (!file.ok())
        return preview;
    Csv::RecordSource &reader = *file.reader;
    preview.header = file.header.fields;
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.m_validator =
        std::make_unique<Import::Validator>(file.header.fields, plan.mapping, team, plan.options);
    preview.m_storeFile = plan.storeFile;
    MatchedContacts contacts(plan.storeFile);
    QHash<QString, QString> ownerSpelling; // lower-case -> as first written
    const bool ok = Import::validateAll(
        reader, *preview.m_validator,
        [&](Row &row, const Csv::Record &record) {
            noteUnchanged(row, *preview.m_validator, contacts);
            ++preview.rows;
            if (!row.unknownOwner.isEmpty()) {
                const QString key = row.unknownOwner.toLower();
                QString &spelling = ownerSpelling[key];
                if (spelling.isEmpty() && ownerSpelling.size() <= Preview::maxUnknownOwners)
                    spelling = row.unknownOwner;
                if (!spelling.isEmpty())
                    ++preview.unknownOwners[spelling];
            }
            if (preview.first.size() < Preview::firstRows)
                preview.first.append(previewRow(row, record.fields));
            if (needsAttention(row)) {
                if (preview.attention.size() < Preview::maxKept)
                    preview.attention.append(previewRow(row, record.fields));
                else
                    preview.attentionCut = true;
            }
            if (progress && preview.rows % 4096 == 0)
                progress(reader.bytesRead(), reader.totalBytes());
        },
        plan.fixes);
    preview.warnings = reader.warnings();
    if (!ok) {
        preview.error = reader.error();
        preview.errorLine = reader.errorLine();
    } else if (!preview.checked.isKnown()) {
        preview.error = unreadable;
    } else if (const QString changed = changedWhileRead(plan.path, preview.checked);
               !changed.isEmpty()) {
        preview.error = tr("%1 Check it again once it is written.").arg(changed);
        preview.checked = {};
    }
    return preview;
}

qint64 ImportSession::stage(const ImportPlan &plan, Store::ContactStore *store, QString *error,
                            const Import::TeamIndex *given)
{
    const StagingRead read = readForStaging(plan, given ? *given : teamIndex(*store));
    return commitStaging(plan, read, store, error);
}

StagingRead ImportSession::readForStaging(const ImportPlan &plan, const Import::TeamIndex &team,
                                          const std::function<void(qint64, qint64)> &progress)
{
    StagingRead read;
    // The file must be the one that was checked: the rows are read again
    // here, and what the user saw is what is staged.
    read.checked = plan.checked;
    if (read.checked.isKnown()) {
        if (const QString changed = changeSince(plan.path, read.checked); !changed.isEmpty()) {
            read.error = changed;
            read.changed = true;
            return read;
        }
    } else {
        read.checked = fileCheck(plan.path);
    }
    const OpenedCsv file(plan.path, plan.csv);
    if (!file.ok()) {
        read.error = file.error;
        return read;
    }
    Csv::RecordSource &reader = *file.reader;
    Import::Validator validator(file.header.fields, plan.mapping, team, plan.options);
    MatchedContacts contacts(plan.storeFile);
    qint64 seen = 0;
    const bool ok = Import::validateAll(
        reader, validator,
        [&](Row &row, const Csv::Record &) {
            noteUnchanged(row, validator, contacts);
            if (row.action == Row::Action::New || row.action == Row::Action::Update)
                read.rows.append({row.line, row.action == Row::Action::Update ? row.existingId : 0,
                                  incomingFields(row, plan.mapping, team)});
            if (progress && ++seen % 4096 == 0)
                progress(reader.bytesRead(), reader.totalBytes());
        },
        plan.fixes);
    if (!ok) {
        read.error = reader.error();
        read.rows.clear();
        return read;
    }
    for (const Import::ColumnMapping &column : plan.mapping.columns)
        if (column.target == Target::CustomField && !column.customFieldId)
            read.newFields.append(column.customTitle);
    if (const QString changed = changedWhileRead(plan.path, read.checked); !changed.isEmpty()) {
        read.error = changed; // while it was read for staging
        read.changed = true;
        read.rows.clear();
    }
    return read;
}

qint64 ImportSession::commitStaging(const ImportPlan &plan, const StagingRead &read,
                                    Store::ContactStore *store, QString *error)
{
    if (!read.error.isEmpty()) {
        *error = read.error;
        return 0;
    }
    QList<Store::ImportRow> rows;
    rows.reserve(read.rows.size());
    const quint64 failuresBefore = store->failureCount();
    const auto storeFailed = [&] { return store->failureCount() != failuresBefore; };
    for (const StagingRead::Pending &pending : read.rows) {
        if (!pending.existingId) {
            Store::ImportRow out;
            out.line = pending.line;
            out.kind = Store::ImportRow::Kind::Create;
            out.body = pending.incoming;
            rows.append(out);
        } else if (!storeFailed()) {
            const auto existing = store->contact(pending.existingId);
            if (!existing)
                continue;
            Store::ImportRow out =
                updateRow(pending.line, pending.incoming, existing->id, existing->uuid,
                          existing->fields, plan.options.overwrite);
            if (out.body.size() > 1) // more than the phone: something changes
                rows.append(out);
        }
    }
    if (storeFailed()) {
        *error = store->lastError().describe();
        return 0;
    }
    QJsonObject options = plan.toJson();
    options.insert(QStringLiteral("new_fields"), read.newFields);
    const qint64 id = Store::ImportJournal(store).begin(plan.path, options, rows, read.checked);
    if (!id)
        *error = store->lastError().describe();
    return id;
}

qint64 ImportSession::writeRows(const ImportPlan &plan, const QHash<qint64, QString> &reasons,
                                QIODevice *out, QString *error)
{
    const OpenedCsv file(plan.path, plan.csv);
    if (!file.ok()) {
        *error = file.error;
        return -1;
    }
    Csv::RecordSource &reader = *file.reader;
    // These rows are corrected in a spreadsheet, likely: formula-safe
    // (each cell's value, guarded as the export for Excel guards it).
    Csv::Writer writer(out, false, reader.delimiter(), Csv::Formulas::Neutralised);
    const auto values = [](QStringList cells) {
        for (QString &cell : cells)
            if (QStringView value; Csv::unguarded(cell, &value))
                cell = value.toString();
        return cells;
    };
    writer.writeRow(values(file.header.fields) + QStringList{tr("Error")});
    Csv::Record record;
    qint64 count = 0;
    while (reader.next(record)) {
        const auto reason = reasons.constFind(record.line);
        if (reason == reasons.cend())
            continue;
        writer.writeRow(values(plan.fixes.value(record.line, record.fields)) +
                        QStringList{*reason});
        ++count;
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return -1;
    }
    if (!writer.ok()) {
        *error = tr("the rows could not be written: %1").arg(out->errorString());
        return -1;
    }
    return count;
}

} // namespace ContactDesk::Sync
