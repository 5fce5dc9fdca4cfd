#include "ImportUploader.h"

#include "ContactRequests.h"
#include "ContactV2Requests.h"
#include "DirectoryRequests.h"
#include "HeymarketClient.h"

#include <QJsonArray>
#include <QTimer>

namespace ContactDesk::Store {

namespace {

constexpr int maxTransientFailures = 8;

QList<qint64> linesOf(const QList<ImportRow> &rows)
{
    QList<qint64> lines;
    lines.reserve(rows.size());
    for (const ImportRow &row : rows)
        lines.append(row.line);
    return lines;
}

QString phoneOf(const ImportRow &row)
{
    return row.body.value(QStringLiteral("phone")).toString();
}

QString describeFailure(const FailedContact &failed)
{
    return failed.field.isEmpty() ? failed.message
                                  : QStringLiteral("%1: %2").arg(failed.field, failed.message);
}

} // namespace

ImportUploader::ImportUploader(Api::HeymarketClient *client, ContactStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_journal(store)
{}

ImportUploader::~ImportUploader()
{
    if (m_request)
        m_request->abort();
}

void ImportUploader::start(qint64 importId)
{
    run(importId, false);
}

void ImportUploader::startUndo(qint64 importId)
{
    if (m_importId)
        return;
    m_journal.startUndo(importId);
    run(importId, true);
}

void ImportUploader::cancel()
{
    m_cancelled = true;
}

void ImportUploader::run(qint64 importId, bool undo)
{
    if (m_importId)
        return;
    const auto record = m_journal.import(importId);
    if (!record) {
        Q_EMIT finished(importId, false, tr("There is no import %1.").arg(importId));
        return;
    }
    m_importId = importId;
    m_undo = undo || record->state == ImportRecord::State::Undoing;
    m_cancelled = false;
    m_tagsResolved = false;
    m_fieldsResolved = false;
    m_transientFailures = 0;
    m_answeredAtStart =
        m_undo ? record->undone + record->undoFailed : record->done + record->failed;
    m_clock.start();
    m_journal.setState(importId,
                       m_undo ? ImportRecord::State::Undoing : ImportRecord::State::Uploading);
    QTimer::singleShot(0, this, &ImportUploader::next);
}

void ImportUploader::next()
{
    if (!m_importId)
        return;
    if (m_cancelled) {
        stop(true, {});
        return;
    }
    try {
        if (!m_fieldsResolved) {
            resolveFields();
            return;
        }
        if (!m_tagsResolved) {
            // Tag names the team does not have yet, from every pending row.
            m_tagIds.clear();
            for (const Tag &tag : m_store->tags())
                m_tagIds.insert(tag.name.toLower(), tag.id);
            QStringList missing;
            for (const ImportRow &row :
                 m_journal.rows(m_importId, {ImportRow::State::Pending, ImportRow::State::Sent})) {
                const QJsonArray names = row.body.value(QStringLiteral("tag_names")).toArray();
                for (const QJsonValue &name : names) {
                    const QString text = name.toString();
                    if (!m_tagIds.contains(text.toLower()) &&
                        !missing.contains(text, Qt::CaseInsensitive))
                        missing.append(text);
                }
            }
            resolveTags(missing);
            return;
        }
        const QList<ImportRow> batch = m_journal.nextBatch(m_importId, batchSize, m_undo);
        if (batch.isEmpty()) {
            m_journal.setState(m_importId,
                               m_undo ? ImportRecord::State::Undone : ImportRecord::State::Done);
            stop(false, {});
            return;
        }
        const bool create = batch.first().kind == ImportRow::Kind::Create;
        const bool resend = batch.first().state == ImportRow::State::Sent;
        if (m_undo)
            create ? sendDeletes(batch) : sendUpdates(batch, true);
        else if (create && resend)
            recoverCreates(batch);
        else
            create ? sendCreates(batch) : sendUpdates(batch, false);
    } catch (const ContactStore::Failure &failure) {
        stop(false, tr("The import could not be saved: %1").arg(failure.message));
    }
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
    auto *request = new Api::CreateTagRequest(m_client, name, {}, this);
    send(request, [this, request, name, rest] {
        if (request->error().isError()) {
            if (request->error().isTransient()) {
                stop(false, tr("The tag “%1” could not be created: %2")
                                .arg(name, request->error().describe()));
                return;
            }
            // Rows that carry it fail with the reason; the rest go on.
            for (const ImportRow &row :
                 m_journal.rows(m_importId, {ImportRow::State::Pending, ImportRow::State::Sent})) {
                const QJsonArray tags = row.body.value(QStringLiteral("tag_names")).toArray();
                for (const QJsonValue &tag : tags) {
                    if (tag.toString().compare(name, Qt::CaseInsensitive) == 0) {
                        m_journal.markFailed(m_importId, row.line,
                                             tr("List: the tag “%1” could not be created: %2")
                                                 .arg(name, request->error().describe()));
                        break;
                    }
                }
            }
        } else {
            Tag tag;
            tag.id = request->result().id;
            tag.name = name;
            m_tagIds.insert(name.toLower(), tag.id);
            QList<Tag> tags = m_store->tags();
            tags.append(tag);
            m_store->replaceTags(tags);
        }
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
    auto *request = new Api::CreateCustomFieldsRequest(m_client, missing, this);
    send(request, [this, request] {
        if (request->error().isError()) {
            stop(false, tr("The new custom fields could not be created: %1")
                            .arg(request->error().describe()));
            return;
        }
        QList<CustomField> fields = m_store->customFields();
        for (const CustomField &field : request->fields()) {
            m_fieldIds.insert(field.title.toLower(), field.id);
            if (!field.duplicate)
                fields.append(field);
        }
        m_store->replaceFields(fields);
        m_fieldsResolved = true;
        next();
    });
}

QJsonObject ImportUploader::resolved(const QJsonObject &body, QString *problem) const
{
    // "custom_title.<title>" (a field made by this import) -> "custom.<id>";
    // "tag_names" -> ids added to "tags".
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(QLatin1String("custom_title."))) {
            const QString title = it.key().mid(13);
            const qint64 id = m_fieldIds.value(title.toLower(), 0);
            if (!id) {
                *problem = tr("%1: the custom field does not exist").arg(title);
                return {};
            }
            out.insert(QStringLiteral("custom.%1").arg(id), it.value());
        } else if (it.key() != QLatin1String("tag_names")) {
            out.insert(it.key(), it.value());
        }
    }
    const QJsonArray names = body.value(QStringLiteral("tag_names")).toArray();
    if (!names.isEmpty()) {
        QJsonArray tags = out.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue &name : names) {
            const qint64 id = m_tagIds.value(name.toString().toLower(), 0);
            if (!id) {
                *problem = tr("List: the tag “%1” does not exist").arg(name.toString());
                return {};
            }
            if (!tags.contains(id))
                tags.append(id);
        }
        out.insert(QStringLiteral("tags"), tags);
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
    m_request = request;
    connect(request, &Api::ApiRequest::finished, this, [this, request, handler] {
        request->deleteLater();
        m_request = nullptr;
        if (!m_importId)
            return;
        try {
            handler();
        } catch (const ContactStore::Failure &failure) {
            stop(false, tr("The import could not be saved: %1").arg(failure.message));
        }
    });
    request->start();
}

void ImportUploader::recoverCreates(const QList<ImportRow> &batch)
{
    // The answer to this batch never arrived: find which of its phones the
    // server has now, adopt those, send the rest again.
    QStringList phones;
    for (const ImportRow &row : batch)
        phones.append(phoneOf(row));
    auto *request = new Api::SearchContactsRequest(
        m_client, {Api::ChannelFilter{QStringLiteral("phone"), phones}}, this);
    send(request, [this, request, batch] {
        if (request->error().isError()) {
            if (request->error().isTransient() && ++m_transientFailures <= maxTransientFailures) {
                QTimer::singleShot(1000 * m_transientFailures, this, &ImportUploader::next);
                return;
            }
            stop(false, request->error().describe());
            return;
        }
        QHash<QString, Contact> found;
        for (const Contact &contact : request->contacts())
            found.insert(contact.phone, contact);
        QList<Contact> adopted;
        QList<qint64> again;
        for (const ImportRow &row : batch) {
            const auto it = found.constFind(phoneOf(row));
            if (it != found.cend()) {
                m_journal.markDone(m_importId, row.line, it->id, it->uuid);
                adopted.append(*it);
            } else {
                again.append(row.line);
            }
        }
        m_store->applyServerContacts(adopted);
        m_journal.markPending(m_importId, again); // they go out in the next batch
        if (!adopted.isEmpty())
            Q_EMIT serverChanged();
        afterBatch();
    });
}

void ImportUploader::sendCreates(const QList<ImportRow> &batch)
{
    QList<ContactWrite> writes;
    QList<ImportRow> sending;
    QHash<QString, qint64> lineByPhone;
    for (const ImportRow &row : batch) {
        QString problem;
        ContactWrite write = writeFor(row.body, &problem);
        if (!problem.isEmpty()) {
            m_journal.markFailed(m_importId, row.line, problem);
            continue;
        }
        Channel phone;
        phone.type = QStringLiteral("phone");
        phone.value = phoneOf(row);
        write.channels.prepend(phone);
        const QJsonArray extra = row.body.value(QStringLiteral("channels")).toArray();
        for (const QJsonValue &value : extra) {
            Channel channel;
            channel.type = value.toObject().value(QStringLiteral("type")).toString();
            channel.value = value.toObject().value(QStringLiteral("value")).toString();
            write.channels.append(channel);
        }
        writes.append(write);
        sending.append(row);
        lineByPhone.insert(phoneOf(row), row.line);
    }
    if (writes.isEmpty()) {
        afterBatch();
        return;
    }
    m_journal.markSent(m_importId, linesOf(sending), false);
    auto *request = new Api::BulkContactsV2Request(m_client, writes, false, this);
    send(request, [this, request, sending, lineByPhone] {
        if (request->error().isError()) {
            if (request->error().isTransient() ||
                request->error().kind == Api::ApiError::Kind::Aborted) {
                // Unknown whether it happened: the rows stay sent, and the
                // next round looks them up before sending again.
                if (++m_transientFailures > maxTransientFailures) {
                    stop(false, request->error().describe());
                    return;
                }
                QTimer::singleShot(1000 * m_transientFailures, this, &ImportUploader::next);
                return;
            }
            for (const ImportRow &row : sending)
                m_journal.markFailed(m_importId, row.line, request->error().describe());
            afterBatch();
            return;
        }
        m_transientFailures = 0;
        const BatchResult &result = request->result();
        QSet<qint64> answered;
        for (const Contact &contact : result.contacts) {
            const qint64 line = lineByPhone.value(contact.phone, 0);
            if (!line)
                continue;
            m_journal.markDone(m_importId, line, contact.id, contact.uuid);
            answered.insert(line);
        }
        for (const FailedContact &failed : result.failed) {
            const qint64 line = lineByPhone.value(failed.phone, 0);
            if (!line)
                continue;
            m_journal.markFailed(m_importId, line, describeFailure(failed));
            answered.insert(line);
        }
        // Rows the answer did not mention stay "sent": the next round looks
        // them up before sending them again.
        m_store->applyServerContacts(result.contacts);
        if (!result.contacts.isEmpty())
            Q_EMIT serverChanged();
        afterBatch();
    });
}

void ImportUploader::sendUpdates(const QList<ImportRow> &batch, bool undo)
{
    QList<ContactWrite> writes;
    QHash<QString, qint64> lineByPhone;
    for (const ImportRow &row : batch) {
        QString problem;
        ContactWrite write = writeFor(undo ? row.before : row.body, &problem);
        if (!problem.isEmpty()) {
            undo ? m_journal.markUndoFailed(m_importId, row.line, problem)
                 : m_journal.markFailed(m_importId, row.line, problem);
            continue;
        }
        write.phone = phoneOf(row);
        writes.append(write);
        lineByPhone.insert(phoneOf(row), row.line);
    }
    if (writes.isEmpty()) {
        afterBatch();
        return;
    }
    m_journal.markSent(m_importId, lineByPhone.values(), undo);
    auto *request = new Api::BatchCreateContactsRequest(m_client, writes, true, this);
    send(request, [this, request, batch, lineByPhone, undo] {
        if (request->error().isError()) {
            if (request->error().isTransient() && ++m_transientFailures <= maxTransientFailures) {
                QTimer::singleShot(1000 * m_transientFailures, this, &ImportUploader::next);
                return; // safe to repeat: the rows stay sent and go again
            }
            for (qint64 line : lineByPhone)
                undo ? m_journal.markUndoFailed(m_importId, line, request->error().describe())
                     : m_journal.markFailed(m_importId, line, request->error().describe());
            afterBatch();
            return;
        }
        m_transientFailures = 0;
        QSet<qint64> failedLines;
        for (const FailedContact &failed : request->result().failed) {
            const qint64 line = lineByPhone.value(failed.phone, 0);
            if (!line)
                continue;
            failedLines.insert(line);
            undo ? m_journal.markUndoFailed(m_importId, line, describeFailure(failed))
                 : m_journal.markFailed(m_importId, line, describeFailure(failed));
        }
        for (const ImportRow &row : batch) {
            if (failedLines.contains(row.line) || !lineByPhone.contains(phoneOf(row)))
                continue;
            undo ? m_journal.markUndone(m_importId, row.line)
                 : m_journal.markDone(m_importId, row.line, row.contactId, row.uuid);
        }
        Q_EMIT serverChanged();
        afterBatch();
    });
}

void ImportUploader::sendDeletes(const QList<ImportRow> &batch)
{
    QStringList uuids;
    QList<qint64> ids;
    QList<qint64> lines;
    for (const ImportRow &row : batch) {
        if (row.uuid.isEmpty()) {
            m_journal.markUndoFailed(m_importId, row.line,
                                     tr("the created contact's id is not known"));
            continue;
        }
        uuids.append(row.uuid);
        ids.append(row.contactId);
        lines.append(row.line);
    }
    if (uuids.isEmpty()) {
        afterBatch();
        return;
    }
    m_journal.markSent(m_importId, lines, true);
    auto *request = new Api::BulkDeleteContactsV2Request(m_client, uuids, this);
    send(request, [this, request, ids, lines] {
        if (request->error().isError()) {
            if (request->error().isTransient() && ++m_transientFailures <= maxTransientFailures) {
                QTimer::singleShot(1000 * m_transientFailures, this, &ImportUploader::next);
                return; // unknown UUIDs are skipped: safe to repeat
            }
            for (qint64 line : lines)
                m_journal.markUndoFailed(m_importId, line, request->error().describe());
            afterBatch();
            return;
        }
        m_transientFailures = 0;
        for (qint64 line : lines)
            m_journal.markUndone(m_importId, line);
        m_store->forgetContacts(ids);
        Q_EMIT serverChanged();
        afterBatch();
    });
}

void ImportUploader::afterBatch()
{
    if (const auto record = m_journal.import(m_importId)) {
        const int answered =
            m_undo ? record->undone + record->undoFailed : record->done + record->failed;
        const int total = m_undo ? answered + record->undoPending : record->total;
        const int thisRun = answered - m_answeredAtStart;
        const qint64 elapsed = m_clock.elapsed();
        const qint64 eta =
            thisRun > 0 ? qint64(double(elapsed) / thisRun * (total - answered)) : -1;
        Q_EMIT progress(m_importId, answered, total, eta);
    }
    next();
}

void ImportUploader::stop(bool cancelled, const QString &message)
{
    const qint64 id = m_importId;
    if (!id)
        return;
    if (cancelled)
        m_journal.setState(id, ImportRecord::State::Cancelled);
    m_importId = 0;
    Q_EMIT finished(id, cancelled, message);
}

} // namespace ContactDesk::Store
