#include "views/SyncStatusBar.h"

#include "store/ContactStore.h"
#include "sync/MessageSender.h"
#include "views/TonedText.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace ContactDesk::Views {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("syncStatusLabel"));
    m_text->setTextFormat(Qt::PlainText); // carries the pager's warning
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_attention = new QToolButton(this);
    m_attention->setObjectName(QStringLiteral("outboxButton"));
    m_attention->setAccessibleName(tr("Edits that need attention"));
    m_attention->setToolTip(tr("Show the next contact whose edit the server refused"));
    m_attention->setAutoRaise(true);
    m_attention->hide();
    connect(m_attention, &QToolButton::clicked, this, &SyncStatusBar::attentionRequested);
    m_unsent = new QToolButton(this);
    m_unsent->setObjectName(QStringLiteral("unsentMessagesButton"));
    m_unsent->setAccessibleName(tr("Messages not sent"));
    m_unsent->setToolTip(tr("Send the messages that failed or were not sent again"));
    m_unsent->setAutoRaise(true);
    m_unsent->hide();
    connect(m_unsent, &QToolButton::clicked, this, &SyncStatusBar::resendRequested);
    addPermanentWidget(m_unsent);
    addPermanentWidget(m_attention);
    addPermanentWidget(m_text);
    addPermanentWidget(m_progress);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // The text only: the error banner hears of a status once.
        if (m_engine && m_engine->status().pulling)
            m_text->setText(describe(m_engine->status(),
                                     m_pullPace.msLeft(m_clock(), m_engine->status().received,
                                                       m_engine->status().expected)));
        else if (!m_engine && m_seeded >= 0)
            showSandboxStart(m_seeded, m_seedTotal);
        else
            m_tick.stop();
    });
    setClock({});
}

SyncStatusBar::~SyncStatusBar() = default;

void SyncStatusBar::setClock(Clock clock)
{
    if (!clock) {
        auto steady = std::make_shared<QElapsedTimer>();
        steady->start();
        clock = [steady] { return steady->elapsed(); };
    }
    m_clock = std::move(clock);
}

void SyncStatusBar::Pace::follow(bool on, qint64 nowMs, qint64 done)
{
    if (on && (!running || done < startDone)) {
        startMs = nowMs;
        startDone = done;
    }
    running = on;
}

std::optional<qint64> SyncStatusBar::Pace::msLeft(qint64 nowMs, qint64 done, qint64 total) const
{
    const qint64 progressed = done - startDone;
    const qint64 elapsed = nowMs - startMs;
    if (!running || progressed <= 0 || elapsed <= 0 || total < done)
        return std::nullopt;
    return (total - done) * elapsed / progressed;
}

