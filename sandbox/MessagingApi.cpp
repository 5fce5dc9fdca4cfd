// Messaging (spec section 11): SMS/MMS, group MMS, list broadcasts and
// private notes (11.1), email (11.2) and the message history of one
// conversation (11.4). Messages are recorded in their conversations, never
// delivered.

#include "core/Compose.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "core/Timestamps.h"
#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

#include <QUrl>

#include <limits>

namespace ContactDesk::Sandbox {

namespace {

enum class Sends
{
    Sms,
    Email
};

// The id of the inbox a body names in `field`: one its "creator_id" is a
// member of (403 otherwise) and that can send `what`. SMS needs an inbox with
// a phone number. Email: the contract's inbox object has no field that says
// an inbox can send email, so the lenient reading lets any inbox send it; the
// strict one only the inboxes the sandbox knows as email inboxes (an address
// kept out of the inbox JSON).
qint64 requireInbox(const ApiContext &api, const QJsonObject &body, const QString &field,
                    Sends what)
{
    const SandboxStore &store = api.store();
    const qint64 id = requireId(body, field);
    const qint64 creator = requireId(body, QStringLiteral("creator_id"));
    for (const QJsonValue &value : store.inboxes()) {
        const QJsonObject inbox = value.toObject();
        if (inbox.value(QStringLiteral("id")).toInteger() != id)
            continue;
        if (!inbox.value(QStringLiteral("members")).toArray().contains(QJsonValue(creator))) {
            throw HttpError{
                403,
                QStringLiteral("Denied"),
                QStringLiteral("member %1 has no access to inbox %2").arg(creator).arg(id),
                QStringLiteral("creator_id"),
                {},
                {}};
        }
        if (what == Sends::Sms && inbox.value(QStringLiteral("phones")).toArray().isEmpty()) {
            throw HttpError::badData(field, QStringLiteral("inbox %1 has no phone number: send "
                                                           "email with /v1/email/send")
                                                .arg(id));
        }
        if (what == Sends::Email && api.strict() && SandboxStore::inboxEmail(inbox).isEmpty()) {
            throw HttpError::badData(field,
                                     QStringLiteral("inbox %1 cannot send email: it is not set "
                                                    "up for email; choose an email inbox")
                                         .arg(id));
        }
        return id;
    }
    throw HttpError::badData(field, QStringLiteral("no inbox with id %1").arg(id));
}

// A repeat of a send that already happened (same local_id) gets the same answer.
std::optional<Reply> earlierAnswer(SandboxStore &store, const QString &localId)
{
    if (localId.isEmpty())
        return std::nullopt;
    const auto earlier = store.responseForLocalId(localId);
    if (!earlier)
        return std::nullopt;
    return Reply{200, *earlier, {}};
}

// What an SMS/MMS send answers (its "id" is added when it is stored).
QJsonObject sendAnswer(qint64 now, const QString &media)
{
    QJsonObject response{{QStringLiteral("date"), Timestamps::format(now)}};
    if (!media.isEmpty())
        response.insert(QStringLiteral("gallery_url"), media);
    return response;
}

// Merge tokens are rendered for a single known contact: first and last
// name, custom fields by title (the spec leaves the custom token open).
// Unknown tokens stay as written.
QString renderFor(SandboxStore &store, const QString &text, const QString &phone)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    const auto id = store.contactIdByPhone(phone);
    if (!id)
        return text;
    const ContactRecord contact = *store.contactById(*id);
    QHash<QString, QString> values{{QStringLiteral("first_name"), contact.first},
                                   {QStringLiteral("last_name"), contact.last}};
    for (const FieldRecord &field : store.listFields())
        values.insert(field.title.toLower(),
                      contact.custom.value(QString::number(field.id)).toString());
    return Compose::render(text, values).text;
}

// A list send (11.1 with list_id): the broadcast itself is recorded under
// its local_id (so a repeat answers the same), and one message goes into
// each reachable member's conversation. Blocked, opted-out and phoneless
// members are passed over, not refused: a broadcast reaches whom it may.
Reply broadcast(SandboxStore &store, const QJsonObject &body, qint64 inboxId,
                const QJsonObject &list, const QString &text, const QString &media,
                const QString &localId)
{
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    const qint64 creator = body.value(QStringLiteral("creator_id")).toInteger();
    QJsonObject response = sendAnswer(now, media);
    const qint64 listId = list.value(QStringLiteral("id")).toInteger();
    const QJsonObject record{{QStringLiteral("list_id"), listId},
                             {QStringLiteral("text"), text},
                             {QStringLiteral("date"), Timestamps::format(now)}};
    const qint64 broadcastId =
        store.insertMessage(localId, 0, inboxId, QString(), now, record, response);
    const QJsonArray members = list.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue &member : members) {
        const auto contact = store.contactById(member.toInteger());
        if (!contact || contact->blocked || contact->optedOut || contact->phone.isEmpty())
            continue;
        const qint64 conversation = store.conversationFor(inboxId, contact->phone, now);
        QJsonObject message{
            {QStringLiteral("text"), renderFor(store, text, contact->phone)},
            {QStringLiteral("media"), media.isEmpty() ? QJsonValue(QJsonValue::Null) : media},
            {QStringLiteral("phone"), contact->phone},
            {QStringLiteral("type"),
             media.isEmpty() ? QStringLiteral("sms") : QStringLiteral("mms")},
            {QStringLiteral("status"), QStringLiteral("sent")},
            {QStringLiteral("date"), Timestamps::format(now)},
            {QStringLiteral("updated"), Timestamps::format(now)},
            {QStringLiteral("user"), creator},
            {QStringLiteral("local_id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("broadcast_id"), broadcastId},
            {QStringLiteral("target"), contact->phone},
            {QStringLiteral("conversation"), QJsonObject{{QStringLiteral("id"), conversation},
                                                         {QStringLiteral("inbox"), inboxId}}}};
        QJsonObject ignored;
        store.insertMessage(QString(), conversation, inboxId, contact->phone, now, message,
                            ignored);
    }
    transaction.commit();
    return {200, response, {}};
}

Reply sendMessage(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
    const QJsonObject body = objectBody(call);
    const qint64 inboxId = requireInbox(api, body, QStringLiteral("inbox_id"), Sends::Sms);
    const QString localId = optionalText(body, QStringLiteral("local_id"));
    // One target family (CONFLICT-free reading of 11.1): phone_number or
    // chat_id, list_id (with local_id), or targets.
    const bool phone = body.contains(QStringLiteral("phone_number"));
    const bool chat = body.contains(QStringLiteral("chat_id"));
    const bool list = body.contains(QStringLiteral("list_id"));
    const bool group = body.contains(QStringLiteral("targets"));
    if (phone && chat)
        throw HttpError::badData(QStringLiteral("chat_id"),
                                 QStringLiteral("send phone_number or chat_id, not both"));
    if (int(phone || chat) + int(list) + int(group) != 1)
        throw HttpError::badData(QStringLiteral("phone_number"),
                                 QStringLiteral("exactly one target: phone_number, chat_id, "
                                                "list_id (with local_id) or targets"));
    if (list && localId.isEmpty())
        throw HttpError::badData(QStringLiteral("local_id"),
                                 QStringLiteral("required when sending to a list"));
    QString text = optionalText(body, QStringLiteral("text"));
    const QString media = optionalText(body, QStringLiteral("media_url"));
    std::optional<QJsonObject> usedTemplate;
    if (body.contains(QStringLiteral("template_id"))) {
        const qint64 templateId = requireId(body, QStringLiteral("template_id"));
        usedTemplate = store.templateById(templateId);
        if (!usedTemplate)
            throw HttpError::badData(QStringLiteral("template_id"),
                                     QStringLiteral("no template with id %1").arg(templateId));
        if (!text.isEmpty())
            throw HttpError::badData(QStringLiteral("text"),
                                     QStringLiteral("send text or template_id, not both"));
        text = usedTemplate->value(QStringLiteral("content"))
                   .toObject()
                   .value(QStringLiteral("text"))
                   .toString();
    }
    if (text.isEmpty() && media.isEmpty())
        throw HttpError::badData(QStringLiteral("text"),
                                 QStringLiteral("send text, media_url or template_id"));
    if (!media.isEmpty()) {
        const QUrl url(media);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            throw HttpError::badData(QStringLiteral("media_url"),
                                     QStringLiteral("must be a public http(s) URL"));
    }
    if (auto earlier = earlierAnswer(store, localId))
        return *earlier;
    const bool isPrivate = body.value(QStringLiteral("private")).toBool();
    // Who receives it: blocked and opted-out contacts never do.
    const auto refuseIfUnreachable = [&store, isPrivate](const QString &digits,
                                                         const QString &field) {
        if (isPrivate)
            return;
        const auto id = store.contactIdByPhone(digits);
        if (!id)
            return;
        const ContactRecord contact = *store.contactById(*id);
        if (contact.blocked)
            throw HttpError::badData(
                field, QStringLiteral("contact %1 (%2) is blocked").arg(*id).arg(digits));
        if (contact.optedOut)
            throw HttpError::badData(
                field, QStringLiteral("contact %1 (%2) has opted out").arg(*id).arg(digits));
    };
    QString target;
    QJsonArray groupTargets;
    if (phone) {
        target = optionalText(body, QStringLiteral("phone_number"));
        if (const QString problem = Phone::e164DigitsProblem(target); !problem.isEmpty())
            throw HttpError::badData(QStringLiteral("phone_number"), problem);
        refuseIfUnreachable(target, QStringLiteral("phone_number"));
    } else if (chat) {
        const qint64 chatId = requireId(body, QStringLiteral("chat_id"));
        const auto conversation = store.conversation(chatId);
        if (!conversation || conversation->inbox != inboxId)
            throw HttpError::badData(
                QStringLiteral("chat_id"),
                QStringLiteral("no conversation %1 in inbox %2").arg(chatId).arg(inboxId));
        target = conversation->target;
        refuseIfUnreachable(target, QStringLiteral("chat_id"));
    } else if (list) {
        const qint64 listId = requireId(body, QStringLiteral("list_id"));
        const auto found = store.listById(listId);
        if (!found)
            throw HttpError::badData(QStringLiteral("list_id"),
                                     QStringLiteral("no list with id %1").arg(listId));
        return broadcast(store, body, inboxId, *found, text, media, localId);
    } else {
        const QJsonValue value = body.value(QStringLiteral("targets"));
        if (!value.isArray() || value.toArray().isEmpty())
            throw HttpError::badData(QStringLiteral("targets"),
                                     QStringLiteral("must be a non-empty array of phone numbers"));
        const QJsonArray array = value.toArray();
        QStringList digits;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("targets[%1]").arg(i);
            if (!array.at(i).isString())
                throw HttpError::badData(field, QStringLiteral("must be a string"));
            if (const QString problem = Phone::e164DigitsProblem(array.at(i).toString());
                !problem.isEmpty())
                throw HttpError::badData(field, problem);
            refuseIfUnreachable(array.at(i).toString(), field);
            digits.append(array.at(i).toString());
        }
        digits.sort();
        target = digits.join(QLatin1Char(','));
        groupTargets = array;
    }

    if (groupTargets.isEmpty())
        text = renderFor(store, text, target);
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    const qint64 conversation = store.conversationFor(inboxId, target, now);
    QJsonObject message{
        {QStringLiteral("text"), text},
        {QStringLiteral("media"), media.isEmpty() ? QJsonValue(QJsonValue::Null) : media},
        {QStringLiteral("phone"), groupTargets.isEmpty() ? target : QString()},
        {QStringLiteral("type"), isPrivate         ? QStringLiteral("note")
                                 : media.isEmpty() ? QStringLiteral("sms")
                                                   : QStringLiteral("mms")},
        {QStringLiteral("status"), isPrivate ? QStringLiteral("note") : QStringLiteral("sent")},
        {QStringLiteral("date"), Timestamps::format(now)},
        {QStringLiteral("updated"), Timestamps::format(now)},
        {QStringLiteral("user"), body.value(QStringLiteral("creator_id")).toInteger()},
        {QStringLiteral("local_id"), localId.isEmpty() ? QJsonValue(QJsonValue::Null) : localId},
        {QStringLiteral("target"), groupTargets.isEmpty() ? QJsonValue(target) : groupTargets},
        {QStringLiteral("conversation"),
         QJsonObject{{QStringLiteral("id"), conversation}, {QStringLiteral("inbox"), inboxId}}}};
    QJsonObject response = sendAnswer(now, media);
    store.insertMessage(localId, conversation, inboxId, groupTargets.isEmpty() ? target : QString(),
                        now, message, response);
    transaction.commit();
    return {200, response, {}};
}

// 11.2: a new thread to "to:"/"cc:" targets, or a reply in convo_id.
Reply sendEmail(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
    const QJsonObject body = objectBody(call);
    const qint64 inboxId = requireInbox(api, body, QStringLiteral("inbox"), Sends::Email);
    const QString text = optionalText(body, QStringLiteral("text"));
    if (text.isEmpty())
        throw HttpError::badData(QStringLiteral("text"), QStringLiteral("required"));
    const QString localId = optionalText(body, QStringLiteral("local_id"));
    const bool reply = body.contains(QStringLiteral("convo_id"));
    const bool thread = body.contains(QStringLiteral("targets"));
    if (reply == thread)
        throw HttpError::badData(QStringLiteral("targets"),
                                 QStringLiteral("send targets for a new thread or convo_id for a "
                                                "reply (one of them)"));
    QStringList to;
    QStringList cc;
    qint64 conversation = 0;
    if (reply) {
        conversation = requireId(body, QStringLiteral("convo_id"));
        const auto found = store.conversation(conversation);
        if (!found || found->inbox != inboxId)
            throw HttpError::badData(QStringLiteral("convo_id"),
                                     QStringLiteral("no email conversation %1 in inbox %2")
                                         .arg(conversation)
                                         .arg(inboxId));
    } else {
        const QJsonValue value = body.value(QStringLiteral("targets"));
        if (!value.isArray() || value.toArray().isEmpty())
            throw HttpError::badData(QStringLiteral("targets"),
                                     QStringLiteral("must be a non-empty array such as "
                                                    "[\"to:alice@example.com\"]"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("targets[%1]").arg(i);
            const QString entry = array.at(i).toString();
            const bool isTo = entry.startsWith(QLatin1String("to:"));
            if (!array.at(i).isString() || (!isTo && !entry.startsWith(QLatin1String("cc:"))))
                throw HttpError::badData(field, QStringLiteral("must start with to: or cc:"));
            for (const QString &address : entry.mid(3).split(QLatin1Char(','))) {
                const QString trimmed = address.trimmed();
                if (const QString problem = Email::problem(trimmed); !problem.isEmpty())
                    throw HttpError::badData(
                        field,
                        QStringLiteral("“%1” is not an email address: %2").arg(trimmed, problem));
                (isTo ? to : cc).append(trimmed.toLower());
            }
        }
        if (to.isEmpty())
            throw HttpError::badData(QStringLiteral("targets"),
                                     QStringLiteral("at least one to: address is required"));
    }
    if (auto earlier = earlierAnswer(store, localId))
        return *earlier;
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    if (!reply)
        conversation = store.newConversation(inboxId, to.first(), now);
    const QString title = optionalText(body, QStringLiteral("conv_title"));
    QJsonObject message{
        {QStringLiteral("text"), text},
        {QStringLiteral("raw_text"), optionalText(body, QStringLiteral("raw_text"))},
        {QStringLiteral("type"), QStringLiteral("email")},
        {QStringLiteral("status"), QStringLiteral("queued")},
        {QStringLiteral("date"), Timestamps::format(now)},
        {QStringLiteral("updated"), Timestamps::format(now)},
        {QStringLiteral("user"), body.value(QStringLiteral("creator_id")).toInteger()},
        {QStringLiteral("local_id"), localId.isEmpty() ? QJsonValue(QJsonValue::Null) : localId},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("to"), QJsonArray::fromStringList(to)},
                     {QStringLiteral("cc"), QJsonArray::fromStringList(cc)}}},
        {QStringLiteral("conversation"), QJsonObject{{QStringLiteral("id"), conversation},
                                                     {QStringLiteral("inbox"), inboxId},
                                                     {QStringLiteral("title"), title}}}};
    QJsonObject response{{QStringLiteral("convo_id"), conversation},
                         {QStringLiteral("queued"), true},
                         {QStringLiteral("date"), Timestamps::format(now)},
                         {QStringLiteral("compliance_results"), QJsonObject()}};
    store.insertMessage(localId, conversation, inboxId, QString(), now, message, response);
    transaction.commit();
    return {200, response, {}};
}

