// The soak's driver: opens the account through Sync::Workspace (the window's
// composition root: the same engine, import uploader and message sender)
// and runs the seeded script (SoakScript.h): the window's edits and their
// undos as the store calls EditCommands makes, an import of a CSV file
// (ImportSession -> journal -> ImportUploader) and messages (MessageOutbox
// -> MessageSender). Its progress is durable (sync values in the store), so
// a driver killed at any moment and started again goes on where it stopped;
// every step is also checked against the store before it is made, so one
// that was made just before a kill (its progress not yet written) is not
// made twice.
//
//   soak_driver --url URL --key KEY --profile DIR --edits N --import-rows R
//               --messages M --seed S
//
// stdout: "PHASE edit|push|import|send ..." as it works (the orchestrator
// aims its kills with them), "DONE" when everything reached the server.
// Exit 0 done (edits the engine refused or found in conflict are printed on
// stderr as "REFUSED ..." and left: the comparison counts them); 2 bad
// arguments or no account.

#include "api/Credentials.h"
#include "api/HeymarketClient.h"
#include "bench/soak/SoakScript.h"
#include "core/ContactFields.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "store/MessageOutbox.h"
#include "store/Profile.h"
#include "sync/ImportSession.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/StatusReader.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

using namespace ContactDesk;
using namespace ContactDesk::Soak;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

class Driver
{
public:
    Driver(Sync::Workspace &workspace, Script script, int importRows, int messages)
        : m_ws(workspace)
        , m_store(workspace.store())
        , m_journal(workspace.store())
        , m_outbox(workspace.store())
        , m_script(std::move(script))
        , m_importRows(importRows)
        , m_messages(messages)
    {}

    void start();

private:
    bool directoryReady();
    bool doStep(const Step &step);
    QJsonObject changesFor(const Step &step) const;
    void tick();
    void enqueueMessages();
    void sendMessages();
    void runImport();
    bool importDone() const;
    void checkDone();
    int batches() const { return (m_messages + messagesPerBatch - 1) / messagesPerBatch; }
    int dueStep(int batch) const
    {
        return static_cast<int>(static_cast<qint64>(m_script.steps.size()) * (batch + 1) /
                                (batches() + 1));
    }
    int syncInt(const char *key) const
    {
        return m_store->syncValue(QString::fromLatin1(key)).toInt();
    }
    bool setSyncInt(const char *key, qint64 value)
    {
        return m_store->setSyncValue(QString::fromLatin1(key), QString::number(value));
    }

    Sync::Workspace &m_ws;
    Store::ContactStore *m_store;
    Store::ImportJournal m_journal;
    Store::MessageOutbox m_outbox;
    Script m_script;
    int m_importRows;
    int m_messages;
    QList<qint64> m_tagIds;
    QList<qint64> m_memberIds;
    QString m_planKey;
    int m_next = 0;
    bool m_ready = false;
    bool m_importRunning = false;
    mutable bool m_importFinished = false; // once done, done: not counted again
    QElapsedTimer m_importLooked;          // when runImport() last looked
    int m_sendRounds = 0;
    int m_lastPending = -1;
    int m_stepFailures = 0;
    quint64 m_ticks = 0;
    int m_stalls = 0;
    bool m_saidImported = false;
    bool m_saidSent = false;
    QHash<quint64, QPair<int, int>> m_statusJobs; // status reads on their way: answered, total
    int m_blocked = 0;                            // pending entries queued behind a refused one
    QSet<qint64> m_refused;                       // entries the engine gave up on, reported once
    QTimer m_tick;
    QElapsedTimer m_waiting;
    QObject m_context; // the connections' receiver: gone with the driver
};

