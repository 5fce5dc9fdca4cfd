#include "api/MessageRequests.h"

#include "core/ApiJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ContactDesk::Api {

SendMessageRequest::SendMessageRequest(HeymarketClient *client, MessageSend message,
                                       QObject *parent)
    : ApiRequest(client, parent)
    , m_message(std::move(message))
{}

QJsonValue SendMessageRequest::body() const
{
    const MessageSend &m = m_message;
    QJsonObject body{{QStringLiteral("inbox_id"), m.inboxId},
                     {QStringLiteral("creator_id"), m.creatorId}};
    if (!m.phone.isEmpty())
        body.insert(QStringLiteral("phone_number"), m.phone);
    else if (m.chatId)
        body.insert(QStringLiteral("chat_id"), m.chatId);
    else if (m.listId)
        body.insert(QStringLiteral("list_id"), m.listId);
    else if (!m.targets.isEmpty())
        body.insert(QStringLiteral("targets"), QJsonArray::fromStringList(m.targets));
    if (!m.text.isEmpty())
        body.insert(QStringLiteral("text"), m.text);
    if (!m.mediaUrl.isEmpty())
        body.insert(QStringLiteral("media_url"), m.mediaUrl);
    if (m.templateId)
        body.insert(QStringLiteral("template_id"), m.templateId);
    if (!m.localId.isEmpty())
        body.insert(QStringLiteral("local_id"), m.localId);
    if (m.isPrivate)
        body.insert(QStringLiteral("private"), true);
    return body;
}

ApiError SendMessageRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeSentMessage(json, &problem), problem, m_result);
}

SendEmailRequest::SendEmailRequest(HeymarketClient *client, EmailSend email, QObject *parent)
    : ApiRequest(client, parent)
    , m_email(std::move(email))
{}

QJsonValue SendEmailRequest::body() const
{
    const EmailSend &e = m_email;
    QJsonObject body{{QStringLiteral("inbox"), e.inboxId},
                     {QStringLiteral("creator_id"), e.creatorId},
                     {QStringLiteral("text"), e.html}};
    if (e.conversationId) {
        body.insert(QStringLiteral("convo_id"), e.conversationId);
    } else {
        QJsonArray targets;
        if (!e.to.isEmpty())
            targets.append(QString(QStringLiteral("to:") + e.to.join(QLatin1Char(','))));
        if (!e.cc.isEmpty())
            targets.append(QString(QStringLiteral("cc:") + e.cc.join(QLatin1Char(','))));
        body.insert(QStringLiteral("targets"), targets);
    }
    if (!e.title.isEmpty())
        body.insert(QStringLiteral("conv_title"), e.title);
    if (!e.plain.isEmpty())
        body.insert(QStringLiteral("raw_text"), e.plain);
    if (!e.localId.isEmpty())
        body.insert(QStringLiteral("local_id"), e.localId);
    return body;
}

ApiError SendEmailRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeSentMessage(json, &problem), problem, m_result);
}

MessageHistoryRequest::MessageHistoryRequest(HeymarketClient *client, QString phone, qint64 inboxId,
                                             qint64 beforeSeconds, QObject *parent)
    : ApiRequest(client, parent)
    , m_phone(std::move(phone))
    , m_inboxId(inboxId)
    , m_before(beforeSeconds)
{}

QUrlQuery MessageHistoryRequest::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("phoneNumber"), m_phone);
    query.addQueryItem(QStringLiteral("inboxID"), QString::number(m_inboxId));
    if (m_before > 0)
        query.addQueryItem(QStringLiteral("timestamp"), QString::number(m_before));
    return query;
}

ApiError MessageHistoryRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeMessages(json, &problem), problem, m_messages);
}

namespace {

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject templateBody(const QString &title, const QString &text)
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), text}}}};
}

} // namespace

CreateTemplateRequest::CreateTemplateRequest(HeymarketClient *client, QString title, QString text,
                                             QString localId, QObject *parent)
    : ApiRequest(client, parent)
    , m_title(std::move(title))
    , m_text(std::move(text))
    , m_localId(std::move(localId))
{}

QJsonValue CreateTemplateRequest::body() const
{
    QJsonObject body = templateBody(m_title, m_text);
    if (!m_localId.isEmpty())
        body.insert(QStringLiteral("local_id"), m_localId);
    return body;
}

ApiError CreateTemplateRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

GetTemplateRequest::GetTemplateRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

ApiError GetTemplateRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeTemplate(json, &problem), problem, m_result);
}

