#pragma once

#include "api/ApiRequest.h"
#include "core/Domain.h"

namespace ContactDesk::Api {

// What POST /v1/message/send takes (spec 11.1): one target family.
struct MessageSend
{
    qint64 inboxId = 0;
    qint64 creatorId = 0;
    QString phone;       // E.164 digits, or
    qint64 chatId = 0;   // an existing conversation, or
    qint64 listId = 0;   // a broadcast list (local_id required), or
    QStringList targets; // a group MMS
    QString text;
    QString mediaUrl;
    qint64 templateId = 0;
    QString localId; // makes the send safe to repeat
    bool isPrivate = false;
};

// POST /v1/message/send. Retried after a lost answer only when it carries a
// local_id (the server answers a repeat with the first send's answer);
// without one it is never sent twice.
class SendMessageRequest final : public ApiRequest
{
    Q_OBJECT

public:
    SendMessageRequest(HeymarketClient *client, MessageSend message, QObject *parent = nullptr);
    const SentMessage &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/message/send"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return !m_message.localId.isEmpty(); }
    ApiError parse(const QJsonValue &json) override;

private:
    MessageSend m_message;
    SentMessage m_result;
};

// What POST /v1/email/send takes (spec 11.2): a new thread (to/cc) or a
// reply (conversationId).
struct EmailSend
{
    qint64 inboxId = 0; // "inbox" on the wire
    qint64 creatorId = 0;
    QStringList to;
    QStringList cc;
    qint64 conversationId = 0; // convo_id: a reply
    QString title;             // conv_title
    QString html;              // text
    QString plain;             // raw_text
    QString localId;
};

// POST /v1/email/send; the same retry rule as SendMessageRequest.
class SendEmailRequest final : public ApiRequest
{
    Q_OBJECT

public:
    SendEmailRequest(HeymarketClient *client, EmailSend email, QObject *parent = nullptr);
    const SentMessage &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/email/send"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return !m_email.localId.isEmpty(); }
    ApiError parse(const QJsonValue &json) override;

private:
    EmailSend m_email;
    SentMessage m_result;
};

// GET /v1/messages?phoneNumber=&inboxID=[&timestamp=]: up to 50 messages of
// one conversation, newest first; beforeSeconds > 0 pages back.
class MessageHistoryRequest final : public ApiRequest
{
    Q_OBJECT

public:
    MessageHistoryRequest(HeymarketClient *client, QString phone, qint64 inboxId,
                          qint64 beforeSeconds = 0, QObject *parent = nullptr);
    const QList<Message> &messages() const { return m_messages; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/messages"); }
    QUrlQuery query() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_phone;
    qint64 m_inboxId;
    qint64 m_before;
    QList<Message> m_messages;
};

// POST /v1/template. Not repeated after a lost answer: the spec does not
// say the server de-duplicates templates by local_id.
class CreateTemplateRequest final : public ApiRequest
{
    Q_OBJECT

public:
    CreateTemplateRequest(HeymarketClient *client, QString title, QString text,
                          QString localId = {}, QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/template"); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_title;
    QString m_text;
    QString m_localId;
    WriteResult m_result;
};

// GET /v1/template/{id}
class GetTemplateRequest final : public ApiRequest
{
    Q_OBJECT

public:
    GetTemplateRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);
    const Template &result() const { return m_result; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/template/%1").arg(m_id); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    Template m_result;
};

// PUT /v1/template/{id} with the create body (answer {id, rev}, INFERRED).
class UpdateTemplateRequest final : public ApiRequest
{
    Q_OBJECT

public:
    UpdateTemplateRequest(HeymarketClient *client, qint64 id, QString title, QString text,
                          QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "PUT"; }
    QString path() const override { return QStringLiteral("/v1/template/%1").arg(m_id); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    QString m_title;
    QString m_text;
    WriteResult m_result;
};

// DELETE /v1/template/{id}
class DeleteTemplateRequest final : public ApiRequest
{
    Q_OBJECT

public:
    DeleteTemplateRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override { return QStringLiteral("/v1/template/%1").arg(m_id); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
};

// POST /v1/templates: the 30 most recently updated (before `beforeText`,
// an RFC 3339 time, when given). A read sent as POST: safe to repeat.
class ListTemplatesRequest final : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListTemplatesRequest(HeymarketClient *client, QString beforeText = {},
                                  QObject *parent = nullptr);
    const QList<Template> &templates() const { return m_templates; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/templates"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_before;
    QList<Template> m_templates;
};

// POST /v1/conversations (14.2): those of memberId's inboxes (0: all),
// optionally only some inboxes, updated before `beforeText` (the last
// page's last `updated`). A read sent as POST: safe to repeat.
class ListConversationsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    ListConversationsRequest(HeymarketClient *client, qint64 memberId, QList<qint64> inboxes = {},
                             QString beforeText = {}, QObject *parent = nullptr);
    const QList<Conversation> &conversations() const { return m_conversations; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/conversations"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_member;
    QList<qint64> m_inboxes;
    QString m_before;
    QList<Conversation> m_conversations;
};

// GET /v1/conversations/{id}
class GetConversationRequest final : public ApiRequest
{
    Q_OBJECT

public:
    GetConversationRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);
    const Conversation &result() const { return m_result; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/conversations/%1").arg(m_id); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    Conversation m_result;
};

// Members of a broadcast list (13.2, 13.3): existing contacts by v1 id,
// phone numbers (E.164 digits) and email addresses; numbers and addresses
// the team does not know become new contacts.
struct ListMembers
{
    QList<qint64> contacts;
    QStringList phones;
    QStringList emails;
    bool isEmpty() const { return contacts.isEmpty() && phones.isEmpty() && emails.isEmpty(); }
};

// POST /v2/lists. The local_id is required and keeps a repeated create from
// making a second list, so it is safe to repeat.
class CreateListRequest final : public ApiRequest
{
    Q_OBJECT

public:
    CreateListRequest(HeymarketClient *client, QString title, QString localId, ListMembers members,
                      QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v2/lists"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_title;
    QString m_localId;
    ListMembers m_members;
    WriteResult m_result;
};

struct ListUpdate
{
    QString title;                         // empty: unchanged
    std::optional<QList<qint64>> contacts; // replaces the whole membership
    ListMembers add;
    ListMembers remove;
};

// PUT /v2/lists/{id}: adds and removes are set operations, safe to repeat.
class UpdateListRequest final : public ApiRequest
{
    Q_OBJECT

public:
    UpdateListRequest(HeymarketClient *client, qint64 id, ListUpdate update,
                      QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "PUT"; }
    QString path() const override { return QStringLiteral("/v2/lists/%1").arg(m_id); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    ListUpdate m_update;
    WriteResult m_result;
};

// DELETE /v2/lists/{id}: the list goes, its contacts stay.
class DeleteListRequest final : public ApiRequest
{
    Q_OBJECT

public:
    DeleteListRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override { return QStringLiteral("/v2/lists/%1").arg(m_id); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
};

} // namespace ContactDesk::Api
