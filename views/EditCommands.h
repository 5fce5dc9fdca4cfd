#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>

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

    // The change that sets `after` on contact `id`, with `before` read from
    // the store now.
    static Change changeFor(const Store::ContactStore &store, qint64 id, const QJsonObject &after);

private:
    QPointer<Store::ContactStore> m_store;
    QList<Change> m_changes;
};

// Moves contacts between active, blocked and opted out.
class StatusCommand final : public QUndoCommand
{
public:
    StatusCommand(Store::ContactStore *store, QList<qint64> ids, ContactStatusChange change,
                  ContactStatusChange inverse, const QString &text);
    void redo() override;
    void undo() override;

private:
    QPointer<Store::ContactStore> m_store;
    QList<qint64> m_ids;
    ContactStatusChange m_change;
    ContactStatusChange m_inverse;
};

} // namespace ContactDesk::Views
