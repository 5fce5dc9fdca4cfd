#include "api/ContactRequests.h"

#include "api/ContactV2Requests.h"
#include "core/ApiJson.h"
#include "core/ContactFields.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace ContactDesk::Api {

namespace {

QJsonObject keyJson(const ContactKey &key)
{
    if (!key.phone.isEmpty())
        return {{QStringLiteral("phone"), key.phone}};
    return {{QStringLiteral("id"), key.id}};
}

} // namespace

bool matchesWrite(const Contact &contact, const ContactWrite &write)
{
    const auto same = [](const std::optional<QString> &wanted, const QString &actual) {
        return !wanted || *wanted == actual;
    };
    const bool email =
        !write.email || write.email->compare(contact.email, Qt::CaseInsensitive) == 0;
    return same(write.phone, contact.phone) && same(write.first, contact.first) &&
           same(write.last, contact.last) && email;
}

QJsonObject ContactListQuery::toJson() const
{
    QJsonObject json{{QStringLiteral("limit"), limit}};
    if (!cursor.isEmpty())
        json.insert(QStringLiteral("date"), cursor);
    if (page > 0)
        json.insert(QStringLiteral("page"), page);
    if (ascending)
        json.insert(QStringLiteral("ascending"), true);
    if (assigned)
        json.insert(QStringLiteral("assigned"), *assigned);
    return json;
}

// ---------------------------------------------------------------- create

CreateContactRequest::CreateContactRequest(HeymarketClient *client, ContactWrite contact,
                                           QObject *parent)
    : ApiRequest(client, parent)
    , m_contact(std::move(contact))
{}

QJsonValue CreateContactRequest::body() const
{
    return ApiJson::encodeContactWrite(m_contact);
}

ApiError CreateContactRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

ApiRequest *CreateContactRequest::makeRecoveryProbe()
{
    if (!m_contact.phone || m_contact.phone->isEmpty())
        return nullptr;
    return new SearchContactsRequest(client(), {{ChannelType::phone, {*m_contact.phone}}});
}

bool CreateContactRequest::recoverFrom(ApiRequest *probe)
{
    const auto *search = static_cast<SearchContactsRequest *>(probe);
    for (const Contact &contact : search->contacts()) {
        if (matchesWrite(contact, m_contact)) {
            m_result = {contact.id, contact.rev, contact.uuid};
            return true;
        }
    }
    return false;
}

bool CreateContactRequest::mayBeOwnEcho(const ApiError &error) const
{
    // An error body without a field (plain text, as some servers send) may
    // be the same refusal: the probe tells.
    return error.kind == ApiError::Kind::BadRequest &&
           (error.field.isEmpty() || error.field == QLatin1String("phone"));
}

// ---------------------------------------------------------------- get, update, delete

GetContactRequest::GetContactRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

QString GetContactRequest::path() const
{
    return QStringLiteral("/v1/contact/%1").arg(m_id);
}

ApiError GetContactRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContact(json, &problem), problem, m_contact);
}

UpdateContactRequest::UpdateContactRequest(HeymarketClient *client, qint64 id, ContactWrite contact,
                                           bool overwriteCustom, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
    , m_contact(std::move(contact))
    , m_overwrite(overwriteCustom)
{}

QString UpdateContactRequest::path() const
{
    return QStringLiteral("/v1/contact/%1").arg(m_id);
}

QUrlQuery UpdateContactRequest::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("overwrite"),
                       m_overwrite ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

QJsonValue UpdateContactRequest::body() const
{
    return ApiJson::encodeContactWrite(m_contact);
}

ApiError UpdateContactRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeWriteResult(json, &problem), problem, m_result);
}

DeleteContactRequest::DeleteContactRequest(HeymarketClient *client, qint64 id, QObject *parent)
    : ApiRequest(client, parent)
    , m_id(id)
{}

QString DeleteContactRequest::path() const
{
    return QStringLiteral("/v1/contact/%1").arg(m_id);
}

ApiError DeleteContactRequest::parse(const QJsonValue &json)
{
    return ApiJson::isAcknowledgement(json) ? ApiError()
                                            : badResponse(tr("unexpected answer to a delete"));
}

// ---------------------------------------------------------------- list, count

ListContactsRequest::ListContactsRequest(HeymarketClient *client, ContactListQuery query,
                                         QObject *parent)
    : ApiRequest(client, parent)
    , m_query(std::move(query))
{}

ApiError ListContactsRequest::parse(const QJsonValue &json)
{
    QElapsedTimer timer;
    timer.start();
    QString problem;
    auto contacts = ApiJson::decodeContacts(json, &problem);
    m_decodeNs = timer.nsecsElapsed();
    return take(std::move(contacts), problem, m_contacts);
}

CountContactsRequest::CountContactsRequest(HeymarketClient *client, QString cursor, QObject *parent)
    : ApiRequest(client, parent)
    , m_cursor(std::move(cursor))
{}

QJsonValue CountContactsRequest::body() const
{
    QJsonObject json;
    if (!m_cursor.isEmpty())
        json.insert(QStringLiteral("date"), m_cursor);
    return json;
}

ApiError CountContactsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeCount(json, &problem), problem, m_count);
}

// ---------------------------------------------------------------- lookups and status

FindContactRequest::FindContactRequest(HeymarketClient *client, ContactKey key, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
{}

QJsonValue FindContactRequest::body() const
{
    QJsonObject json = keyJson(m_key);
    if (json.contains(QStringLiteral("id")))
        json.insert(QStringLiteral("id"), QString::number(m_key.id)); // documented as a string
    return json;
}

ApiError FindContactRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContact(json, &problem), problem, m_contact);
}

ContactStatusRequest::ContactStatusRequest(HeymarketClient *client, ContactKey key, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
{}

QJsonValue ContactStatusRequest::body() const
{
    return keyJson(m_key);
}

ApiError ContactStatusRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeContactStatus(json, &problem), problem, m_status);
}

SetContactStatusRequest::SetContactStatusRequest(HeymarketClient *client, ContactKey key,
                                                 ContactStatusChange change, QObject *parent)
    : ApiRequest(client, parent)
    , m_key(std::move(key))
    , m_change(change)
{}

QJsonValue SetContactStatusRequest::body() const
{
    QJsonObject json = keyJson(m_key);
    json.insert(QStringLiteral("status"), ApiJson::statusChangeName(m_change));
    return json;
}

ApiError SetContactStatusRequest::parse(const QJsonValue &json)
{
    return ApiJson::isAcknowledgement(json) ? ApiError()
                                            : badResponse(tr("unexpected answer to set_status"));
}

// ---------------------------------------------------------------- batch

BatchCreateContactsRequest::BatchCreateContactsRequest(HeymarketClient *client,
                                                       QList<ContactWrite> contacts, bool overwrite,
                                                       QObject *parent)
    : ApiRequest(client, parent)
    , m_contacts(std::move(contacts))
    , m_overwrite(overwrite)
{}

QUrlQuery BatchCreateContactsRequest::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("overwrite"),
                       m_overwrite ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

QJsonValue BatchCreateContactsRequest::body() const
{
    QJsonArray array;
    for (const ContactWrite &contact : m_contacts)
        array.append(ApiJson::encodeContactWrite(contact));
    return array;
}

ApiError BatchCreateContactsRequest::parse(const QJsonValue &json)
{
    QString problem;
    return take(ApiJson::decodeBatchResult(json, &problem), problem, m_result);
}

} // namespace ContactDesk::Api
