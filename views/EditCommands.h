#pragma once

#include "core/Domain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// Undoable edits. Each command writes through the store (so every step,
// including an undo, is durable and queued for the server like any other
// edit) and remembers what it replaced.

// Sets fields of one or more contacts (field maps, see ContactFields);
// `before` holds each contact's previous values of the same keys.
class EditContactsCommand final : public QUndoCommand
{
public:
    struct Change
    {
        qint64 id = 0;
        QJsonObject before;
        QJsonObject after;
    };

    EditContactsCommand(Store::ContactStore *store, QList<Change> changes, const QString &text);
    void redo() override;
    void undo() override;
    int count() const { return static_cast<int>(m_changes.size()); }

    // The change that sets `after` on contact `id`, whose fields are
    // `current` (what the user sees: undo gives these back).
    static Change changeFor(qint64 id, const QJsonObject &current, const QJsonObject &after);

private:
    QPointer<Store::ContactStore> m_store;
    QList<Change> m_changes;
};

// Where a contact stands for messaging (what the status combo shows).
enum class MessagingState
{
    Active,
    Blocked,
    OptedOut
};
MessagingState messagingState(const QJsonObject &fields);

// Moves contacts between active, blocked and opted out; undo sends each
// contact back to where it was.
class StatusCommand final : public QUndoCommand
{
public:
    // Blocked and opted out are two independent flags on the server, so
    // reaching a state can take two calls; `backward` undoes `forward`.
    struct Change
    {
        qint64 id = 0;
        QList<ContactStatusChange> forward;
        QList<ContactStatusChange> backward;
    };

    StatusCommand(Store::ContactStore *store, QList<Change> changes, const QString &text);
    void redo() override;
    void undo() override;
    int count() const { return static_cast<int>(m_changes.size()); }

    // The API calls that take a contact with these fields to `to`, and
    // those that take it back; nothing when it is already there.
    static std::optional<Change> changeFor(qint64 id, const QJsonObject &fields, MessagingState to);

private:
    QPointer<Store::ContactStore> m_store;
    QList<Change> m_changes;
};

// Adds, changes or removes contact channels (phone, email); several steps
// make one command. Each step changes that one channel and nothing else.
// Heymarket's API changes and removes a channel only by its type, which is
// the primary one (spec 5.9), so a step acts on a channel only where that
// reaches it: undoing an add whose entry was never sent drops the entry
// (nothing is sent); undoing one that was sent removes the channel only if
// it is the primary of its type; otherwise the step stays done and
// `explain` says why (the primary is never touched instead). Undoing a
// removal adds the channel back (as another channel when the next one
// became the primary meanwhile). Redo does again only what undo took back.
class ChannelCommand final : public QUndoCommand
{
public:
    struct Step
    {
        enum class Kind
        {
            Add,
            Remove,
            Change
        };
        Kind kind = Kind::Add;
        QString type;     // "phone" or "email"
        QString value;    // E.164 digits or an address (Change: the value before)
        QString newValue; // Change: the value it gets
    };
    // A sentence for the user about contact `id`: why a step was not done.
    using Explain = std::function<void(qint64 id, const QString &why)>;

    ChannelCommand(Store::ContactStore *store, qint64 id, QList<Step> steps, const QString &text,
                   Explain explain = {});
    void redo() override;
    void undo() override;

private:
    // The contact's channels as the user sees them now.
    QJsonArray channels() const;
    bool doStep(const Step &step);   // false: not done (explained)
    bool undoStep(const Step &step); // false: not undone (explained)

    QPointer<Store::ContactStore> m_store;
    qint64 m_id;
    QList<Step> m_steps;
    Explain m_explain;
    QList<bool> m_done; // per step: done by the last redo (and not undone since)
    bool m_first = true;
};

// Deletes contacts; undo creates them again from what they held (names,
// phone, email, tags, owner, custom values; the server gives them new ids).
// Contacts are found again by id (ContactStore::currentId follows a local
// create to its server id), never by phone: email-only contacts have none.
class DeleteContactsCommand final : public QUndoCommand
{
public:
    DeleteContactsCommand(Store::ContactStore *store, const QList<qint64> &ids,
                          const QString &text);
    void redo() override;
    void undo() override;
    int count() const { return static_cast<int>(m_contacts.size()); }

private:
    struct Doomed
    {
        qint64 id = 0;      // the contact (or, after undo, the one made again)
        QJsonObject fields; // what to make it again with
    };
    QPointer<Store::ContactStore> m_store;
    QList<Doomed> m_contacts;
};

// Creates a contact; undo deletes it again (by its id, as it is now).
class CreateContactCommand final : public QUndoCommand
{
public:
    CreateContactCommand(Store::ContactStore *store, QJsonObject fields, const QString &text);
    void redo() override;
    void undo() override;
    qint64 createdId() const { return m_created; } // the local id of the last redo

private:
    QPointer<Store::ContactStore> m_store;
    QJsonObject m_fields;
    qint64 m_created = 0;
};

// Runs `command` through `undo` (which calls redo()), or at once without one.
void run(QUndoStack *undo, QUndoCommand *command);

} // namespace ContactDesk::Views
