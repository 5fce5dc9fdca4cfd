#pragma once

#include "sync/SyncEngine.h"

#include <QPointer>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ContactDesk::Store {
class ContactStore;
}
namespace ContactDesk::Sync {
class MessageSender;
}

namespace ContactDesk::Views {

// The main window's status bar: the sync engine's state (online, offline,
// pulling with a progress bar, counts of edits waiting, failed and in
// conflict, the pager's warning), a button leading to the edits that need
// attention (refused by the server or in conflict) and one offering to
// send unsent messages again. When the engine is offline, has failed edits
// or cannot write the store, its last error goes to the window's error
// banner (errorReported()).
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)

public:
    explicit SyncStatusBar(QWidget *parent = nullptr);
    ~SyncStatusBar() override;

    // The engine whose status is shown (not owned; nullptr: none, nothing shown).
    void setEngine(Sync::SyncEngine *engine);
    // Where the edits needing attention are counted (not owned; nullptr: none).
    void setStore(Store::ContactStore *store);
    // The outbox whose unsent messages are counted (not owned; nullptr while
    // not connected).
    void setMessaging(Sync::MessageSender *outbox);

    // Shows a status as the engine reports it (setEngine() does this on
    // every change).
    void showStatus(const Sync::SyncEngine::Status &status);
    // The status as one line: "Up to date · 2 edit(s) waiting" and the like.
    static QString describe(const Sync::SyncEngine::Status &status);
    // Counts the unsent messages again (starting a send changes what the
    // button offers, and the outbox has no signal for it).
    void updateUnsent();

Q_SIGNALS:
    // A status carried a problem for people to see (the engine's last error).
    void errorReported(const QString &message);
    // The "edits need attention" button: show the next such contact.
    void attentionRequested();
    // The "messages not sent" button: send them again.
    void resendRequested();

private:
    void showEngineStatus();
    void updateAttention();

    QPointer<Sync::SyncEngine> m_engine;
    QPointer<Store::ContactStore> m_store;
    QPointer<Sync::MessageSender> m_outbox;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_attention = nullptr;
    QToolButton *m_unsent = nullptr;
};

} // namespace ContactDesk::Views
