#pragma once

#include "views/EditCommands.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QDialogButtonBox;

namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// One change applied to many contacts, and what it would do to each.
struct BulkEdit
{
    enum class Action
    {
        AddTag,
        RemoveTag,
        SetOwner,
        SetStatus,
        SetCustom,  // a custom field's value: `text`
        ClearCustom // a custom field emptied
    };

    BulkEdit(Action what = Action::AddTag, qint64 on = 0, QString to = {})
        : action(what)
        , value(on)
        , text(std::move(to))
    {}

    Action action = Action::AddTag;
    qint64 value = 0; // tag id, member id (0 = unassigned), MessagingState or field id
    QString text;     // SetCustom: the value (trimmed)

    struct Plan
    {
        QList<EditContactsCommand::Change> edits;
        QList<StatusCommand::Change> statuses;
        int unchanged = 0;       // already as asked
        QList<qint64> overLimit; // adding the tag would make a sixth: left alone
        QList<qint64> missing;   // no longer in the store
        int changing() const { return static_cast<int>(edits.size() + statuses.size()); }
    };

    // What applying this to `ids` would change, read from the store now.
    Plan plan(const Store::ContactStore &store, const QList<qint64> &ids) const;
    // "Add tag “VIP”", "Set owner “Maya Okonkwo”", with the store's names.
    QString describe(const Store::ContactStore &store) const;

    bool operator==(const BulkEdit &other) const
    {
        return action == other.action && value == other.value &&
               (action != Action::SetCustom || text == other.text);
    }
};

// Asks which changes to make to the selected contacts (add or remove a
// tag, set the owner, set the status, set or clear a custom field; "Add
// another change" lists one and
// offers the next), previews how many contacts change and which would
// exceed five tags, and produces one undoable command for them all.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(Store::ContactStore *store, QList<qint64> ids, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // Selects the change programmatically (keyboard users use the combos).
    void setEdit(const BulkEdit &edit);
    BulkEdit edit() const;
    const BulkEdit::Plan &plan() const { return m_plan; }
    QString previewText() const;
    // Every change to make, in order: those added to the list, then the
    // one chosen in the combos (if it changes anything).
    QList<BulkEdit> edits() const;
    // The command for the accepted dialog (the caller owns it); nullptr
    // when nothing would change. Several changes are one undo step; each is
    // planned when the one before it has been made (two tags added to a
    // contact with four: the second is refused, not written over the first).
    QUndoCommand *takeCommand();

private:
    void fillValues();
    void updatePreview();

    QPointer<Store::ContactStore> m_store;
    QList<qint64> m_ids;
    BulkEdit::Plan m_plan;
    QComboBox *m_action = nullptr;
    QComboBox *m_value = nullptr;
    QLineEdit *m_text = nullptr; // SetCustom's value
    QLabel *m_textLabel = nullptr;
    QList<BulkEdit> m_changes; // added with "Add another change"
    QListWidget *m_changeList = nullptr;
    QPushButton *m_addChange = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ContactDesk::Views
