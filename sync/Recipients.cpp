#include "sync/Recipients.h"

#include "core/ContactFields.h"
#include "core/HtmlText.h"

#include <QJsonArray>

namespace ContactDesk::Sync {

namespace {

Compose::Recipient recipientFrom(const Store::StoredContact &contact,
                                 const QList<CustomField> &fields)
{
    const QJsonObject &f = contact.fields;
    const auto text = [&f](QLatin1String key) { return f.value(key).toString(); };
    const auto firstChannel = [&f](const QString &type) {
        for (const QJsonValue &channel : f.value(Field::channels).toArray()) {
            const QJsonObject c = channel.toObject();
            if (c.value(Field::channelType).toString() == type)
                return c.value(Field::channelValue).toString();
        }
        return QString();
    };
    Compose::Recipient r;
    r.contactId = contact.id;
    r.phone = text(Field::phone);
    if (r.phone.isEmpty())
        r.phone = firstChannel(ChannelType::phone);
    r.email = text(Field::email);
    if (r.email.isEmpty())
        r.email = firstChannel(ChannelType::email);
    r.name = text(Field::displayName);
    if (r.name.isEmpty())
        r.name =
            QStringList{text(Field::first), text(Field::last)}.join(QLatin1Char(' ')).trimmed();
    if (r.name.isEmpty())
        r.name = r.phone.isEmpty() ? r.email : QLatin1Char('+') + r.phone;
    r.optedOut = f.value(Field::optedOut).toBool();
    r.blocked = f.value(Field::blocked).toBool();
    r.values = {{Compose::Token::firstName, text(Field::first)},
                {Compose::Token::lastName, text(Field::last)},
                {Compose::Token::displayName, r.name},
                {Compose::Token::phone, r.phone},
                {Compose::Token::email, r.email}};
    for (const CustomField &field : fields)
        r.values.insert(field.title.toLower(), f.value(Field::custom(field.id)).toString());
    return r;
}

} // namespace

QList<Compose::Recipient> recipientsFor(const Store::ContactStore &store, const QList<qint64> &ids)
{
    const QList<CustomField> fields = store.customFields();
    QList<Compose::Recipient> recipients;
    // A few are looked up one by one; many are read in one pass over the
    // store (one query instead of one per contact), then put in order.
    if (ids.size() <= 200) {
        recipients.reserve(ids.size());
        for (qint64 id : ids)
            if (const auto contact = store.contact(id))
                recipients.append(recipientFrom(*contact, fields));
        return recipients;
    }
    QHash<qint64, qsizetype> position;
    position.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    QList<std::optional<Compose::Recipient>> slots(ids.size());
    store.forEachContact([&](const Store::StoredContact &contact) {
        const auto it = position.constFind(contact.id);
        if (it != position.cend())
            slots[*it] = recipientFrom(contact, fields);
        return true;
    });
    recipients.reserve(ids.size());
    for (std::optional<Compose::Recipient> &slot : slots)
        if (slot)
            recipients.append(std::move(*slot));
    return recipients;
}

QList<Store::OutgoingMessage> outgoingMessages(const Compose::Preflight &preflight,
                                               const Envelope &envelope)
{
    const bool sms = envelope.medium == Compose::Medium::Sms;
    QList<Store::OutgoingMessage> messages;
    for (const Compose::Check &check : preflight.checks) {
        if (!check.send)
            continue;
        Store::OutgoingMessage m;
        m.contactId = check.recipient.contactId;
        m.label = check.recipient.name;
        m.medium = envelope.medium;
        m.inboxId = envelope.inboxId;
        m.creatorId = envelope.creatorId;
        m.to = sms ? check.recipient.phone : check.recipient.email;
        m.text = check.rendered.text;
        if (sms) {
            m.mediaUrl = envelope.mediaUrl;
            m.templateId = envelope.templateId;
        } else {
            m.subject = Compose::render(envelope.subject, check.recipient.values).text;
            m.plain = envelope.plain.trimmed().isEmpty()
                          ? HtmlText::toPlainText(m.text)
                          : Compose::render(envelope.plain, check.recipient.values).text;
        }
        messages.append(m);
    }
    return messages;
}

QList<qint64> contactIdsOf(const QList<Compose::Recipient> &recipients)
{
    QList<qint64> ids;
    ids.reserve(recipients.size());
    for (const Compose::Recipient &r : recipients)
        ids.append(r.contactId);
    return ids;
}

void takeStatuses(QList<Compose::Recipient> &recipients,
                  const QHash<qint64, ContactStatus> &statuses)
{
    for (Compose::Recipient &r : recipients) {
        const auto it = statuses.constFind(r.contactId);
        if (it == statuses.cend())
            continue;
        r.blocked = it->blocked;
        r.optedOut = it->unsubscribed;
    }
}

} // namespace ContactDesk::Sync
