#include "sync/SyncEngine.h"

#include "api/ContactPager.h"
#include "api/ContactRequests.h"
#include "api/ContactV2Requests.h"
#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "core/ApiJson.h"
#include "core/ContactFields.h"
#include "core/Phone.h"
#include "store/StoreBinding.h"
#include "sync/FullRecord.h"
#include "sync/SyncOwner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

namespace ContactDesk::Sync {

Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_LOGGING_CATEGORY(lcSync, "contactdesk.sync", QtInfoMsg)

namespace {

const QString keyFullDone = QStringLiteral("pull.full_done");
const QString keyCursor = QStringLiteral("pull.cursor");
const QString keyPage = QStringLiteral("pull.page");
const QString keySince = QStringLiteral("pull.since");
const QString keyReconciled = QStringLiteral("reconcile.last");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A field the server did not send has its empty value.
QJsonValue normalized(const QJsonObject &fields, const QString &key)
{
    const QJsonValue value = fields.value(key);
    return value.isUndefined() ? Field::emptyValue(key) : value;
}

bool isPermanent(const Api::ApiError &error)
{
    using Kind = Api::ApiError::Kind;
    return error.kind == Kind::BadRequest || error.kind == Kind::Forbidden ||
           error.kind == Kind::NotFound || error.kind == Kind::BadResponse;
}

// A channel's value as people read it.
QString shown(const QString &type, const QString &value)
{
    return type == ChannelType::phone ? Phone::formatForDisplay(value) : value;
}

bool isConnectionLoss(const Api::ApiError &error)
{
    return error.kind == Api::ApiError::Kind::Network || error.kind == Api::ApiError::Kind::Timeout;
}

} // namespace

SyncEngine::SyncEngine(Store::ContactStore *store, Api::HeymarketClient *client, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_options(options)
    , m_statusReader(store, client)
{
    connect(&m_statusReader, &StatusReader::idle, this, &SyncEngine::checkIdle);
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_pushTimer.setSingleShot(true);
    connect(&m_pushTimer, &QTimer::timeout, this, &SyncEngine::pushNext);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncEngine::probe);
    m_storeHold.setSingleShot(true);
    connect(&m_storeHold, &QTimer::timeout, this, &SyncEngine::pushNext);
    m_pullBatchTimer.setSingleShot(true);
    m_pullBatchTimer.setInterval(fullPullBatchMs);
    connect(&m_pullBatchTimer, &QTimer::timeout, this, &SyncEngine::writePullBatch);
    connect(m_store, &Store::ContactStore::recovered, this, [this] {
        m_storeHold.stop();
        m_storeHoldMs = 0;
        if (m_status.storeFailing) {
            m_status.storeFailing = false;
            m_status.lastError.clear();
            Q_EMIT statusChanged();
        }
        if (m_running)
            QMetaObject::invokeMethod(this, &SyncEngine::pushNext, Qt::QueuedConnection);
    });
    connect(m_store, &Store::ContactStore::outboxChanged, this, [this] {
        updateCounts();
        if (m_running)
            QMetaObject::invokeMethod(this, &SyncEngine::pushNext, Qt::QueuedConnection);
    });
    updateCounts();
}

SyncEngine::SyncEngine(Store::ContactStore *store, Api::HeymarketClient *client, QObject *parent)
    : SyncEngine(store, client, Options(), parent)
{}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::setOwner(SyncOwner *owner)
{
    if (m_owner)
        m_owner->disconnect(this);
    m_owner = owner;
    if (m_owner)
        connect(m_owner, &SyncOwner::claimed, this, &SyncEngine::onClaimed);
}

bool SyncEngine::ownsLock() const
{
    return !m_owner || (m_owner->isHeld() && !m_owner->isWaiting(this));
}

bool SyncEngine::own()
{
    if (!m_owner || m_owner->claim(this)) {
        if (!m_status.otherOwner.isEmpty()) {
            m_status.otherOwner.clear();
            Q_EMIT statusChanged();
        }
        // Taken directly, not through the owner's retry (the other program
        // let go, or died, before it came): claimed() does not come, so
        // what waited for it goes now, after the step that took the lock.
        if (m_syncWaiting || m_pushWaiting || m_reconcileWaiting)
            QMetaObject::invokeMethod(this, &SyncEngine::onClaimed, Qt::QueuedConnection);
        return true;
    }
    const QString other = m_owner->otherHolder();
    m_status.otherOwner = other.isEmpty() ? tr("another program") : other;
    qCInfo(lcSync).noquote() << "waiting for" << m_status.otherOwner << "to finish syncing";
    Q_EMIT statusChanged();
    return false;
}

void SyncEngine::onClaimed()
{
    if (!m_syncWaiting && !m_pushWaiting && !m_reconcileWaiting)
        return;
    m_status.otherOwner.clear();
    Q_EMIT statusChanged();
    const bool sync = std::exchange(m_syncWaiting, false);
    const bool reconcile = std::exchange(m_reconcileWaiting, false);
    m_pushWaiting = false;
    if (!m_running && !reconcile) {
        releaseIfIdle();
        return;
    }
    if (sync)
        syncNow();
    else if (m_running)
        pushNext();
    if (reconcile)
        reconcileNow();
    checkIdle();
}

void SyncEngine::releaseIfIdle()
{
    if (m_owner && isIdle())
        m_owner->release(this);
}

void SyncEngine::start()
{
    m_running = true;
    m_timer.start();
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_syncWaiting = false;
    m_pushWaiting = false;
    m_reconcileWaiting = false;
    m_timer.stop();
    m_pushTimer.stop();
    m_probeTimer.stop();
    m_requests.dropAll();
    m_askingTeam = false; // its request was dropped with the others
    m_statusReader.cancelAll();
    m_inFlight.clear(); // the steps dropped with their requests go again after a start
    m_aloneInFlight = false;
    m_status.pushing = false;
    if (m_pager)
        m_pager->abort();
    if (m_reconciler)
        m_reconciler->abort();
    if (m_owner)
        m_owner->release(this);
    if (!m_status.otherOwner.isEmpty()) {
        m_status.otherOwner.clear();
        Q_EMIT statusChanged();
    }
}

bool SyncEngine::isIdle() const
{
    // While the store fails, pushing waits: nothing can go now.
    const bool pushable = !m_storeHold.isActive() && !m_teamRefused &&
                          m_store->nextDue(now()).has_value() &&
                          m_status.connection != Status::Connection::Offline;
    return m_inFlight.isEmpty() && !m_pager && !m_reconciler && !m_askingTeam &&
           !m_statusReader.isReading() && !pushable && m_channelReads.isEmpty() && !m_syncWaiting &&
           !m_pushWaiting && !m_reconcileWaiting;
}

void SyncEngine::checkIdle()
{
    if (!isIdle())
        return;
    // A run ends here: another program may sync the file now.
    if (m_owner)
        m_owner->release(this);
    Q_EMIT idle();
}

void SyncEngine::updateCounts()
{
    m_status.pending = m_store->pendingCount();
    m_status.failed = m_store->failedCount();
    m_status.conflicts = m_store->conflictCount();
    Q_EMIT statusChanged();
}

// ---------------------------------------------------------------- pull

void SyncEngine::syncNow()
{
    if (m_teamRefused)
        return;
    m_running = true;
    if (m_status.connection == Status::Connection::Offline) {
        probe();
        return;
    }
    if (!own()) {
        m_syncWaiting = true; // goes once the other program is done
        return;
    }
    m_teamConfirmed = false; // asked again with every sync
    confirmTeam([this] {
        pull();
        pushNext();
        const qint64 last = m_store->syncValue(keyReconciled).toLongLong();
        if (m_store->syncValue(keyFullDone) == QLatin1String("1") &&
            now() - last >= m_options.reconcileIntervalMs)
            reconcileNow();
    });
}

void SyncEngine::confirmTeam(std::function<void()> then)
{
    if (m_teamRefused || m_askingTeam)
        return;
    m_askingTeam = true;
    m_client->send(
        new Api::GetTeamRequest(m_client), &m_requests,
        [this, then = std::move(then)](const Api::GetTeamRequest &request) {
            m_askingTeam = false;
            const Api::ApiError &error = request.error();
            if (error.isError()) {
                if (isConnectionLoss(error)) {
                    goOffline(error);
                } else if (error.kind != Api::ApiError::Kind::Aborted) {
                    m_status.lastError = error.describe();
                    // A 5xx or 429 after the client's retries: asked again
                    // after a while. Nothing else would ask before the next
                    // sync (a day away for contactdesk-cli, whose command
                    // then waited for ever; the soak found it), and
                    // meanwhile pushNext() sends nothing.
                    if (!isPermanent(error) && error.kind != Api::ApiError::Kind::Unauthorized)
                        QTimer::singleShot(m_options.retry.delayMs(1, error.retryAfterMs, m_random),
                                           this, [this] {
                                               if (m_running && !m_teamConfirmed && !m_askingTeam)
                                                   pushNow();
                                           });
                }
                Q_EMIT statusChanged();
                checkIdle();
                return;
            }
            const Team &team = request.team();
            const std::optional<Store::Binding> bound = Store::StoreBinding(m_store).binding();
            if (bound && bound->teamId != team.id) {
                qCWarning(lcSync) << "the server now answers for team" << team.id << "not"
                                  << bound->teamId << "- stopped";
                m_teamRefused = true;
                stop();
                m_status.lastError =
                    tr("The server now answers for the team “%1” (id %2), not for the team "
                       "“%3” (id %4) this local copy belongs to: nothing was sent to it or "
                       "taken from it.")
                        .arg(team.name, QString::number(team.id), bound->teamName,
                             QString::number(bound->teamId));
                Q_EMIT statusChanged();
                Q_EMIT teamChanged(team);
                checkIdle();
                return;
            }
            m_teamConfirmed = true;
            m_store->replaceMembers(team.members);
            // Shown before the team was known: its channels now (its status
            // is read after the pull, with the changed contacts').
            if (m_watched > 0)
                fetchChannels(m_watched);
            then();
            checkIdle();
        });
}

void SyncEngine::pull()
{
    if (m_pager)
        return;
    refreshDirectory();
    Api::ContactPager::Options options;
    m_pullIsFull = m_store->syncValue(keyFullDone) != QLatin1String("1");
    if (m_pullIsFull) {
        options.resumeCursor = m_store->syncValue(keyCursor);
        options.resumePage = m_store->syncValue(keyPage).toInt();
    } else {
        options.sinceMs = m_store->syncValue(keySince).toLongLong();
        options.countFirst = false;
        m_pullSince = options.sinceMs;
    }
    m_pager = new Api::ContactPager(m_client, options, this);
    m_pullBatch.clear();
    m_pullBatchCursor.reset();
    connect(m_pager, &Api::ContactPager::contactsReceived, this,
            [this](const QList<Contact> &contacts) {
                // A first pull's pages are written in batches with the cursor
                // after them (below); while an edit is on its way, at once, in
                // the order they came with its read-back.
                if (m_pullIsFull && m_inFlight.isEmpty()) {
                    if (m_pullBatch.size() + contacts.size() > fullPullBatch && !writePullBatch())
                        return;
                    m_pullBatch += contacts;
                    if (!m_pullBatchTimer.isActive())
                        m_pullBatchTimer.start();
                    return;
                }
                if (!m_pullBatch.isEmpty() && !writePullBatch())
                    return;
                if (!m_store->applyServerContacts(contacts)) {
                    // Not kept: stop here; the next sync resumes from the
                    // last cursor that was saved.
                    noteStoreFailure();
                    m_pager->abort();
                    return;
                }
                if (m_pullIsFull)
                    return;
                for (const Contact &c : contacts) {
                    // The cursor is inclusive: the newest contact of the last
                    // sync comes again, unchanged.
                    if (c.updated > m_pullSince && !m_statusDueSet.contains(c.id)) {
                        m_statusDueSet.insert(c.id);
                        m_statusDue.append(c.id);
                    }
                }
            });
    connect(m_pager, &Api::ContactPager::cursorAdvanced, this,
            [this](const QString &cursor, int page) {
                if (!m_pullIsFull)
                    return;
                // Saved once the contacts before it are (writePullBatch()).
                m_pullBatchCursor = std::make_pair(cursor, page);
                if (!m_pullBatchTimer.isActive())
                    m_pullBatchTimer.start();
            });
    connect(m_pager, &Api::ContactPager::progress, this, [this](qint64 received, qint64 expected) {
        m_status.received = received;
        m_status.expected = expected;
        Q_EMIT statusChanged();
    });
    connect(m_pager, &Api::ContactPager::finished, this, &SyncEngine::onPullFinished);
    m_status.pulling = true;
    m_status.received = 0;
    m_status.expected = -1;
    Q_EMIT statusChanged();
    m_pager->start();
}

bool SyncEngine::writePullBatch()
{
    m_pullBatchTimer.stop();
    // In id order (the order of the store's tables and indexes: a batch in
    // the pull's order, newest first, is a random walk through them); a
    // contact that came twice keeps its later copy last.
    std::stable_sort(m_pullBatch.begin(), m_pullBatch.end(),
                     [](const Contact &a, const Contact &b) { return a.id < b.id; });
    // Pages held back: what the store got meanwhile (a push's read-back) is newer.
    if (!m_pullBatch.isEmpty() &&
        !m_store->applyServerContacts(m_pullBatch, Store::ContactStore::Older::Skip)) {
        // Not kept: the pull stops; the next one resumes from the last
        // cursor saved, before these contacts.
        m_pullBatch.clear();
        m_pullBatchCursor.reset();
        noteStoreFailure();
        if (m_pager)
            m_pager->abort();
        return false;
    }
    m_pullBatch.clear();
    if (m_pullBatchCursor) {
        // Together: a cursor with another page's number skips contacts.
        m_store->setSyncValues({{keyCursor, m_pullBatchCursor->first},
                                {keyPage, QString::number(m_pullBatchCursor->second)}});
        m_pullBatchCursor.reset();
    }
    return true;
}

void SyncEngine::onPullFinished()
{
    Api::ContactPager *pager = m_pager;
    m_pager = nullptr;
    pager->deleteLater();
    // What came before the end (or a lost connection, or a stop) is kept.
    const bool kept = writePullBatch();
    m_status.pulling = false;
    if (!pager->warning().isEmpty())
        m_status.warning = pager->warning();
    const Api::ApiError error = pager->error();
    if (!kept) {
        // noteStoreFailure() said why; the full pull is not done.
    } else if (!error.isError()) {
        const qint64 since =
            std::max(m_store->syncValue(keySince).toLongLong(), pager->newestUpdated());
        QList<std::pair<QString, QString>> values{{keySince, QString::number(since)}};
        if (m_pullIsFull) {
            values += {{keyFullDone, QStringLiteral("1")}, {keyCursor, {}}, {keyPage, {}}};
            if (m_store->syncValue(keyReconciled).isEmpty()) // a full pull is a reconciliation
                values.append({keyReconciled, QString::number(now())});
        }
        m_store->setSyncValues(values);
        m_status.connection = Status::Connection::Online;
        readStatuses();
    } else if (isConnectionLoss(error)) {
        goOffline(error);
    } else if (error.kind != Api::ApiError::Kind::Aborted) {
        m_status.lastError = error.describe();
    }
    Q_EMIT statusChanged();
    checkIdle();
}

void SyncEngine::readStatuses()
{
    QList<qint64> ids;
    if (m_watched > 0)
        ids.append(m_watched);
    while (!m_statusDue.isEmpty() && ids.size() < m_options.statusReadsPerSync) {
        const qint64 id = m_statusDue.takeFirst();
        m_statusDueSet.remove(id);
        ids.append(id);
    }
    m_statusReader.read(ids, Api::RequestScheduler::Priority::Background,
                        [this, ids](const StatusReader::Result &result) {
                            if (isConnectionLoss(result.error)) {
                                // Asked again after the next pull.
                                for (qint64 id : ids) {
                                    if (id != m_watched && !m_statusDueSet.contains(id)) {
                                        m_statusDueSet.insert(id);
                                        m_statusDue.prepend(id);
                                    }
                                }
                            }
                            if (!result.storeProblem.isEmpty())
                                noteStoreFailure();
                        });
}

void SyncEngine::watchContact(qint64 id)
{
    if (id == m_watched)
        return;
    m_watched = id;
    if (id > 0 && m_teamConfirmed && m_status.connection != Status::Connection::Offline)
        m_statusReader.read({id}, Api::RequestScheduler::Priority::User);
}

template<typename Request, typename Apply>
void SyncEngine::refresh(Request *request, Apply apply)
{
    request->setPriority(Api::RequestScheduler::Priority::Background);
    m_client->send(request, &m_requests, [apply](const Request &r) {
        if (!r.error().isError())
            apply(r);
    });
}

void SyncEngine::refreshDirectory()
{
    refresh(new Api::ListCustomFieldsRequest(m_client),
            [this](const Api::ListCustomFieldsRequest &r) { m_store->replaceFields(r.fields()); });
    refresh(new Api::ListInboxesRequest(m_client),
            [this](const Api::ListInboxesRequest &r) { m_store->replaceInboxes(r.inboxes()); });
    pullTags({}, {});
}

void SyncEngine::pullTags(const QString &cursor, QList<Tag> collected)
{
    // Tags come 30 at a time, newest first, by a date cursor that may be
    // inclusive or strictly "before": each next page starts a millisecond
    // after the last tag's time, so a tie across a page's edge comes again
    // (de-duplicated by id) instead of being skipped.
    refresh(new Api::ListTagsRequest(m_client, cursor),
            [this, cursor, collected](const Api::ListTagsRequest &r) {
                QList<Tag> all = collected;
                bool fresh = false;
                for (const Tag &tag : r.tags()) {
                    const bool known = std::any_of(all.cbegin(), all.cend(),
                                                   [&tag](const Tag &t) { return t.id == tag.id; });
                    if (!known) {
                        all.append(tag);
                        fresh = true;
                    }
                }
                const QString last = r.tags().isEmpty() ? QString() : r.tags().last().updatedText;
                const QString next = Api::ListTagsRequest::cursorAfter(last);
                if (fresh && r.tags().size() >= 30 && !next.isEmpty() && next != cursor)
                    pullTags(next, all);
                else
                    m_store->replaceTags(all);
            });
}

void SyncEngine::reconcileNow()
{
    if (m_reconciler || !m_teamConfirmed)
        return;
    if (!ownsLock() && !own()) {
        m_reconcileWaiting = true; // goes once the other program is done
        return;
    }
    Api::ContactPager::Options options;
    options.countFirst = false;
    m_reconciler = new Api::ContactPager(m_client, options, this);
    m_reconciledIds.clear();
    connect(m_reconciler, &Api::ContactPager::contactsReceived, this,
            [this](const QList<Contact> &contacts) {
                for (const Contact &c : contacts)
                    m_reconciledIds.insert(c.id);
                m_store->applyServerContacts(contacts);
            });
    connect(m_reconciler, &Api::ContactPager::finished, this, [this] {
        Api::ContactPager *pager = m_reconciler;
        m_reconciler = nullptr;
        pager->deleteLater();
        m_status.reconciling = false;
        if (!pager->error().isError() && pager->warning().isEmpty()) {
            const int removed = m_store->removeServerContacts(m_reconciledIds);
            qCInfo(lcSync) << "reconciliation removed" << removed
                           << "contacts deleted on the server";
            m_store->setSyncValue(keyReconciled, QString::number(now()));
        }
        Q_EMIT statusChanged();
        checkIdle();
    });
    m_status.reconciling = true;
    Q_EMIT statusChanged();
    m_reconciler->start();
}

// ---------------------------------------------------------------- push

void SyncEngine::pushNow()
{
    if (m_teamRefused)
        return;
    m_running = true;
    if (!m_teamConfirmed && m_status.connection != Status::Connection::Offline) {
        confirmTeam([this] { pushNext(); });
        return;
    }
    pushNext();
}

void SyncEngine::pushNext()
{
    // Edits of different contacts go side by side (at most maxPushes), one
    // contact's in order; a create, a delete and a channel edit go alone
    // (sync/README.md, "Push"): what they do may depend on other contacts
    // (a number freed by a delete, a channel's owner), so they wait for
    // those on their way, and nothing starts beside them. An edit of a
    // phone or email waits only for an edit on its way that involves the
    // same number or address.
    if (m_aloneInFlight || m_inFlight.size() >= maxPushes)
        return;
    if (m_status.connection == Status::Connection::Offline || !m_running ||
        m_storeHold.isActive() || !m_teamConfirmed || m_teamRefused) {
        releaseIfIdle(); // nothing goes for now: another program may
        return;
    }
    const QList<qint64> busy = m_inFlight.values();
    m_stepFailures = m_store->failureCount();
    std::optional<Store::OutboxEntry> entry = m_store->nextDue(now(), busy);
    if (m_store->failureCount() != m_stepFailures) {
        noteStoreFailure();
        return;
    }
    if (entry && !ownsLock()) {
        if (!own()) {
            m_pushWaiting = true; // goes once the other program is done
            return;
        }
        // Under the lock: what the other program left of the outbox.
        entry = m_store->nextDue(now(), busy);
        if (m_store->failureCount() != m_stepFailures) {
            noteStoreFailure();
            return;
        }
    }
    if (!entry) {
        if (!m_inFlight.isEmpty())
            return; // the last of them ends the push
        m_status.pushing = false;
        const qint64 due = m_store->nextDueTime();
        if (due >= 0)
            m_pushTimer.start(static_cast<int>(std::clamp<qint64>(due - now(), 0, 60 * 60 * 1000)));
        Q_EMIT statusChanged();
        checkIdle();
        return;
    }
    using Kind = Store::OutboxEntry::Kind;
    const bool alone = entry->kind != Kind::Update && entry->kind != Kind::Status;
    if (alone && !m_inFlight.isEmpty())
        return; // once those on their way are done (finishStep() asks again)
    if (!alone && sharesIdentityWithInFlight(*entry))
        return; // after the edit on its way that gives up (or takes) the same number

    // The pull's pages held back go first: the step's read-back is newer
    // (and one of a contact the store does not have yet is not kept).
    if (!m_pullBatch.isEmpty() && !writePullBatch())
        return;
    m_inFlight.insert(entry->seq, entry->contactId);
    m_aloneInFlight = alone;
    m_status.pushing = true;
    Q_EMIT statusChanged();
    process(*entry);
    if (!alone) // and the next beside it
        QMetaObject::invokeMethod(this, &SyncEngine::pushNext, Qt::QueuedConnection);
}

bool SyncEngine::sharesIdentityWithInFlight(const Store::OutboxEntry &entry) const
{
    // A new phone or email may be one another contact gives up in an older
    // edit on its way (or the other way round): the server refuses a second
    // contact with one number, so the later one waits for it.
    QStringList values;
    for (const QString &field : {QString(Field::phone), QString(Field::email)}) {
        const QString value = entry.patch.value(field).toString();
        if (!value.isEmpty())
            values.append(value.toLower());
    }
    if (values.isEmpty() || m_inFlight.isEmpty())
        return false;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        QStringList theirs;
        if (const auto other = m_store->entry(it.key())) {
            for (const QJsonObject &fields : {other->patch, other->base})
                for (const QString &field : {QString(Field::phone), QString(Field::email)})
                    theirs.append(fields.value(field).toString().toLower());
        }
        if (const auto contact = m_store->contact(it.value()))
            for (const QString &field : {QString(Field::phone), QString(Field::email)})
                theirs.append(contact->fields.value(field).toString().toLower());
        for (const QString &value : std::as_const(values))
            if (theirs.contains(value))
                return true;
    }
    return false;
}

