#include "api/ContactV2Requests.h"

#include "core/ApiJson.h"
#include "core/ContactFields.h"

#include <QJsonArray>

namespace ContactDesk::Api {

namespace {

QUrlQuery overwriteQuery(bool overwrite)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("overwrite"),
                       overwrite ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

QJsonObject channelBody(const Channel &channel)
{
    QJsonObject json{{QStringLiteral("channel_type"), channel.type},
                     {QStringLiteral("channel_id"), channel.value}};
    if (!channel.handle.isEmpty())
        json.insert(QStringLiteral("channel_handle"), channel.handle);
    return json;
}

bool hasChannel(const QList<Channel> &channels, const QString &type, const QString &value)
{
    return std::any_of(channels.cbegin(), channels.cend(), [&](const Channel &c) {
        return c.type == type && c.value.compare(value, Qt::CaseInsensitive) == 0;
    });
}

// A v2 create names its channels in contact_channels (5.1: at least one is
// required; a `phone` or `email` field alone is not read as one everywhere):
// the write's phone and email go there too when it does not list them.
QJsonObject createBody(ContactWrite write)
{
    if (write.contactUuid.isEmpty()) {
        if (write.email && !write.email->isEmpty() &&
            !hasChannel(write.channels, ChannelType::email, *write.email))
            write.channels.prepend(Channel{{}, {}, ChannelType::email, *write.email, {}, {}, 0, 0});
        if (write.phone && !write.phone->isEmpty() &&
            !hasChannel(write.channels, ChannelType::phone, *write.phone))
            write.channels.prepend(Channel{{}, {}, ChannelType::phone, *write.phone, {}, {}, 0, 0});
    }
    return ApiJson::encodeContactWrite(write);
}

} // namespace

// ---------------------------------------------------------------- create

CreateContactV2Request::CreateContactV2Request(HeymarketClient *client, ContactWrite contact,
                                               QObject *parent)
    : ApiRequest(client, parent)
    , m_contact(std::move(contact))
{}

QJsonValue CreateContactV2Request::body() const
{
    return createBody(m_contact);
}

ApiError CreateContactV2Request::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

std::optional<Channel> CreateContactV2Request::lookupChannel() const
{
    for (const Channel &channel : m_contact.channels) {
        if (channel.type == ChannelType::phone || channel.type == ChannelType::email)
            return channel;
    }
    if (m_contact.phone && !m_contact.phone->isEmpty())
        return Channel{{}, {}, ChannelType::phone, *m_contact.phone, {}, {}, 0, 0};
    return std::nullopt;
}

ApiRequest *CreateContactV2Request::makeRecoveryProbe()
{
    const auto channel = lookupChannel();
    if (!channel)
        return nullptr;
    return new SearchContactsRequest(client(), {{channel->type, {channel->value}}});
}

bool CreateContactV2Request::recoverFrom(ApiRequest *probe)
{
    const auto channel = lookupChannel();
    for (const Contact &contact : static_cast<SearchContactsRequest *>(probe)->contacts()) {
        const bool hasIt =
            hasChannel(contact.channels, channel->type, channel->value) ||
            (channel->type == ChannelType::phone && contact.phone == channel->value) ||
            (channel->type == ChannelType::email &&
             contact.email.compare(channel->value, Qt::CaseInsensitive) == 0);
        ContactWrite names = m_contact;
        names.phone.reset();
        if (hasIt && matchesWrite(contact, names)) {
            m_result = {contact.id, contact.rev, contact.uuid};
            return true;
        }
    }
    return false;
}

bool CreateContactV2Request::mayBeOwnEcho(const ApiError &error) const
{
    // An error body without a field (plain text) may be the same refusal.
    return error.kind == ApiError::Kind::BadRequest &&
           (error.field.isEmpty() || error.field == QLatin1String("phone") ||
            error.field.startsWith(QLatin1String("contact_channels")));
}

// ---------------------------------------------------------------- get, update, delete

GetContactV2Request::GetContactV2Request(HeymarketClient *client, QString uuid, QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
{}

ApiError GetContactV2Request::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContact(json, &problem), problem, m_contact);
}