bool Driver::directoryReady()
{
    if (!m_tagIds.isEmpty())
        return true;
    QList<qint64> tags;
    for (const Tag &tag : m_store->tags())
        tags.append(tag.id);
    QList<qint64> members;
    for (const TeamMember &member : m_store->members())
        members.append(member.id);
    for (const CustomField &field : m_store->customFields())
        if (field.title == QLatin1String("Plan"))
            m_planKey = Field::custom(field.id);
    if (tags.size() < tagCount || members.size() < memberCount || m_planKey.isEmpty())
        return false;
    std::sort(tags.begin(), tags.end());
    std::sort(members.begin(), members.end());
    m_tagIds = tags;
    m_memberIds = members;
    return true;
}

void Driver::start()
{
    m_next = syncInt("soak.step");
    // A batch written just before a kill, its number not yet recorded: it
    // is in the outbox, so it is taken, not written again.
    const int enqueued = syncInt("soak.msg.enqueued");
    if (enqueued < batches()) {
        const QString first = messageText(enqueued * messagesPerBatch);
        for (qint64 batch : m_outbox.unsentBatches()) {
            const QList<Store::OutgoingEntry> entries = m_outbox.entries(batch);
            if (!entries.isEmpty() && entries.first().message.text == first)
                setSyncInt("soak.msg.enqueued", enqueued + 1);
        }
    }
    QObject::connect(m_ws.engine(), &Sync::SyncEngine::statusChanged, &m_context, [this] {
        const auto &status = m_ws.engine()->status();
        if (status.pushing && status.pending != m_lastPending) {
            m_lastPending = status.pending;
            say(QStringLiteral("PHASE push %1").arg(status.pending));
        }
    });
    QObject::connect(m_ws.importUploader(), &Sync::ImportUploader::progress, &m_context,
                     [](qint64, int answered, int total, qint64) {
                         say(QStringLiteral("PHASE import %1/%2").arg(answered).arg(total));
                     });
    QObject::connect(m_ws.importUploader(), &Sync::ImportUploader::finished, &m_context,
                     [this](qint64, bool, const QString &message) {
                         m_importRunning = false;
                         if (!message.isEmpty())
                             std::fprintf(stderr, "import stopped: %s\n", qPrintable(message));
                     });
    QObject::connect(
        m_ws.messageSender(), &Sync::MessageSender::progress, &m_context,
        [](int done, int total) { say(QStringLiteral("PHASE send %1/%2").arg(done).arg(total)); });
    QObject::connect(m_ws.messageSender(), &Sync::MessageSender::finished, &m_context,
                     [this](qint64 batch, int, int failed, int) {
                         if (failed > 0)
                             std::fprintf(stderr, "batch %lld: %d failed, sent again\n",
                                          static_cast<long long>(batch), failed);
                     });
    QObject::connect(m_ws.engine()->statusReader(), &Sync::StatusReader::progress, &m_context,
                     [this](quint64 job, int done, int total) {
                         if (done < total)
                             m_statusJobs.insert(job, {done, total});
                         else
                             m_statusJobs.remove(job);
                     });
    QObject::connect(m_ws.engine()->statusReader(), &Sync::StatusReader::idle, &m_context,
                     [this] { m_statusJobs.clear(); });
    m_ws.engine()->start();
    QObject::connect(&m_tick, &QTimer::timeout, &m_tick, [this] { tick(); });
    m_tick.start(10);
    m_waiting.start();
}

QJsonObject Driver::changesFor(const Step &step) const
{
    const ContactState &a = step.after;
    switch (step.field) {
    case Step::Field::Names:
        return {{Field::first, a.first}, {Field::last, a.last}};
    case Step::Field::Phone:
        return {{Field::phone, a.phone}};
    case Step::Field::Email:
        return {{Field::email, a.email}};
    case Step::Field::Plan:
        return {{m_planKey, a.plan}};
    case Step::Field::Tags: {
        QJsonArray tags;
        for (int tag : a.tags)
            tags.append(m_tagIds.at(tag));
        return {{Field::tags, tags}};
    }
    case Step::Field::Owner:
        return {{Field::owner,
                 a.owner < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_memberIds.at(a.owner))}};
    case Step::Field::None:
        break;
    }
    return {};
}

