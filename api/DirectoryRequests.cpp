#include "api/DirectoryRequests.h"

#include "core/ApiJson.h"
#include "core/Timestamps.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ContactDesk::Api {

namespace {

QJsonObject cursorBody(const QString &cursor)
{
    QJsonObject json;
    if (!cursor.isEmpty())
        json.insert(QStringLiteral("date"), cursor);
    return json;
}

} // namespace

ListCustomFieldsRequest::ListCustomFieldsRequest(HeymarketClient *client, QObject *parent)
    : ApiRequest(client, parent)
{}

QJsonValue ListCustomFieldsRequest::body() const
{
    return QJsonObject();
}

ApiError ListCustomFieldsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeCustomFields(json, &problem), problem, m_fields);
}

CreateCustomFieldsRequest::CreateCustomFieldsRequest(HeymarketClient *client, QStringList titles,
                                                     QObject *parent)
    : ApiRequest(client, parent)
    , m_titles(std::move(titles))
{}

QJsonValue CreateCustomFieldsRequest::body() const
{
    QJsonArray array;
    for (const QString &title : m_titles)
        array.append(QJsonObject{{QStringLiteral("title"), title}});
    return array;
}

ApiError CreateCustomFieldsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeCustomFields(json, &problem), problem, m_fields);
}

CreateTagRequest::CreateTagRequest(HeymarketClient *client, QString name, QString color,
                                   QObject *parent)
    : ApiRequest(client, parent)
    , m_name(std::move(name))
    , m_color(std::move(color))
{}

QJsonValue CreateTagRequest::body() const
{
    QJsonObject json{{QStringLiteral("tag"), m_name}};
    if (!m_color.isEmpty())
        json.insert(QStringLiteral("color"), m_color);
    return json;
}

ApiError CreateTagRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

ApiRequest *CreateTagRequest::makeRecoveryProbe()
{
    return new ListTagsRequest(client());
}

bool CreateTagRequest::recoverFrom(ApiRequest *probe)
{
    for (const Tag &tag : static_cast<ListTagsRequest *>(probe)->tags()) {
        if (tag.name.compare(m_name, Qt::CaseInsensitive) == 0) {
            m_result = {tag.id, tag.rev, {}};
            return true;
        }
    }
    return false;
}

bool CreateTagRequest::mayBeOwnEcho(const ApiError &error) const
{
    // A tag with this name exists: ours from a lost attempt, or one made
    // elsewhere; either way the team has the tag the user asked for.
    // (An error body without a field, plain text, may be the same refusal.)
    return error.kind == ApiError::Kind::BadRequest &&
           (error.field.isEmpty() || error.field == QLatin1String("tag"));
}

GetTagRequest::GetTagRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

ApiError GetTagRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeTag(json, &problem), problem, m_tag);
}

ListTagsRequest::ListTagsRequest(HeymarketClient *client, QString cursor, QObject *parent)
    : ApiRequest(client, parent)
    , m_cursor(std::move(cursor))
{}

QString ListTagsRequest::cursorAfter(const QString &lastUpdated)
{
    const auto ms = Timestamps::parse(lastUpdated);
    return ms ? Timestamps::format(*ms + 1) : QString();
}

QJsonValue ListTagsRequest::body() const
{
    return cursorBody(m_cursor);
}

ApiError ListTagsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeTags(json, &problem), problem, m_tags);
}

DeleteTagRequest::DeleteTagRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

ApiError DeleteTagRequest::parse(const QJsonValue &json)
{
    return ApiJson::isAcknowledgement(json) ? ApiError()
                                            : badResponse(tr("unexpected answer to a delete"));
}

GetTeamRequest::GetTeamRequest(HeymarketClient *client, QObject *parent)
    : ApiRequest(client, parent)
{}

ApiError GetTeamRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeTeam(json, &problem), problem, m_team);
}

GetUsersRequest::GetUsersRequest(HeymarketClient *client, QStringList phones, QStringList emails,
                                 QObject *parent)
    : ApiRequest(client, parent)
    , m_phones(std::move(phones))
    , m_emails(std::move(emails))
{}

QJsonValue GetUsersRequest::body() const
{
    QJsonObject json;
    if (!m_phones.isEmpty())
        json.insert(QStringLiteral("phone"), QJsonArray::fromStringList(m_phones));
    if (!m_emails.isEmpty())
        json.insert(QStringLiteral("email"), QJsonArray::fromStringList(m_emails));
    return json;
}

ApiError GetUsersRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeTeamUsers(json, &problem), problem, m_users);
}

ListInboxesRequest::ListInboxesRequest(HeymarketClient *client, QObject *parent)
    : ApiRequest(client, parent)
{}

ApiError ListInboxesRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeInboxes(json, &problem), problem, m_inboxes);
}

} // namespace ContactDesk::Api
