#include "cli/ContactView.h"

#include "cli/Output.h"
#include "core/ContactFields.h"
#include "core/Phone.h"

#include <QJsonArray>

namespace ContactDesk::Cli {

namespace {

QString text(const QJsonObject &fields, QLatin1String key)
{
    return fields.value(key).toString();
}

QString displayedPhone(const QString &digits)
{
    return digits.isEmpty() ? QString() : Phone::formatForDisplay(digits);
}

} // namespace

QString ContactView::name(const QJsonObject &fields)
{
    QString name = text(fields, Field::displayName);
    if (name.isEmpty())
        name = QStringList{text(fields, Field::first), text(fields, Field::last)}
                   .join(QLatin1Char(' '))
                   .trimmed();
    if (name.isEmpty())
        name = displayedPhone(text(fields, Field::phone));
    if (name.isEmpty())
        name = text(fields, Field::email);
    return name;
}

QString ContactView::line(const Store::StoredContact &contact)
{
    // One line, tab-separated: a tab or line break inside a value is
    // shown escaped, so it cannot make a column or a contact of its own.
    const QJsonObject &f = contact.fields;
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(contact.id)
        .arg(visible(text(f, Field::displayName)),
             visible(Phone::formatForDisplay(text(f, Field::phone))),
             visible(text(f, Field::email)));
}

QString ContactView::fieldLabel(const Store::ContactStore &store, const QString &key)
{
    return Field::label(key, store.customFields());
}

namespace {

// "active", "opted-out", "blocked": the words --status takes.
QString statusWord(const QJsonObject &fields)
{
    if (fields.value(Field::blocked).toBool())
        return QStringLiteral("blocked");
    if (fields.value(Field::optedOut).toBool())
        return QStringLiteral("opted-out");
    return QStringLiteral("active");
}

QString syncWord(Store::StoredContact::State state)
{
    switch (state) {
    case Store::StoredContact::State::Synced:
        return QStringLiteral("synced");
    case Store::StoredContact::State::Pending:
        return QStringLiteral("pending");
    case Store::StoredContact::State::Failed:
        return QStringLiteral("failed");
    case Store::StoredContact::State::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

} // namespace

QJsonObject ContactView::toJson(const Store::ContactStore &store,
                                const Store::StoredContact &contact)
{
    const QJsonObject &f = contact.fields;
    QJsonObject object{{QStringLiteral("id"), contact.id},
                       {QStringLiteral("uuid"), contact.uuid},
                       {QStringLiteral("name"), name(f)},
                       {Field::first, text(f, Field::first)},
                       {Field::last, text(f, Field::last)},
                       {Field::displayName, text(f, Field::displayName)},
                       {Field::phone, text(f, Field::phone)},
                       {Field::email, text(f, Field::email)},
                       {Field::optedOut, f.value(Field::optedOut).toBool()},
                       {Field::blocked, f.value(Field::blocked).toBool()},
                       {Field::status, statusWord(f)}};

    QJsonValue owner(QJsonValue::Null);
    if (const QJsonValue id = f.value(Field::owner); id.isDouble()) {
        QJsonObject member{{QStringLiteral("id"), id.toInteger()},
                           {QStringLiteral("name"), QJsonValue(QJsonValue::Null)}};
        for (const TeamMember &m : store.members())
            if (m.id == id.toInteger())
                member.insert(QStringLiteral("name"), m.name);
        owner = member;
    }
    object.insert(Field::owner, owner);

    const QList<Tag> teamTags = store.tags();
    QJsonArray tags;
    for (const QJsonValue &id : f.value(Field::tags).toArray()) {
        QJsonObject tag{{QStringLiteral("id"), id.toInteger()},
                        {QStringLiteral("name"), QJsonValue(QJsonValue::Null)}};
        for (const Tag &t : teamTags)
            if (t.id == id.toInteger())
                tag.insert(QStringLiteral("name"), t.name);
        tags.append(tag);
    }
    object.insert(Field::tags, tags);

    QJsonObject custom;
    for (const CustomField &field : store.customFields()) {
        const QString value = f.value(Field::custom(field.id)).toString();
        if (!value.isEmpty())
            custom.insert(field.title, value);
    }
    object.insert(QStringLiteral("custom"), custom);

    QJsonArray channels;
    for (const QJsonValue &channel : f.value(Field::channels).toArray())
        channels.append(QJsonObject{
            {Field::channelType, channel.toObject().value(Field::channelType).toString()},
            {Field::channelValue, channel.toObject().value(Field::channelValue).toString()}});
    object.insert(Field::channels, channels);

    object.insert(QStringLiteral("sync"),
                  QJsonObject{{QStringLiteral("state"), syncWord(contact.state)},
                              {QStringLiteral("error"), contact.error}});
    return object;
}

QStringList ContactView::toText(const Store::ContactStore &store,
                                const Store::StoredContact &contact)
{
    const QJsonObject json = toJson(store, contact);
    const auto value = [&json](QLatin1String key) { return json.value(key).toString(); };
    QList<QPair<QString, QString>> rows;
    const auto row = [&rows](const QString &label, const QString &shown) {
        rows.append({label, shown});
    };
    row(tr("Id"), contact.uuid.isEmpty()
                      ? QString::number(contact.id)
                      : tr("%1 (UUID %2)").arg(QString::number(contact.id), contact.uuid));
    if (!value(Field::first).isEmpty())
        row(fieldLabel(store, Field::first), value(Field::first));
    if (!value(Field::last).isEmpty())
        row(fieldLabel(store, Field::last), value(Field::last));
    if (!value(Field::displayName).isEmpty())
        row(fieldLabel(store, Field::displayName), value(Field::displayName));
    if (!value(Field::phone).isEmpty())
        row(fieldLabel(store, Field::phone), Phone::formatForDisplay(value(Field::phone)));
    if (!value(Field::email).isEmpty())
        row(fieldLabel(store, Field::email), value(Field::email));

    const bool blocked = json.value(Field::blocked).toBool();
    const bool optedOut = json.value(Field::optedOut).toBool();
    row(tr("Status"), blocked && optedOut ? tr("blocked and opted out")
                      : blocked           ? tr("blocked")
                      : optedOut          ? tr("opted out")
                                          : tr("active"));

    const QJsonValue owner = json.value(Field::owner);
    row(fieldLabel(store, Field::owner),
        owner.isNull() ? tr("nobody")
        : owner.toObject().value(QStringLiteral("name")).isString()
            ? owner.toObject().value(QStringLiteral("name")).toString()
            : tr("member %1").arg(owner.toObject().value(QStringLiteral("id")).toInteger()));

    QStringList tags;
    for (const QJsonValue &tag : json.value(Field::tags).toArray()) {
        const QJsonObject t = tag.toObject();
        tags.append(t.value(QStringLiteral("name")).isString()
                        ? t.value(QStringLiteral("name")).toString()
                        : tr("tag %1").arg(t.value(QStringLiteral("id")).toInteger()));
    }
    row(fieldLabel(store, Field::tags),
        tags.isEmpty() ? tr("none") : tags.join(QLatin1String(", ")));

    const QJsonObject custom = json.value(QStringLiteral("custom")).toObject();
    for (const CustomField &field : store.customFields())
        if (custom.contains(field.title))
            row(field.title, custom.value(field.title).toString());

    QStringList channels;
    for (const QJsonValue &channel : json.value(Field::channels).toArray()) {
        const QString type = channel.toObject().value(Field::channelType).toString();
        const QString address = channel.toObject().value(Field::channelValue).toString();
        channels.append(QStringLiteral("%1 %2").arg(
            type, type == ChannelType::phone ? Phone::formatForDisplay(address) : address));
    }
    if (!channels.isEmpty())
        row(fieldLabel(store, Field::channels), channels.join(QLatin1String(", ")));

    QString sync;
    switch (contact.state) {
    case Store::StoredContact::State::Synced:
        sync = tr("synced");
        break;
    case Store::StoredContact::State::Pending:
        sync = tr("waiting to be sent");
        break;
    case Store::StoredContact::State::Failed:
        sync = tr("refused by the server: %1").arg(contact.error);
        break;
    case Store::StoredContact::State::Conflict:
        sync = tr("in conflict with a change on the server");
        break;
    }
    row(tr("Sync"), sync);

    qsizetype width = 0;
    for (const auto &[label, shown] : std::as_const(rows))
        width = std::max(width, label.size());
    // Every value on its own line: line breaks and tabs in it shown escaped.
    QStringList lines{visible(json.value(QStringLiteral("name")).toString())};
    for (const auto &[label, shown] : std::as_const(rows))
        lines.append(QLatin1String("  ") + visible(label) + QLatin1Char(':') +
                     QString(width - label.size() + 2, QLatin1Char(' ')) + visible(shown));
    return lines;
}

void ContactView::print(const Store::ContactStore &store, const Store::StoredContact &contact,
                        bool json)
{
    if (json) {
        printJson(toJson(store, contact));
        return;
    }
    for (const QString &line : toText(store, contact))
        out(line);
}

void ContactView::printList(const QList<Store::StoredContact> &contacts, bool json)
{
    if (!json) {
        for (const Store::StoredContact &c : contacts)
            out(line(c));
        return;
    }
    QJsonArray array;
    for (const Store::StoredContact &c : contacts) {
        QJsonObject object = c.fields;
        object.insert(QStringLiteral("id"), c.id);
        array.append(object);
    }
    printJson(array);
}

} // namespace ContactDesk::Cli
