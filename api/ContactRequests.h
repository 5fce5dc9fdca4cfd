#pragma once

#include "api/ApiRequest.h"
#include "core/Domain.h"

#include <QJsonObject>

namespace ContactDesk::Api {

// Contacts v1 (spec section 4): one request type per endpoint.

// True when contact carries every value the write set (names, email,
// phone): how a lookup recognises the result of an earlier copy of a create.
bool matchesWrite(const Contact &contact, const ContactWrite &write);

struct ContactListQuery
{
    QString cursor; // "date": the `updated` text of the last contact of the previous page
    int page = 0;
    int limit = 30;
    bool ascending = false;
    std::optional<qint64> assigned;

    QJsonObject toJson() const;
};

// POST /v1/contact. Not safe to repeat: after a lost answer it looks the
// phone up (v2 search) and only creates again when the contact is not there.
class CreateContactRequest final : public ApiRequest
{
    Q_OBJECT

public:
    CreateContactRequest(HeymarketClient *client, ContactWrite contact, QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contact"); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;
    ApiRequest *makeRecoveryProbe() override;
    bool recoverFrom(ApiRequest *probe) override;
    bool mayBeOwnEcho(const ApiError &error) const override;

private:
    ContactWrite m_contact;
    WriteResult m_result;
};

// GET /v1/contact/{id}
class GetContactRequest final : public ApiRequest
{
    Q_OBJECT

public:
    GetContactRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);
    const Contact &contact() const { return m_contact; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    Contact m_contact;
};

// PUT /v1/contact/{id}?overwrite=... The contact's phone is required.
class UpdateContactRequest final : public ApiRequest
{
    Q_OBJECT

public:
    UpdateContactRequest(HeymarketClient *client, qint64 id, ContactWrite contact,
                         bool overwriteCustom, QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "PUT"; }
    QString path() const override;
    QUrlQuery query() const override;
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
    ContactWrite m_contact;
    bool m_overwrite;
    WriteResult m_result;
};

// DELETE /v1/contact/{id}
class DeleteContactRequest final : public ApiRequest
{
    Q_OBJECT

public:
    DeleteContactRequest(HeymarketClient *client, qint64 id, QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_id;
};

// POST /v1/contacts: one page of contacts by the `updated` cursor.
class ListContactsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    ListContactsRequest(HeymarketClient *client, ContactListQuery query, QObject *parent = nullptr);
    const QList<Contact> &contacts() const { return m_contacts; }
    qint64 decodeNanoseconds() const { return m_decodeNs; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contacts"); }
    QJsonValue body() const override { return m_query.toJson(); }
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    ContactListQuery m_query;
    QList<Contact> m_contacts;
    qint64 m_decodeNs = 0;
};

// POST /v1/contacts/count
class CountContactsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    explicit CountContactsRequest(HeymarketClient *client, QString cursor = {},
                                  QObject *parent = nullptr);
    qint64 count() const { return m_count; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contacts/count"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_cursor;
    qint64 m_count = 0;
};

// Identifies one contact for the lookup endpoints: by phone, or by v1 id.
struct ContactKey
{
    QString phone;
    qint64 id = 0;

    static ContactKey byPhone(const QString &phone) { return {phone, 0}; }
    static ContactKey byId(qint64 id) { return {{}, id}; }
};

// POST /v1/contact/get
class FindContactRequest final : public ApiRequest
{
    Q_OBJECT

public:
    FindContactRequest(HeymarketClient *client, ContactKey key, QObject *parent = nullptr);
    const Contact &contact() const { return m_contact; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contact/get"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    ContactKey m_key;
    Contact m_contact;
};

// POST /v1/contact/status
class ContactStatusRequest final : public ApiRequest
{
    Q_OBJECT

public:
    ContactStatusRequest(HeymarketClient *client, ContactKey key, QObject *parent = nullptr);
    const ContactStatus &status() const { return m_status; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contact/status"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    ContactKey m_key;
    ContactStatus m_status;
};

// POST /v1/contact/set_status (setting a status twice is the same as once).
class SetContactStatusRequest final : public ApiRequest
{
    Q_OBJECT

public:
    SetContactStatusRequest(HeymarketClient *client, ContactKey key, ContactStatusChange change,
                            QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contact/set_status"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    ContactKey m_key;
    ContactStatusChange m_change;
};

// POST /v1/batch/contacts?overwrite=... Safe to repeat: existing phones are
// skipped (or overwritten with the same values), never doubled.
class BatchCreateContactsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    BatchCreateContactsRequest(HeymarketClient *client, QList<ContactWrite> contacts,
                               bool overwrite, QObject *parent = nullptr);
    const BatchResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/batch/contacts"); }
    QUrlQuery query() const override;
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QList<ContactWrite> m_contacts;
    bool m_overwrite;
    BatchResult m_result;
};

} // namespace ContactDesk::Api
