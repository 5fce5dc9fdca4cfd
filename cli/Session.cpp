#include "cli/Session.h"

#include "api/Credentials.h"
#include "cli/ContactView.h"
#include "cli/Output.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace ContactDesk::Cli {

namespace {

// How long a command waits for another program that syncs the profile
// (the window, another contactdesk-cli) before it goes on without it.
int ownerWaitMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("CONTACTDESK_OWNER_WAIT_MS", &ok);
    return ok && ms >= 0 ? ms : 60 * 1000;
}

// How long a command waits for a server that answers 5xx or 429 before it
// gives up (exit 3); CONTACTDESK_BUSY_WAIT_MS overrides it.
int busyWaitMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("CONTACTDESK_BUSY_WAIT_MS", &ok);
    return ok && ms >= 0 ? ms : 60 * 1000;
}

} // namespace

Session::Session(const Account &account)
{
    Sync::Workspace::Options options;
    options.profile = account.profile.isEmpty() ? Store::Profile::standard()
                                                : Store::Profile::inDirectory(account.profile);
    if (!account.apiUrl.isEmpty())
        options.server = Sync::Workspace::Server{QUrl(account.apiUrl),
                                                 Api::Credentials::fromApiKey(account.apiKey)};
    Sync::SyncEngine::Options sync;
    sync.intervalMs = 24 * 3600 * 1000; // one pull, driven below
    options.sync = sync;
    m_workspace = std::make_unique<Sync::Workspace>(std::move(options));
}

Session::~Session() = default;

