#include "cli/ContactChanges.h"

#include "cli/ContactView.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "sync/DirectoryWrites.h"

#include <QEventLoop>
#include <QJsonArray>

namespace ContactDesk::Cli {

namespace {

// The name a --tag option gives, and whether it removes the tag.
QPair<QString, bool> tagOperation(const QString &given)
{
    const bool remove = given.startsWith(QLatin1Char('-'));
    const bool add = given.startsWith(QLatin1Char('+'));
    return {(remove || add ? given.mid(1) : given).trimmed(), remove};
}

} // namespace

ContactChanges::ContactChanges(Verb verb)
    : m_verb(verb)
    , m_first(QStringLiteral("first"), tr("The first name."), tr("NAME"))
    , m_last(QStringLiteral("last"), tr("The last name."), tr("NAME"))
    , m_displayName(QStringLiteral("display-name"), tr("The name shown for the contact."),
                    tr("NAME"))
    , m_phone(QStringLiteral("phone"),
              tr("The phone number, as people write it (without a country code: in the "
                 "profile's region)."),
              tr("PHONE"))
    , m_email(QStringLiteral("email"),
              verb == Verb::Add ? tr("The email address.")
                                : tr("The email address (an empty one clears it)."),
              tr("EMAIL"))
    , m_owner(QStringLiteral("owner"),
              verb == Verb::Add ? tr("The owner: a member of the team, by name or id.")
                                : tr("The owner: a member of the team, by name or id, or none."),
              tr("MEMBER"))
    , m_tag(QStringLiteral("tag"),
            verb == Verb::Add
                ? tr("A tag (repeat it for several, at most five); a tag the team lacks is "
                     "created.")
                : tr("+NAME adds a tag, -NAME removes one (repeat it for several; at most five "
                     "tags); a tag the team lacks is created."),
            verb == Verb::Add ? tr("NAME") : tr("+NAME|-NAME"))
    , m_field(QStringLiteral("field"),
              tr("A custom field's value, by the field's title (TITLE= clears it; repeat it for "
                 "several)."),
              tr("TITLE=VALUE"))
{}

QList<QCommandLineOption> ContactChanges::options() const
{
    return {m_first, m_last, m_displayName, m_phone, m_email, m_owner, m_tag, m_field};
}

bool ContactChanges::anyGiven(const QCommandLineParser &parser) const
{
    const QList<QCommandLineOption> all = options();
    return std::any_of(all.cbegin(), all.cend(), [&parser](const QCommandLineOption &option) {
        return parser.isSet(option);
    });
}

bool ContactChanges::phoneOrEmailGiven(const QCommandLineParser &parser) const
{
    return !parser.value(m_phone).trimmed().isEmpty() || !parser.value(m_email).trimmed().isEmpty();
}

QString ContactChanges::check(const QCommandLineParser &parser) const
{
    for (const QString &field : parser.values(m_field)) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        if (equals < 0 || field.left(equals).trimmed().isEmpty())
            return tr("--field takes TITLE=VALUE, not “%1”").arg(field);
    }
    for (const QString &tag : parser.values(m_tag)) {
        const auto [name, remove] = tagOperation(tag);
        if (name.isEmpty())
            return tr("--tag needs a tag's name, not “%1”").arg(tag);
        if (remove && m_verb == Verb::Add)
            return tr("--tag %1: a new contact has no tags to remove").arg(tag);
    }
    return {};
}