namespace {

bool hasEmailChannel(const Store::StoredContact &contact, const QString &address)
{
    const QJsonArray channels = Store::ContactStore::channelsOf(contact.fields);
    return std::any_of(channels.begin(), channels.end(), [&](const QJsonValue &c) {
        return c.toObject().value(Field::channelType).toString() == ChannelType::email &&
               c.toObject()
                       .value(Field::channelValue)
                       .toString()
                       .compare(address, Qt::CaseInsensitive) == 0;
    });
}

ContactStatusChange statusChange(int call)
{
    switch (call) {
    case 0:
        return ContactStatusChange::Blocked;
    case 1:
        return ContactStatusChange::Unblocked;
    case 2:
        return ContactStatusChange::Unsubscribed;
    default:
        return ContactStatusChange::Subscribed;
    }
}

} // namespace

// Makes the step's store calls, as the window's command (or its undo) makes
// them, unless the store shows it made already. False when a store call
// failed.
bool Driver::doStep(const Step &step)
{
    // The contact has the number the script gave it; if not (an edit of
    // its number was lost: the comparison at the end reports it), the
    // other of its two numbers, which no other contact has.
    auto contact = m_store->contactByPhone(step.before.phone);
    if (!contact && step.kind != Step::Kind::Create && step.kind != Step::Kind::Recreate &&
        step.field != Step::Field::Phone) {
        const QString other = step.before.phone == basePhone(step.contact)
                                  ? otherPhone(step.contact)
                                  : basePhone(step.contact);
        contact = m_store->contactByPhone(other);
        if (contact)
            std::fprintf(stderr, "step %d: contact %d has %s, not %s (a lost phone edit)\n", m_next,
                         step.contact, qPrintable(other), qPrintable(step.before.phone));
    }
    switch (step.kind) {
    case Step::Kind::Create:
    case Step::Kind::Recreate: {
        if (m_store->contactByPhone(step.after.phone))
            return true; // made before the kill
        const ContactState &a = step.after;
        // CreateContactCommand's fields (the window's new contact) or, for
        // DeleteContactsCommand::undo, what the contact held.
        QJsonObject fields{{Field::phone, a.phone}, {Field::first, a.first}, {Field::last, a.last}};
        if (step.kind == Step::Kind::Recreate) {
            if (!a.email.isEmpty())
                fields.insert(Field::email, a.email);
            if (!a.plan.isEmpty())
                fields.insert(m_planKey, a.plan);
            QJsonArray tags;
            for (int tag : a.tags)
                tags.append(m_tagIds.at(tag));
            if (!tags.isEmpty())
                fields.insert(Field::tags, tags);
            if (a.owner >= 0)
                fields.insert(Field::owner, m_memberIds.at(a.owner));
        }
        return m_store->createContact(fields) != 0;
    }
    case Step::Kind::Delete:
        if (!contact)
            return true;
        return m_store->deleteContact(contact->id);
    case Step::Kind::Edit: {
        if (!contact)
            return step.field == Step::Field::Phone && m_store->contactByPhone(step.after.phone);
        const QJsonObject changes = changesFor(step);
        bool same = true;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            same = same && contact->fields.value(it.key()) == it.value();
        return same || m_store->editContact(contact->id, changes);
    }
    case Step::Kind::Status: {
        if (!contact)
            return false;
        if (contact->fields.value(Field::blocked).toBool() == step.after.blocked &&
            contact->fields.value(Field::optedOut).toBool() == step.after.optedOut)
            return true;
        bool ok = true;
        for (int call : step.statusCalls)
            ok = m_store->setStatus(contact->id, statusChange(call)) && ok;
        return ok;
    }
    case Step::Kind::ChannelAdd:
        if (!contact)
            return false;
        return hasEmailChannel(*contact, step.channelTo) ||
               m_store->addChannel(contact->id, ChannelType::email, step.channelTo);
    case Step::Kind::ChannelRemove: {
        if (!contact)
            return false;
        if (!hasEmailChannel(*contact, step.channelFrom))
            return true;
        // ChannelCommand::undoStep: an add that never went is taken back
        // here; otherwise the channel (the contact's only, so primary,
        // email) is removed.
        const QJsonObject patch{{Field::channelType, ChannelType::email},
                                {Field::channelValue, step.channelFrom}};
        return m_store->cancelUnsentChannelEdit(contact->id, Store::OutboxEntry::Kind::ChannelAdd,
                                                patch) ||
               m_store->removeChannel(contact->id, ChannelType::email, step.channelFrom);
    }
    case Step::Kind::ChannelChange: {
        if (!contact)
            return false;
        if (hasEmailChannel(*contact, step.channelTo) &&
            !hasEmailChannel(*contact, step.channelFrom))
            return true;
        if (step.undo) {
            const QJsonObject patch{{Field::channelType, ChannelType::email},
                                    {Field::channelValue, step.channelTo},
                                    {Field::channelNewValue, step.channelFrom}};
            if (m_store->cancelUnsentChannelEdit(contact->id,
                                                 Store::OutboxEntry::Kind::ChannelChange, patch))
                return true;
        }
        return m_store->changeChannel(contact->id, ChannelType::email, step.channelFrom,
                                      step.channelTo);
    }
    }
    return false;
}

