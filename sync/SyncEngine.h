#pragma once

#include "api/ApiError.h"
#include "api/HeymarketClient.h"
#include "api/RetryPolicy.h"
#include "core/Domain.h"
#include "store/ContactStore.h"
#include "sync/StatusReader.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>
#include <utility>

namespace ContactDesk::Api {
class ContactPager;
} // namespace ContactDesk::Api

namespace ContactDesk::Sync {

class SyncOwner;

// Keeps a ContactStore in step with Heymarket.
//
// Pull: the first sync walks every contact with the pager (resumable from the
// stored cursor); later syncs walk only what changed since the newest
// `updated` seen. The directory (tags, fields, members, inboxes) is
// refreshed with each sync. Deletions have no feed in the API: a periodic
// low-priority walk of every id (reconciliation) finds them.
//
// Team: every sync, and every push after a lost connection, first asks
// GET /v1/team and goes on only when it names the team the store is bound
// to (Store::StoreBinding): a server swapped behind the same URL never gets
// another team's edits, nor fills this team's store.
//
// Status: the contact object has no `blocked` (and may lack
// `is_opted_out`), so after each incremental pull the contacts it received
// have their status read (StatusReader, bounded per sync), and so has the
// contact the window shows.
//
// Push: outbox entries go one at a time, in order per contact. Updates read
// the server's contact first: a newer rev whose changed fields differ from
// ours merges; the same field changed on both sides becomes a conflict for
// the user. Transient failures retry with backoff; 400/403/404 mark the
// entry failed with the server's message; network failures switch to
// offline, and a probe brings the engine back and drains the outbox.
//
// Channels (spec 5.9): read lazily, for the contact shown (fetchChannels)
// and after our own channel writes, never in a pull. A channel write is
// checked first against the server's channels: PUT/DELETE address a
// channel by its type only (the primary), so one that would hit another
// channel than the one the user acted on is not sent (see sync/README.md).
//
// Crash safety: an entry is marked sent (durably) before its request; after
// a crash, a create that may have reached the server is looked up by phone
// or email before it is sent again, and a repeated update finds its values
// already there.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    struct Options
    {
        int intervalMs = 60 * 1000; // pull and push on this timer
        qint64 reconcileIntervalMs = 24LL * 60 * 60 * 1000;
        int offlineProbeMs = 5000; // first probe while offline; doubles to a minute
        Api::RetryPolicy retry{1000000, 2000, 5 * 60 * 1000, 0.5}; // outbox backoff; never gives up
        // Messaging statuses read after a sync (POST /v1/contact/status,
        // one request each) of the contacts it found changed; the rest wait
        // for the next sync. The first, full pull reads none.
        int statusReadsPerSync = 200;
    };

    struct Status
    {
        enum class Connection
        {
            Unknown,
            Online,
            Offline
        };
        Connection connection = Connection::Unknown;
        bool pulling = false;
        bool pushing = false;
        bool reconciling = false;
        qint64 received = 0;  // contacts received by the running pull
        qint64 expected = -1; // -1 = unknown
        int pending = 0;
        int failed = 0;
        int conflicts = 0;
        QString lastError; // the last thing that went wrong, for people
        QString warning;   // e.g. a tie the pager could not walk
        // The local store failed a write (lastError says what); pushing
        // waits until it works again.
        bool storeFailing = false;
        // Another program syncs this store file now (SyncOwner): who, for
        // people. Pulls and pushes wait for it; edits wait in the outbox.
        QString otherOwner;
    };