void SyncEngine::finishStep(qint64 seq)
{
    m_inFlight.remove(seq);
    if (m_inFlight.isEmpty())
        m_aloneInFlight = false;
    // A step whose writes did not all go through leaves its entry in the
    // outbox, as it was before the step: it goes again once the store
    // works, and every step is safe to repeat (updates compare with the
    // server first, creates look themselves up, deletes of what is gone
    // are done).
    if (m_store->failureCount() != m_stepFailures)
        noteStoreFailure();
    else
        m_storeHoldMs = 0;
    updateCounts();
    QMetaObject::invokeMethod(this, &SyncEngine::pushNext, Qt::QueuedConnection);
}

void SyncEngine::noteStoreFailure()
{
    m_status.storeFailing = true;
    m_status.lastError = m_store->lastError().describe();
    // No pushing for a while: 5 s, doubling up to a minute, or until the
    // store says it writes again.
    m_storeHoldMs = std::clamp(m_storeHoldMs * 2, 5000, 60 * 1000);
    m_storeHold.start(m_storeHoldMs);
    Q_EMIT statusChanged();
}

void SyncEngine::process(const Store::OutboxEntry &entry)
{
    switch (entry.kind) {
    case Store::OutboxEntry::Kind::Create:
        processCreate(entry);
        return;
    case Store::OutboxEntry::Kind::Update:
        processUpdate(entry);
        return;
    case Store::OutboxEntry::Kind::Delete:
        processDelete(entry);
        return;
    case Store::OutboxEntry::Kind::Status:
        processStatus(entry);
        return;
    case Store::OutboxEntry::Kind::ChannelAdd:
    case Store::OutboxEntry::Kind::ChannelRemove:
    case Store::OutboxEntry::Kind::ChannelChange:
        processChannel(entry);
        return;
    }
}

