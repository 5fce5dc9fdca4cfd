#pragma once

#include "core/ContactFields.h"
#include "core/Domain.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace ContactDesk::Store {

// A contact as the store keeps it: what the server last said (`server`) and
// what the user sees (`fields`): the server's values with every edit still
// in the outbox laid over them. Both are field maps (see ContactFields).
struct StoredContact
{
    enum class State
    {
        Synced,
        Pending,
        Failed,
        Conflict
    };

    qint64 id = 0; // the server's v1 id; negative for a create not yet confirmed
    QString uuid;
    QString localId; // client id of a local create
    QJsonObject fields;
    QJsonObject server;
    qint64 rev = 0; // the server's rev of `server`
    qint64 updated = 0;
    State state = State::Synced;
    QString error; // the server's message for a failed edit
};

// One local edit waiting for the server, in the order it was made.
struct OutboxEntry
{
    enum class Kind
    {
        Create,
        Update,
        Delete,
        Status,
        ChannelAdd,
        ChannelRemove
    };
    enum class State
    {
        Pending,
        Failed,
        Conflict
    };

    qint64 seq = 0;
    qint64 contactId = 0;
    Kind kind = Kind::Update;
    QJsonObject patch; // field map of the change (Create: the whole contact)
    QJsonObject base;  // the server's values of those fields when the edit was made
    qint64 baseRev = 0;
    State state = State::Pending;
    int attempts = 0; // sends that may have reached the server
    QString error;
    QJsonObject conflicts; // field -> {"mine", "theirs"}
    qint64 notBefore = 0;  // ms since the epoch: retry no earlier
};

// The local SQLite copy of one account's team (WAL): contacts, tags, custom
// field definitions, members, inboxes, the outbox and the sync state. Every
// local edit is written together with its outbox entry in one transaction,
// before any request. Used from one thread.
class ContactStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactStore)

public:
    static constexpr int schemaVersion = 6;

    // Thrown by the methods below when SQLite fails (disk full, I/O error);
    // the transaction of that call is rolled back.
    struct Failure
    {
        QString message;
    };

    explicit ContactStore(QObject *parent = nullptr);
    ~ContactStore() override;

    // One SQLite transaction; rolled back unless committed (throws Failure).
    class Transaction
    {
    public:
        explicit Transaction(const QSqlDatabase &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        QSqlDatabase m_db;
        bool m_done = false;
    };

    // Empty on success, else why (for people).
    QString open(const QString &path);
    // The connection, for the tables other classes keep in this file
    // (ImportJournal); same thread only.
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // ---- reading
    qint64 contactCount() const;
    std::optional<StoredContact> contact(qint64 id) const;
    std::optional<StoredContact> contactByPhone(const QString &phone) const;
    // Streams every visible contact, in id order; stop by returning false.
    void forEachContact(const std::function<bool(const StoredContact &)> &visit) const;
    QList<StoredContact> allContacts() const;

    // ---- what the server said
    void applyServerContacts(const QList<Contact> &contacts);
    // Removes contacts the server no longer has (reconciliation); keeps those
    // with edits in the outbox.
    int removeServerContacts(const QSet<qint64> &keepIds);
    // Removes these contacts (the server deleted them at our request, as an
    // import's undo does).
    int forgetContacts(const QList<qint64> &ids);
    QSet<qint64> serverIds() const;
    void replaceTags(const QList<Tag> &tags);
    void replaceFields(const QList<CustomField> &fields);
    void replaceMembers(const QList<TeamMember> &members);
    void replaceInboxes(const QList<Inbox> &inboxes);
    QList<Tag> tags() const;
    QList<CustomField> customFields() const;
    QList<TeamMember> members() const;
    QList<Inbox> inboxes() const;
    QString syncValue(const QString &key) const;
    void setSyncValue(const QString &key, const QString &value);

    // ---- local edits: each is durable before it returns
    qint64 createContact(const QJsonObject &fields); // the new (negative) id
    bool editContact(qint64 id, const QJsonObject &changes);
    bool deleteContact(qint64 id);
    bool setStatus(qint64 id, ContactStatusChange change);
    bool addChannel(qint64 id, const QString &type, const QString &value);
    bool removeChannel(qint64 id, const QString &type, const QString &value);

    // ---- the outbox
    QList<OutboxEntry> outbox() const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    // The oldest entry that may go now: per contact only the first, and only
    // when it is pending and due.
    std::optional<OutboxEntry> nextDue(qint64 nowMs) const;
    qint64 nextDueTime() const; // -1 when nothing is waiting
    int pendingCount() const;
    int failedCount() const;
    int conflictCount() const;

    void markSent(qint64 seq); // the request may reach the server
    // The server has the edit: drop the entry, take the server's contact.
    void completeEntry(qint64 seq, const std::optional<Contact> &server);
    void completeCreate(qint64 seq, qint64 serverId, const QString &uuid,
                        const std::optional<Contact> &server);
    void completeDelete(qint64 seq);
    void deferEntry(qint64 seq, qint64 notBefore, const QString &error);
    void failEntry(qint64 seq, const QString &error);
    void conflictEntry(qint64 seq, const QJsonObject &conflicts, const Contact &server);
    // Moves the entry's base to the server's current values of the fields
    // that did not conflict (the other side changed other fields).
    void rebaseEntry(qint64 seq, const QJsonObject &base, qint64 baseRev);
    void setUuid(qint64 contactId, const QString &uuid);

    // The user's choices for a failed or conflicting edit.
    void retry(qint64 seq);
    void discard(qint64 seq);
    void resolveConflict(qint64 seq, const QString &field, bool keepMine);

Q_SIGNALS:
    void contactsChanged(const QList<qint64> &ids);
    void contactsRemoved(const QList<qint64> &ids);
    void contactIdChanged(qint64 oldId, qint64 newId);
    void outboxChanged();
    // Tags, custom fields, members or inboxes were replaced.
    void directoryChanged();

private:
    template<typename T, typename Encode>
    void replaceDirectory(const QString &table, const QList<T> &items, Encode encode);
    QSqlQuery &cached(const QString &sql) const;
    QString migrate();
    void fillLoadColumns(); // schema 3: the columns the fast reader uses
    bool queueEdit(qint64 id, OutboxEntry::Kind kind, const QJsonObject &patch);
    qint64 enqueue(qint64 contactId, OutboxEntry::Kind kind, const QJsonObject &patch,
                   qint64 baseRev, const QJsonObject &base);
    void recompute(qint64 id);
    void rebaseFollowers(const OutboxEntry &done);
    void writeContactRow(const StoredContact &contact);
    QList<OutboxEntry> entriesFor(qint64 contactId) const;
    QSet<qint64> contactsWithEntries() const;
    int countWhere(const char *condition) const;

    QString m_connection;
    QString m_path;
    mutable QHash<QString, QSqlQuery *> m_statements;
};

} // namespace ContactDesk::Store