void Driver::enqueueMessages()
{
    int enqueued = syncInt("soak.msg.enqueued");
    while (enqueued < batches() && m_next >= dueStep(enqueued)) {
        const QList<Inbox> inboxes = m_store->inboxes();
        const auto inbox = std::find_if(inboxes.begin(), inboxes.end(), [](const Inbox &i) {
            return !i.phone.isEmpty() && !i.memberIds.isEmpty();
        });
        if (inbox == inboxes.end())
            return; // the directory is not there yet
        QList<Store::OutgoingMessage> messages;
        for (int m = enqueued * messagesPerBatch;
             m < std::min(m_messages, (enqueued + 1) * messagesPerBatch); ++m) {
            Store::OutgoingMessage message;
            message.label = messagePhone(m);
            message.medium = Compose::Medium::Sms;
            message.inboxId = inbox->id;
            message.creatorId = inbox->memberIds.first();
            message.to = messagePhone(m);
            message.text = messageText(m);
            messages.append(message);
        }
        QString problem;
        if (!m_ws.messageSender()->enqueue(messages, &problem)) {
            std::fprintf(stderr, "enqueue: %s\n", qPrintable(problem));
            return;
        }
        say(QStringLiteral("PHASE enqueue %1").arg(enqueued));
        setSyncInt("soak.msg.enqueued", ++enqueued);
    }
}

void Driver::sendMessages()
{
    Sync::MessageSender *sender = m_ws.messageSender();
    if (sender->isSending())
        return;
    const QList<qint64> unsent = sender->unsentBatches();
    if (unsent.isEmpty())
        return;
    // As a user who asks again for what failed (a 5xx after the client's
    // retries): the entry keeps its local_id, so nothing goes twice.
    if (++m_sendRounds > 200000) {
        std::fprintf(stderr, "messages do not go\n");
        return;
    }
    sender->send(unsent.first(), true);
}

bool Driver::importDone() const
{
    if (m_importRows <= 0)
        return true;
    const qint64 id = m_store->syncValue(QStringLiteral("soak.import.id")).toLongLong();
    if (id == 0)
        return false;
    if (m_importFinished)
        return true;
    // (Counting 100,000 rows takes tens of milliseconds: on every tick it
    // kept the driver's thread busy and slowed its own engine.)
    const auto record = m_journal.import(id);
    m_importFinished =
        record && record->state == Store::ImportRecord::State::Done && record->pending == 0;
    return m_importFinished;
}

