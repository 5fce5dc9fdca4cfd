#pragma once

#include "sandbox/ContactCodec.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/SandboxStore.h"

#include <QHash>
#include <QRegularExpression>

namespace ContactDesk::Sandbox {

// The Heymarket endpoints the sandbox serves, independent of sockets: a
// method, a path, a query and a body in; a status, headers and JSON out.
// Authentication, rate limits and fault injection happen before this, in
// SandboxServer.
class SandboxApi final
{
    Q_DISABLE_COPY_MOVE(SandboxApi)

public:
    explicit SandboxApi(SandboxStore &store);

    // Never throws: refusals become JSON error replies, database failures 500.
    Reply handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &body);

    static constexpr int maxBatchSize = 1000;
    static constexpr int defaultPageSize = 30;
    static constexpr int maxPageSize = 100;

private:
    using Handler = Reply (SandboxApi::*)(const Call &);
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    void addRoute(const char *method, const QString &pattern, Handler handler);
    Reply dispatch(Call &call);

    // contacts v1
    Reply createContactV1(const Call &call);
    Reply getContactV1(const Call &call);
    Reply updateContactV1(const Call &call);
    Reply deleteContactV1(const Call &call);
    Reply listContactsV1(const Call &call);
    Reply countContacts(const Call &call);
    Reply getContactByPhoneOrId(const Call &call);
    Reply contactStatus(const Call &call);
    Reply setContactStatus(const Call &call);
    Reply batchCreateContacts(const Call &call);
    // contacts v2
    Reply createContactV2(const Call &call);
    Reply getContactV2(const Call &call);
    Reply updateContactV2(const Call &call);
    Reply deleteContactV2(const Call &call);
    Reply searchContacts(const Call &call);
    Reply listContactsV2(const Call &call);
    Reply bulkContactsV2(const Call &call);
    Reply bulkDeleteContactsV2(const Call &call);
    // channels
    Reply addChannel(const Call &call);
    Reply updateChannel(const Call &call);
    Reply listChannels(const Call &call);
    Reply getChannel(const Call &call);
    Reply deleteChannel(const Call &call);
    // directory
    Reply listFields(const Call &call);
    Reply createFields(const Call &call);
    Reply createTag(const Call &call);
    Reply getTag(const Call &call);
    Reply listTags(const Call &call);
    Reply deleteTag(const Call &call);
    Reply team(const Call &call);
    Reply usersGet(const Call &call);
    Reply inboxes(const Call &call);
    // messaging (recorded, never delivered)
    Reply sendMessage(const Call &call);
    Reply sendEmail(const Call &call);
    Reply messageHistory(const Call &call);
    Reply listConversations(const Call &call);
    Reply getConversation(const Call &call);
    Reply createTemplate(const Call &call);
    Reply getTemplate(const Call &call);
    Reply updateTemplate(const Call &call);
    Reply deleteTemplate(const Call &call);
    Reply listTemplates(const Call &call);
    QJsonObject templateFromBody(const QJsonObject &body, qint64 id, qint64 rev, qint64 created,
                                 qint64 now) const;
    qint64 requireTemplateId(const Call &call) const;
    QJsonObject requireInbox(const QJsonObject &body, const QString &field) const;
    QString renderFor(const QString &text, const QString &phone) const;
    Reply broadcast(const QJsonObject &body, qint64 inboxId, const QJsonObject &list,
                    const QString &text, const QString &media, const QString &localId);
    // lists v2
    Reply createList(const Call &call);
    Reply updateList(const Call &call);
    Reply deleteList(const Call &call);
    qint64 requireListId(const Call &call) const;
    QList<qint64> existingContacts(const QJsonObject &body, const QString &field) const;
    QList<qint64> contactsFor(const QJsonObject &body, const QString &phonesField,
                              const QString &emailsField, qint64 now);
    void setListMembers(QJsonObject &list, const QList<qint64> &members) const;

    // helpers
    ContactRecord requireContactV1(const QString &idText) const;
    ContactRecord requireContactV2(const QString &uuidText) const;
    ContactRecord findContactForLookup(const QJsonObject &body, bool phoneWins) const;
    SandboxStore::ListQuery parseListQuery(const QJsonObject &body) const;
    void applyInput(ContactRecord &contact, const ContactInput &input, bool overwriteCustom,
                    qint64 now, const QString &prefix);
    void addChannelTo(ContactRecord &contact, const ChannelInput &channel, qint64 now,
                      const QString &field);
    void setPrimaryValue(ContactRecord &contact, const QString &type, const QString &newValue,
                         qint64 now);
    void requirePhoneFree(const QString &phone, const ContactRecord &contact,
                          const QString &field) const;
    void touch(ContactRecord &contact, qint64 now, const QString &op);
    void saveUpdate(ContactRecord &contact, const ContactInput &input, bool overwrite);
    Reply saveChannels(ContactRecord &contact, qint64 now, const QString &op);
    Reply removeContact(const ContactRecord &contact);
    Reply listContacts(const Call &call, bool v2Form);
    ContactRecord newContact(qint64 now) const;
    const QHash<qint64, TagRecord> &tags();
    qint64 teamId() const { return m_teamId; }
    QJsonObject v1(const ContactRecord &contact)
    {
        return contactJsonV1(contact, tags(), m_teamId);
    }
    QJsonObject v2(const ContactRecord &contact)
    {
        return contactJsonV2(contact, tags(), m_teamId);
    }
    static QJsonObject writeResult(const ContactRecord &contact);

    SandboxStore &m_store;
    QList<Route> m_routes;
    QHash<qint64, TagRecord> m_tags;
    bool m_tagsLoaded = false;
    qint64 m_teamId = 0;
};

} // namespace ContactDesk::Sandbox
