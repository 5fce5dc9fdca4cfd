#pragma once

#include "api/ApiRequest.h"
#include "core/Domain.h"

namespace ContactDesk::Api {

// Custom fields, tags, team, users and inboxes (spec sections 6, 7, 9, 10).

// POST /v1/contact-fields
class ListCustomFieldsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListCustomFieldsRequest(HeymarketClient *client, QObject *parent = nullptr);
    const QList<CustomField> &fields() const { return m_fields; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contact-fields"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QList<CustomField> m_fields;
};

// POST /v1/contacts/fields. Safe to repeat: an existing title comes back
// with duplicate = true instead of a second field.
class CreateCustomFieldsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    CreateCustomFieldsRequest(HeymarketClient *client, QStringList titles,
                              QObject *parent = nullptr);
    const QList<CustomField> &fields() const { return m_fields; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contacts/fields"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QStringList m_titles;
    QList<CustomField> m_fields;
};

// POST /v1/tag. Not safe to repeat blindly: after a lost answer it lists
// the newest tags to see whether this one was made.
class CreateTagRequest final : public ApiRequest
{
    Q_OBJECT

public:
    CreateTagRequest(HeymarketClient *client, QString name, QString color = {},
                     QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/tag"); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;
    ApiRequest *makeRecoveryProbe() override;
    bool recoverFrom(ApiRequest *probe) override;
    bool mayBeOwnEcho(const ApiError &error) const override;

private:
    QString m_name;
    QString m_color;
    WriteResult m_result;
};

// GET /v1/tag/{id}
class GetTagRequest final : public ApiRequest
{
    Q_OBJECT

public:
    GetTagRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);
    const Tag &tag() const { return m_tag; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/tag/%1").arg(m_id); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    Tag m_tag;
};

// POST /v1/tags: up to 30 tags updated before the cursor (at or before it,
// by some readings), newest first.
class ListTagsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListTagsRequest(HeymarketClient *client, QString cursor = {},
                             QObject *parent = nullptr);
    const QList<Tag> &tags() const { return m_tags; }
    // The cursor for the page after one whose last tag was updated at
    // `lastUpdated`: a millisecond later, so that the tags sharing that time
    // come again whether the server reads "before" inclusively or strictly
    // (7.4 does not say); callers de-duplicate by id and stop on a page with
    // nothing new. Empty when the time cannot be read.
    static QString cursorAfter(const QString &lastUpdated);

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/tags"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_cursor;
    QList<Tag> m_tags;
};

// DELETE /v1/tag/{id}
class DeleteTagRequest final : public ApiRequest
{
    Q_OBJECT

public:
    DeleteTagRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override { return QStringLiteral("/v1/tag/%1").arg(m_id); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
};

// GET /v1/team
class GetTeamRequest final : public ApiRequest
{
    Q_OBJECT

public:
    explicit GetTeamRequest(HeymarketClient *client, QObject *parent = nullptr);
    const Team &team() const { return m_team; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/team"); }
    ApiError parse(const QJsonValue &json) override;

private:
    Team m_team;
};

// GET /v1/users/get, a GET with a JSON body.
class GetUsersRequest final : public ApiRequest
{
    Q_OBJECT

public:
    GetUsersRequest(HeymarketClient *client, QStringList phones, QStringList emails,
                    QObject *parent = nullptr);
    const QList<TeamUser> &users() const { return m_users; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/users/get"); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QStringList m_phones;
    QStringList m_emails;
    QList<TeamUser> m_users;
};

// GET /v1/inboxes: the suggested harmless call to verify credentials.
class ListInboxesRequest final : public ApiRequest
{
    Q_OBJECT

public:
    explicit ListInboxesRequest(HeymarketClient *client, QObject *parent = nullptr);
    const QList<Inbox> &inboxes() const { return m_inboxes; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v1/inboxes"); }
    ApiError parse(const QJsonValue &json) override;

private:
    QList<Inbox> m_inboxes;
};

} // namespace ContactDesk::Api