    SyncEngine(Store::ContactStore *store, Api::HeymarketClient *client, Options options,
               QObject *parent = nullptr);
    SyncEngine(Store::ContactStore *store, Api::HeymarketClient *client, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Pulls and pushes only while holding `owner` (the store file's sync
    // lock, shared with the other programs on the profile): claimed at
    // the start of a sync or of a push, released when the engine is idle
    // (sync/README.md, "Two programs, one profile"). Null: no lock (a store
    // only this engine uses). Not owned; must outlive the engine.
    void setOwner(SyncOwner *owner);

    // Outbox entries on their way at once (edits of different contacts;
    // see pushNext()). The client's scheduler keeps the requests within
    // the rate limit.
    static constexpr int maxPushes = 4;
    // A first, full pull writes its pages to the store in batches of at
    // most this many contacts, at the latest this long after the first of
    // them came, each with the cursor after it (a page at a time, 30
    // contacts, the store's transactions, the table's inserts and the
    // window's repaints made 200,000 contacts take minutes on the embedded
    // sandbox). Under the proxy's batchResetThreshold: a batch is one insert.
    static constexpr int fullPullBatch = 990;
    static constexpr int fullPullBatchMs = 250;

    void start(); // syncs now and on the timer
    void stop();
    void syncNow(); // pull, then push
    void pushNow();
    void reconcileNow();

    // Reads contact `id`'s channels (GET /v1/contact/{id} for its rev and
    // primaries, then GET /v2/contact/{uuid}/channels; the uuid found by a v2
    // search first when unknown) into the store: when they were never read,
    // are older than the contact's rev, or were not read since this engine
    // started; `force` reads them anyway. One read per contact at a time.
    void fetchChannels(qint64 id, bool force = false);

    const Status &status() const { return m_status; }
    // The contact the window shows (0 for none): its messaging status is
    // read now and after every sync, so a block made in Heymarket's web app
    // shows while it is on screen.
    void watchContact(qint64 id);
    // Reads statuses on the engine's client into its store (the compose
    // preflight uses it too).
    StatusReader *statusReader() { return &m_statusReader; }
    // Nothing running, and nothing in the outbox that could go now.
    bool isIdle() const;

    // The server named another team than the one the store is bound to:
    // the engine stopped and pulls and pushes nothing more.
    bool teamRefused() const { return m_teamRefused; }

Q_SIGNALS:
    void statusChanged();
    void idle();
    // GET /v1/team named `team`, not the store's team: nothing was pulled
    // or pushed, and nothing will be (the Workspace takes the store away).
    void teamChanged(const ContactDesk::Team &team);
    // A read of fetchChannels() ended; `problem` says why it failed (empty: read).
    void channelsRead(qint64 id, const QString &problem);

private:
    // Asks GET /v1/team and runs `then` when it names the store's team;
    // a store not bound yet (tests that open one directly) takes any team.
    void confirmTeam(std::function<void()> then);
    void pull();
    void onPullFinished();
    bool writePullBatch(); // false: the store did not keep them (the pull stops)
    void readStatuses();
    void refreshDirectory();
    void pullTags(const QString &cursor, QList<Tag> collected);
    void pushNext();
    void process(const Store::OutboxEntry &entry);
    void processCreate(const Store::OutboxEntry &entry);
    void processUpdate(const Store::OutboxEntry &entry);
    void processDelete(const Store::OutboxEntry &entry);
    void processStatus(const Store::OutboxEntry &entry);
    void processChannel(const Store::OutboxEntry &entry);
    void fetchAndComplete(qint64 seq, qint64 contactId, bool create, const QString &uuid);
    // The contact's v2 id: stored, or found by a v2 search by phone or email.
    void resolveUuid(qint64 id,
                     const std::function<void(const QString &uuid, const Api::ApiError &)> &then);
    // After a channel write (seq) or for a read (seq 0): the contact and its
    // channels as the server has them now, into the store. `listed`: the
    // channels already read, if no write came since.
    void readBackChannels(qint64 id, const QString &uuid, qint64 seq,
                          std::optional<QList<Channel>> listed,
                          const std::function<void(const Api::ApiError &)> &done);
    void sendChannelWrite(const Store::OutboxEntry &entry, const QString &uuid);
    // A request for the entry failed: the entry is failed (refused),
    // deferred (transient; offline on a lost connection) or left as it is
    // (aborted), and the next step follows.
    void entryFailed(const Store::OutboxEntry &entry, const Api::ApiError &error);
    void finishStep(qint64 seq);
    bool sharesIdentityWithInFlight(
        const Store::OutboxEntry &entry) const; // the entry's step ended (whatever became of it)
    void noteStoreFailure();
    void goOffline(const Api::ApiError &error);
    void probe();
    void updateCounts();
    void checkIdle();
    // Holds the sync lock (or waits for it: false, and the engine goes on
    // once claimed()).
    bool own();
    bool ownsLock() const;
    void onClaimed();
    void releaseIfIdle();
    template<typename Request, typename Apply>
    void refresh(Request *request, Apply apply);

    Store::ContactStore *m_store;
    Api::HeymarketClient *m_client;
    Options m_options;
    Status m_status;
    QTimer m_timer;
    QTimer m_pushTimer;
    QTimer m_probeTimer;
    QTimer m_storeHold; // no pushing while it runs (the store failed)
    int m_storeHoldMs = 0;
    quint64 m_stepFailures = 0; // the store's failure count when the step began
    int m_probeDelay = 0;
    QPointer<Api::ContactPager> m_pager;
    QPointer<Api::ContactPager> m_reconciler;
    QSet<qint64> m_reconciledIds;
    StatusReader m_statusReader;
    QList<qint64> m_statusDue; // changed contacts whose status is still to read, oldest first
    QSet<qint64> m_statusDueSet;
    qint64 m_watched = 0;
    // The team was confirmed since the last sync began or the connection
    // was last lost: only then does anything go or come.
    bool m_teamConfirmed = false;
    bool m_teamRefused = false;
    bool m_askingTeam = false;
    qint64 m_pullSince = 0;      // the incremental pull's start: what is newer changed
    QSet<qint64> m_channelReads; // fetchChannels() on their way
    QSet<qint64> m_channelsRead; // read since the engine was made
    bool m_pullIsFull = false;
    // The full pull's contacts and cursor not written yet (writePullBatch()).
    QList<Contact> m_pullBatch;
    std::optional<std::pair<QString, int>> m_pullBatchCursor;
    QTimer m_pullBatchTimer;
    QHash<qint64, qint64> m_inFlight; // entries on their way: seq -> contact id
    bool m_aloneInFlight = false;     // one of them goes alone (pushNext())
    bool m_running = false;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    Api::RequestGroup m_requests; // on their way; dropped when the engine stops
    SyncOwner *m_owner = nullptr;
    bool m_syncWaiting = false;      // a sync waits for the lock
    bool m_pushWaiting = false;      // a push waits for the lock
    bool m_reconcileWaiting = false; // a reconciliation waits for the lock
};

} // namespace ContactDesk::Sync
