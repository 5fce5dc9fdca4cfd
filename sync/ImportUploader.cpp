#include "sync/ImportUploader.h"

#include "api/ContactRequests.h"
#include "api/ContactV2Requests.h"
#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "core/ContactFields.h"
#include "sync/DirectoryWrites.h"
#include "sync/FullRecord.h"

#include <QJsonArray>
#include <QTimer>

namespace ContactDesk::Sync {

namespace {

constexpr int maxTransientFailures = 8;

QList<qint64> linesOf(const QList<Store::ImportRow> &rows)
{
    QList<qint64> lines;
    lines.reserve(rows.size());
    for (const Store::ImportRow &row : rows)
        lines.append(row.line);
    return lines;
}

QString phoneOf(const Store::ImportRow &row)
{
    return row.body.value(Field::phone).toString();
}

// Whether a contact found on the server is the one this row would create
// (the values it sent), not somebody else's with the same phone.
bool carriesRow(const Contact &contact, const Store::ImportRow &row)
{
    const auto same = [&row](QLatin1String key, const QString &value) {
        const QJsonValue sent = row.body.value(key);
        return sent.isUndefined() || sent.toString().compare(value, Qt::CaseInsensitive) == 0;
    };
    return same(Field::first, contact.first) && same(Field::last, contact.last) &&
           same(Field::email, contact.email);
}

// A create refused because the phone exists may be our own request seen
// twice (Qt re-sends a POST whose connection closed before the answer).
bool mayBeOwnEcho(const FailedContact &failed)
{
    return failed.field.endsWith(QLatin1String("phone")) ||
           failed.field.endsWith(QLatin1String("channel_id"));
}

QString describeFailure(const FailedContact &failed)
{
    return failed.field.isEmpty() ? failed.message
                                  : QStringLiteral("%1: %2").arg(failed.field, failed.message);
}

} // namespace

ImportUploader::ImportUploader(Api::HeymarketClient *client, Store::ContactStore *store,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(store)
{}

ImportUploader::~ImportUploader()
{
    m_importId = 0;
    m_requests.dropAll();
}

void ImportUploader::resolveOwnerEmails(const ImportPlan &plan, Import::TeamIndex team,
                                        QObject *context,
                                        std::function<void(Import::TeamIndex, QString)> done)
{
    ImportSession::resolveOwnerEmails(m_client, plan, std::move(team), context, std::move(done));
}

void ImportUploader::start(qint64 importId)
{
    run(importId, false);
}

void ImportUploader::startUndo(qint64 importId)
{
    if (m_importId)
        return;
    if (QString owner; !takeLock(&owner)) {
        Q_EMIT finished(importId, false, busyMessage(owner));
        return;
    }
    m_journal.startUndo(importId);
    run(importId, true);
}

void ImportUploader::cancel()
{
    if (!m_importId || (m_cancelled && m_stopMessage.isEmpty()))
        return;
    m_cancelled = true;
    m_stopMessage.clear(); // the user's stop, even if an error's was coming
    // Durable now: a stop by the user, even if nothing more of this run is
    // written (a second Ctrl+C ends the CLI at once).
    m_journal.setState(m_importId, Store::ImportRecord::State::Cancelled);
}

QString ImportUploader::lockPath() const
{
    return m_store->path() + QStringLiteral(".import.lock");
}

namespace {

QString lockOwner(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return ImportUploader::tr("another ContactDesk program");
    return ImportUploader::tr("another ContactDesk program (%1, process %2)")
        .arg(app.isEmpty() ? QStringLiteral("?") : app)
        .arg(pid);
}

} // namespace

QString ImportUploader::busyMessage(const QString &owner)
{
    return tr("%1 is sending an import to this account; this one waits (nothing was sent) and "
              "can be resumed when that one is done.")
        .arg(owner);
}

bool ImportUploader::takeLock(QString *owner)
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(lockPath());
    // Never stale by age (an upload may take hours); a lock whose process is
    // gone is taken over (QLockFile checks the process id on this host).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (owner)
            *owner = lockOwner(*lock);
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool ImportUploader::claim(QString *owner)
{
    if (!takeLock(owner))
        return false;
    m_claimed = true;
    return true;
}

void ImportUploader::release()
{
    m_claimed = false;
    if (!m_importId)
        m_lock.reset();
}

bool ImportUploader::heldElsewhere(QString *owner) const
{
    if (m_lock)
        return false;
    QLockFile lock(lockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (owner)
            *owner = lockOwner(lock);
        return true;
    }
    lock.unlock();
    return false;
}

void ImportUploader::run(qint64 importId, bool undo)
{
    if (m_importId)
        return;
    const auto record = m_journal.import(importId);
    if (!record) {
        if (!m_claimed)
            m_lock.reset();
        Q_EMIT finished(importId, false, tr("There is no import %1.").arg(importId));
        return;
    }
    if (QString owner; !takeLock(&owner)) {
        Q_EMIT finished(importId, false, busyMessage(owner));
        return;
    }
    m_importId = importId;
    m_undo = undo || record->state == Store::ImportRecord::State::Undoing;
    m_cancelled = false;
    m_stopMessage.clear();
    m_tagsResolved = false;
    m_fieldsResolved = false;
    m_transientFailures = 0;
    m_answeredAtStart =
        m_undo ? record->undone + record->undoFailed : record->done + record->failed;
    m_answered = m_answeredAtStart;
    m_total = m_undo ? m_answeredAtStart + record->undoPending + record->done : record->total;
    m_changedServer = false;
    m_clock.start();
    m_inFlight = 0;
    m_retryPending = false;
    m_lookedUp.clear();
    m_failuresAtStart = m_store->failureCount();
    if (!m_journal.beginRun(importId) ||
        !m_journal.setState(importId, m_undo ? Store::ImportRecord::State::Undoing
                                             : Store::ImportRecord::State::Uploading)) {
        stopIfStoreFailed();
        return;
    }
    QTimer::singleShot(0, this, &ImportUploader::next);
}

void ImportUploader::next()
{
    if (!m_importId || m_retryPending)
        return;
    if (m_cancelled) {
        if (m_inFlight == 0)
            stop(m_stopMessage.isEmpty(), m_stopMessage);
        return;
    }
    if (stopIfStoreFailed())
        return;
    {
        if (!m_fieldsResolved || !m_tagsResolved) {
            if (m_inFlight == 0)
                m_fieldsResolved ? prepareTags() : resolveFields();
            return;
        }
        // Two batches on their way: the server works on one while this
        // side records the answer to the other.
        while (m_importId && !m_cancelled && m_inFlight < maxInFlight) {
            const QList<Store::ImportRow> batch =
                m_journal.nextBatch(m_importId, batchSize, m_undo);
            if (batch.isEmpty()) {
                if (m_inFlight == 0) {
                    m_journal.setState(m_importId, m_undo ? Store::ImportRecord::State::Undone
                                                          : Store::ImportRecord::State::Done);
                    stop(false, {});
                }
                return;
            }
            const bool create = batch.first().kind == Store::ImportRow::Kind::Create;
            if (m_undo)
                create ? sendDeletes(batch) : sendUpdates(batch, true);
            else if (batch.first().state == Store::ImportRow::State::Unknown)
                recoverCreates(batch);
            else
                create ? sendCreates(batch) : sendUpdates(batch, false);
            if (stopIfStoreFailed())
                return;
        }
    }
}

bool ImportUploader::stopIfStoreFailed()
{
    // A write of this run that did not go through (disk full, read-only,
    // busy): stop before sending more. What was not recorded is looked up
    // or sent again when the import resumes; nothing is lost or doubled.
    if (!m_importId || m_store->failureCount() == m_failuresAtStart)
        return false;
    stop(false, tr("The import stopped: %1").arg(m_store->lastError().describe()));
    return true;
}

void ImportUploader::prepareTags()
{
    // Tag names the team does not have yet, from every row still to send.
    m_tagIds.clear();
    for (const Tag &tag : m_store->tags())
        m_tagIds.insert(tag.name.toLower(), tag.id);
    QStringList missing;
    if (!m_undo) {
        for (const Store::ImportRow &row :
             m_journal.rows(m_importId,
                            {Store::ImportRow::State::Pending, Store::ImportRow::State::Unknown})) {
            const QJsonArray names = row.body.value(Field::tagNames).toArray();
            for (const QJsonValue &name : names) {
                const QString text = name.toString();
                if (!m_tagIds.contains(text.toLower()) &&
                    !missing.contains(text, Qt::CaseInsensitive))
                    missing.append(text);
            }
        }
    }
    // A tag list or rows that could not be read would make every tag look
    // missing: stop instead (the import resumes later).
    if (stopIfStoreFailed())
        return;
    resolveTags(missing);
}

// A request failed in a way that may pass (network, 5xx, 429): the rows go
// back (creates to be looked up first), and the uploader waits a little
// longer each time before it goes on; after too many it stops, keeping
// everything to resume.
void ImportUploader::transientFailure(const Api::ApiError &error, const QList<qint64> &lines,
                                      bool lookUpFirst)
{
    if (lookUpFirst)
        m_journal.markUnknown(m_importId, lines);
    else
        m_journal.markPending(m_importId, lines, m_undo);
    if (++m_transientFailures > maxTransientFailures) {
        if (m_inFlight == 0)
            stop(false, error.describe());
        else {
            m_cancelled = true;               // stops once the other batch is answered
            m_stopMessage = error.describe(); // an error's stop, not the user's
        }
        return;
    }
    m_retryPending = true;
    const int delay = error.retryAfterMs.value_or(1000 * m_transientFailures);
    QTimer::singleShot(delay, this, [this] {
        m_retryPending = false;
        next();
    });
}

void ImportUploader::failRows(const QList<qint64> &lines, const QString &error)
{
    QList<Store::ImportJournal::Answer> answers;
    answers.reserve(lines.size());
    for (qint64 line : lines)
        answers.append({line, false, 0, {}, error});
    m_journal.record(m_importId, answers, m_undo);
}

bool ImportUploader::handledFailure(const Api::ApiError &error, const QList<qint64> &lines,
                                    bool lookUpFirst)
{
    if (!error.isError())
        return false;
    if (error.isTransient() || error.kind == Api::ApiError::Kind::Aborted) {
        transientFailure(error, lines, lookUpFirst);
    } else { // the server refused the whole batch: each row says why
        failRows(lines, error.describe());
        afterBatch(int(lines.size()));
    }
    return true;
}

void ImportUploader::resolveTags(const QStringList &names)
{
    if (names.isEmpty()) {
        m_tagsResolved = true;
        next();
        return;
    }
    const QString name = names.first();
    const QStringList rest = names.mid(1);
    ++m_inFlight;
    DirectoryWrites::createTag(
        m_client, m_store, name, &m_requests,
        [this, name, rest](const std::optional<Tag> &tag, const Api::ApiError &error) {
            --m_inFlight;
            if (!m_importId)
                return;
            if (!tag && error.isTransient()) {
                stop(false,
                     tr("The tag “%1” could not be created: %2").arg(name, error.describe()));
                return;
            }
            if (!tag) {
                // Rows that carry it fail with the reason; the rest go on.
                for (const Store::ImportRow &row :
                     m_journal.rows(m_importId, {Store::ImportRow::State::Pending,
                                                 Store::ImportRow::State::Unknown})) {
                    const QJsonArray tags = row.body.value(Field::tagNames).toArray();
                    for (const QJsonValue &value : tags) {
                        if (value.toString().compare(name, Qt::CaseInsensitive) == 0) {
                            failRows({row.line}, tr("List: the tag “%1” could not be created: %2")
                                                     .arg(name, error.describe()));
                            break;
                        }
                    }
                }
            } else {
                m_tagIds.insert(name.toLower(), tag->id);
            }
            if (!stopIfStoreFailed())
                resolveTags(rest);
        });
}

void ImportUploader::resolveFields()
{
    // Custom fields the import makes (columns mapped to a new field):
    // created once, safe to repeat (an existing title comes back as is).
    const auto record = m_journal.import(m_importId);
    const QJsonArray titles =
        record ? record->options.value(QStringLiteral("new_fields")).toArray() : QJsonArray();
    m_fieldIds.clear();
    for (const CustomField &field : m_store->customFields())
        m_fieldIds.insert(field.title.toLower(), field.id);
    QStringList missing;
    for (const QJsonValue &title : titles)
        if (!m_fieldIds.contains(title.toString().toLower()))
            missing.append(title.toString());
    if (missing.isEmpty()) {
        m_fieldsResolved = true;
        next();
        return;
    }
    ++m_inFlight;
    DirectoryWrites::createCustomFields(
        m_client, m_store, missing, &m_requests,
        [this](const QList<CustomField> &fields, const Api::ApiError &error) {
            --m_inFlight;
            if (!m_importId)
                return;
            if (error.isError()) {
                stop(false,
                     tr("The new custom fields could not be created: %1").arg(error.describe()));
                return;
            }
            for (const CustomField &field : fields)
                m_fieldIds.insert(field.title.toLower(), field.id);
            m_fieldsResolved = true;
            if (!stopIfStoreFailed())
                next();
        });
}

QJsonObject ImportUploader::resolved(const QJsonObject &body, QString *problem) const
{
    // "custom_title.<title>" (a field made by this import) -> "custom.<id>";
    // "tag_names" -> ids added to "tags".
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(Field::customTitlePrefix)) {
            const QString title = it.key().mid(Field::customTitlePrefix.size());
            const qint64 id = m_fieldIds.value(title.toLower(), 0);
            if (!id) {
                *problem = tr("%1: the custom field does not exist").arg(title);
                return {};
            }
            out.insert(Field::custom(id), it.value());
        } else if (it.key() != Field::tagNames) {
            out.insert(it.key(), it.value());
        }
    }
    const QJsonArray names = body.value(Field::tagNames).toArray();
    if (!names.isEmpty()) {
        QJsonArray tags = out.value(Field::tags).toArray();
        for (const QJsonValue &name : names) {
            const qint64 id = m_tagIds.value(name.toString().toLower(), 0);
            if (!id) {
                *problem = tr("List: the tag “%1” does not exist").arg(name.toString());
                return {};
            }
            if (!tags.contains(id))
                tags.append(id);
        }
        out.insert(Field::tags, tags);
    }
    return out;
}