void Driver::runImport()
{
    if (m_importRows <= 0 || m_importRunning || m_ws.importUploader()->isRunning() ||
        m_importFinished)
        return;
    // A stopped import is taken up again, but looked at once a second, not
    // on every tick.
    if (m_importLooked.isValid() && m_importLooked.elapsed() < 1000)
        return;
    m_importLooked.start();
    const QString csv = QDir(m_ws.profile().dataDirectory()).filePath(QStringLiteral("soak.csv"));
    qint64 id = m_store->syncValue(QStringLiteral("soak.import.id")).toLongLong();
    if (id == 0) {
        // Staged just before a kill: the journal has it.
        for (const Store::ImportRecord &record : m_journal.imports())
            if (record.file == csv)
                id = record.id;
    }
    if (id == 0) {
        if (!QFile::exists(csv)) {
            QSaveFile file(csv); // whole or not at all
            if (!file.open(QIODevice::WriteOnly))
                return;
            file.write("Phone Number,First Name,Last Name\n");
            for (int row = 0; row < m_importRows; ++row)
                file.write(QStringLiteral("%1,%2,%3\n")
                               .arg(importPhone(row), importFirst(row), importLast(row))
                               .toUtf8());
            if (!file.commit())
                return;
        }
        Sync::ImportPlan plan;
        plan.path = csv;
        const Sync::Preview head = Sync::ImportSession::header(csv, plan.csv);
        plan.mapping =
            Sync::ImportSession::mappingFor(head.header, &m_ws.settings(), m_store->customFields());
        plan.options.region = QStringLiteral("US");
        QString error;
        id = Sync::ImportSession::stage(plan, m_store, &error);
        if (id == 0) {
            std::fprintf(stderr, "stage: %s\n", qPrintable(error));
            return;
        }
        say(QStringLiteral("PHASE staged %1").arg(id));
    }
    setSyncInt("soak.import.id", id);
    if (importDone())
        return;
    m_importRunning = true;
    m_ws.importUploader()->start(id);
}

void Driver::tick()
{
    if (!m_ready) {
        m_ready = directoryReady();
        if (!m_ready)
            return;
        say(QStringLiteral("PHASE ready %1").arg(m_next));
    }
    // Edits as fast as the push keeps up (a few waiting at a time), so
    // kills land among edits, pushes, import batches and sends alike.
    constexpr int window = 8;
    // (Edits queued behind a refused one never go: they do not count.)
    for (int n = 0;
         n < 4 && m_next < m_script.steps.size() && m_store->pendingCount() - m_blocked < window;
         ++n) {
        const Step &step = m_script.steps.at(m_next);
        const quint64 failures = m_store->failureCount();
        if (!doStep(step)) {
            const bool storeFailed = m_store->failureCount() != failures;
            const auto contact = m_store->contactByPhone(step.before.phone);
            if (!storeFailed || m_stepFailures++ % 500 == 0)
                std::fprintf(
                    stderr,
                    "step %d (kind %d field %d%s, contact %d, %s -> %s, %s -> %s) %s: %s; the "
                    "store has: %s\n",
                    m_next, static_cast<int>(step.kind), static_cast<int>(step.field),
                    step.undo ? " undo" : "", step.contact, qPrintable(step.before.phone),
                    qPrintable(step.after.phone), qPrintable(step.channelFrom),
                    qPrintable(step.channelTo),
                    storeFailed ? "failed, tried again" : "cannot be made, skipped",
                    qPrintable(m_store->lastError().describe()),
                    contact
                        ? QJsonDocument(contact->fields).toJson(QJsonDocument::Compact).constData()
                        : "no contact with that phone");
            // The store failed: tried again on the next tick. Otherwise the
            // contact is not as the script left it (something was lost:
            // the comparison reports it) and the step is passed over.
            if (storeFailed)
                return;
        }
        say(QStringLiteral("PHASE edit %1").arg(m_next));
        setSyncInt("soak.step", ++m_next);
    }
    enqueueMessages();
    sendMessages();
    if (m_next >= m_script.steps.size() / 5)
        runImport();
    if (++m_ticks % 20 == 0) // a few reads of the store: not on every tick
        checkDone();
}