void SyncEngine::entryFailed(const Store::OutboxEntry &entry, const Api::ApiError &error)
{
    if (error.kind == Api::ApiError::Kind::Aborted) {
        m_inFlight.remove(entry.seq);
        if (m_inFlight.isEmpty())
            m_aloneInFlight = false;
        return;
    }
    qCInfo(lcSync).noquote() << "outbox entry" << entry.seq << "failed:" << error.describe();
    if (isPermanent(error)) {
        m_store->failEntry(entry.seq, error.describe());
    } else if (error.kind == Api::ApiError::Kind::Unauthorized) {
        m_status.lastError = error.describe();
        m_store->deferEntry(entry.seq, now() + 60 * 1000, error.describe());
    } else {
        const int delay =
            m_options.retry.delayMs(std::max(1, entry.attempts), error.retryAfterMs, m_random);
        m_store->deferEntry(entry.seq, now() + delay, error.describe());
        if (isConnectionLoss(error))
            goOffline(error);
    }
    finishStep(entry.seq);
}

void SyncEngine::processCreate(const Store::OutboxEntry &entry)
{
    QJsonObject fields = entry.patch;
    fields.remove(Field::localId);
    fields.remove(Field::channels);
    ContactWrite write = ContactFields::toWrite(fields);
    dropEmptyCustom(write); // nothing to clear on a create (and null is not a value)
    const QString phone = write.phone.value_or(QString());
    const QString email = write.email.value_or(QString());
    // An older delete of a contact with the same phone or email goes first
    // (the undo of a create made again, a new contact with a deleted one's
    // number): the outbox keeps order per contact only, so a delete waiting
    // after a failure would let the create go before it, and the server
    // refuses a second contact with one phone (the soak found it). The
    // create looks again within a second.
    for (const Store::OutboxEntry &older : m_store->outbox()) {
        if (older.seq >= entry.seq)
            break;
        if (older.kind != Store::OutboxEntry::Kind::Delete ||
            older.state != Store::OutboxEntry::State::Pending)
            continue;
        const auto doomed = m_store->contact(older.contactId);
        if (!doomed)
            continue;
        const QString doomedPhone = doomed->fields.value(Field::phone).toString();
        const QString doomedEmail = doomed->fields.value(Field::email).toString();
        if ((!phone.isEmpty() && doomedPhone == phone) ||
            (!email.isEmpty() && doomedEmail.compare(email, Qt::CaseInsensitive) == 0)) {
            m_store->deferEntry(entry.seq, std::min(older.notBefore, now() + 1000) + 1,
                                tr("waits until a deleted contact with the same number or "
                                   "address is gone from the server"));
            finishStep(entry.seq);
            return;
        }
    }
    const auto send = [this, entry, write, phone] {
        if (!m_store->markSent(entry.seq))
            return finishStep(entry.seq); // never sent unless marked first
        const auto created = [this, entry](const auto &create) {
            if (create.error().isError())
                return entryFailed(entry, create.error());
            fetchAndComplete(entry.seq, create.result().id, true, create.result().uuid);
        };
        if (!phone.isEmpty()) {
            m_client->send(new Api::CreateContactRequest(m_client, write), &m_requests, created);
        } else {
            ContactWrite v2 = write;
            v2.channels = {
                Channel{{}, {}, ChannelType::email, write.email.value_or(QString()), {}, {}, 0, 0}};
            v2.email.reset();
            m_client->send(new Api::CreateContactV2Request(m_client, v2), &m_requests, created);
        }
    };
    if (entry.attempts == 0 || (phone.isEmpty() && email.isEmpty())) {
        send();
        return;
    }
    // It may have reached the server before we stopped: look before creating again.
    const QString type =
        phone.isEmpty() ? QString(ChannelType::email) : QString(ChannelType::phone);
    m_client->send(
        new Api::SearchContactsRequest(m_client, {{type, {phone.isEmpty() ? email : phone}}}),
        &m_requests, [this, entry, write, send](const Api::SearchContactsRequest &lookup) {
            if (lookup.error().isError())
                return entryFailed(entry, lookup.error());
            for (const Contact &contact : lookup.contacts()) {
                if (Api::matchesWrite(contact, write)) {
                    qCInfo(lcSync) << "create" << entry.seq << "had reached the server as contact"
                                   << contact.id;
                    fetchAndComplete(entry.seq, contact.id, true, contact.uuid);
                    return;
                }
            }
            send();
        });
}

