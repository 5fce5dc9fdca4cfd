#include "core/ImportMapping.h"

#include "core/CsvWriter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace ContactDesk::Import {

namespace {

// "E-mail 1 - Value" -> "email1value"
QString normalized(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

struct Known
{
    const char *key;
    Target target;
};

// Headers by normalised name. Numbered Google/Outlook columns are matched
// by pattern below.
constexpr Known knownHeaders[] = {
    // Heymarket's importer
    {"firstname", Target::First},
    {"lastname", Target::Last},
    {"phonenumber", Target::Phone},
    {"email", Target::Email},
    {"optout", Target::OptOut},
    {"owner", Target::Owner},
    {"list", Target::Tags},
    // Common variants
    {"first", Target::First},
    {"last", Target::Last},
    {"name", Target::DisplayName},
    {"fullname", Target::DisplayName},
    {"displayname", Target::DisplayName},
    {"phone", Target::Phone},
    {"mobile", Target::Phone},
    {"mobilephone", Target::Phone},
    {"cellphone", Target::Phone},
    {"emailaddress", Target::Email},
    {"tags", Target::Tags},
    {"tag", Target::Tags},
    {"optedout", Target::OptOut},
    {"unsubscribed", Target::OptOut},
    // Google Contacts
    {"givenname", Target::First},
    {"familyname", Target::Last},
    {"labels", Target::Tags},
    {"groupmembership", Target::Tags},
    // Outlook
    {"businessphone", Target::ExtraPhone},
    {"homephone", Target::ExtraPhone},
    {"otherphone", Target::ExtraPhone},
    {"otheremail", Target::ExtraEmail}, // ContactDesk's own export
    {"categories", Target::Tags},
    // HubSpot
    {"mobilephonenumber", Target::Phone},
    {"contactowner", Target::Owner},
    {"hubspotowner", Target::Owner},
};

// Columns of an export that carry no contact data worth keeping.
const QSet<QString> &ignoredHeaders()
{
    static const QSet<QString> ignored{
        QStringLiteral("phone1type"),       QStringLiteral("phone2type"),
        QStringLiteral("phone3type"),       QStringLiteral("email1type"),
        QStringLiteral("email2type"),       QStringLiteral("email3type"),
        QStringLiteral("recordid"),         QStringLiteral("emailtype"),
        QStringLiteral("emaildisplayname"),
    };
    return ignored;
}

Target patternTarget(const QString &key)
{
    // Google: "Phone 1 - Value", "E-mail 2 - Value"; Outlook: "E-mail 2 Address".
    static const QRegularExpression phone(QStringLiteral("^phone\\d+value$"));
    static const QRegularExpression email(
        QStringLiteral("^(e)?mail\\d+(value|address)$|^email\\d+$"));
    if (phone.match(key).hasMatch())
        return Target::ExtraPhone; // the first one becomes primary below
    if (email.match(key).hasMatch())
        return Target::ExtraEmail;
    return Target::Ignore;
}

QString detectLayout(const QSet<QString> &keys)
{
    if (keys.contains(QStringLiteral("phone1value")) ||
        keys.contains(QStringLiteral("givenname")) ||
        keys.contains(QStringLiteral("groupmembership")) || keys.contains(QStringLiteral("labels")))
        return QStringLiteral("Google Contacts");
    if (keys.contains(QStringLiteral("emailaddress")) &&
        (keys.contains(QStringLiteral("mobilephone")) ||
         keys.contains(QStringLiteral("categories"))))
        return QStringLiteral("Outlook");
    if (keys.contains(QStringLiteral("contactowner")) ||
        keys.contains(QStringLiteral("recordid")) ||
        keys.contains(QStringLiteral("lifecyclestage")))
        return QStringLiteral("HubSpot");
    if (keys.contains(QStringLiteral("phonenumber")) && keys.contains(QStringLiteral("optout")))
        return QStringLiteral("Heymarket");
    return {};
}

} // namespace

Mapping guessMapping(const QStringList &header, const QList<CustomField> &teamFields)
{
    static const QHash<QString, Target> known = [] {
        QHash<QString, Target> table;
        for (const Known &entry : knownHeaders)
            table.insert(QString::fromLatin1(entry.key), entry.target);
        return table;
    }();
    QHash<QString, qint64> fieldsByTitle;
    for (const CustomField &field : teamFields)
        fieldsByTitle.insert(normalized(field.title), field.id);

    Mapping mapping;
    QSet<QString> keys;
    bool havePhone = false;
    bool haveEmail = false;
    for (const QString &cell : header) {
        // A title guarded against formulas (a custom field "=total" in an
        // export for Excel) is its value.
        QStringView unquoted;
        const QString title = Csv::unguarded(cell, &unquoted) ? unquoted.toString() : cell;
        const QString key = normalized(title);
        keys.insert(key);
        ColumnMapping column;
        if (key.isEmpty() || ignoredHeaders().contains(key)) {
            column.target = Target::Ignore;
        } else if (const auto it = known.constFind(key); it != known.cend()) {
            column.target = *it;
        } else if (const Target target = patternTarget(key); target != Target::Ignore) {
            column.target = target;
        } else if (key.endsWith(QLatin1String("type")) && (key.startsWith(QLatin1String("phone")) ||
                                                           key.contains(QLatin1String("mail")))) {
            column.target = Target::Ignore; // Google's "Phone 1 - Type"
        } else {
            column.target = Target::CustomField;
            column.customFieldId = fieldsByTitle.value(key, 0);
            column.customTitle = title.trimmed();
        }
        // The first phone and email are the primary ones; others are channels.
        if (column.target == Target::Phone || column.target == Target::ExtraPhone) {
            column.target = havePhone ? Target::ExtraPhone : Target::Phone;
            havePhone = true;
        } else if (column.target == Target::Email || column.target == Target::ExtraEmail) {
            column.target = haveEmail ? Target::ExtraEmail : Target::Email;
            haveEmail = true;
        }
        mapping.columns.append(column);
    }
    mapping.layout = detectLayout(keys);
    return mapping;
}

QString layoutKey(const QStringList &header)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &title : header)
        keys.append(normalized(title));
    return keys.join(QLatin1Char('|'));
}