UpdateContactV2Request::UpdateContactV2Request(HeymarketClient *client, QString uuid,
                                               ContactWrite contact, bool overwriteCustom,
                                               QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
    , m_contact(std::move(contact))
    , m_overwrite(overwriteCustom)
{}

QUrlQuery UpdateContactV2Request::query() const
{
    return overwriteQuery(m_overwrite);
}

QJsonValue UpdateContactV2Request::body() const
{
    return ApiJson::encodeContactWrite(m_contact);
}

ApiError UpdateContactV2Request::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContact(json, &problem), problem, m_result);
}

DeleteContactV2Request::DeleteContactV2Request(HeymarketClient *client, QString uuid,
                                               QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
{}

ApiError DeleteContactV2Request::parse(const QJsonValue &json)
{
    return ApiJson::isAcknowledgement(json) ? ApiError()
                                            : badResponse(tr("unexpected answer to a delete"));
}

// ---------------------------------------------------------------- search, list, bulk

SearchContactsRequest::SearchContactsRequest(HeymarketClient *client, QList<ChannelFilter> filters,
                                             QObject *parent)
    : ApiRequest(client, parent)
    , m_filters(std::move(filters))
{}

QJsonValue SearchContactsRequest::body() const
{
    QJsonArray filters;
    for (const ChannelFilter &filter : m_filters) {
        QJsonObject json{
            {QStringLiteral("channel_ids"), QJsonArray::fromStringList(filter.values)}};
        if (!filter.type.isEmpty())
            json.insert(QStringLiteral("channel_type"), filter.type);
        filters.append(json);
    }
    return QJsonObject{{QStringLiteral("contact_channels"), filters}};
}

ApiError SearchContactsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContacts(json, &problem), problem, m_contacts);
}

ListContactsV2Request::ListContactsV2Request(HeymarketClient *client, ContactListQuery query,
                                             QObject *parent)
    : ApiRequest(client, parent)
    , m_query(std::move(query))
{}

QJsonValue ListContactsV2Request::body() const
{
    QJsonObject json = m_query.toJson();
    json.insert(QStringLiteral("page"), m_query.page);
    json.insert(QStringLiteral("ascending"), m_query.ascending);
    return json;
}

ApiError ListContactsV2Request::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContacts(json, &problem), problem, m_contacts);
}

BulkContactsV2Request::BulkContactsV2Request(HeymarketClient *client, QList<ContactWrite> contacts,
                                             bool overwriteCustom, QObject *parent)
    : ApiRequest(client, parent)
    , m_contacts(std::move(contacts))
    , m_overwrite(overwriteCustom)
{}

QUrlQuery BulkContactsV2Request::query() const
{
    return overwriteQuery(m_overwrite);
}

QJsonValue BulkContactsV2Request::body() const
{
    QJsonArray contacts;
    for (const ContactWrite &contact : m_contacts)
        contacts.append(createBody(contact)); // an update (contact_id) goes as it is
    return QJsonObject{{QStringLiteral("contacts"), contacts}};
}

bool BulkContactsV2Request::isSafeToRepeat() const
{
    return std::all_of(m_contacts.cbegin(), m_contacts.cend(),
                       [](const ContactWrite &c) { return !c.contactUuid.isEmpty(); });
}

ApiError BulkContactsV2Request::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeBulkResult(json, &problem), problem, m_result);
}

BulkDeleteContactsV2Request::BulkDeleteContactsV2Request(HeymarketClient *client, QStringList uuids,
                                                         QObject *parent)
    : ApiRequest(client, parent)
    , m_uuids(std::move(uuids))
{}