void SyncEngine::fetchAndComplete(qint64 seq, qint64 contactId, bool create, const QString &uuid)
{
    m_client->send(new Api::GetContactRequest(m_client, contactId), &m_requests,
                   [this, seq, contactId, create, uuid](const Api::GetContactRequest &get) {
                       // An update went through but its read-back did not
                       // (a 5xx, a 429, a lost connection): completed
                       // without the server's copy, the contact's copy and
                       // the base of its later edits would stay as before
                       // our write, and the next edit of the same field
                       // would conflict with our own. The entry waits and
                       // goes again instead: its values are there, so it
                       // completes with what the server holds.
                       if (!create && get.error().isError() && !isPermanent(get.error()) &&
                           get.error().kind != Api::ApiError::Kind::NotFound) {
                           if (const auto entry = m_store->entry(seq))
                               return entryFailed(*entry, get.error());
                       }
                       const std::optional<Contact> server =
                           get.error().isError() ? std::nullopt
                                                 : std::optional<Contact>(get.contact());
                       if (create)
                           m_store->completeCreate(seq, contactId, uuid, server);
                       else
                           m_store->completeEntry(seq, server);
                       finishStep(seq);
                   });
}

void SyncEngine::processUpdate(const Store::OutboxEntry &entry)
{
    m_client->send(
        new Api::GetContactRequest(m_client, entry.contactId), &m_requests,
        [this, entry](const Api::GetContactRequest &get) {
            if (get.error().isError()) {
                Api::ApiError error = get.error();
                if (error.kind == Api::ApiError::Kind::NotFound)
                    error.message = tr("the contact was deleted on the server");
                return entryFailed(entry, error);
            }
            const Contact server = get.contact();
            const QJsonObject theirs = ContactFields::fromContact(server);
            QJsonObject push;
            QJsonObject conflicts;
            for (auto it = entry.patch.begin(); it != entry.patch.end(); ++it) {
                const QString field = it.key();
                const QJsonValue mine = it.value();
                const QJsonValue current = normalized(theirs, field);
                if (current == mine)
                    continue; // already there (perhaps from our own earlier attempt)
                if (server.rev == entry.baseRev || current == normalized(entry.base, field))
                    push.insert(field, mine);
                else
                    conflicts.insert(field, QJsonObject{{Field::conflictMine, mine},
                                                        {Field::conflictTheirs, current}});
            }
            if (!conflicts.isEmpty()) {
                m_store->conflictEntry(entry.seq, conflicts, server);
                finishStep(entry.seq);
                return;
            }
            if (push.isEmpty()) {
                m_store->completeEntry(entry.seq, server);
                finishStep(entry.seq);
                return;
            }
            // The whole record, not only what changes: the spec leaves open
            // whether a PUT clears what it omits (4.3; sync/README.md).
            const FullRecord record = fullRecord(server, push, CustomValues::AsNeeded);
            if (!m_store->markSent(entry.seq))
                return finishStep(entry.seq); // never sent unless marked first
            m_client->send(new Api::UpdateContactRequest(m_client, entry.contactId, record.write,
                                                         record.overwriteCustom),
                           &m_requests, [this, entry](const Api::UpdateContactRequest &put) {
                               if (put.error().isError())
                                   return entryFailed(entry, put.error());
                               fetchAndComplete(entry.seq, entry.contactId, false,
                                                put.result().uuid);
                           });
        });
}