bool Session::open(QString *problem)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(m_workspace.get(), &Sync::Workspace::connected, &loop, &QEventLoop::quit);
    // A server that answers 5xx or 429 is busy, not gone: asked again (the
    // workspace does, 5 s and then longer) for up to busyWaitMs().
    QElapsedTimer waited;
    waited.start();
    bool saidBusy = false;
    QObject::connect(
        m_workspace.get(), &Sync::Workspace::connectionFailed, &loop, [&](const QString &why) {
            if (m_workspace->retriesBusyServer() && waited.elapsed() < busyWaitMs()) {
                if (!saidBusy)
                    err(tr("%1; asking again for up to %2 s…").arg(why).arg(busyWaitMs() / 1000));
                saidBusy = true;
                return;
            }
            failure = why;
            loop.quit();
        });
    if (const QString why = m_workspace->open(); !why.isEmpty()) {
        *problem = why;
        return false;
    }
    if (!m_workspace->isConnected() && failure.isEmpty())
        loop.exec();
    if (!m_workspace->isConnected()) {
        *problem = failure;
        return false;
    }
    // A damaged local copy was set aside: said once, on stderr.
    if (const QString notice = m_workspace->storeNotice(); !notice.isEmpty())
        err(notice);
    // One pull (and whatever the outbox holds), or give up when the
    // server stays unreachable.
    Sync::SyncEngine *engine = m_workspace->engine();
    QEventLoop sync;
    // Another program syncing the profile: waited for, up to a bound; then
    // the command works on the local copy (that program keeps it current).
    QTimer deadline;
    deadline.setSingleShot(true);
    bool gaveUp = false;
    QObject::connect(&deadline, &QTimer::timeout, &sync, [&] {
        gaveUp = true;
        sync.quit();
    });
    QObject::connect(engine, &Sync::SyncEngine::idle, &sync, &QEventLoop::quit);
    // The pull, and the edits that were waiting in the outbox when the
    // command began; not what other programs add meanwhile (while this
    // command holds the profile's sync lock it pushes their edits too: a
    // command that waited for the outbox to drain ran for as long as
    // another program kept editing; the soak found it), and those from
    // before only for up to busyWaitMs() (then they go with the next
    // command or the window).
    qint64 waitingBefore = 0;
    for (const Store::OutboxEntry &entry : m_workspace->store()->outbox())
        waitingBefore = std::max(waitingBefore, entry.seq);
    const auto earlierEditsGone = [&] {
        if (waitingBefore == 0 || waited.elapsed() >= busyWaitMs())
            return true;
        const QList<Store::OutboxEntry> entries = m_workspace->store()->outbox();
        return std::none_of(entries.cbegin(), entries.cend(), [&](const Store::OutboxEntry &e) {
            return e.seq <= waitingBefore && e.state == Store::OutboxEntry::State::Pending &&
                   e.error.isEmpty();
        });
    };
    bool pulled = false;
    QTimer look; // the earlier edits' bound passes without a status change
    look.setSingleShot(true);
    QObject::connect(engine, &Sync::SyncEngine::statusChanged, &sync, [&, engine] {
        if (engine->status().pulling) {
            pulled = true;
        } else if (pulled &&
                   engine->status().connection == Sync::SyncEngine::Status::Connection::Online) {
            if (earlierEditsGone()) {
                sync.quit();
                return;
            }
            if (!look.isActive())
                look.start(static_cast<int>(std::max<qint64>(0, busyWaitMs() - waited.elapsed())));
        }
        if (engine->status().connection == Sync::SyncEngine::Status::Connection::Offline ||
            engine->status().storeFailing)
            sync.quit();
        if (engine->status().otherOwner.isEmpty()) {
            deadline.stop(); // this command syncs now
        } else if (!deadline.isActive() && !gaveUp) {
            err(tr("Waiting for %1, which is syncing this profile…")
                    .arg(engine->status().otherOwner));
            deadline.start(ownerWaitMs());
        }
    });
    QObject::connect(&look, &QTimer::timeout, &sync, &QEventLoop::quit);
    engine->start();
    sync.exec();
    // A pull the server answered 5xx or 429 (after the client's retries)
    // is asked again, from the page it stopped at, for up to busyWaitMs().
    while (!gaveUp && !engine->status().storeFailing &&
           engine->status().connection == Sync::SyncEngine::Status::Connection::Unknown &&
           !engine->status().lastError.isEmpty() && waited.elapsed() < busyWaitMs()) {
        if (!saidBusy)
            err(tr("%1 answered: %2; asking again for up to %3 s…")
                    .arg(m_workspace->baseUrl().toString(), engine->status().lastError)
                    .arg(busyWaitMs() / 1000));
        saidBusy = true;
        QTimer::singleShot(1000, &sync, [engine] { engine->syncNow(); });
        // (Never longer than the wait, whatever the engine does.)
        QTimer bound;
        bound.setSingleShot(true);
        QObject::connect(&bound, &QTimer::timeout, &sync, &QEventLoop::quit);
        bound.start(static_cast<int>(std::max<qint64>(0, busyWaitMs() - waited.elapsed())) + 5000);
        sync.exec();
    }
    if (gaveUp) {
        const QString owner = engine->status().otherOwner;
        engine->stop();
        err(tr("%1 is still syncing this profile: working on the local copy as it is.").arg(owner));
        return true;
    }
    const auto &status = engine->status();
    if (status.storeFailing) {
        *problem = status.lastError; // the local copy, not the server
        return false;
    }
    if (status.connection != Sync::SyncEngine::Status::Connection::Online) {
        *problem =
            tr("%1 cannot be reached: %2").arg(m_workspace->baseUrl().toString(), status.lastError);
        return false;
    }
    engine->stop();
    return true;
}

Store::ContactStore &Session::store() const
{
    return *m_workspace->store();
}

Api::HeymarketClient &Session::client() const
{
    return *m_workspace->client();
}

Sync::SyncEngine &Session::engine() const
{
    return *m_workspace->engine();
}

QSettings &Session::settings() const
{
    return m_workspace->settings();
}

QString Session::defaultRegion() const
{
    return m_workspace->defaultRegion();
}

QString Session::refusedEdit(qint64 contactId) const
{
    for (const Store::OutboxEntry &entry : store().outbox())
        if (entry.contactId == contactId && entry.state != Store::OutboxEntry::State::Pending)
            return describeRefusal(entry);
    return {};
}

QString Session::describeRefusal(const Store::OutboxEntry &entry) const
{
    if (entry.state != Store::OutboxEntry::State::Conflict)
        return entry.error;
    QStringList fields;
    for (auto it = entry.conflicts.begin(); it != entry.conflicts.end(); ++it)
        fields.append(ContactView::fieldLabel(store(), it.key()));
    return tr("it was changed on the server meanwhile (%1)").arg(fields.join(QLatin1String(", ")));
}

