#include "sync/ContactExport.h"

#include "core/ContactFields.h"
#include "core/CsvWriter.h"
#include "core/ImportMapping.h"
#include "core/VCardReader.h"
#include "core/VCardWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace ContactDesk::Sync::ContactExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Sync::ContactExport", text);
}

struct Directory
{
    QList<CustomField> fields;
    QHash<qint64, QString> tagNames;
    QHash<qint64, QString> memberNames;
};

Directory directoryOf(const Store::ContactStore &store)
{
    Directory directory;
    directory.fields = store.customFields();
    for (const Tag &tag : store.tags())
        directory.tagNames.insert(tag.id, tag.name);
    for (const TeamMember &member : store.members())
        directory.memberNames.insert(member.id, member.name);
    return directory;
}

// The further channels of a type (the primary is the contact's phone or email).
QStringList furtherChannels(const QJsonObject &f, const QString &type, const QString &primary)
{
    QStringList values;
    for (const QJsonValue &value : f.value(Field::channels).toArray()) {
        const QJsonObject channel = value.toObject();
        const QString channelValue = channel.value(Field::channelValue).toString();
        if (channel.value(Field::channelType).toString() == type && !channelValue.isEmpty() &&
            channelValue.compare(primary, Qt::CaseInsensitive) != 0 &&
            !values.contains(channelValue, Qt::CaseInsensitive))
            values.append(channelValue);
    }
    return values;
}

QStringList rowOf(const Store::StoredContact &contact, const Directory &directory)
{
    const QJsonObject &f = contact.fields;
    const auto text = [&f](QLatin1String key) { return f.value(key).toString(); };
    QStringList tags;
    for (const QJsonValue &id : f.value(Field::tags).toArray())
        tags.append(directory.tagNames.value(id.toInteger(), QString::number(id.toInteger())));
    const QJsonValue owner = f.value(Field::owner);
    QStringList row{
        text(Field::first), text(Field::last), text(Field::displayName),
        text(Field::phone).isEmpty() ? QString() : QLatin1Char('+') + text(Field::phone),
        text(Field::email),
        // Not known (the server's contacts need not say): left empty, which
        // an import reads as not given, rather than a "no" nobody said.
        !f.contains(Field::optedOut)        ? QString()
        : f.value(Field::optedOut).toBool() ? QStringLiteral("yes")
                                            : QStringLiteral("no"),
        owner.isNull() || owner.isUndefined() ? QString()
                                              : directory.memberNames.value(owner.toInteger()),
        tags.join(QLatin1Char(';'))};
    for (const CustomField &field : directory.fields)
        row.append(f.value(Field::custom(field.id)).toString());
    // A further phone and email channel (the primary ones are above).
    const QString otherPhone = furtherChannels(f, ChannelType::phone, text(Field::phone)).value(0);
    const QString otherEmail = furtherChannels(f, ChannelType::email, text(Field::email)).value(0);
    row << (otherPhone.isEmpty() ? QString() : QLatin1Char('+') + otherPhone) << otherEmail;
    return row;
}

struct VCardFields
{
    qint64 organization = 0;
    qint64 note = 0;
};

// The team's fields a vCard's ORG and NOTE import into.
VCardFields vCardFieldsOf(const QList<CustomField> &fields)
{
    const QStringList columns = VCard::Reader::columns();
    const Import::Mapping mapping = Import::guessMapping(columns, fields);
    VCardFields out;
    const auto fieldOf = [&](const QString &column) {
        const Import::ColumnMapping map = mapping.columns.value(int(columns.indexOf(column)));
        return map.target == Import::Target::CustomField ? map.customFieldId : 0;
    };
    out.organization = fieldOf(QStringLiteral("Organization"));
    out.note = fieldOf(QStringLiteral("Note"));
    return out;
}