std::optional<QJsonObject> ContactChanges::changes(const QCommandLineParser &parser,
                                                   Session &session,
                                                   const Store::StoredContact *current,
                                                   int *exit) const
{
    const Store::ContactStore &store = session.store();
    const QJsonObject fields = current ? current->fields : QJsonObject();
    QJsonObject changes;
    const auto setText = [&](const QString &key, const QString &value) {
        if (fields.value(key).toString() != value)
            changes.insert(key, value);
    };
    const auto fail = [exit](int code, const QString &problem) {
        err(problem);
        *exit = code;
        return std::nullopt;
    };

    if (parser.isSet(m_first))
        setText(Field::first, parser.value(m_first).trimmed());
    if (parser.isSet(m_last))
        setText(Field::last, parser.value(m_last).trimmed());
    if (parser.isSet(m_displayName))
        setText(Field::displayName, parser.value(m_displayName).trimmed());

    if (parser.isSet(m_phone)) {
        const QString typed = parser.value(m_phone).trimmed();
        if (typed.isEmpty() && m_verb == Verb::Edit)
            return fail(Usage, tr("--phone: a contact needs a phone number; it cannot be cleared"));
        if (!typed.isEmpty()) {
            const Phone::Normalized phone = Phone::normalize(typed, session.defaultRegion());
            if (!phone.problem.isEmpty())
                return fail(Usage, tr("--phone %1: %2").arg(typed, phone.problem));
            if (const auto other = store.contactByPhone(phone.digits);
                other && (!current || other->id != current->id))
                return fail(Rejected, tr("%1 already belongs to a contact: %2")
                                          .arg(Phone::formatForDisplay(phone.digits),
                                               ContactView::line(*other)));
            setText(Field::phone, phone.digits);
        }
    }
    if (parser.isSet(m_email)) {
        const QString address = parser.value(m_email).trimmed();
        if (const QString problem = address.isEmpty() ? QString() : Email::problem(address);
            !problem.isEmpty())
            return fail(Usage, tr("--email %1: %2").arg(address, problem));
        setText(Field::email, address);
    }
    if (m_verb == Verb::Add && changes.value(Field::phone).toString().isEmpty() &&
        changes.value(Field::email).toString().isEmpty())
        return fail(Usage, tr("add needs --phone or --email"));

    if (parser.isSet(m_owner)) {
        const QString typed = parser.value(m_owner).trimmed();
        QJsonValue owner(QJsonValue::Null);
        if (!typed.isEmpty() && typed.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            QList<TeamMember> found;
            for (const TeamMember &member : store.members())
                if (QString::number(member.id) == typed ||
                    member.name.compare(typed, Qt::CaseInsensitive) == 0)
                    found.append(member);
            if (found.isEmpty())
                return fail(Usage, tr("--owner: the team has no member “%1”").arg(typed));
            if (found.size() > 1) {
                QStringList ids;
                for (const TeamMember &member : std::as_const(found))
                    ids.append(QString::number(member.id));
                return fail(Usage, tr("--owner: several members are called “%1”; give the id "
                                      "(%2)")
                                       .arg(typed, ids.join(QLatin1String(", "))));
            }
            owner = found.first().id;
        }
        if (fields.value(Field::owner).toInteger() != owner.toInteger())
            changes.insert(Field::owner, owner);
    }

    const QList<CustomField> customFields = store.customFields();
    for (const QString &given : parser.values(m_field)) {
        const qsizetype equals = given.indexOf(QLatin1Char('='));
        const QString title = given.left(equals).trimmed();
        const auto field = std::find_if(customFields.cbegin(), customFields.cend(),
                                        [&title](const CustomField &f) {
                                            return f.title.compare(title, Qt::CaseInsensitive) == 0;
                                        });
        if (field == customFields.cend()) {
            QStringList titles;
            for (const CustomField &f : customFields)
                titles.append(f.title);
            return fail(
                Usage,
                titles.isEmpty()
                    ? tr("--field: the team has no custom field “%1” (it has none)").arg(title)
                    : tr("--field: the team has no custom field “%1” (it has: %2)")
                          .arg(title, titles.join(QLatin1String(", "))));
        }
        setText(Field::custom(field->id), given.mid(equals + 1).trimmed());
    }

    if (parser.isSet(m_tag)) {
        std::optional<TagList> tags = this->tags(parser, store, fields, exit);
        if (!tags)
            return std::nullopt;
        // Only now, with everything else in order, are missing tags made.
        if (!createTags(session, *tags, exit))
            return std::nullopt;
        QJsonArray ids;
        for (const auto &tag : std::as_const(*tags))
            ids.append(tag.first);
        if (fields.value(Field::tags).toArray() != ids)
            changes.insert(Field::tags, ids);
    }
    *exit = Success;
    return changes;
}

std::optional<ContactChanges::TagList> ContactChanges::tags(const QCommandLineParser &parser,
                                                            const Store::ContactStore &store,
                                                            const QJsonObject &fields,
                                                            int *exit) const
{
    const QList<Tag> team = store.tags();
    const auto teamTag = [&team](const QString &name) -> std::optional<Tag> {
        for (const Tag &tag : team)
            if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
                return tag;
        return std::nullopt;
    };
    TagList tags;
    for (const QJsonValue &id : fields.value(Field::tags).toArray()) {
        QString name;
        for (const Tag &tag : team)
            if (tag.id == id.toInteger())
                name = tag.name;
        tags.append({id.toInteger(), name});
    }
    for (const QString &given : parser.values(m_tag)) {
        const auto [name, remove] = tagOperation(given);
        const std::optional<Tag> known = teamTag(name);
        if (remove) {
            if (!known) {
                err(tr("--tag %1: the team has no tag “%2”").arg(given, name));
                *exit = Usage;
                return std::nullopt;
            }
            tags.removeIf([&known](const auto &tag) { return tag.first == known->id; });
            continue;
        }
        const bool has = std::any_of(tags.cbegin(), tags.cend(), [&](const auto &tag) {
            return known ? tag.first == known->id
                         : tag.first == 0 && tag.second.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (has)
            continue;
        if (tags.size() >= Field::maxTags) {
            err(tr("A contact can have at most five tags; “%1” would be its sixth (--tag -NAME "
                   "removes one).")
                    .arg(known ? known->name : name));
            *exit = Rejected;
            return std::nullopt;
        }
        tags.append({known ? known->id : 0, known ? known->name : name});
    }
    return tags;
}

bool ContactChanges::createTags(Session &session, TagList &tags, int *exit)
{
    for (auto &tag : tags) {
        if (tag.first != 0)
            continue;
        QEventLoop loop;
        bool done = false;
        std::optional<Tag> created;
        Api::ApiError error;
        Sync::DirectoryWrites::createTag(&session.client(), &session.store(), tag.second, &loop,
                                         [&](std::optional<Tag> made, const Api::ApiError &why) {
                                             created = std::move(made);
                                             error = why;
                                             done = true;
                                             loop.quit();
                                         });
        if (!done)
            loop.exec();
        if (!created) {
            err(tr("The tag “%1” could not be created: %2").arg(tag.second, error.describe()));
            *exit = error.isTransient() || error.kind == Api::ApiError::Kind::Unauthorized
                        ? NoConnection
                        : Rejected;
            return false;
        }
        err(tr("Created the tag “%1”.").arg(created->name));
        tag = {created->id, created->name};
    }
    return true;
}

} // namespace ContactDesk::Cli
