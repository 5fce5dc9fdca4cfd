#include "views/EditCommands.h"

#include "core/ContactFields.h"
#include "core/Phone.h"
#include "store/ContactStore.h"
#include "views/ChannelEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUndoStack>

#include <algorithm>

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
                               const QString &text, Explain explain)
    : QUndoCommand(text)
    , m_store(store)
    , m_id(id)
    , m_steps(std::move(steps))
    , m_explain(std::move(explain))
    , m_done(m_steps.size(), false)
{}

QJsonArray ChannelCommand::channels() const
{
    const auto contact = m_store->contact(m_store->currentId(m_id));
    return contact ? Store::ContactStore::channelsOf(contact->fields) : QJsonArray();
}

namespace {

QString typeName(const QString &type)
{
    return ChannelEditor::typeLabel(type).toLower();
}

QString shownValue(const QString &type, const QString &value)
{
    return type == ChannelType::phone ? Phone::formatForDisplay(value) : value;
}

Store::OutboxEntry::Kind entryKind(ChannelCommand::Step::Kind kind)
{
    switch (kind) {
    case ChannelCommand::Step::Kind::Add:
        return Store::OutboxEntry::Kind::ChannelAdd;
    case ChannelCommand::Step::Kind::Remove:
        return Store::OutboxEntry::Kind::ChannelRemove;
    case ChannelCommand::Step::Kind::Change:
        break;
    }
    return Store::OutboxEntry::Kind::ChannelChange;
}

QJsonObject entryPatch(const ChannelCommand::Step &step)
{
    QJsonObject patch{{Field::channelType, step.type}, {Field::channelValue, step.value}};
    if (step.kind == ChannelCommand::Step::Kind::Change)
        patch.insert(Field::channelNewValue, step.newValue);
    return patch;
}

} // namespace

bool ChannelCommand::doStep(const Step &step)
{
    const qint64 id = m_store->currentId(m_id);
    switch (step.kind) {
    case Step::Kind::Add:
        return m_store->addChannel(id, step.type, step.value);
    case Step::Kind::Remove:
    case Step::Kind::Change:
        if (!ChannelEditor::isPrimary(channels(), step.type, step.value)) {
            if (m_explain)
                m_explain(id, QCoreApplication::translate(
                                  "ContactDesk::Views::ChannelCommand",
                                  "%1 was left as it is: it is not the contact's primary %2 "
                                  "now, and Heymarket's API changes and removes only the "
                                  "primary %2.")
                                  .arg(shownValue(step.type, step.value), typeName(step.type)));
            return false;
        }
        return step.kind == Step::Kind::Remove
                   ? m_store->removeChannel(id, step.type, step.value)
                   : m_store->changeChannel(id, step.type, step.value, step.newValue);
    }
    return false;
}

bool ChannelCommand::undoStep(const Step &step)
{
    const qint64 id = m_store->currentId(m_id);
    // Nothing of it reached the server: take it back here, send nothing.
    if (m_store->cancelUnsentChannelEdit(id, entryKind(step.kind), entryPatch(step)))
        return true;
    const QJsonArray now = channels();
    switch (step.kind) {
    case Step::Kind::Remove:
        return m_store->addChannel(id, step.type, step.value);
    case Step::Kind::Add:
    case Step::Kind::Change: {
        const QString current = step.kind == Step::Kind::Add ? step.value : step.newValue;
        if (ChannelEditor::isPrimary(now, step.type, current)) {
            return step.kind == Step::Kind::Add
                       ? m_store->removeChannel(id, step.type, current)
                       : m_store->changeChannel(id, step.type, current, step.value);
        }
        const bool there = std::any_of(now.begin(), now.end(), [&](const QJsonValue &c) {
            return c.toObject().value(Field::channelType).toString() == step.type &&
                   c.toObject()
                           .value(Field::channelValue)
                           .toString()
                           .compare(current, Qt::CaseInsensitive) == 0;
        });
        if (there && m_explain) {
            m_explain(id, QCoreApplication::translate(
                              "ContactDesk::Views::ChannelCommand",
                              "%1 stays: it is not the contact's primary %2, and Heymarket's API "
                              "removes and changes only the primary %2 (it would take the "
                              "primary instead). Remove it in Heymarket's web app.")
                              .arg(shownValue(step.type, current), typeName(step.type)));
        }
        return false;
    }
    }
    return false;
}

void ChannelCommand::redo()
{
    if (!m_store)
        return;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_first || !m_done.at(i))
            m_done[i] = doStep(m_steps.at(i));
    }
    m_first = false;
}

void ChannelCommand::undo()
{
    if (!m_store)
        return;
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        if (m_done.at(i))
            m_done[i] = !undoStep(m_steps.at(i));
    }
    // Nothing could be taken back (the panel said why): no Redo that would
    // do nothing either; the stack drops the command.
    if (!m_done.isEmpty() &&
        std::all_of(m_done.cbegin(), m_done.cend(), [](bool stepDone) { return stepDone; }))
        setObsolete(true);
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
