#include "views/EditCommands.h"

#include "core/ContactFields.h"
#include "store/ContactStore.h"

#include <QJsonArray>
#include <QUndoStack>

namespace ContactDesk::Views {

EditContactsCommand::EditContactsCommand(Store::ContactStore *store, QList<Change> changes,
                                         const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_changes(std::move(changes))
{}

EditContactsCommand::Change EditContactsCommand::changeFor(qint64 id, const QJsonObject &current,
                                                           const QJsonObject &after)
{
    Change change{id, {}, after};
    for (auto it = after.begin(); it != after.end(); ++it) {
        QJsonValue old = current.value(it.key());
        if (old.isUndefined()) // a field the contact never had: undo clears it
            old = Field::emptyValue(it.key());
        change.before.insert(it.key(), old);
    }
    return change;
}

void EditContactsCommand::redo()
{
    if (m_store)
        for (const Change &change : std::as_const(m_changes))
            m_store->editContact(change.id, change.after);
}

void EditContactsCommand::undo()
{
    if (m_store)
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            m_store->editContact(it->id, it->before);
}

StatusCommand::StatusCommand(Store::ContactStore *store, QList<Change> changes, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_changes(std::move(changes))
{}

void StatusCommand::redo()
{
    if (m_store)
        for (const Change &change : std::as_const(m_changes))
            for (ContactStatusChange step : change.forward)
                m_store->setStatus(change.id, step);
}

void StatusCommand::undo()
{
    if (m_store)
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            for (ContactStatusChange step : it->backward)
                m_store->setStatus(it->id, step);
}

MessagingState messagingState(const QJsonObject &fields)
{
    if (fields.value(Field::blocked).toBool())
        return MessagingState::Blocked;
    if (fields.value(Field::optedOut).toBool())
        return MessagingState::OptedOut;
    return MessagingState::Active;
}

std::optional<StatusCommand::Change> StatusCommand::changeFor(qint64 id, const QJsonObject &fields,
                                                              MessagingState to)
{
    const bool blocked = fields.value(Field::blocked).toBool();
    const bool optedOut = fields.value(Field::optedOut).toBool();
    // Blocking leaves the opt-out as it is; the other states clear the block.
    const bool wantBlocked = to == MessagingState::Blocked;
    const bool wantOptedOut =
        to == MessagingState::Blocked ? optedOut : to == MessagingState::OptedOut;
    Change change{id, {}, {}};
    if (blocked != wantBlocked) {
        change.forward.append(wantBlocked ? ContactStatusChange::Blocked
                                          : ContactStatusChange::Unblocked);
        change.backward.prepend(wantBlocked ? ContactStatusChange::Unblocked
                                            : ContactStatusChange::Blocked);
    }
    if (optedOut != wantOptedOut) {
        change.forward.append(wantOptedOut ? ContactStatusChange::Unsubscribed
                                           : ContactStatusChange::Subscribed);
        change.backward.prepend(wantOptedOut ? ContactStatusChange::Subscribed
                                             : ContactStatusChange::Unsubscribed);
    }
    if (change.forward.isEmpty())
        return std::nullopt;
    return change;
}

ChannelCommand::ChannelCommand(Store::ContactStore *store, qint64 id, QList<Step> steps,
                               const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_id(id)
    , m_steps(std::move(steps))
{}

void ChannelCommand::redo()
{
    if (!m_store)
        return;
    for (const Step &step : std::as_const(m_steps)) {
        if (step.add)
            m_store->addChannel(m_id, step.type, step.value);
        else
            m_store->removeChannel(m_id, step.type, step.value);
    }
}

void ChannelCommand::undo()
{
    if (!m_store)
        return;
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->add)
            m_store->removeChannel(m_id, it->type, it->value);
        else
            m_store->addChannel(m_id, it->type, it->value);
    }
}

DeleteContactsCommand::DeleteContactsCommand(Store::ContactStore *store, const QList<qint64> &ids,
                                             const QString &text)
    : QUndoCommand(text)
    , m_store(store)
{
    for (qint64 id : ids) {
        const auto contact = store->contact(id);
        if (!contact)
            continue;
        QJsonObject fields;
        for (auto it = contact->fields.begin(); it != contact->fields.end(); ++it) {
            const QString &key = it.key();
            if (Field::isWritableOnCreate(key))
                fields.insert(key, it.value());
        }
        m_contacts.append({contact->id, fields});
    }
}

namespace {

// Whether the contact with this id (as it is now) is shown: there, and no
// delete waiting for it.
bool isShown(const Store::ContactStore &store, qint64 id)
{
    const auto contact = store.contact(store.currentId(id));
    return contact && !contact->deleted;
}

} // namespace

void DeleteContactsCommand::redo()
{
    if (!m_store)
        return;
    // By id, never by phone: an email-only contact has none, and two
    // contacts must never be taken for each other.
    for (const Doomed &doomed : std::as_const(m_contacts))
        if (isShown(*m_store, doomed.id))
            m_store->deleteContact(m_store->currentId(doomed.id));
}

void DeleteContactsCommand::undo()
{
    if (!m_store)
        return;
    // The contacts come back as new ones (the server's delete may have gone
    // through); redo deletes those.
    for (Doomed &doomed : m_contacts)
        if (!isShown(*m_store, doomed.id))
            doomed.id = m_store->createContact(doomed.fields);
}

CreateContactCommand::CreateContactCommand(Store::ContactStore *store, QJsonObject fields,
                                           const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_fields(std::move(fields))
{}

void CreateContactCommand::redo()
{
    if (m_store && (m_created == 0 || !isShown(*m_store, m_created)))
        m_created = m_store->createContact(m_fields);
}

void CreateContactCommand::undo()
{
    if (m_store && m_created != 0 && isShown(*m_store, m_created))
        m_store->deleteContact(m_store->currentId(m_created));
}

void run(QUndoStack *undo, QUndoCommand *command)
{
    if (undo) {
        undo->push(command);
        return;
    }
    command->redo();
    delete command;
}

} // namespace ContactDesk::Views