VCard::Card cardOf(const Store::StoredContact &contact, const Directory &directory,
                   const VCardFields &fields)
{
    const QJsonObject &f = contact.fields;
    const auto text = [&f](QLatin1String key) { return f.value(key).toString(); };
    VCard::Card card;
    card.fullName = text(Field::displayName);
    card.first = text(Field::first);
    card.last = text(Field::last);
    if (!text(Field::phone).isEmpty())
        card.phones.append(text(Field::phone));
    card.phones += furtherChannels(f, ChannelType::phone, text(Field::phone));
    if (!text(Field::email).isEmpty())
        card.emails.append(text(Field::email));
    card.emails += furtherChannels(f, ChannelType::email, text(Field::email));
    for (const QJsonValue &id : f.value(Field::tags).toArray())
        card.categories.append(
            directory.tagNames.value(id.toInteger(), QString::number(id.toInteger())));
    if (fields.organization)
        card.organization = f.value(Field::custom(fields.organization)).toString();
    if (fields.note)
        card.note = f.value(Field::custom(fields.note)).toString();
    const QJsonValue owner = f.value(Field::owner);
    if (!owner.isNull() && !owner.isUndefined())
        card.owner = directory.memberNames.value(owner.toInteger());
    if (f.contains(Field::optedOut)) // known (as in the CSV: not said otherwise)
        card.optedOut = f.value(Field::optedOut).toBool();
    for (const CustomField &field : directory.fields) {
        if (field.id == fields.organization || field.id == fields.note)
            continue;
        const QString value = f.value(Field::custom(field.id)).toString();
        if (!value.isEmpty())
            card.fields.append({field.title, value});
    }
    return card;
}

// Each contact (all when ids is empty) to write(); -1 with error set when
// the store failed a read (a file with contacts missing would look complete).
template<typename Write, typename Ok>
qint64 forEachExported(const Store::ContactStore &store, const QList<qint64> &ids,
                       QIODevice *device, QString *error, Write write, Ok ok)
{
    const quint64 failuresBefore = store.failureCount();
    qint64 count = 0;
    if (ids.isEmpty()) {
        store.forEachContact([&](const Store::StoredContact &contact) {
            write(contact);
            ++count;
            return ok();
        });
    } else {
        for (qint64 id : ids) {
            if (const auto contact = store.contact(id)) {
                write(*contact);
                ++count;
            }
            if (!ok())
                break;
        }
    }
    if (store.failureCount() != failuresBefore) {
        *error = store.lastError().describe();
        return -1;
    }
    if (!ok()) {
        *error = tr("the file could not be written: %1").arg(device->errorString());
        return -1;
    }
    return count;
}

} // namespace

bool isVCardName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

qint64 writeVCard(const Store::ContactStore &store, const QList<qint64> &ids, QIODevice *device,
                  QString *error)
{
    const Directory directory = directoryOf(store);
    const VCardFields fields = vCardFieldsOf(directory.fields);
    VCard::Writer writer(device);
    return forEachExported(
        store, ids, device, error,
        [&](const Store::StoredContact &contact) {
            writer.writeCard(cardOf(contact, directory, fields));
        },
        [&writer] { return writer.ok(); });
}

QStringList header(const Store::ContactStore &store)
{
    QStringList columns{QStringLiteral("First Name"),   QStringLiteral("Last Name"),
                        QStringLiteral("Display Name"), QStringLiteral("Phone Number"),
                        QStringLiteral("Email"),        QStringLiteral("Opt Out"),
                        QStringLiteral("Owner"),        QStringLiteral("List")};
    for (const CustomField &field : store.customFields())
        columns.append(field.title);
    // A further channel of each kind; "Other Email" beside "Other Phone"
    // (an "Email Address" column next to "Email" read as the same thing twice).
    columns << QStringLiteral("Other Phone") << QStringLiteral("Other Email");
    return columns;
}

qint64 write(const Store::ContactStore &store, const QList<qint64> &ids, QIODevice *device,
             bool forExcel, QString *error)
{
    const Directory directory = directoryOf(store);
    Csv::Writer writer(device, forExcel, u',',
                       forExcel ? Csv::Formulas::Neutralised : Csv::Formulas::Kept);
    writer.writeRow(header(store));
    return forEachExported(
        store, ids, device, error,
        [&](const Store::StoredContact &contact) { writer.writeRow(rowOf(contact, directory)); },
        [&writer] { return writer.ok(); });
}

} // namespace ContactDesk::Sync::ContactExport
