#pragma once

#include "core/ContactFields.h"
#include "core/Domain.h"
#include "store/Schema.h"
#include "store/StoreError.h"
#include "store/StorePresence.h"
#include "store/StoreRescue.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

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
    QString error;        // the server's message for a failed edit
    bool deleted = false; // a delete waits in the outbox: no longer shown
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
        ChannelRemove,
        ChannelChange // the value of one channel: patch {type, value (before), new_value}
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
//
// Errors (see StoreError): no method throws. A write that fails leaves the
// database as it was and returns false (0 for ids); a read that fails
// returns nothing; both report the error (lastError(), failed()). A local
// edit (create, edit, delete, status, channels) that cannot be written is
// not lost: it is kept in memory, in order, written again every few
// seconds and before any later edit, and saved beside the database
// (`<file>.unsaved`) if the store closes first; the next open writes it.
class ContactStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactStore)

public:
    explicit ContactStore(QObject *parent = nullptr);
    ~ContactStore() override;

    // Opens (creating or migrating) the file; an error when it cannot. A
    // file that is damaged or no database is moved aside and replaced by a
    // fresh one with the outbox rows that could be read (StoreRescue);
    // rescue() says so.
    StoreError open(const QString &path);
    // What open() did with a damaged file (happened() false when nothing).
    const RescueReport &rescue() const { return m_rescue; }
    // The connection, for the tables other classes keep in this file
    // (ImportJournal, MessageOutbox); same thread only.
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    // The schema steps of the contact tables (see Schema).
    static QList<Schema::Step> schemaSteps();

    // ---- errors
    // The last failure (Kind::None once a write has gone through since).
    StoreError lastError() const { return m_lastError; }
    // How many failures were reported since the store was made: an engine
    // compares it before and after a step to know whether the step lost a
    // write.
    quint64 failureCount() const { return m_failureCount; }
    // Local edits kept in memory because they could not be written yet.
    int unwrittenCount() const { return int(m_unwritten.size()); }
    // Writes the edits kept in memory; true when none is left.
    bool writeUnwritten();
    // For the store layer's classes (ImportJournal, MessageOutbox, Sql::guard).
    void reportFailure(const StoreError &error) const;
    void noteWritten() const;
    // Resets the prepared statements, ending any read transaction they hold.
    void releaseStatements() const;

    // ---- other programs on the same file (sync/README.md, "Two programs,
    // one profile"). What this store changes is noted in the file's change
    // journal; every `ms` (default 1000; 0: never) the store looks whether
    // another connection wrote (PRAGMA data_version, which costs nothing
    // when none did) and emits the same signals for what the other program
    // changed, as if this store had: contactsChanged, contactsRemoved,
    // contactIdChanged, outboxChanged, directoryChanged, messagesChanged.
    void setWatchInterval(int ms);
    // Looks now (the timer calls it).
    void watchOtherWriters();
    // True while the signals emitted say what another program wrote.
    bool isReplaying() const { return m_replaying; }
    // The message outbox (MessageOutbox, in this file) changed: emits
    // messagesChanged and notes it for the other programs.
    void noteMessagesChanged();

    // ---- reading
    qint64 contactCount() const;
    std::optional<StoredContact> contact(qint64 id) const;
    std::optional<StoredContact> contactByPhone(const QString &phone) const;
    // The id a contact has now: a local create's id follows it to the
    // server's id once the create is confirmed (in this store's lifetime).
    qint64 currentId(qint64 id) const;
    // Streams every visible contact, in id order; stop by returning false.
    void forEachContact(const std::function<bool(const StoredContact &)> &visit) const;
    QList<StoredContact> allContacts() const;

    // ---- what the server said (false: not written, see lastError())
    // Newer: a contact whose stored server copy is newer (a later `updated`,
    // or the same with a higher rev) is left as it is, e.g. pages a first
    // pull holds back to write in a batch (sync/README.md, "Pull") while a
    // push's read-back came in between.
    enum class Older
    {
        Write,
        Skip
    };
    bool applyServerContacts(const QList<Contact> &contacts, Older older = Older::Write);
    // The server's messaging status of one contact (POST /v1/contact/status):
    // its blocked and opted-out flags become the server's, with the
    // contact's pending edits laid over them again. A contact the store does
    // not know is passed over. *changed says whether anything differed.
    bool applyServerStatus(const ContactStatus &status, bool *changed = nullptr);
    // Removes contacts the server no longer has (reconciliation); keeps those
    // with edits in the outbox. How many went, or -1.
    int removeServerContacts(const QSet<qint64> &keepIds);
    // Removes these contacts (the server deleted them at our request, as an
    // import's undo does). How many went, or -1.
    int forgetContacts(const QList<qint64> &ids);
    QSet<qint64> serverIds() const;
    // The directory: the team's tags, custom field definitions, members and
    // inboxes, which contacts point into by id; replaced whole by each sync.
    bool replaceTags(const QList<Tag> &tags);
    bool replaceFields(const QList<CustomField> &fields);
    bool replaceMembers(const QList<TeamMember> &members);
    bool replaceInboxes(const QList<Inbox> &inboxes);
    QList<Tag> tags() const;
    QList<CustomField> customFields() const;
    QList<TeamMember> members() const;
    QList<Inbox> inboxes() const;
    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);
    // Several at once, in one transaction: all of them or none.
    bool setSyncValues(const QList<std::pair<QString, QString>> &values);

    // ---- local edits: durable before they return, or kept in memory until
    // they can be written (see above). false (0) only when there is no such
    // contact or nothing to change.
    qint64 createContact(const QJsonObject &fields); // the new (negative) id
    bool editContact(qint64 id, const QJsonObject &changes);
    bool deleteContact(qint64 id);
    bool setStatus(qint64 id, ContactStatusChange change);
    bool addChannel(qint64 id, const QString &type, const QString &value);
    bool removeChannel(qint64 id, const QString &type, const QString &value);
    bool changeChannel(qint64 id, const QString &type, const QString &from, const QString &to);
    // Takes back a channel edit nothing of which reached the server: drops
    // the newest outbox entry of this kind and patch (or the edit kept in
    // memory) when it has never been sent. False when there is none (the
    // edit is on its way or done: undoing it takes a new edit).
    bool cancelUnsentChannelEdit(qint64 id, OutboxEntry::Kind kind, const QJsonObject &patch);

    // ---- channels (spec 5.9). `server` holds Field::channels only once
    // they were read from the channel endpoints (or a v2 answer carried
    // them); until then only the primary phone and email are known.
    // The contact's channels as the user sees them: `fields`' channels, or
    // the primary phone and email when no list was read. Each entry is
    // {type, value, primary}.
    static QJsonArray channelsOf(const QJsonObject &fields);
    // The server rev the contact's channel list was read at; nullopt when
    // it was never read (or the read failed).
    std::optional<qint64> channelsRev(qint64 id) const;
    // What the server's channel endpoints said, read at the contact's rev
    // `rev`: the primary of each type is the one with the contact's phone
    // (email), else the first of its type.
    bool setServerChannels(qint64 id, const QList<Channel> &channels, qint64 rev);

    // ---- the outbox
    QList<OutboxEntry> outbox() const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    // The oldest entry that may go now: per contact only the first, and only
    // when it is pending and due; none of the contacts in `busy` (their
    // first entry is on its way).
    std::optional<OutboxEntry> nextDue(qint64 nowMs, const QList<qint64> &busy = {}) const;
    qint64 nextDueTime() const; // -1 when nothing is waiting
    int pendingCount() const;
    int failedCount() const;
    int conflictCount() const;

    // The sync engine's steps; each false when it could not be written.
    // The request may reach the server. False when it could not be written
    // or the entry is gone (discarded, taken back): then it must not go.
    bool markSent(qint64 seq);
    // The server has the edit: drop the entry, take the server's contact.
    bool completeEntry(qint64 seq, const std::optional<Contact> &server);
    bool completeCreate(qint64 seq, qint64 serverId, const QString &uuid,
                        const std::optional<Contact> &server);
    bool completeDelete(qint64 seq);
    bool deferEntry(qint64 seq, qint64 notBefore, const QString &error);
    bool failEntry(qint64 seq, const QString &error);
    bool conflictEntry(qint64 seq, const QJsonObject &conflicts, const Contact &server);
    bool setUuid(qint64 contactId, const QString &uuid);

    // The user's choices for a failed or conflicting edit.
    bool retry(qint64 seq);
    bool discard(qint64 seq);
    bool resolveConflict(qint64 seq, const QString &field, bool keepMine);

