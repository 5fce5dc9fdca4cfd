#include "views/SyncStatusBar.h"

#include "store/ContactStore.h"
#include "sync/MessageSender.h"
#include "views/TonedText.h"

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
}

SyncStatusBar::~SyncStatusBar() = default;

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
        m_text->clear();
        m_progress->hide();
        return;
    }
    showStatus(m_engine->status());
}

QString SyncStatusBar::describe(const Sync::SyncEngine::Status &s)
{
    using Connection = Sync::SyncEngine::Status::Connection;
    const QLocale locale;
    QStringList parts;
    if (s.connection == Connection::Offline)
        parts.append(tr("Offline; edits are kept and sent when the server is back"));
    else if (s.pulling && s.expected > 0)
        parts.append(tr("Syncing: %1 of %2 contacts")
                         .arg(locale.toString(s.received), locale.toString(s.expected)));
    else if (s.pulling)
        parts.append(tr("Syncing…"));
    else if (s.connection == Connection::Online)
        parts.append(tr("Up to date"));
    if (s.pending > 0)
        parts.append(tr("%n edit(s) waiting", "", s.pending));
    if (s.failed > 0)
        parts.append(tr("%n edit(s) failed", "", s.failed));
    if (s.conflicts > 0)
        parts.append(tr("%n conflict(s)", "", s.conflicts));
    if (!s.otherOwner.isEmpty()) // another program on this profile pulls and pushes now
        parts.append(
            tr("%1 is syncing this profile; this window syncs when it is done").arg(s.otherOwner));
    if (!s.warning.isEmpty())
        parts.append(s.warning);
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusBar::showStatus(const Sync::SyncEngine::Status &s)
{
    m_text->setText(describe(s));
    // A bar while pulling: it fills when the total is known, runs otherwise.
    m_progress->setVisible(s.pulling);
    if (s.pulling) {
        m_progress->setRange(0, s.expected > 0 ? 1000 : 0);
        if (s.expected > 0)
            m_progress->setValue(
                static_cast<int>(std::min<qint64>(1000, s.received * 1000 / s.expected)));
    }
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
    m_attention->setText(tr("%n edit(s) need attention", "", count));
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
    m_unsent->setText(tr("%n message(s) not sent", nullptr, unsent));
    setTone(m_unsent, ContrastColors::Tone::Error);
    m_unsent->setVisible(unsent > 0);
    m_unsent->setEnabled(m_outbox && !m_outbox->isSending());
}

} // namespace ContactDesk::Views