ContactWrite ImportUploader::writeFor(const QJsonObject &body, QString *problem) const
{
    const QJsonObject fields = resolved(body, problem);
    if (!problem->isEmpty())
        return {};
    return ContactFields::toWrite(fields);
}

template<typename Request, typename Handler>
void ImportUploader::send(Request *request, Handler handler)
{
    ++m_inFlight;
    m_client->send(request, &m_requests, [this, handler](const Request &answered) {
        --m_inFlight;
        if (!m_importId)
            return;
        handler(answered);
        stopIfStoreFailed();
    });
}

void ImportUploader::recoverCreates(const QList<Store::ImportRow> &batch)
{
    // The answer to this batch never arrived: find which of its phones the
    // server has now, adopt those, send the rest again.
    QStringList phones;
    for (const Store::ImportRow &row : batch)
        phones.append(phoneOf(row));
    m_journal.markSent(m_importId, linesOf(batch), false); // on their way: not picked again
    send(new Api::SearchContactsRequest(m_client, {Api::ChannelFilter{ChannelType::phone, phones}}),
         [this, batch](const Api::SearchContactsRequest &request) {
             if (request.error().isError()) {
                 if (request.error().isTransient())
                     transientFailure(request.error(), linesOf(batch), true);
                 else
                     stop(false, request.error().describe());
                 return;
             }
             m_transientFailures = 0;
             QHash<QString, Contact> found;
             for (const Contact &contact : request.contacts())
                 found.insert(contact.phone, contact);
             QList<Contact> adopted;
             QList<qint64> again;
             QList<Store::ImportJournal::Answer> answers;
             for (const Store::ImportRow &row : batch) {
                 const auto it = found.constFind(phoneOf(row));
                 // Only a row the server has counts as looked up: one sent
                 // again whose copy is then refused as "phone exists" (an
                 // echo of the resend, or a lost answer to it) is looked up
                 // again, not failed (the soak found 1,000 rows failed that
                 // the server had).
                 if (it != found.cend())
                     m_lookedUp.insert(row.line);
                 if (it != found.cend() && carriesRow(*it, row)) {
                     answers.append({row.line, true, it->id, it->uuid, {}});
                     adopted.append(*it);
                 } else if (it != found.cend()) {
                     answers.append(
                         {row.line,
                          false,
                          0,
                          {},
                          tr("Phone Number: another contact (id %1) already has this number")
                              .arg(it->id)});
                 } else {
                     again.append(row.line);
                 }
             }
             m_journal.record(m_importId, answers, false);
             m_store->applyServerContacts(adopted);
             m_journal.markPending(m_importId, again); // they go out in the next batch
             m_changedServer = m_changedServer || !adopted.isEmpty();
             afterBatch(int(answers.size()));
         });
}