void SyncEngine::processDelete(const Store::OutboxEntry &entry)
{
    if (!m_store->markSent(entry.seq))
        return finishStep(entry.seq); // never sent unless marked first
    m_client->send(new Api::DeleteContactRequest(m_client, entry.contactId), &m_requests,
                   [this, entry](const Api::DeleteContactRequest &request) {
                       if (request.error().isError() &&
                           request.error().kind != Api::ApiError::Kind::NotFound)
                           return entryFailed(entry, request.error());
                       m_store->completeDelete(entry.seq); // gone either way
                       finishStep(entry.seq);
                   });
}

void SyncEngine::processStatus(const Store::OutboxEntry &entry)
{
    const ContactStatusChange change =
        ApiJson::statusChangeFromName(entry.patch.value(Field::status).toString())
            .value_or(ContactStatusChange::Active);
    if (!m_store->markSent(entry.seq))
        return finishStep(entry.seq); // never sent unless marked first
    m_client->send(
        new Api::SetContactStatusRequest(m_client, Api::ContactKey::byId(entry.contactId), change),
        &m_requests, [this, entry](const Api::SetContactStatusRequest &request) {
            if (request.error().isError())
                return entryFailed(entry, request.error());
            m_store->completeEntry(entry.seq, std::nullopt);
            finishStep(entry.seq);
        });
}

