#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace ContactDesk::Models {
class MessageHistoryModel;
}
namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// A contact's recent messages, as the history model loads them from the
// server, with a line saying where they stand (loading, none yet, how
// many, why they could not be loaded) and "Send a message…". It asks once
// the selection rests, so arrowing through the table does not spend the
// rate limit on every contact passed.
class MessageHistoryView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageHistoryView)

public:
    explicit MessageHistoryView(QWidget *parent = nullptr);
    ~MessageHistoryView() override;

    // Where the contact's phone number, inboxes and members come from (not
    // owned; nullptr: none).
    void setStore(Store::ContactStore *store);
    // The model that loads the messages (not owned; nullptr while not
    // connected).
    void setModel(Models::MessageHistoryModel *model);
    Models::MessageHistoryModel *model() const;
    // Empties the list at once and asks for contact `id`'s messages after
    // a pause (0: none).
    void showContact(qint64 id);
    // The shown contact's messages again (after a send).
    void reload();
    // Puts "Send a message…" and the list after `previous` in Tab order.
    void placeInTabOrderAfter(QWidget *previous);

Q_SIGNALS:
    // "Send a message…" was pressed.
    void composeRequested();

private:
    void request();
    void showLoaded();

    QPointer<Store::ContactStore> m_store;
    QPointer<Models::MessageHistoryModel> m_model;
    qint64 m_id = 0;
    QLabel *m_status = nullptr;
    QPushButton *m_compose = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_pause = nullptr;
};

} // namespace ContactDesk::Views