void ImportUploader::sendCreates(const QList<Store::ImportRow> &batch)
{
    QList<ContactWrite> writes;
    QList<Store::ImportRow> sending;
    QHash<QString, qint64> lineByPhone;
    for (const Store::ImportRow &row : batch) {
        QString problem;
        ContactWrite write = writeFor(row.body, &problem);
        if (!problem.isEmpty()) {
            failRows({row.line}, problem);
            continue;
        }
        dropEmptyCustom(write);
        Channel phone;
        phone.type = ChannelType::phone;
        phone.value = phoneOf(row);
        write.channels.prepend(phone);
        const QJsonArray extra = row.body.value(Field::channels).toArray();
        for (const QJsonValue &value : extra) {
            Channel channel;
            channel.type = value.toObject().value(Field::channelType).toString();
            channel.value = value.toObject().value(Field::channelValue).toString();
            write.channels.append(channel);
        }
        writes.append(write);
        sending.append(row);
        lineByPhone.insert(phoneOf(row), row.line);
    }
    if (writes.isEmpty())
        return;
    m_journal.markSent(m_importId, linesOf(sending), false);
    send(new Api::BulkContactsV2Request(m_client, writes, false),
         [this, sending, lineByPhone](const Api::BulkContactsV2Request &request) {
             // Unknown whether a lost one happened: looked up before they go again.
             if (handledFailure(request.error(), linesOf(sending), true))
                 return;
             m_transientFailures = 0;
             const BatchResult &result = request.result();
             QList<Store::ImportJournal::Answer> answers;
             for (const Contact &contact : result.contacts) {
                 if (const qint64 line = lineByPhone.value(contact.phone, 0))
                     answers.append({line, true, contact.id, contact.uuid, {}});
             }
             for (const FailedContact &failed : result.failed) {
                 const qint64 line = lineByPhone.value(failed.phone, 0);
                 // "Phone exists" for a row not looked up yet this run: perhaps
                 // our own earlier copy; left out here, so it is looked up below.
                 if (line && !(mayBeOwnEcho(failed) && !m_lookedUp.contains(line)))
                     answers.append({line, false, 0, {}, describeFailure(failed)});
             }
             m_journal.record(m_importId, answers, false);
             // Rows the answer did not mention: looked up before they go again.
             QSet<qint64> answered;
             for (const Store::ImportJournal::Answer &answer : std::as_const(answers))
                 answered.insert(answer.line);
             QList<qint64> unanswered;
             for (const Store::ImportRow &row : sending)
                 if (!answered.contains(row.line))
                     unanswered.append(row.line);
             m_journal.markUnknown(m_importId, unanswered);
             m_store->applyServerContacts(result.contacts);
             m_changedServer = m_changedServer || !result.contacts.isEmpty();
             afterBatch(int(answers.size()));
         });
}