QJsonValue BulkDeleteContactsV2Request::body() const
{
    return QJsonObject{
        {QStringLiteral("contact_channels"),
         QJsonArray{
             QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("id")},
                         {QStringLiteral("channel_ids"), QJsonArray::fromStringList(m_uuids)}}}}};
}

ApiError BulkDeleteContactsV2Request::parse(const QJsonValue &json)
{
    return ApiJson::isAcknowledgement(json) ? ApiError()
                                            : badResponse(tr("unexpected answer to a delete"));
}

// ---------------------------------------------------------------- channels

AddChannelRequest::AddChannelRequest(HeymarketClient *client, QString uuid, Channel channel,
                                     QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
    , m_channel(std::move(channel))
{}

QJsonValue AddChannelRequest::body() const
{
    return channelBody(m_channel);
}

ApiError AddChannelRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeChannels(json, &problem), problem, m_channels);
}

ApiRequest *AddChannelRequest::makeRecoveryProbe()
{
    return new ListChannelsRequest(client(), m_uuid);
}

bool AddChannelRequest::recoverFrom(ApiRequest *probe)
{
    const QList<Channel> &channels = static_cast<ListChannelsRequest *>(probe)->channels();
    if (!hasChannel(channels, m_channel.type, m_channel.value))
        return false;
    m_channels = channels;
    return true;
}

UpdateChannelRequest::UpdateChannelRequest(HeymarketClient *client, QString uuid, Channel channel,
                                           QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
    , m_channel(std::move(channel))
{}

QJsonValue UpdateChannelRequest::body() const
{
    return channelBody(m_channel);
}

ApiError UpdateChannelRequest::parse(const QJsonValue &json)
{
    // The answer is undocumented (INFERRED: like POST's). Accept the channel
    // list, a single channel, or a bare acknowledgement.
    QString problem;
    if (const auto channels = ApiJson::decodeChannels(json, &problem)) {
        m_channels = *channels;
        return {};
    }
    if (const auto channel = ApiJson::decodeChannel(json, &problem)) {
        m_channels = {*channel};
        return {};
    }
    return ApiJson::isAcknowledgement(json) && !json.isObject() ? ApiError() : badResponse(problem);
}

ListChannelsRequest::ListChannelsRequest(HeymarketClient *client, QString uuid, QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
{}

ApiError ListChannelsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeChannels(json, &problem), problem, m_channels);
}

GetChannelRequest::GetChannelRequest(HeymarketClient *client, QString uuid, QString type,
                                     QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
    , m_type(std::move(type))
{}

QString GetChannelRequest::path() const
{
    return QStringLiteral("/v2/contact/%1/channel/%2").arg(m_uuid, m_type);
}

ApiError GetChannelRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeChannel(json, &problem), problem, m_channel);
}

DeleteChannelRequest::DeleteChannelRequest(HeymarketClient *client, QString uuid, QString type,
                                           QString expectedValue, QObject *parent)
    : ApiRequest(client, parent)
    , m_uuid(std::move(uuid))
    , m_type(std::move(type))
    , m_expectedValue(std::move(expectedValue))
{}

QString DeleteChannelRequest::path() const
{
    return QStringLiteral("/v2/contact/%1/channel/%2").arg(m_uuid, m_type);
}

ApiError DeleteChannelRequest::parse(const QJsonValue &json)
{
    return ApiJson::isAcknowledgement(json) ? ApiError()
                                            : badResponse(tr("unexpected answer to a delete"));
}

ApiRequest *DeleteChannelRequest::makeRecoveryProbe()
{
    if (m_expectedValue.isEmpty())
        return nullptr;
    return new ListChannelsRequest(client(), m_uuid);
}

bool DeleteChannelRequest::recoverFrom(ApiRequest *probe)
{
    return !hasChannel(static_cast<ListChannelsRequest *>(probe)->channels(), m_type,
                       m_expectedValue);
}

} // namespace ContactDesk::Api