// ---------------------------------------------------------------- channels
//
// The API addresses a channel for PUT/GET/DELETE by its type only, which is
// the contact's primary channel of that type (spec 5.9). Before any write the
// server's channels are read again and the channel the type addresses is
// checked to be the one the user acted on; if it is not, nothing is sent and
// the entry fails with the reason. A write never touches another channel.

void SyncEngine::resolveUuid(
    qint64 id, const std::function<void(const QString &uuid, const Api::ApiError &)> &then)
{
    const auto stored = m_store->contact(id);
    if (stored && !stored->uuid.isEmpty())
        return then(stored->uuid, {});
    Api::ApiError unknown;
    unknown.kind = Api::ApiError::Kind::NotFound;
    // v1 answers carry no v2 id (spec 1.3): find it by the phone, else the email.
    const QString phone = stored ? stored->server.value(Field::phone).toString() : QString();
    const QString email = stored ? stored->server.value(Field::email).toString() : QString();
    if (phone.isEmpty() && email.isEmpty()) {
        unknown.message = tr("the contact's v2 id is unknown and it has no phone or email to look "
                             "it up by");
        return then({}, unknown);
    }
    const Api::ChannelFilter filter = phone.isEmpty()
                                          ? Api::ChannelFilter{ChannelType::email, {email}}
                                          : Api::ChannelFilter{ChannelType::phone, {phone}};
    m_client->send(new Api::SearchContactsRequest(m_client, {filter}), &m_requests,
                   [this, id, then, unknown](const Api::SearchContactsRequest &lookup) mutable {
                       if (lookup.error().isError())
                           return then({}, lookup.error());
                       for (const Contact &contact : lookup.contacts()) {
                           if (contact.id == id && !contact.uuid.isEmpty()) {
                               m_store->setUuid(id, contact.uuid);
                               return then(contact.uuid, {});
                           }
                       }
                       unknown.message = tr("the contact was not found on the server");
                       then({}, unknown);
                   });
}

