#pragma once

#include "api/ApiRequest.h"
#include "api/ContactRequests.h"
#include "core/Domain.h"

namespace ContactDesk::Api {

// Contacts v2 (spec section 5): paths take the contact's UUID, never the v1
// integer id. Channel endpoints (5.9) are here too.

// POST /v2/contact with contact_channels. Not safe to repeat: after a lost
// answer it searches by the first channel before creating again.
class CreateContactV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    CreateContactV2Request(HeymarketClient *client, ContactWrite contact,
                           QObject *parent = nullptr);
    const WriteResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v2/contact"); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;
    ApiRequest *makeRecoveryProbe() override;
    bool recoverFrom(ApiRequest *probe) override;
    bool mayBeOwnEcho(const ApiError &error) const override;

private:
    std::optional<Channel> lookupChannel() const;
    ContactWrite m_contact;
    WriteResult m_result;
};

// GET /v2/contact/{contactID}
class GetContactV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    GetContactV2Request(HeymarketClient *client, QString uuid, QObject *parent = nullptr);
    const Contact &contact() const { return m_contact; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v2/contact/") + m_uuid; }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_uuid;
    Contact m_contact;
};

// PUT /v2/contact/{contactID}: answers the whole contact.
class UpdateContactV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    UpdateContactV2Request(HeymarketClient *client, QString uuid, ContactWrite contact,
                           bool overwriteCustom, QObject *parent = nullptr);
    const Contact &contact() const { return m_result; }

protected:
    QByteArray method() const override { return "PUT"; }
    QString path() const override { return QStringLiteral("/v2/contact/") + m_uuid; }
    QUrlQuery query() const override;
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_uuid;
    ContactWrite m_contact;
    bool m_overwrite;
    Contact m_result;
};

// DELETE /v2/contact/{contactID}
class DeleteContactV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    DeleteContactV2Request(HeymarketClient *client, QString uuid, QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override { return QStringLiteral("/v2/contact/") + m_uuid; }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_uuid;
};

// POST /v2/contacts/search. Each filter is a channel type (empty: the
// server infers phone or email from the value) and the values to look up.
struct ChannelFilter
{
    QString type;
    QStringList values;
};

class SearchContactsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    SearchContactsRequest(HeymarketClient *client, QList<ChannelFilter> filters,
                          QObject *parent = nullptr);
    const QList<Contact> &contacts() const { return m_contacts; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v2/contacts/search"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    QList<ChannelFilter> m_filters;
    QList<Contact> m_contacts;
};

// POST /v2/contacts/list
class ListContactsV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    ListContactsV2Request(HeymarketClient *client, ContactListQuery query,
                          QObject *parent = nullptr);
    const QList<Contact> &contacts() const { return m_contacts; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v2/contacts/list"); }
    QJsonValue body() const override;
    bool isSafeToRepeat() const override { return true; }
    ApiError parse(const QJsonValue &json) override;

private:
    ContactListQuery m_query;
    QList<Contact> m_contacts;
};

// POST /v2/contacts: bulk create (no contactUuid) or update (contactUuid).
// Safe to repeat only when every element is an update.
class BulkContactsV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    BulkContactsV2Request(HeymarketClient *client, QList<ContactWrite> contacts,
                          bool overwriteCustom, QObject *parent = nullptr);
    const BatchResult &result() const { return m_result; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v2/contacts"); }
    QUrlQuery query() const override;
    QJsonValue body() const override;
    bool isSafeToRepeat() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QList<ContactWrite> m_contacts;
    bool m_overwrite;
    BatchResult m_result;
};

// DELETE /v2/contacts with {"contact_channels": [{"channel_type": "id", ...}]}
class BulkDeleteContactsV2Request final : public ApiRequest
{
    Q_OBJECT

public:
    BulkDeleteContactsV2Request(HeymarketClient *client, QStringList uuids,
                                QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override { return QStringLiteral("/v2/contacts"); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QStringList m_uuids;
};

// POST /v2/contact/{contactID}/channel. Not safe to repeat blindly; after a
// lost answer it lists the channels to see whether the new one is there.
class AddChannelRequest final : public ApiRequest
{
    Q_OBJECT

public:
    AddChannelRequest(HeymarketClient *client, QString uuid, Channel channel,
                      QObject *parent = nullptr);
    const QList<Channel> &channels() const { return m_channels; }

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v2/contact/%1/channel").arg(m_uuid); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;
    ApiRequest *makeRecoveryProbe() override;
    bool recoverFrom(ApiRequest *probe) override;

private:
    QString m_uuid;
    Channel m_channel;
    QList<Channel> m_channels;
};

// PUT /v2/contact/{contactID}/channel: changes the (first) channel of a type.
class UpdateChannelRequest final : public ApiRequest
{
    Q_OBJECT

public:
    UpdateChannelRequest(HeymarketClient *client, QString uuid, Channel channel,
                         QObject *parent = nullptr);
    const QList<Channel> &channels() const { return m_channels; }

protected:
    QByteArray method() const override { return "PUT"; }
    QString path() const override { return QStringLiteral("/v2/contact/%1/channel").arg(m_uuid); }
    QJsonValue body() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_uuid;
    Channel m_channel;
    QList<Channel> m_channels;
};

// GET /v2/contact/{contactID}/channels
class ListChannelsRequest final : public ApiRequest
{
    Q_OBJECT

public:
    ListChannelsRequest(HeymarketClient *client, QString uuid, QObject *parent = nullptr);
    const QList<Channel> &channels() const { return m_channels; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override { return QStringLiteral("/v2/contact/%1/channels").arg(m_uuid); }
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_uuid;
    QList<Channel> m_channels;
};

// GET /v2/contact/{contactID}/channel/{channelType}
class GetChannelRequest final : public ApiRequest
{
    Q_OBJECT

public:
    GetChannelRequest(HeymarketClient *client, QString uuid, QString type,
                      QObject *parent = nullptr);
    const Channel &channel() const { return m_channel; }

protected:
    QByteArray method() const override { return "GET"; }
    QString path() const override;
    ApiError parse(const QJsonValue &json) override;

private:
    QString m_uuid;
    QString m_type;
    Channel m_channel;
};

// DELETE /v2/contact/{contactID}/channel/{channelType}. The path names only
// a type, so repeating it could delete the *next* channel of that type: it is
// retried only after a listing shows `expectedValue` still there.
class DeleteChannelRequest final : public ApiRequest
{
    Q_OBJECT

public:
    DeleteChannelRequest(HeymarketClient *client, QString uuid, QString type, QString expectedValue,
                         QObject *parent = nullptr);

protected:
    QByteArray method() const override { return "DELETE"; }
    QString path() const override;
    bool isSafeToRepeat() const override { return false; }
    ApiError parse(const QJsonValue &json) override;
    ApiRequest *makeRecoveryProbe() override;
    bool recoverFrom(ApiRequest *probe) override;

private:
    QString m_uuid;
    QString m_type;
    QString m_expectedValue;
};

} // namespace ContactDesk::Api