Q_SIGNALS:
    void contactsChanged(const QList<qint64> &ids);
    void contactsRemoved(const QList<qint64> &ids);
    void contactIdChanged(qint64 oldId, qint64 newId);
    void outboxChanged();
    // The directory (tags, custom fields, members or inboxes) was replaced.
    void directoryChanged();
    // Something could not be read or written (see StoreError::describe()).
    void failed(const ContactDesk::Store::StoreError &error);
    // Writing works again after a failure (and nothing is left in memory).
    void recovered();
    // The message outbox changed (noteMessagesChanged(), here or in another
    // program).
    void messagesChanged();
    // Another program changed more contacts than the change journal still
    // lists (this store did not look for a long while): read them all again.
    void contactsReloadNeeded();

private:
    // A local edit, as kept in memory while it cannot be written.
    struct LocalEdit
    {
        OutboxEntry::Kind kind = OutboxEntry::Kind::Update;
        qint64 contactId = 0;
        QJsonObject patch; // the fields, changes, or status/channel patch
    };

    template<typename T, typename Encode>
    bool replaceDirectory(const QString &table, const QList<T> &items, Encode encode);
    QSqlQuery &cached(const QString &sql) const;
    // What a change to an outbox entry did to its contact.
    enum class EntryChange
    {
        None,          // nothing (rolled back)
        Contact,       // the contact's view is recomputed
        ContactRemoved // the contact is gone (a create discarded)
    };
    template<typename Work>
    bool changeEntry(qint64 seq, Work work);
    bool isKnown(qint64 id) const;
    bool acceptEdit(const LocalEdit &edit);
    void writeEdit(const LocalEdit &edit); // throws Sql::Failure
    void scheduleRewrite();
    void saveUnwritten() const;
    void loadUnwritten();
    // Where a list of unwritten edits may be kept: (folder, name prefix),
    // beside the file first, then in the user's data folder.
    QList<std::pair<QString, QString>> unwrittenPlaces() const;
    bool keepUnwrittenIn(const QString &path, const QByteArray &data) const;
    void rebaseEntry(qint64 seq, const QJsonObject &base, qint64 baseRev);
    qint64 enqueue(qint64 contactId, OutboxEntry::Kind kind, const QJsonObject &patch,
                   qint64 baseRev, const QJsonObject &base);
    void recompute(qint64 id);
    void rebaseFollowers(const OutboxEntry &done);
    void finishEntry(const OutboxEntry &entry, const std::optional<Contact> &server);
    void writeContactRow(const StoredContact &contact);
    void writeChannelsRev(qint64 id, std::optional<qint64> rev);
    std::optional<StoredContact> readContact(qint64 id) const; // throws
    std::optional<OutboxEntry> readEntry(qint64 seq) const;    // throws
    QList<OutboxEntry> entriesFor(qint64 contactId) const;
    QSet<qint64> contactsWithEntries() const;
    int countWhere(const char *condition) const;

    StoreError openFile(const QString &path);
    StoreError rescueFile(const QString &path, const StoreError &damage);

    QString m_connection;
    QString m_path;
    RescueReport m_rescue;
    mutable QHash<QString, QSqlQuery *> m_statements;
    mutable StoreError m_lastError;
    mutable bool m_failing = false;
    mutable quint64 m_failureCount = 0;
    QList<LocalEdit> m_unwritten;
    // This store's own list on disk (one file per program: another
    // program's list is never written over), and its lock, held while the
    // file is this program's: a file whose lock can be taken is left over
    // from a program that ended, and the next open writes it.
    mutable QString m_unsavedFile;
    mutable std::unique_ptr<QLockFile> m_unsavedLock;
    // Held while the file is open; a rescue needs this program alone with it.
    StorePresence m_presence;
    QTimer m_rewriteTimer;
    int m_rewriteDelayMs = 0;
    qint64 m_lowestLocalId = 0;       // the newest local create's (negative) id
    QHash<qint64, qint64> m_movedIds; // a local create's id -> the id it has now

    // The change journal (see watchOtherWriters()).
    enum class Change
    {
        Contacts = 1,
        Removed = 2,
        Moved = 3,
        Outbox = 4,
        Directory = 5,
        Messages = 6
    };
    void openJournal();
    void journal(Change kind, const QList<qint64> &ids = {});
    void flushJournal();
    QList<std::pair<int, QString>> m_journalQueue; // (kind, ids) not written yet
    QTimer m_journalFlush;
    QString m_writer;         // this store's name in the journal
    qint64 m_journalSeen = 0; // the last entry read (or made before opening)
    qint64 m_dataVersion = -1;
    int m_journalWrites = 0;
    bool m_replaying = false;
    bool m_unjournaled = false; // a signal about this store alone
    QTimer m_watchTimer;
};

} // namespace ContactDesk::Store
