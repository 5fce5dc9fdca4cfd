#include "EditCommands.h"

#include "ContactStore.h"

#include <QJsonArray>

namespace ContactDesk::Views {

EditContactsCommand::EditContactsCommand(Store::ContactStore *store, QList<Change> changes,
                                         const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_changes(std::move(changes))
{}

EditContactsCommand::Change EditContactsCommand::changeFor(const Store::ContactStore &store,
                                                           qint64 id, const QJsonObject &after)
{
    Change change{id, {}, after};
    const auto contact = store.contact(id);
    for (auto it = after.begin(); it != after.end(); ++it) {
        QJsonValue old = contact ? contact->fields.value(it.key()) : QJsonValue();
        if (old.isUndefined()) // a field the contact never had: undo clears it
            old = it.key() == QLatin1String("owner") ? QJsonValue(QJsonValue::Null)
                  : it.value().isArray()             ? QJsonValue(QJsonArray())
                                                     : QJsonValue(QString());
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

StatusCommand::StatusCommand(Store::ContactStore *store, QList<qint64> ids,
                             ContactStatusChange change, ContactStatusChange inverse,
                             const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_ids(std::move(ids))
    , m_change(change)
    , m_inverse(inverse)
{}

void StatusCommand::redo()
{
    if (m_store)
        for (qint64 id : std::as_const(m_ids))
            m_store->setStatus(id, m_change);
}

void StatusCommand::undo()
{
    if (m_store)
        for (qint64 id : std::as_const(m_ids))
            m_store->setStatus(id, m_inverse);
}

} // namespace ContactDesk::Views
