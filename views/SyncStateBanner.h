#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace ContactDesk::Store {
class ContactStore;
}

namespace ContactDesk::Views {

// Where a contact's edits stand, from the store's outbox: saved on the
// server, some waiting to reach it, or some needing the user. An edit the
// server refused shows its message with Retry and Discard; a field changed
// on both sides shows both values with Keep mine and Take theirs. It
// follows the outbox as it changes.
class SyncStateBanner final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStateBanner)

public:
    explicit SyncStateBanner(QWidget *parent = nullptr);
    ~SyncStateBanner() override;

    // The store read and acted on (not owned; nullptr: nothing shown).
    void setStore(Store::ContactStore *store);
    // Shows contact `id`'s edits (0: none).
    void showContact(qint64 id);

private:
    void refresh();

    QPointer<Store::ContactStore> m_store;
    qint64 m_id = 0;
    QLabel *m_state = nullptr;
    QWidget *m_actions = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace ContactDesk::Views