void ImportUploader::sendUpdates(const QList<Store::ImportRow> &batch, bool undo)
{
    // Each contact goes whole: the v1 batch with ?overwrite=true overwrites
    // the contact (4.10), and a reading in which the omitted fields are
    // cleared would lose every value the row does not carry. So the
    // contacts are read first (one search for the batch, spec 4.3's safe
    // pattern) and the row's changes laid over what the server has.
    QList<Store::ImportRow> rows;
    QStringList phones;
    for (const Store::ImportRow &row : batch) {
        rows.append(row);
        phones.append(phoneOf(row));
    }
    if (rows.isEmpty())
        return;
    m_journal.markSent(m_importId, linesOf(rows), undo); // on their way: not picked again
    send(new Api::SearchContactsRequest(m_client, {Api::ChannelFilter{ChannelType::phone, phones}}),
         [this, rows, undo](const Api::SearchContactsRequest &lookup) {
             if (handledFailure(lookup.error(), linesOf(rows), false)) // nothing written yet
                 return;
             QHash<QString, Contact> found;
             for (const Contact &contact : lookup.contacts())
                 found.insert(contact.phone, contact);
             sendWholeUpdates(rows, found, undo);
         });
}

void ImportUploader::sendWholeUpdates(const QList<Store::ImportRow> &batch,
                                      const QHash<QString, Contact> &server, bool undo)
{
    QList<ContactWrite> writes;
    QHash<QString, qint64> lineByPhone;
    QList<Store::ImportJournal::Answer> answeredHere; // rows with nothing to send but channels
    QHash<qint64, qint64> contactByLine;              // the server's id of each row's contact
    QHash<qint64, bool> optOutByLine;                 // the opt-out each row writes
    int refused = 0;
    for (const Store::ImportRow &row : batch) {
        QString problem;
        QJsonObject changes = resolved(undo ? row.before : row.body, &problem);
        if (changes.value(Field::optedOut).isBool())
            optOutByLine.insert(row.line, changes.value(Field::optedOut).toBool());
        const auto current = server.constFind(phoneOf(row));
        if (problem.isEmpty() && current == server.cend())
            problem = tr("Phone Number: no contact has this number on the server any more");
        if (!problem.isEmpty()) {
            failRows({row.line}, problem);
            ++refused;
            continue;
        }
        changes.remove(Field::phone);
        changes.remove(Field::channels); // added once the update is in (addChannels)
        contactByLine.insert(row.line, current->id);
        if (changes.isEmpty()) {
            // Only further phones or emails to add: no update to send.
            answeredHere.append({row.line, true, current->id, current->uuid, {}});
            continue;
        }
        ContactWrite write = fullRecord(*current, changes, CustomValues::Whole).write;
        write.phone = phoneOf(row);
        writes.append(write);
        lineByPhone.insert(phoneOf(row), row.line);
    }
    if (!answeredHere.isEmpty()) {
        m_journal.record(m_importId, answeredHere, undo);
        if (!undo)
            addChannels(batch, answeredHere, contactByLine);
    }
    if (writes.isEmpty()) {
        afterBatch(refused + int(answeredHere.size()));
        return;
    }
    const int settled = refused + int(answeredHere.size());
    send(new Api::BatchCreateContactsRequest(m_client, writes, true),
         [this, batch, lineByPhone, undo, settled, contactByLine,
          optOutByLine](const Api::BatchCreateContactsRequest &request) {
             if (handledFailure(request.error(), lineByPhone.values(), false)) // safe to repeat
                 return;
             m_transientFailures = 0;
             QSet<qint64> failedLines;
             QList<Store::ImportJournal::Answer> answers;
             for (const FailedContact &failed : request.result().failed) {
                 if (const qint64 line = lineByPhone.value(failed.phone, 0)) {
                     failedLines.insert(line);
                     answers.append({line, false, 0, {}, describeFailure(failed)});
                 }
             }
             for (const Store::ImportRow &row : batch) {
                 if (!failedLines.contains(row.line) && lineByPhone.contains(phoneOf(row)))
                     answers.append({row.line, true, row.contactId, row.uuid, {}});
             }
             m_journal.record(m_importId, answers, undo);
             // The opt-out written is the server's now: its contacts need
             // not say so (the strict reading's carry none), and without it
             // the same file would be "to update" for ever.
             for (const Store::ImportJournal::Answer &answer : std::as_const(answers)) {
                 const auto optOut = optOutByLine.constFind(answer.line);
                 const qint64 id = contactByLine.value(answer.line);
                 if (!answer.done || optOut == optOutByLine.cend() || !id)
                     continue;
                 if (const auto contact = m_store->contact(id))
                     m_store->applyServerStatus({id, contact->fields.value(Field::phone).toString(),
                                                 *optOut,
                                                 contact->server.value(Field::blocked).toBool()});
             }
             if (!undo)
                 addChannels(batch, answers, contactByLine);
             m_changedServer = true;
             afterBatch(int(answers.size()) + settled);
         });
}

