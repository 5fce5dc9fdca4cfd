#include "cli/ContactLookup.h"

#include "api/ContactV2Requests.h"
#include "cli/ContactView.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "core/ContactFields.h"
#include "core/Phone.h"
#include "core/SearchText.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace ContactDesk::Cli {

QList<Store::StoredContact> ContactLookup::matching(const Store::ContactStore &store,
                                                    const QString &text,
                                                    const QStringList &tagNames, QString *problem)
{
    QSet<qint64> wanted;
    const QList<Tag> tags = store.tags();
    for (const QString &name : tagNames) {
        const auto it = std::find_if(tags.cbegin(), tags.cend(), [&name](const Tag &tag) {
            return tag.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == tags.cend()) {
            *problem = tr("--tag: the team has no tag “%1”").arg(name);
            return {};
        }
        wanted.insert(it->id);
    }
    // What the window's search box matches, the same way.
    const SearchText::Query query = SearchText::parse(text);
    QList<Store::StoredContact> found;
    store.forEachContact([&](const Store::StoredContact &contact) {
        if (!wanted.isEmpty()) {
            QSet<qint64> has;
            for (const QJsonValue &tag : contact.fields.value(Field::tags).toArray())
                has.insert(tag.toInteger());
            if (!has.contains(wanted))
                return true;
        }
        const QByteArray phone = contact.fields.value(Field::phone).toString().toLatin1();
        const QByteArray words = query.phone ? QByteArray() : SearchText::ofContact(contact.fields);
        if (SearchText::matches(query, std::string_view(phone.constData(), phone.size()),
                                std::string_view(words.constData(), words.size())))
            found.append(contact);
        return true;
    });
    return found;
}

namespace {

// A contact the store shows: not one whose deletion waits in the outbox.
bool isShown(const Store::ContactStore &store, qint64 id)
{
    for (const Store::OutboxEntry &entry : store.outbox())
        if (entry.contactId == id && entry.kind == Store::OutboxEntry::Kind::Delete)
            return false;
    return true;
}

bool hasEmail(const Store::StoredContact &contact, const QString &address)
{
    if (contact.fields.value(Field::email).toString().compare(address, Qt::CaseInsensitive) == 0)
        return true;
    for (const QJsonValue &channel : contact.fields.value(Field::channels).toArray()) {
        const QJsonObject c = channel.toObject();
        if (c.value(Field::channelType).toString() == ChannelType::email &&
            c.value(Field::channelValue).toString().compare(address, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::optional<Store::StoredContact> ContactLookup::one(Session &session, const QString &text,
                                                       int *exit)
{
    const Store::ContactStore &store = session.store();
    const QString typed = text.trimmed();
    QList<Store::StoredContact> found;
    const auto add = [&found](const Store::StoredContact &contact) {
        if (std::none_of(found.cbegin(), found.cend(),
                         [&contact](const Store::StoredContact &c) { return c.id == contact.id; }))
            found.append(contact);
    };
    QString notAPhone;

    if (const QUuid uuid = QUuid::fromString(typed); !uuid.isNull()) {
        const QString wanted = uuid.toString(QUuid::WithoutBraces);
        store.forEachContact([&](const Store::StoredContact &contact) {
            if (contact.uuid.compare(wanted, Qt::CaseInsensitive) == 0)
                add(contact);
            return true;
        });
        if (found.isEmpty()) {
            // Contacts pulled through v1 listings carry no UUID: ask the server.
            Api::ApiError error;
            qint64 id = 0;
            session.runToEnd(new Api::GetContactV2Request(&session.client(), wanted),
                             [&](const Api::GetContactV2Request &get) {
                                 error = get.error();
                                 id = get.contact().id;
                             });
            if (error.isError() && error.kind != Api::ApiError::Kind::NotFound &&
                error.kind != Api::ApiError::Kind::BadRequest) {
                err(tr("The contact %1 could not be looked up: %2").arg(wanted, error.describe()));
                *exit = NoConnection;
                return std::nullopt;
            }
            if (!error.isError())
                if (const auto contact = store.contact(id); contact && isShown(store, id))
                    add(*contact);
        }
    } else if (typed.contains(QLatin1Char('@'))) {
        store.forEachContact([&](const Store::StoredContact &contact) {
            if (hasEmail(contact, typed))
                add(contact);
            return true;
        });
    } else {
        bool isNumber = false;
        const qint64 id = typed.toLongLong(&isNumber);
        if (isNumber && id > 0)
            if (const auto contact = store.contact(id); contact && isShown(store, id))
                add(*contact);
        const Phone::Normalized phone = Phone::normalize(typed, session.defaultRegion());
        if (phone.problem.isEmpty()) {
            if (const auto contact = store.contactByPhone(phone.digits))
                add(*contact);
        } else {
            notAPhone = phone.problem;
        }
    }

    if (found.size() == 1) {
        *exit = Success;
        return found.first();
    }
    *exit = Rejected;
    if (found.isEmpty()) {
        const bool hasDigits =
            std::any_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
        if (notAPhone.isEmpty())
            err(tr("No contact is “%1”.").arg(typed));
        else if (hasDigits)
            err(tr("No contact is “%1”: it is no contact's id, and not a phone number (%2).")
                    .arg(typed, notAPhone));
        else
            err(tr("“%1” names no contact: it is neither a phone number, an email address, an id "
                   "nor a UUID.")
                    .arg(typed));
        return std::nullopt;
    }
    err(tr("“%1” names %n contact(s); name one by its id:", nullptr, int(found.size())).arg(typed));
    for (const Store::StoredContact &contact : std::as_const(found))
        err(QLatin1String("  ") + ContactView::line(contact));
    return std::nullopt;
}

} // namespace ContactDesk::Cli