void SyncEngine::readBackChannels(qint64 id, const QString &uuid, qint64 seq,
                                  std::optional<QList<Channel>> listed,
                                  const std::function<void(const Api::ApiError &)> &done)
{
    m_client->send(new Api::GetContactRequest(m_client, id), &m_requests,
                   [this, id, uuid, seq, listed, done](const Api::GetContactRequest &get) {
                       const std::optional<Contact> server =
                           get.error().isError() ? std::nullopt
                                                 : std::optional<Contact>(get.contact());
                       if (seq)
                           m_store->completeEntry(seq, server); // the write is done either way
                       else if (server)
                           m_store->applyServerContacts({*server});
                       if (!server)
                           return done(get.error());
                       const qint64 rev = server->rev;
                       if (listed) {
                           if (m_store->setServerChannels(id, *listed, rev))
                               m_channelsRead.insert(id);
                           return done({});
                       }
                       m_client->send(new Api::ListChannelsRequest(m_client, uuid), &m_requests,
                                      [this, id, rev, done](const Api::ListChannelsRequest &list) {
                                          if (!list.error().isError() &&
                                              m_store->setServerChannels(id, list.channels(), rev))
                                              m_channelsRead.insert(id);
                                          done(list.error());
                                      });
                   });
}

void SyncEngine::fetchChannels(qint64 id, bool force)
{
    // A local create has no server channels yet; offline, the probe comes
    // first; before the team is confirmed, the confirmation reads them.
    if (id <= 0 || m_channelReads.contains(id) ||
        m_status.connection == Status::Connection::Offline || !m_teamConfirmed)
        return;
    const auto stored = m_store->contact(id);
    if (!stored)
        return;
    const std::optional<qint64> rev = m_store->channelsRev(id);
    if (!force && rev && *rev == stored->rev && m_channelsRead.contains(id))
        return; // read at this rev in this session
    m_channelReads.insert(id);
    const auto finished = [this, id](const Api::ApiError &error) {
        m_channelReads.remove(id);
        if (!error.isError())
            m_channelsRead.insert(id);
        else if (error.kind != Api::ApiError::Kind::Aborted)
            qCInfo(lcSync).noquote() << "channels of" << id << "not read:" << error.describe();
        Q_EMIT channelsRead(id, error.isError() ? error.describe() : QString());
        checkIdle();
    };
    resolveUuid(id, [this, id, finished](const QString &uuid, const Api::ApiError &error) {
        if (error.isError())
            return finished(error);
        readBackChannels(id, uuid, 0, std::nullopt, finished);
    });
}

