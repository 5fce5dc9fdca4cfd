#pragma once

#include "sandbox/Clock.h"
#include "sandbox/Records.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace ContactDesk::Sandbox {

// The sandbox's SQLite database (WAL when on disk). One instance per server,
// used from the thread that created it. Errors from SQLite are thrown as
// StoreError; the server turns them into 500 answers.
class SandboxStore final
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    struct StoreError
    {
        QString message;
    };

    struct ListQuery
    {
        std::optional<qint64> cursor; // inclusive: updated <= cursor (>= when ascending)
        bool ascending = false;
        int limit = 30;
        int offset = 0;
        std::optional<qint64> assigned;
    };

    // How long a write waits for another connection's write lock (another
    // sandbox on the same file) before it fails with "database is locked".
    static constexpr int defaultBusyTimeoutMs = 5000;

    // RAII write transaction (BEGIN IMMEDIATE: the write lock is taken at
    // the start, waiting up to the busy timeout); rolls back unless commit()
    // was called. Not nested.
    class Transaction final
    {
        Q_DISABLE_COPY_MOVE(Transaction)

    public:
        explicit Transaction(SandboxStore &store);
        ~Transaction();
        void commit();

    private:
        SandboxStore &m_store;
        bool m_done = false;
    };

    // path empty = in-memory database. Write timestamps come from nowMs.
    explicit SandboxStore(const QString &path, Clock nowMs = wallClockMs);
    ~SandboxStore();

    // Empty on success, otherwise why the database could not be opened.
    QString openError() const { return m_openError; }
    bool isEmpty() const;

    // Ends every cached statement, so no read snapshot outlives a call and
    // the next read sees what another connection wrote since. The server
    // calls it after every request; transactions call it themselves.
    void releaseStatements() const;
    void setBusyTimeoutMs(int ms);

    // A write timestamp: the clock's now, but never earlier than the
    // previous one (two writes may share a millisecond), this store's or
    // another's on the same file. Call it inside a Transaction.
    qint64 nextTimestamp();

    std::optional<ContactRecord> contactById(qint64 id) const;
    std::optional<ContactRecord> contactByUuid(const QString &uuid) const;
    std::optional<qint64> contactIdByPhone(const QString &digits) const;
    std::optional<qint64> contactIdByEmail(const QString &address) const;
    QList<qint64> contactIdsByChannel(const QString &type, const QString &value) const;
    QList<ContactRecord> listContacts(const ListQuery &query) const;
    qint64 countContacts(std::optional<qint64> updatedAtOrBefore) const;
    QList<qint64> contactIdsWithTag(qint64 tagId) const;
    void insertContact(ContactRecord &contact); // assigns id when 0
    void updateContact(const ContactRecord &contact);
    void deleteContact(qint64 id);

    std::optional<TagRecord> tagById(qint64 id) const;
    std::optional<TagRecord> tagByName(const QString &name) const;
    // Newest first; with a cursor, the tags updated at or before it
    // (strictly before it when !inclusive).
    QList<TagRecord> listTags(std::optional<qint64> cursor, int limit, bool inclusive = true) const;
    void insertTag(TagRecord &tag);
    void deleteTag(qint64 id);

    QList<FieldRecord> listFields() const;
    bool fieldExists(qint64 id) const;
    std::optional<FieldRecord> fieldByTitle(const QString &title) const;
    void insertField(FieldRecord &field);

    QList<MemberRecord> listMembers() const;
    bool memberExists(qint64 id) const;
    void insertMember(const MemberRecord &member);
    void updateMember(const MemberRecord &member); // by id

    // The stored inboxes, with what only the sandbox knows of them (the
    // address of an email-capable inbox, under inboxEmailKey).
    QJsonArray inboxes() const;
    // The same as GET /v1/inboxes answers them: the contract's fields only.
    QJsonArray publicInboxes() const;
    void insertInbox(const QJsonObject &inbox);
    // The key of an inbox's email address in the stored JSON (never answered).
    static inline const QString inboxEmailKey = QStringLiteral("sandbox_email");
    // The address an inbox sends email from; empty when it is not email-capable.
    static QString inboxEmail(const QJsonObject &inbox);

    // Messages (recorded, never delivered) and their conversations.
    qint64 conversationFor(qint64 inbox, const QString &target, qint64 now);
    qint64 newConversation(qint64 inbox, const QString &target, qint64 now);
    std::optional<ConversationRecord> conversation(qint64 id) const;
    // Stores the message (its "id" filled in) and the answer the send gave,
    // so a repeat with the same local_id gets the same answer.
    qint64 insertMessage(const QString &localId, qint64 conversation, qint64 inbox,
                         const QString &phone, qint64 date, QJsonObject message,
                         QJsonObject &response);
    std::optional<QJsonObject> responseForLocalId(const QString &localId) const;
    // Newest first, sent before beforeMs.
    QJsonArray messages(const QString &phone, qint64 inbox, qint64 beforeMs, int limit) const;
    int messageCount() const;
    // A deleted contact's history (4.4): the conversations with any of the
    // targets (phone numbers, email addresses; any case) and their messages.
    void deleteConversationsWith(const QStringList &targets);
    // Conversations with at least one message, newest activity first
    // (all inboxes when `inboxes` is empty), as the API answers them.
    QJsonArray listConversations(const QList<qint64> &inboxes, qint64 beforeMs, int limit) const;
    std::optional<QJsonObject> conversationJson(qint64 id) const;

    // Message templates, kept as the JSON GET answers (with "id").
    qint64 insertTemplate(const QJsonObject &json, qint64 updated);
    void updateTemplate(qint64 id, const QJsonObject &json, qint64 updated);
    std::optional<QJsonObject> templateById(qint64 id) const;
    void deleteTemplate(qint64 id);
    QJsonArray listTemplates(qint64 beforeMs, int limit) const; // newest first

    // Broadcast lists, kept as JSON with "id" and the member contact ids
    // under "contacts".
    qint64 insertList(const QString &localId, const QJsonObject &json);
    void updateList(qint64 id, const QJsonObject &json);
    std::optional<QJsonObject> listById(qint64 id) const;
    std::optional<QJsonObject> listByLocalId(const QString &localId) const;
    void deleteList(qint64 id);

    TeamRecord team() const;
    void setTeam(const TeamRecord &team);

private:
    friend class Transaction;
    QSqlDatabase db() const;
    // A statement prepared once per store and reused (SQLite spends most of
    // a small query's time preparing it).
    QSqlQuery &cached(const QString &sql) const;
    std::optional<ContactRecord> contactWhere(const QString &column, const QVariant &value) const;
    void loadChannels(ContactRecord &contact) const;
    void loadChannels(QList<ContactRecord> &contacts) const;
    void writeChannels(const ContactRecord &contact);
    static QJsonObject conversationJson(const QSqlQuery &query);
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    QString m_connectionName;
    Clock m_nowMs;
    mutable QHash<QString, QSqlQuery *> m_statements;
    QString m_openError;
    qint64 m_lastTimestamp = 0;
};

} // namespace ContactDesk::Sandbox
