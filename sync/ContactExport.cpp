#include "sync/ContactExport.h"

#include "core/ContactFields.h"
#include "core/CsvWriter.h"

#include <QCoreApplication>
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

QStringList rowOf(const Store::StoredContact &contact, const Directory &directory)
{
    const QJsonObject &f = contact.fields;
    const auto text = [&f](QLatin1String key) { return f.value(key).toString(); };
    QStringList tags;
    for (const QJsonValue &id : f.value(Field::tags).toArray())
        tags.append(directory.tagNames.value(id.toInteger(), QString::number(id.toInteger())));
    const QJsonValue owner = f.value(Field::owner);
    QStringList row{
        text(Field::first),
        text(Field::last),
        text(Field::displayName),
        text(Field::phone).isEmpty() ? QString() : QLatin1Char('+') + text(Field::phone),
        text(Field::email),
        f.value(Field::optedOut).toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
        owner.isNull() || owner.isUndefined() ? QString()
                                              : directory.memberNames.value(owner.toInteger()),
        tags.join(QLatin1Char(';'))};
    for (const CustomField &field : directory.fields)
        row.append(f.value(Field::custom(field.id)).toString());
    // A further phone and email channel (the primary ones are above).
    QString otherPhone;
    QString otherEmail;
    for (const QJsonValue &value : f.value(Field::channels).toArray()) {
        const QJsonObject channel = value.toObject();
        const QString type = channel.value(Field::channelType).toString();
        const QString channelValue = channel.value(Field::channelValue).toString();
        if (type == ChannelType::phone && otherPhone.isEmpty() &&
            channelValue != text(Field::phone))
            otherPhone = QLatin1Char('+') + channelValue;
        else if (type == ChannelType::email && otherEmail.isEmpty() &&
                 channelValue.compare(text(Field::email), Qt::CaseInsensitive) != 0)
            otherEmail = channelValue;
    }
    row << otherPhone << otherEmail;
    return row;
}

} // namespace

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
    const quint64 failuresBefore = store.failureCount();
    const Directory directory = directoryOf(store);
    Csv::Writer writer(device, forExcel, u',',
                       forExcel ? Csv::Formulas::Neutralised : Csv::Formulas::Kept);
    writer.writeRow(header(store));
    qint64 count = 0;
    if (ids.isEmpty()) {
        store.forEachContact([&](const Store::StoredContact &contact) {
            writer.writeRow(rowOf(contact, directory));
            ++count;
            return writer.ok();
        });
    } else {
        for (qint64 id : ids) {
            if (const auto contact = store.contact(id)) {
                writer.writeRow(rowOf(*contact, directory));
                ++count;
            }
            if (!writer.ok())
                break;
        }
    }
    if (store.failureCount() != failuresBefore) {
        // A file with contacts missing would look complete: say so instead.
        *error = store.lastError().describe();
        return -1;
    }
    if (!writer.ok()) {
        *error = tr("the file could not be written: %1").arg(device->errorString());
        return -1;
    }
    return count;
}

} // namespace ContactDesk::Sync::ContactExport
