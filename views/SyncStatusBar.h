#pragma once

#include "sync/SyncEngine.h"

#include <QPointer>
#include <QStatusBar>
#include <QTimer>

#include <functional>
#include <optional>

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
// pulling with a progress bar, the count and the time left, counts of
// edits waiting, failed and in conflict, the pager's warning), before the
// engine is there how the embedded sandbox's start goes (its demo team
// seeded the first time, with the time left), a button leading to the edits that need
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
    // The status as one line: "Up to date · 2 edit(s) waiting" and the like;
    // with msLeft, a pull's count says the time left ("Syncing: 48,000 of
    // 200,000 contacts — about 20 seconds left").
    static QString describe(const Sync::SyncEngine::Status &status,
                            std::optional<qint64> msLeft = std::nullopt);
    // "about 20 seconds left", "about 3 minutes left".
    static QString timeLeft(qint64 ms);

    // While no engine is set: the embedded sandbox is starting (seeded < 0),
    // or seeding its demo team, `seeded` of `total` contacts written
    // ("Preparing the demo team: 48,000 of 200,000 contacts — about 5
    // seconds left"). An engine's status replaces it.
    void showSandboxStart(int seeded = -1, int total = 0);

    // The time the estimates are measured in (ms, monotonic); a steady
    // clock unless a test gives one.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock);
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
    void showProgress(qint64 done, qint64 total);

    // The pace of what is under way (a pull, a seed), from where it began:
    // the time left at that pace.
    struct Pace
    {
        bool running = false;
        qint64 startMs = 0;
        qint64 startDone = 0;
        void follow(bool on, qint64 nowMs, qint64 done);
        std::optional<qint64> msLeft(qint64 nowMs, qint64 done, qint64 total) const;
    };

    QPointer<Sync::SyncEngine> m_engine;
    QPointer<Store::ContactStore> m_store;
    QPointer<Sync::MessageSender> m_outbox;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_attention = nullptr;
    QToolButton *m_unsent = nullptr;
    Clock m_clock;
    Pace m_pullPace;
    Pace m_seedPace;
    QTimer m_tick; // the time left runs on while a page or a seed step takes long
    int m_seeded = -1;
    int m_seedTotal = 0;
};

} // namespace ContactDesk::Views