void ImportUploader::addChannels(const QList<Store::ImportRow> &batch,
                                 const QList<Store::ImportJournal::Answer> &answers,
                                 const QHash<qint64, qint64> &contactByLine)
{
    // The further phones and emails of updated rows go through the store's
    // outbox as channel additions: the sync engine sends them, with its
    // retries, after the update (the window's engine; the CLI pushes them).
    QSet<qint64> done;
    for (const Store::ImportJournal::Answer &answer : answers)
        if (answer.done)
            done.insert(answer.line);
    for (const Store::ImportRow &row : batch) {
        const qint64 contact = contactByLine.value(row.line, 0);
        if (!done.contains(row.line) || !contact)
            continue;
        for (const QJsonValue &value : row.body.value(Field::channels).toArray()) {
            const QJsonObject channel = value.toObject();
            if (m_store->addChannel(contact, channel.value(Field::channelType).toString(),
                                    channel.value(Field::channelValue).toString()))
                m_channelContacts.append(contact);
        }
    }
}

void ImportUploader::sendDeletes(const QList<Store::ImportRow> &batch)
{
    QStringList uuids;
    QList<qint64> ids;
    QList<qint64> lines;
    for (const Store::ImportRow &row : batch) {
        if (row.uuid.isEmpty()) {
            failRows({row.line}, tr("the created contact's id is not known"));
            continue;
        }
        uuids.append(row.uuid);
        ids.append(row.contactId);
        lines.append(row.line);
    }
    if (uuids.isEmpty())
        return;
    m_journal.markSent(m_importId, lines, true);
    send(new Api::BulkDeleteContactsV2Request(m_client, uuids),
         [this, ids, lines](const Api::BulkDeleteContactsV2Request &request) {
             // Unknown UUIDs are skipped: safe to repeat.
             if (handledFailure(request.error(), lines, false))
                 return;
             m_transientFailures = 0;
             QList<Store::ImportJournal::Answer> answers;
             for (qint64 line : lines)
                 answers.append({line, true, 0, {}, {}});
             m_journal.record(m_importId, answers, true);
             m_store->forgetContacts(ids);
             m_changedServer = true;
             afterBatch(int(answers.size()));
         });
}

