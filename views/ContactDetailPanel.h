#pragma once

#include "core/Domain.h"
#include "views/TagChipEditor.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace ContactDesk::Models {
class MessageHistoryModel;
}
namespace ContactDesk::Store {
class ContactStore;
}
namespace ContactDesk::Sync {
class SyncEngine;
}

namespace ContactDesk::Views {

class ChannelEditor;
class MessageHistoryView;
class SyncStateBanner;

// The selected contact as a form: names, primary phone (normalised to E.164
// digits as you type, with the reason when it cannot be), email, owner,
// status and custom fields are edited here; the tags (TagChipEditor), the
// channels (ChannelEditor), the recent messages (MessageHistoryView) and
// the sync state with retry/discard and both values of a conflict
// (SyncStateBanner) are editors of their own that the panel places and
// wires. Every change goes through the undo stack into the store, which
// makes it durable and queues it for the server.
class ContactDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetailPanel)

public:
    using TagCreator = TagChipEditor::TagCreator;

    explicit ContactDetailPanel(QWidget *parent = nullptr);
    ~ContactDetailPanel() override;

    void setStore(Store::ContactStore *store);
    void setUndoStack(QUndoStack *undo) { m_undo = undo; }
    // The engine that reads the shown contact's channels from the server
    // (nullptr while not connected: only what the store has is shown).
    void setSyncEngine(Sync::SyncEngine *engine);
    // Without one, only the team's existing tags can be added.
    void setTagCreator(TagCreator creator);
    void setDefaultRegion(const QString &region);
    // The model the recent messages come from (not owned; nullptr while not
    // connected).
    void setHistoryModel(Models::MessageHistoryModel *history);
    // The recent messages read again (a message was just sent).
    void reloadHistory();
    Models::MessageHistoryModel *history() const;
    // Shows contact `id` (0: none), and asks for its recent messages.
    void showContact(qint64 id);
    qint64 contactId() const { return m_id; }

    // Adds the team's tag called `name` to the contact; a name the team does
    // not have yet is created first (when a creator is set, after asking).
    // False, with the reason shown beside the tag field, when it cannot (a
    // sixth tag, an unknown name and no creator).
    bool addTag(const QString &name);
    bool removeTag(qint64 tagId);

Q_SIGNALS:
    // "Send a message…" for the contact shown.
    void messageRequested(qint64 id);

protected:
    // Ctrl+Z and the redo keys in a field with nothing of its own to undo
    // go to the window's undo stack (a QLineEdit takes them always); a
    // notes field is saved when the focus leaves it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildDirectory();
    void refresh();
    void apply(const QJsonObject &changes, const QString &what);
    void commitText(QLineEdit *edit, const QString &key, const QString &what);
    void commitPhone();
    void checkPhone();
    void commitEmail();
    void commitOwner(int index);
    void commitStatus(int index);
    void setFieldText(QLineEdit *edit, const QString &text);
    void commitNotes(QPlainTextEdit *notes);
    void fitFormWidth();
    void readChannels();

    QPointer<Store::ContactStore> m_store;
    QPointer<QUndoStack> m_undo;
    QPointer<Sync::SyncEngine> m_engine;
    QString m_region = QStringLiteral("US");
    qint64 m_id = 0;
    QJsonObject m_fields;

    QLabel *m_title = nullptr;
    QScrollArea *m_scroll = nullptr; // the form's scroll area, hidden with no contact
    QWidget *m_form = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailHint = nullptr;
    TagChipEditor *m_tags = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_statusHint = nullptr;
    ChannelEditor *m_channels = nullptr;
    QFormLayout *m_custom = nullptr;
    QHash<qint64, QLineEdit *> m_customEdits;
    // Fields of notes (Import::isNotesTitle): several lines, saved when the
    // focus leaves them.
    QHash<qint64, QPlainTextEdit *> m_noteEdits;
    MessageHistoryView *m_history = nullptr;
    SyncStateBanner *m_sync = nullptr;
};

} // namespace ContactDesk::Views