// 11.4: the newest 50 messages with one phone in one inbox, before an
// optional Unix-seconds timestamp.
Reply history(ApiContext &api, const Call &call)
{
    const QString phone = call.query.queryItemValue(QStringLiteral("phoneNumber"));
    if (phone.isEmpty())
        throw HttpError::badData(QStringLiteral("phoneNumber"), QStringLiteral("required"));
    if (const QString problem = Phone::e164DigitsProblem(phone); !problem.isEmpty())
        throw HttpError::badData(QStringLiteral("phoneNumber"), problem);
    bool ok = false;
    const qint64 inbox = call.query.queryItemValue(QStringLiteral("inboxID")).toLongLong(&ok);
    if (!ok || inbox <= 0)
        throw HttpError::badData(QStringLiteral("inboxID"),
                                 QStringLiteral("required: an inbox id"));
    qint64 before = std::numeric_limits<qint64>::max();
    if (call.query.hasQueryItem(QStringLiteral("timestamp"))) {
        const qint64 seconds =
            call.query.queryItemValue(QStringLiteral("timestamp")).toLongLong(&ok);
        if (!ok || seconds < 0)
            throw HttpError::badData(QStringLiteral("timestamp"),
                                     QStringLiteral("must be a Unix time in seconds"));
        before = seconds * 1000;
    }
    return {200, api.store().messages(phone, inbox, before, 50), {}};
}

} // namespace

void addMessagingRoutes(ApiRoutes &routes)
{
    routes.add("POST", QStringLiteral("/v1/message/send"), sendMessage);
    routes.add("POST", QStringLiteral("/v1/email/send"), sendEmail);
    routes.add("GET", QStringLiteral("/v1/messages"), history);
}

} // namespace ContactDesk::Sandbox
