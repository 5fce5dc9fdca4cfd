#pragma once

#include "core/Domain.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace ContactDesk::Models {
class MessageHistoryModel;
}

namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// The selected contact, editable: names, primary phone (normalised to E.164
// digits as you type, with the reason when it cannot be), email, tags (at
// most five, completed from the team's tags), custom fields, owner, status,
// channels, and the contact's sync state with retry/discard for a failed
// edit and both values of a conflict. Every change goes through the undo
// stack into the store, which makes it durable and queues it for the server.
class ContactDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetailPanel)

public:
    // Creates a tag for the team on the server; `done` gets the new tag, or
    // nothing and the reason.
    using TagCreator = std::function<void(
        const QString &name,
        std::function<void(std::optional<Tag> tag, const QString &problem)> done)>;

    explicit ContactDetailPanel(QWidget *parent = nullptr);
    ~ContactDetailPanel() override;

    void setStore(Store::ContactStore *store);
    void setUndoStack(QUndoStack *undo) { m_undo = undo; }
    // Without one, only the team's existing tags can be added.
    void setTagCreator(TagCreator creator) { m_createTag = std::move(creator); }
    void setDefaultRegion(const QString &region);
    // The model the recent messages come from (not owned; nullptr while not
    // connected).
    void setHistoryModel(Models::MessageHistoryModel *history);
    Models::MessageHistoryModel *history() const;
    // Shows contact `id` (0: none), and asks the server for its messages.
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

private:
    void loadHistory();
    void requestHistory();
    void buildDirectory();
    void refresh();
    void apply(const QJsonObject &changes, const QString &what);
    void commitText(QLineEdit *edit, const QString &key, const QString &what);
    void commitPhone();
    void checkPhone();
    void commitEmail();
    void commitOwner(int index);
    void commitStatus(int index);
    void addChannel();
    void removeSelectedChannel();
    void editSelectedChannel();
    void showSyncState();
    void setFieldText(QLineEdit *edit, const QString &text);

    QPointer<Store::ContactStore> m_store;
    QPointer<QUndoStack> m_undo;
    TagCreator m_createTag;
    QString m_region = QStringLiteral("US");
    qint64 m_id = 0;
    QJsonObject m_fields;
    QList<Tag> m_tags;

    QLabel *m_title = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailHint = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QLineEdit *m_tagInput = nullptr;
    QLabel *m_tagHint = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_statusHint = nullptr;
    QListWidget *m_channels = nullptr;
    QComboBox *m_channelType = nullptr;
    QLineEdit *m_channelValue = nullptr;
    QLabel *m_channelHint = nullptr;
    QPushButton *m_addChannel = nullptr;
    QPushButton *m_removeChannel = nullptr;
    QPushButton *m_compose = nullptr;
    std::optional<QPair<QString, QString>> m_editingChannel; // type, value being edited
    QFormLayout *m_custom = nullptr;
    QHash<qint64, QLineEdit *> m_customEdits;
    QPointer<Models::MessageHistoryModel> m_history;
    QTableView *m_historyView = nullptr;
    QLabel *m_historyStatus = nullptr;
    QTimer *m_historyTimer = nullptr;
    QLabel *m_sync = nullptr;
    QWidget *m_syncActions = nullptr;
    QVBoxLayout *m_syncLayout = nullptr;
};

} // namespace ContactDesk::Views