namespace {

struct TargetName
{
    Target target;
    const char *name;
};

constexpr TargetName targetNames[] = {
    {Target::Ignore, "ignore"},  {Target::First, "first"},
    {Target::Last, "last"},      {Target::DisplayName, "name"},
    {Target::Phone, "phone"},    {Target::ExtraPhone, "other-phone"},
    {Target::Email, "email"},    {Target::ExtraEmail, "other-email"},
    {Target::Tags, "tags"},      {Target::Owner, "owner"},
    {Target::OptOut, "opt-out"},
};

} // namespace

QString targetName(const ColumnMapping &column)
{
    if (column.target == Target::CustomField)
        return QStringLiteral("custom:") + column.customTitle;
    for (const TargetName &entry : targetNames)
        if (entry.target == column.target)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<ColumnMapping> parseTarget(const QString &name, const QList<CustomField> &teamFields)
{
    const QString text = name.trimmed();
    if (text.startsWith(QLatin1String("custom:"), Qt::CaseInsensitive)) {
        ColumnMapping column;
        column.target = Target::CustomField;
        column.customTitle = text.mid(7).trimmed();
        if (column.customTitle.isEmpty())
            return std::nullopt;
        for (const CustomField &field : teamFields) {
            if (field.title.compare(column.customTitle, Qt::CaseInsensitive) == 0) {
                column.customFieldId = field.id;
                column.customTitle = field.title;
            }
        }
        return column;
    }
    for (const TargetName &entry : targetNames)
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return ColumnMapping{entry.target, 0, {}};
    return std::nullopt;
}

int findColumn(const QStringList &header, const QString &title)
{
    const QString wanted = normalized(title);
    for (int column = 0; column < header.size(); ++column)
        if (header.at(column).compare(title, Qt::CaseInsensitive) == 0)
            return column; // exactly as written first (two headers may normalise alike)
    for (int column = 0; column < header.size(); ++column)
        if (!wanted.isEmpty() && normalized(header.at(column)) == wanted)
            return column;
    return -1;
}

QList<int> valueOrder(const Mapping &mapping, bool emails)
{
    const Target primary = emails ? Target::Email : Target::Phone;
    const Target further = emails ? Target::ExtraEmail : Target::ExtraPhone;
    const auto isOfKind = [&](int column) {
        const Target target = mapping.columns.value(column).target;
        return column >= 0 && column < mapping.columns.size() &&
               (target == primary || target == further);
    };
    QList<int> order;
    for (int column : emails ? mapping.emailOrder : mapping.phoneOrder)
        if (isOfKind(column) && !order.contains(column))
            order.append(column);
    for (const Target target : {primary, further})
        for (int column = 0; column < mapping.columns.size(); ++column)
            if (mapping.columns.at(column).target == target && !order.contains(column))
                order.append(column);
    return order;
}

QJsonArray mappingToJson(const Mapping &mapping)
{
    // Each column with its place in the phone (email) order, when it has one.
    QJsonArray columns;
    for (int index = 0; index < mapping.columns.size(); ++index) {
        const ColumnMapping &column = mapping.columns.at(index);
        QJsonObject object{{QStringLiteral("target"), int(column.target)},
                           {QStringLiteral("field"), column.customFieldId},
                           {QStringLiteral("title"), column.customTitle}};
        const QList<int> &order =
            column.target == Target::Email || column.target == Target::ExtraEmail
                ? mapping.emailOrder
                : mapping.phoneOrder;
        if (const qsizetype place = order.indexOf(index); place >= 0)
            object.insert(QStringLiteral("order"), int(place));
        columns.append(object);
    }
    return columns;
}

std::optional<Mapping> mappingFromJson(const QJsonArray &json, qsizetype columns)
{
    if (json.size() != columns)
        return std::nullopt;
    Mapping mapping;
    QMap<int, int> phonePlaces; // place -> column
    QMap<int, int> emailPlaces;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        const int target = object.value(QStringLiteral("target")).toInt(-1);
        if (target < int(Target::Ignore) || target > int(Target::CustomField))
            return std::nullopt;
        const int column = int(mapping.columns.size());
        mapping.columns.append({Target(target), object.value(QStringLiteral("field")).toInteger(),
                                object.value(QStringLiteral("title")).toString()});
        if (const int place = object.value(QStringLiteral("order")).toInt(-1); place >= 0)
            (Target(target) == Target::Email || Target(target) == Target::ExtraEmail ? emailPlaces
                                                                                     : phonePlaces)
                .insert(place, column);
    }
    mapping.phoneOrder = phonePlaces.values();
    mapping.emailOrder = emailPlaces.values();
    return mapping;
}