void Driver::checkDone()
{
    // An edit the engine refused or found in conflict is not sent: the
    // comparison reports it as lost; here it is said what the engine said.
    if (m_store->failedCount() + m_store->conflictCount() > m_refused.size()) {
        for (const Store::OutboxEntry &entry : m_store->outbox()) {
            if (entry.state == Store::OutboxEntry::State::Pending || m_refused.contains(entry.seq))
                continue;
            m_refused.insert(entry.seq);
            const bool conflict = entry.state == Store::OutboxEntry::State::Conflict;
            std::fprintf(
                stderr, "REFUSED entry %lld (contact %lld, %s): %s %s\n",
                static_cast<long long>(entry.seq), static_cast<long long>(entry.contactId),
                conflict ? "conflict" : "failed",
                QJsonDocument(entry.patch).toJson(QJsonDocument::Compact).constData(),
                conflict ? QJsonDocument(entry.conflicts).toJson(QJsonDocument::Compact).constData()
                         : entry.error.toUtf8().constData());
        }
    }
    // Edits queued behind a refused one of the same contact never go.
    int blocked = 0;
    if (!m_refused.isEmpty()) {
        QSet<qint64> stuck;
        for (const Store::OutboxEntry &entry : m_store->outbox()) {
            if (entry.state != Store::OutboxEntry::State::Pending)
                stuck.insert(entry.contactId);
            else if (stuck.contains(entry.contactId))
                ++blocked;
        }
    }
    m_blocked = blocked;
    // The orchestrator stops aiming at phases that ended.
    if (!m_saidImported && importDone()) {
        m_saidImported = true;
        say(QStringLiteral("PHASE imported"));
    }
    if (!m_saidSent && syncInt("soak.msg.enqueued") >= batches() &&
        m_ws.messageSender()->unsentCount() == 0 && !m_ws.messageSender()->isSending()) {
        m_saidSent = true;
        say(QStringLiteral("PHASE sent"));
    }
    if (m_next < m_script.steps.size() || syncInt("soak.msg.enqueued") < batches() ||
        !importDone() || m_ws.messageSender()->unsentCount() > 0 ||
        m_ws.messageSender()->isSending() || m_store->pendingCount() > blocked ||
        !m_ws.engine()->isIdle()) {
        if (m_next >= m_script.steps.size() && importDone() &&
            m_ws.messageSender()->unsentCount() == 0 && m_store->pendingCount() <= blocked &&
            m_waiting.elapsed() > 5000) {
            // Everything is there but the engine is not idle: say why.
            m_waiting.restart();
            const auto &status = m_ws.engine()->status();
            if (++m_stalls >= 18 && !status.pulling && !status.pushing && !status.reconciling) {
                // 90 s with nothing on its way but a status read that does
                // not end (longer than the client's rate limit can hold a
                // background request: a rolling minute): a finding (the
                // orchestrator counts it), not a reason to wait for ever;
                // what the server holds is compared.
                QStringList jobs;
                for (auto it = m_statusJobs.cbegin(); it != m_statusJobs.cend(); ++it)
                    jobs.append(QStringLiteral("job %1 %2/%3")
                                    .arg(it.key())
                                    .arg(it->first)
                                    .arg(it->second));
                const Api::RequestScheduler &scheduler = m_ws.client()->scheduler();
                say(QStringLiteral("STALL status reads %1 (%2); scheduler queued %3, in flight %4")
                        .arg(m_ws.engine()->statusReader()->isReading())
                        .arg(jobs.join(QStringLiteral(", ")))
                        .arg(scheduler.queued())
                        .arg(scheduler.inFlight()));
                say(QStringLiteral("DONE"));
                QCoreApplication::exit(0);
                return;
            }
            std::fprintf(stderr,
                         "waiting: sending %d, pulling %d, pushing %d, reconciling %d, "
                         "connection %d, status reads %d\n",
                         m_ws.messageSender()->isSending(), status.pulling, status.pushing,
                         status.reconciling, static_cast<int>(status.connection),
                         m_ws.engine()->statusReader()->isReading());
        }
        return;
    }
    say(QStringLiteral("DONE"));
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    // Gone with the orchestrator (a ctest timeout kills only it).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soak_driver"));
    QCommandLineParser parser;
    const auto option = [&parser](const char *name, const char *value) {
        const QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(name),
                                   QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const QCommandLineOption url = option("url", "URL");
    const QCommandLineOption key = option("key", "KEY");
    const QCommandLineOption profile = option("profile", "DIR");
    const QCommandLineOption edits = option("edits", "N");
    const QCommandLineOption importRows = option("import-rows", "N");
    const QCommandLineOption messages = option("messages", "N");
    const QCommandLineOption seed = option("seed", "N");
    const QCommandLineOption dump(QStringLiteral("dump"), QStringLiteral("print the script"));
    parser.addOption(dump);
    parser.process(app);
    if (parser.isSet(dump)) {
        const Script script = makeScript(parser.value(edits).toInt(), parser.value(seed).toUInt());
        for (qsizetype i = 0; i < script.steps.size(); ++i) {
            const Step &step = script.steps.at(i);
            std::printf("%lld: kind %d field %d%s contact %d phone %s -> %s first %s -> %s email "
                        "%s -> %s\n",
                        static_cast<long long>(i), static_cast<int>(step.kind),
                        static_cast<int>(step.field), step.undo ? " undo" : "", step.contact,
                        qPrintable(step.before.phone), qPrintable(step.after.phone),
                        qPrintable(step.before.first), qPrintable(step.after.first),
                        qPrintable(step.before.email), qPrintable(step.after.email));
        }
        return 0;
    }
    if (!parser.isSet(url) || !parser.isSet(profile)) {
        std::fprintf(stderr, "usage: soak_driver --url URL --key KEY --profile DIR --edits N "
                             "--import-rows N --messages N --seed N\n");
        return 2;
    }

    Sync::Workspace::Options options;
    options.profile = Store::Profile::inDirectory(parser.value(profile));
    options.server = Sync::Workspace::Server{QUrl(parser.value(url)),
                                             Api::Credentials::fromApiKey(parser.value(key))};
    Sync::SyncEngine::Options sync;
    // A pull every 10 s (the window: a minute): hundreds in a run, and the
    // client's 500 requests a minute left to the edits, the import and the sends.
    sync.intervalMs = 10000;
    sync.offlineProbeMs = 200;
    sync.retry = {1000000, 50, 2000, 0.5};
    options.sync = sync;
    options.retry = Api::RetryPolicy{4, 50, 1000, 0.5};
    options.timeoutMs = 5000;
    // The soak's sandbox has no rate limit, and the client's own (500 a
    // minute, as Heymarket allows; tested in tst_api_scheduler) would make
    // the full run's 60,000 requests take two hours of budget alone: the
    // soak is about what survives faults and kills, so it is lifted, with
    // a few more requests at once beside the four pushes.
    options.limits = Api::RequestScheduler::Limits{0, 8};
    Sync::Workspace workspace(options);
    std::unique_ptr<Driver> driver;
    const Script script = makeScript(parser.value(edits).toInt(), parser.value(seed).toUInt());
    QObject::connect(&workspace, &Sync::Workspace::connected, &app, [&] {
        driver = std::make_unique<Driver>(workspace, script, parser.value(importRows).toInt(),
                                          parser.value(messages).toInt());
        driver->start();
    });
    QObject::connect(&workspace, &Sync::Workspace::connectionFailed, &app,
                     [](const QString &problem) {
                         std::fprintf(stderr, "not connected yet: %s\n", qPrintable(problem));
                     });
    if (const QString problem = workspace.open(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    const int code = QCoreApplication::exec();
    driver.reset();
    workspace.close();
    return code;
}