Session::Pushed Session::push(QList<qint64> &ids)
{
    Store::ContactStore &store = this->store();
    Sync::SyncEngine &engine = this->engine();
    Pushed pushed;
    QEventLoop loop;
    QObject::connect(&store, &Store::ContactStore::contactIdChanged, &loop,
                     [&ids](qint64 from, qint64 to) {
                         for (qint64 &id : ids)
                             if (id == from)
                                 id = to;
                     });
    const auto entries = [&] {
        QList<Store::OutboxEntry> ours;
        for (const Store::OutboxEntry &entry : store.outbox())
            if (ids.contains(entry.contactId))
                ours.append(entry);
        return ours;
    };
    // Edits of these contacts still waiting after a failure from before go
    // now, first.
    for (const Store::OutboxEntry &entry : entries())
        if (entry.state == Store::OutboxEntry::State::Pending && !entry.error.isEmpty())
            store.retry(entry.seq);

    QTimer deadline; // see below
    deadline.setSingleShot(true);
    bool finished = false;
    const auto finish = [&] {
        finished = true;
        loop.quit();
    };
    // Looks where the edits are; runs queued, after each step of the engine.
    const auto check = [&] {
        if (finished)
            return;
        if (engine.status().storeFailing)
            return finish();
        bool pending = false;
        bool discarded = false;
        for (const Store::OutboxEntry &entry : entries()) {
            if (entry.state != Store::OutboxEntry::State::Pending) {
                // Refused: said, and taken back; the contact's later edits go on.
                pushed.refused.insert(entry.contactId, describeRefusal(entry));
                store.discard(entry.seq);
                discarded = true;
                continue;
            }
            if (!entry.error.isEmpty()) { // deferred after a failure that may pass
                pushed.waiting = entry.error;
                return finish();
            }
            pending = true;
        }
        if (engine.status().connection == Sync::SyncEngine::Status::Connection::Offline ||
            engine.status().storeFailing) {
            pushed.waiting = engine.status().lastError;
            return finish();
        }
        if (!pending) {
            // A create another program sent: its server id comes with that
            // program's note of it (the store's change journal), a moment
            // after the outbox shows it done.
            const auto unresolved = [&] {
                return std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) {
                    return id < 0 && !store.contact(id).has_value();
                });
            };
            if (unresolved())
                store.watchOtherWriters();
            if (unresolved()) {
                if (!deadline.isActive())
                    deadline.start(ownerWaitMs());
                return; // the next look of the store's watch comes back here
            }
        }
        if (!pending)
            finish();
        else if (discarded)
            engine.pushNow(); // what waited behind the refused edit may go now
    };
    // Another program holding the profile's sync sends these edits itself
    // (it sees them in the shared outbox), or lets go: waited for, up to a
    // bound.
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        if (finished)
            return;
        pushed.waiting = tr("%1 is syncing this profile and has not sent it yet")
                             .arg(engine.status().otherOwner);
        finish();
    });
    QObject::connect(&engine, &Sync::SyncEngine::statusChanged, &loop, [&] {
        if (engine.status().otherOwner.isEmpty()) {
            deadline.stop(); // this command sends them now
        } else if (!deadline.isActive() && !finished) {
            err(tr("Waiting for %1, which is syncing this profile…")
                    .arg(engine.status().otherOwner));
            deadline.start(ownerWaitMs());
        }
    });
    QObject::connect(&store, &Store::ContactStore::outboxChanged, &loop, check,
                     Qt::QueuedConnection);
    QObject::connect(&store, &Store::ContactStore::contactIdChanged, &loop, check,
                     Qt::QueuedConnection);
    QObject::connect(&engine, &Sync::SyncEngine::statusChanged, &loop, check, Qt::QueuedConnection);
    QObject::connect(&engine, &Sync::SyncEngine::idle, &loop, check, Qt::QueuedConnection);
    engine.pushNow();
    check();
    if (!finished)
        loop.exec();
    engine.stop();
    pushed.storeFailed = engine.status().storeFailing;
    return pushed;
}

} // namespace ContactDesk::Cli