QString mappingSettingsKey(const QStringList &header)
{
    const QByteArray digest =
        QCryptographicHash::hash(layoutKey(header).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mapping-") + QString::fromLatin1(digest.toHex().left(16));
}

std::optional<bool> parseOptOut(QStringView value, bool *ok)
{
    const QStringView v = value.trimmed();
    *ok = true;
    if (v.isEmpty())
        return std::nullopt;
    const auto isOneOf = [v](std::initializer_list<QLatin1String> words) {
        return std::any_of(words.begin(), words.end(), [v](QLatin1String word) {
            return v.compare(word, Qt::CaseInsensitive) == 0;
        });
    };
    if (isOneOf({QLatin1String("yes"), QLatin1String("y"), QLatin1String("true"),
                 QLatin1String("t"), QLatin1String("1")}))
        return true;
    if (isOneOf({QLatin1String("no"), QLatin1String("n"), QLatin1String("false"),
                 QLatin1String("f"), QLatin1String("0")}))
        return false;
    *ok = false;
    return std::nullopt;
}

QStringList splitTags(QStringView value)
{
    // Separators: ';', ',' and Google's " ::: ".
    QStringList tags;
    const auto add = [&tags](QStringView name) {
        name = name.trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('*')))
            return; // Google's system labels ("* myContacts", "* starred")
        for (const QString &tag : std::as_const(tags))
            if (name.compare(tag, Qt::CaseInsensitive) == 0)
                return;
        tags.append(name.toString());
    };
    qsizetype start = 0;
    const qsizetype size = value.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char(',')) {
            add(value.mid(start, i - start));
            start = i + 1;
        } else if (c == QLatin1Char(':') && i + 2 < size && value.at(i + 1) == c &&
                   value.at(i + 2) == c) {
            add(value.mid(start, i - start));
            i += 2;
            start = i + 1;
        }
    }
    add(value.mid(start));
    return tags;
}

} // namespace ContactDesk::Import