UpdateTemplateRequest::UpdateTemplateRequest(HeymarketClient *client, qint64 id, QString title,
                                             QString text, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
    , m_title(std::move(title))
    , m_text(std::move(text))
{}

QJsonValue UpdateTemplateRequest::body() const
{
    return templateBody(m_title, m_text);
}

ApiError UpdateTemplateRequest::parse(const QJsonValue &json)
{
    // The answer is UNSPECIFIED: {id, rev} is read when it comes, anything
    // else acknowledging is accepted.
    QString problem;
    if (const auto result = ApiJson::decodeWriteResult(json, &problem)) {
        m_result = *result;
        return {};
    }
    m_result.id = m_id;
    return {};
}

DeleteTemplateRequest::DeleteTemplateRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

ApiError DeleteTemplateRequest::parse(const QJsonValue &json)
{
    Q_UNUSED(json); // the answer is UNSPECIFIED: any 2xx means done
    return {};
}

ListTemplatesRequest::ListTemplatesRequest(HeymarketClient *client, QString beforeText,
                                           QObject *parent)
    : ApiRequest(client, parent)
    , m_before(std::move(beforeText))
{}

QJsonValue ListTemplatesRequest::body() const
{
    QJsonObject body;
    if (!m_before.isEmpty())
        body.insert(QStringLiteral("date"), m_before);
    return body;
}

ApiError ListTemplatesRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeTemplates(json, &problem), problem, m_templates);
}

ListConversationsRequest::ListConversationsRequest(HeymarketClient *client, qint64 memberId,
                                                   QList<qint64> inboxes, QString beforeText,
                                                   QObject *parent)
    : ApiRequest(client, parent)
    , m_member(memberId)
    , m_inboxes(std::move(inboxes))
    , m_before(std::move(beforeText))
{}

QJsonValue ListConversationsRequest::body() const
{
    QJsonObject filters{{QStringLiteral("closed"), false}, {QStringLiteral("unread"), false}};
    if (!m_inboxes.isEmpty())
        filters.insert(QStringLiteral("inboxes"), idsJson(m_inboxes));
    QJsonObject body{{QStringLiteral("id"), m_member}, {QStringLiteral("filters"), filters}};
    if (!m_before.isEmpty())
        body.insert(QStringLiteral("date"), m_before);
    return body;
}

ApiError ListConversationsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeConversations(json, &problem), problem, m_conversations);
}

GetConversationRequest::GetConversationRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

ApiError GetConversationRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeConversation(json, &problem), problem, m_result);
}

namespace {

// Writes the non-empty parts of members under prefix + contacts/phones/emails.
void insertMembers(QJsonObject &body, const ListMembers &members, const QString &prefix)
{
    if (!members.contacts.isEmpty())
        body.insert(prefix + QStringLiteral("contacts"), idsJson(members.contacts));
    if (!members.phones.isEmpty())
        body.insert(prefix + QStringLiteral("phones"), QJsonArray::fromStringList(members.phones));
    if (!members.emails.isEmpty())
        body.insert(prefix + QStringLiteral("emails"), QJsonArray::fromStringList(members.emails));
}

} // namespace

CreateListRequest::CreateListRequest(HeymarketClient *client, QString title, QString localId,
                                     ListMembers members, QObject *parent)
    : ApiRequest(client, parent)
    , m_title(std::move(title))
    , m_localId(std::move(localId))
    , m_members(std::move(members))
{}

QJsonValue CreateListRequest::body() const
{
    // An omnichannel contact list: members may be reached by phone or email.
    QJsonObject body{{QStringLiteral("title"), m_title},
                     {QStringLiteral("local_id"), m_localId},
                     {QStringLiteral("type"), QStringLiteral("contacts")}};
    insertMembers(body, m_members, {});
    return body;
}

ApiError CreateListRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

UpdateListRequest::UpdateListRequest(HeymarketClient *client, qint64 id, ListUpdate update,
                                     QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
    , m_update(std::move(update))
{}

QJsonValue UpdateListRequest::body() const
{
    QJsonObject body;
    if (!m_update.title.isEmpty())
        body.insert(QStringLiteral("title"), m_update.title);
    if (m_update.contacts)
        body.insert(QStringLiteral("contacts"), idsJson(*m_update.contacts));
    insertMembers(body, m_update.add, QStringLiteral("add_"));
    insertMembers(body, m_update.remove, QStringLiteral("remove_"));
    return body;
}

ApiError UpdateListRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

DeleteListRequest::DeleteListRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

ApiError DeleteListRequest::parse(const QJsonValue &json)
{
    // {"deleted": true, "id": 42}; a false "deleted" is a refusal.
    if (json.isObject() && json.toObject().value(QStringLiteral("deleted")) == QJsonValue(false))
        return badResponse(tr("the server did not delete list %1").arg(m_id));
    return {};
}

} // namespace ContactDesk::Api
