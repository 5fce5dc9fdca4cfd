#include "core/ContactFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ContactDesk {

QString Field::custom(qint64 fieldId)
{
    return customPrefix + QString::number(fieldId);
}

QString Field::custom(const QString &fieldId)
{
    return customPrefix + fieldId;
}

bool Field::isCustom(const QString &key)
{
    return key.startsWith(customPrefix);
}

QString Field::customId(const QString &key)
{
    return isCustom(key) ? key.mid(customPrefix.size()) : QString();
}

bool Field::isWritableOnCreate(const QString &key)
{
    return key == first || key == last || key == displayName || key == email || key == phone ||
           key == tags || key == owner || isCustom(key);
}

QString Field::label(const QString &key, const QList<CustomField> &customFields)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ContactDesk::Field", text);
    };
    if (isCustom(key)) {
        const QString id = customId(key);
        for (const CustomField &field : customFields)
            if (QString::number(field.id) == id)
                return field.title;
        return key;
    }
    if (key == first)
        return tr("First name");
    if (key == last)
        return tr("Last name");
    if (key == displayName)
        return tr("Display name");
    if (key == phone)
        return tr("Phone");
    if (key == email)
        return tr("Email");
    if (key == owner)
        return tr("Owner");
    if (key == tags)
        return tr("Tags");
    if (key == optedOut || key == blocked)
        return tr("Status");
    if (key == channels)
        return tr("Channels");
    return key;
}

QJsonValue Field::emptyValue(const QString &key)
{
    if (key == owner)
        return QJsonValue(QJsonValue::Null);
    if (key == tags || key == channels)
        return QJsonArray();
    if (key == optedOut || key == blocked)
        return false;
    return QString();
}

QJsonObject ContactFields::fromContact(const Contact &c)
{
    QJsonObject fields{
        {Field::first, c.first},
        {Field::last, c.last},
        {Field::displayName, c.displayName},
        {Field::email, c.email},
        {Field::phone, c.phone},
        {Field::owner, c.ownerId ? QJsonValue(*c.ownerId) : QJsonValue(QJsonValue::Null)}};
    if (c.optedOutKnown)
        fields.insert(Field::optedOut, c.optedOut);
    QJsonArray tags;
    for (qint64 tag : c.tagIds)
        tags.append(tag);
    fields.insert(Field::tags, tags);
    for (auto it = c.custom.cbegin(); it != c.custom.cend(); ++it)
        fields.insert(Field::custom(it.key()), it.value());
    if (!c.channels.isEmpty()) {
        QJsonArray channels;
        for (const Channel &channel : c.channels)
            channels.append(QJsonObject{{Field::channelType, channel.type},
                                        {Field::channelValue, channel.value}});
        fields.insert(Field::channels, channels);
    }
    return fields;
}

ContactWrite ContactFields::toWrite(const QJsonObject &fields)
{
    ContactWrite write;
    const auto textOf = [&fields](QLatin1String key) -> std::optional<QString> {
        const QJsonValue value = fields.value(key);
        if (value.isUndefined())
            return std::nullopt;
        return value.toString();
    };
    write.first = textOf(Field::first);
    write.last = textOf(Field::last);
    write.displayName = textOf(Field::displayName);
    write.email = textOf(Field::email);
    write.phone = textOf(Field::phone);
    if (fields.contains(Field::optedOut))
        write.optedOut = fields.value(Field::optedOut).toBool();
    if (fields.contains(Field::owner)) {
        const QJsonValue owner = fields.value(Field::owner);
        write.owner =
            owner.isNull() ? std::optional<qint64>() : std::optional<qint64>(owner.toInteger());
    }
    if (fields.contains(Field::tags)) {
        QList<qint64> tags;
        const QJsonArray array = fields.value(Field::tags).toArray();
        for (const QJsonValue &tag : array)
            tags.append(tag.toInteger());
        write.tagIds = tags;
    }
    QMap<QString, QString> custom;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (Field::isCustom(it.key()))
            custom.insert(Field::customId(it.key()), it.value().toString());
    }
    if (!custom.isEmpty())
        write.custom = custom;
    return write;
}

} // namespace ContactDesk