void ImportUploader::afterBatch(int answered)
{
    // Progress from counts kept here (no scan of the journal per batch).
    m_answered += answered;
    const int thisRun = m_answered - m_answeredAtStart;
    const qint64 eta =
        thisRun > 0 ? qint64(double(m_clock.elapsed()) / thisRun * (m_total - m_answered)) : -1;
    Q_EMIT progress(m_importId, m_answered, m_total, eta);
    next();
}

void ImportUploader::stop(bool cancelled, const QString &message)
{
    const qint64 id = m_importId;
    if (!id)
        return;
    if (m_changedServer)
        Q_EMIT serverChanged(); // once, not per batch: one pull brings it all
    if (cancelled) {
        // Stopped by the user; but an import with nothing left is done.
        const auto record = m_journal.import(id);
        const bool left = !record || (m_undo ? record->undoPending > 0 : record->pending > 0);
        m_journal.setState(id, left     ? Store::ImportRecord::State::Cancelled
                               : m_undo ? Store::ImportRecord::State::Undone
                                        : Store::ImportRecord::State::Done);
    }
    m_importId = 0;
    if (!m_claimed)
        m_lock.reset();
    // A batch still on its way is forgotten, never recorded into a later
    // run: its rows stay "sent", and the next run looks them up first.
    m_requests.dropAll();
    m_inFlight = 0;
    Q_EMIT finished(id, cancelled, message);
}

} // namespace ContactDesk::Sync