QString SyncStatusBar::timeLeft(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("about %Ln second(s) left", nullptr, static_cast<int>(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return tr("about %Ln minute(s) left", nullptr, static_cast<int>(minutes));
    return tr("about %Ln hour(s) left", nullptr, static_cast<int>((minutes + 30) / 60));
}

void SyncStatusBar::showSandboxStart(int seeded, int total)
{
    m_seeded = seeded;
    m_seedTotal = total;
    if (m_engine)
        return; // the engine's status says more
    const QLocale locale;
    const qint64 now = m_clock();
    m_seedPace.follow(seeded >= 0, now, std::max(0, seeded));
    if (seeded < 0 || total <= 0) {
        m_text->setText(tr("Starting the local sandbox…"));
        showProgress(0, 0);
        return;
    }
    QString text = tr("Preparing the demo team: %1 of %2 contacts")
                       .arg(locale.toString(seeded), locale.toString(total));
    if (const std::optional<qint64> left = m_seedPace.msLeft(now, seeded, total))
        text += QStringLiteral(" — ") + timeLeft(*left);
    m_text->setText(text);
    showProgress(seeded, total);
    if (seeded < total && !m_tick.isActive())
        m_tick.start();
}

void SyncStatusBar::showProgress(qint64 done, qint64 total)
{
    // A bar that fills when the total is known, runs otherwise.
    m_progress->show();
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

void SyncStatusBar::setEngine(Sync::SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine)
        connect(engine, &Sync::SyncEngine::statusChanged, this, &SyncStatusBar::showEngineStatus);
    showEngineStatus();
}

void SyncStatusBar::showEngineStatus()
{
    if (!m_engine) {
        m_seeded = -1;
        m_text->clear();
        m_progress->hide();
        m_tick.stop();
        return;
    }
    showStatus(m_engine->status());
}

QString SyncStatusBar::describe(const Sync::SyncEngine::Status &s, std::optional<qint64> msLeft)
{
    using Connection = Sync::SyncEngine::Status::Connection;
    const QLocale locale;
    QStringList parts;
    if (s.connection == Connection::Offline)
        parts.append(tr("Offline; edits are kept and sent when the server is back"));
    else if (s.pulling && s.expected > 0)
        parts.append(tr("Syncing: %1 of %2 contacts")
                         .arg(locale.toString(s.received), locale.toString(s.expected)) +
                     (msLeft ? QStringLiteral(" — ") + timeLeft(*msLeft) : QString()));
    else if (s.pulling)
        parts.append(tr("Syncing…"));
    else if (s.connection == Connection::Online)
        parts.append(tr("Up to date"));
    if (s.pending > 0)
        parts.append(tr("%Ln edit(s) waiting", "", s.pending));
    if (s.failed > 0)
        parts.append(tr("%Ln edit(s) failed", "", s.failed));
    if (s.conflicts > 0)
        parts.append(tr("%Ln conflict(s)", "", s.conflicts));
    if (!s.otherOwner.isEmpty()) // another program on this profile pulls and pushes now
        parts.append(
            tr("%1 is syncing this profile; this window syncs when it is done").arg(s.otherOwner));
    if (!s.warning.isEmpty())
        parts.append(s.warning);
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusBar::showStatus(const Sync::SyncEngine::Status &s)
{
    // The time left at the pace since this pull began (a pull that is
    // offline or has no total yet has none).
    const qint64 now = m_clock();
    m_pullPace.follow(s.pulling, now, s.received);
    m_text->setText(describe(s, m_pullPace.msLeft(now, s.received, s.expected)));
    // A bar while pulling: it fills when the total is known, runs otherwise.
    if (s.pulling)
        showProgress(s.received, s.expected);
    else
        m_progress->hide();
    if (s.pulling && !m_tick.isActive())
        m_tick.start();
    else if (!s.pulling)
        m_tick.stop();
    if (s.connection == Sync::SyncEngine::Status::Connection::Offline || s.failed > 0 ||
        s.storeFailing)
        Q_EMIT errorReported(s.lastError);
}

void SyncStatusBar::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &Store::ContactStore::outboxChanged, this, &SyncStatusBar::updateAttention);
    updateAttention();
}

void SyncStatusBar::updateAttention()
{
    // Pending counts are in the sync text; this button leads to the edits
    // the server refused or that conflict, one contact per click.
    const int count = m_store ? m_store->failedCount() + m_store->conflictCount() : 0;
    m_attention->setText(tr("%Ln edit(s) need attention", "", count));
    setTone(m_attention, ContrastColors::Tone::Error);
    m_attention->setVisible(count > 0);
}

void SyncStatusBar::setMessaging(Sync::MessageSender *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (outbox) {
        connect(outbox, &Sync::MessageSender::unsentCountChanged, this,
                &SyncStatusBar::updateUnsent);
        connect(outbox, &Sync::MessageSender::finished, this, &SyncStatusBar::updateUnsent);
    }
    updateUnsent();
}

void SyncStatusBar::updateUnsent()
{
    const int unsent = m_outbox ? m_outbox->unsentCount() : 0;
    m_unsent->setText(tr("%Ln message(s) not sent", nullptr, unsent));
    setTone(m_unsent, ContrastColors::Tone::Error);
    m_unsent->setVisible(unsent > 0);
    m_unsent->setEnabled(m_outbox && !m_outbox->isSending());
}

} // namespace ContactDesk::Views
