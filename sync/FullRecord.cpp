#include "sync/FullRecord.h"

#include "core/ContactFields.h"

#include <QJsonArray>

namespace ContactDesk::Sync {

namespace {

QString followedName(const QString &first, const QString &last)
{
    return QString(first + QLatin1Char(' ') + last).trimmed();
}

// Whether the contact's display name is the default one (spec 3: "defaults
// to first + last when not given"), or, with no names, the phone or email a
// server may show instead: it is then left to follow the names.
bool followsNames(const Contact &c)
{
    if (c.displayName.isEmpty() || c.displayName == followedName(c.first, c.last))
        return true;
    return c.first.isEmpty() && c.last.isEmpty() &&
           (c.displayName == c.phone || c.displayName.compare(c.email, Qt::CaseInsensitive) == 0);
}

} // namespace

FullRecord fullRecord(const Contact &server, const QJsonObject &changes, CustomValues custom)
{
    FullRecord record;
    ContactWrite &w = record.write;
    const auto text = [&changes](QLatin1String key, const QString &current) {
        const QJsonValue changed = changes.value(key);
        return changed.isUndefined() ? current : changed.toString();
    };
    // Names, phone and email: each sent when it has a value or is changed
    // (an empty one omitted is empty in either reading).
    const auto put = [&changes](std::optional<QString> &slot, QLatin1String key,
                                const QString &value) {
        if (!value.isEmpty() || changes.contains(key))
            slot = value;
    };
    const QString first = text(Field::first, server.first);
    const QString last = text(Field::last, server.last);
    put(w.first, Field::first, first);
    put(w.last, Field::last, last);
    put(w.phone, Field::phone, text(Field::phone, server.phone)); // required on a v1 update
    put(w.email, Field::email, text(Field::email, server.email));
    if (!server.avatar.isEmpty())
        w.avatar = server.avatar;

    // The display name: the user's when changed; kept when set apart from the
    // names; when it follows the names and they change, the new default is
    // sent (a server that leaves an omitted display name alone would keep
    // the old names in it); otherwise omitted (it follows, or stays).
    if (changes.contains(Field::displayName)) {
        w.displayName = changes.value(Field::displayName).toString();
    } else if (!followsNames(server)) {
        w.displayName = server.displayName;
    } else if (first != server.first || last != server.last) {
        const QString name = followedName(first, last);
        if (!name.isEmpty())
            w.displayName = name;
    }

    // Tags and owner: always the whole desired value (the tag set replaces
    // or merges, the spec does not say: the full set is right either way).
    if (changes.contains(Field::tags)) {
        QList<qint64> ids;
        const QJsonArray array = changes.value(Field::tags).toArray();
        for (const QJsonValue &id : array)
            ids.append(id.toInteger());
        w.tagIds = ids;
    } else {
        w.tagIds = server.tagIds;
    }
    if (changes.contains(Field::owner)) {
        const QJsonValue owner = changes.value(Field::owner);
        w.owner =
            owner.isNull() ? std::optional<qint64>() : std::optional<qint64>(owner.toInteger());
    } else {
        w.owner = server.ownerId; // none: -1, unassigned as it is
    }
    if (changes.contains(Field::optedOut))
        w.optedOut = changes.value(Field::optedOut).toBool();

    QMap<QString, QString> set;
    QStringList cleared;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!Field::isCustom(it.key()))
            continue;
        const QString value = it.value().toString();
        if (value.isEmpty())
            cleared.append(Field::customId(it.key()));
        else
            set.insert(Field::customId(it.key()), value);
    }
    if (custom == CustomValues::Whole || !cleared.isEmpty()) {
        QMap<QString, QString> whole;
        for (auto it = server.custom.cbegin(); it != server.custom.cend(); ++it)
            if (!it.value().isEmpty() && !cleared.contains(it.key()))
                whole.insert(it.key(), it.value());
        for (auto it = set.cbegin(); it != set.cend(); ++it)
            whole.insert(it.key(), it.value());
        w.custom = whole;
        record.overwriteCustom = true;
    } else if (!set.isEmpty()) {
        w.custom = set; // overwrite=false: only the values we set
    }
    return record;
}

void dropEmptyCustom(ContactWrite &write)
{
    if (!write.custom)
        return;
    for (auto it = write.custom->begin(); it != write.custom->end();)
        it = it.value().isEmpty() ? write.custom->erase(it) : std::next(it);
    if (write.custom->isEmpty())
        write.custom.reset();
}

} // namespace ContactDesk::Sync