void SyncEngine::processChannel(const Store::OutboxEntry &entry)
{
    resolveUuid(entry.contactId, [this, entry](const QString &uuid, const Api::ApiError &error) {
        if (m_store->failureCount() != m_stepFailures)
            return finishStep(
                entry.seq); // the contact could not be read: the entry waits, unchanged
        if (error.isError())
            return entryFailed(entry, error);
        sendChannelWrite(entry, uuid);
    });
}

void SyncEngine::sendChannelWrite(const Store::OutboxEntry &entry, const QString &uuid)
{
    using Kind = Store::OutboxEntry::Kind;
    const QString type = entry.patch.value(Field::channelType).toString();
    const QString value = entry.patch.value(Field::channelValue).toString();
    const QString newValue = entry.patch.value(Field::channelNewValue).toString();
    const auto has = [](const QList<Channel> &channels, const QString &t, const QString &v) {
        return std::any_of(channels.cbegin(), channels.cend(), [&](const Channel &c) {
            return c.type == t && c.value.compare(v, Qt::CaseInsensitive) == 0;
        });
    };
    const auto refuse = [this, entry](const QString &reason) {
        qCInfo(lcSync).noquote() << "channel edit" << entry.seq << "not sent:" << reason;
        m_store->failEntry(entry.seq, reason);
        finishStep(entry.seq);
    };
    const auto finished = [this, seq = entry.seq](const Api::ApiError &) { finishStep(seq); };
    // The write itself, once checked; then the contact and its channels again.
    const auto write = [this, entry, uuid, type, value, newValue, finished] {
        if (!m_store->markSent(entry.seq))
            return finishStep(
                entry.seq); // never sent unless marked first (or taken back meanwhile)
        const auto done = [this, entry, uuid, finished](const Api::ApiRequest &request) {
            if (request.error().isError())
                return entryFailed(entry, request.error());
            readBackChannels(entry.contactId, uuid, entry.seq, std::nullopt, finished);
        };
        const Channel channel{{}, uuid, type, entry.kind == Kind::ChannelChange ? newValue : value,
                              {}, {},   0,    0};
        if (entry.kind == Kind::ChannelAdd)
            m_client->send(new Api::AddChannelRequest(m_client, uuid, channel), &m_requests, done);
        else if (entry.kind == Kind::ChannelChange)
            m_client->send(new Api::UpdateChannelRequest(m_client, uuid, channel), &m_requests,
                           done);
        else
            m_client->send(new Api::DeleteChannelRequest(m_client, uuid, type, value), &m_requests,
                           done);
    };
    m_client->send(
        new Api::ListChannelsRequest(m_client, uuid), &m_requests,
        [this, entry, uuid, type, value, newValue, has, refuse, finished,
         write](const Api::ListChannelsRequest &list) {
            if (list.error().isError())
                return entryFailed(entry, list.error());
            const QList<Channel> channels = list.channels();
            const bool there = has(channels, type, value);
            // Already as wanted (perhaps by our own earlier attempt): nothing to send.
            if ((entry.kind == Kind::ChannelAdd && there) ||
                (entry.kind == Kind::ChannelRemove && !there) ||
                (entry.kind == Kind::ChannelChange && !there && has(channels, type, newValue)))
                return readBackChannels(entry.contactId, uuid, entry.seq, channels, finished);
            if (entry.kind == Kind::ChannelAdd)
                return write();
            if (!there)
                return refuse(tr("%1 is no longer one of the contact's channels on the server, so "
                                 "nothing was changed")
                                  .arg(shown(type, value)));
            // PUT and DELETE take the channel the type addresses: it must be this one.
            m_client->send(
                new Api::GetChannelRequest(m_client, uuid, type), &m_requests,
                [this, entry, type, value, refuse, write](const Api::GetChannelRequest &get) {
                    if (get.error().isError() && get.error().kind != Api::ApiError::Kind::NotFound)
                        return entryFailed(entry, get.error());
                    const QString addressed =
                        get.error().isError() ? QString() : get.channel().value;
                    if (addressed.compare(value, Qt::CaseInsensitive) == 0)
                        return write();
                    refuse(tr("%1 is not the contact's primary %2 on the server (that is %3). "
                              "Heymarket's API changes and removes a channel only by its type, "
                              "which takes the primary one, so nothing was sent: change or "
                              "remove this one in Heymarket's web app")
                               .arg(shown(type, value), type,
                                    addressed.isEmpty() ? tr("none") : shown(type, addressed)));
                });
        });
}

// ---------------------------------------------------------------- offline

void SyncEngine::goOffline(const Api::ApiError &error)
{
    m_status.lastError = error.describe();
    if (m_status.connection == Status::Connection::Offline)
        return;
    qCInfo(lcSync).noquote() << "offline:" << error.describe();
    m_status.connection = Status::Connection::Offline;
    m_teamConfirmed = false; // whoever answers next is asked who they are first
    m_probeDelay = m_options.offlineProbeMs;
    m_probeTimer.start(m_probeDelay);
    Q_EMIT statusChanged();
}

void SyncEngine::probe()
{
    m_client->send(new Api::CountContactsRequest(m_client, {}), &m_requests,
                   [this](const Api::CountContactsRequest &count) {
                       if (count.error().isError() && isConnectionLoss(count.error())) {
                           m_probeDelay = std::min(m_probeDelay * 2, 60 * 1000);
                           m_probeTimer.start(m_probeDelay);
                           return;
                       }
                       qCInfo(lcSync) << "back online";
                       m_status.connection = Status::Connection::Online;
                       m_status.lastError.clear();
                       Q_EMIT statusChanged();
                       syncNow();
                   });
}

} // namespace ContactDesk::Sync
