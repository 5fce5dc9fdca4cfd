#include "views/SyncStateBanner.h"

#include "core/ContactFields.h"
#include "store/ContactStore.h"
#include "views/TonedText.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk::Views {

namespace {

// A field's value as a person reads it: tags and owners by name, yes/no,
// text as it is.
QString shown(const Store::ContactStore &store, const QString &key, const QJsonValue &value)
{
    if (key == Field::tags) {
        QStringList names;
        const QList<Tag> tags = store.tags();
        for (const QJsonValue &id : value.toArray()) {
            QString name = QString::number(id.toInteger());
            for (const Tag &tag : tags)
                if (tag.id == id.toInteger())
                    name = tag.name;
            names.append(name);
        }
        return names.isEmpty() ? SyncStateBanner::tr("no tags") : names.join(QStringLiteral(", "));
    }
    if (key == Field::owner) {
        if (!value.isDouble())
            return SyncStateBanner::tr("Unassigned");
        for (const TeamMember &member : store.members())
            if (member.id == value.toInteger())
                return member.name;
        return QString::number(value.toInteger());
    }
    if (value.isBool())
        return value.toBool() ? SyncStateBanner::tr("yes") : SyncStateBanner::tr("no");
    if (value.isString())
        return value.toString().isEmpty() ? SyncStateBanner::tr("(empty)") : value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QLabel *messageLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the server's words
    label->setWordWrap(true);
    return label;
}

} // namespace

SyncStateBanner::SyncStateBanner(QWidget *parent)
    : QGroupBox(tr("Sync"), parent)
{
    setObjectName(QStringLiteral("syncStateBox"));
    m_layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_state->setWordWrap(true);
    m_layout->addWidget(m_state);
}

SyncStateBanner::~SyncStateBanner() = default;

void SyncStateBanner::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_id = 0;
    if (store) {
        connect(store, &Store::ContactStore::outboxChanged, this, [this] {
            if (m_id)
                refresh();
        });
        connect(store, &Store::ContactStore::contactIdChanged, this,
                [this](qint64 from, qint64 to) {
                    if (m_id == from)
                        m_id = to;
                });
    }
    refresh();
}

void SyncStateBanner::showContact(qint64 id)
{
    m_id = id;
    refresh();
}

void SyncStateBanner::refresh()
{
    // Later, not now: refresh() may run inside a click on one of its buttons.
    if (m_actions) {
        m_actions->hide();
        m_layout->removeWidget(m_actions);
        m_actions->setParent(nullptr); // gone from the banner now, deleted later
        m_actions->deleteLater();
        m_actions = nullptr;
    }
    if (!m_store || !m_id) {
        m_state->clear();
        return;
    }
    QList<Store::OutboxEntry> entries;
    for (const Store::OutboxEntry &entry : m_store->outbox())
        if (entry.contactId == m_id)
            entries.append(entry);
    if (entries.isEmpty()) {
        m_state->setText(tr("Saved on the server."));
        return;
    }
    m_actions = new QWidget(this);
    auto *actions = new QVBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_actions);
    int pending = 0;
    for (const Store::OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state == Store::OutboxEntry::State::Pending) {
            ++pending;
            continue;
        }
        const qint64 seq = entry.seq;
        if (entry.state == Store::OutboxEntry::State::Failed) {
            auto *row = new QHBoxLayout;
            QLabel *message = messageLabel(tr("Not saved: %1").arg(entry.error), m_actions);
            message->setObjectName(QStringLiteral("failedEditLabel"));
            setTone(message, ContrastColors::Tone::Error);
            auto *retry = new QPushButton(tr("Retry"), m_actions);
            retry->setObjectName(QStringLiteral("retryEditButton"));
            auto *discard = new QPushButton(tr("Discard"), m_actions);
            discard->setObjectName(QStringLiteral("discardEditButton"));
            connect(retry, &QPushButton::clicked, this, [this, seq] {
                if (m_store)
                    m_store->retry(seq);
            });
            connect(discard, &QPushButton::clicked, this, [this, seq] {
                if (m_store)
                    m_store->discard(seq);
            });
            row->addWidget(message, 1);
            row->addWidget(retry);
            row->addWidget(discard);
            actions->addLayout(row);
            continue;
        }
        for (auto it = entry.conflicts.begin(); it != entry.conflicts.end(); ++it) {
            const QJsonObject both = it.value().toObject();
            const QString field = it.key();
            auto *row = new QHBoxLayout;
            QLabel *message = messageLabel(tr("“%1” was changed on the server too.")
                                               .arg(Field::label(field, m_store->customFields())),
                                           m_actions);
            auto *mine = new QPushButton(
                tr("Keep mine: %1").arg(shown(*m_store, field, both.value(Field::conflictMine))),
                m_actions);
            mine->setObjectName(QStringLiteral("keepMineButton"));
            auto *theirs =
                new QPushButton(tr("Take theirs: %1")
                                    .arg(shown(*m_store, field, both.value(Field::conflictTheirs))),
                                m_actions);
            theirs->setObjectName(QStringLiteral("takeTheirsButton"));
            connect(mine, &QPushButton::clicked, this, [this, seq, field] {
                if (m_store)
                    m_store->resolveConflict(seq, field, true);
            });
            connect(theirs, &QPushButton::clicked, this, [this, seq, field] {
                if (m_store)
                    m_store->resolveConflict(seq, field, false);
            });
            row->addWidget(message, 1);
            row->addWidget(mine);
            row->addWidget(theirs);
            actions->addLayout(row);
        }
    }
    m_state->setText(pending ? tr("%Ln edit(s) waiting to reach the server.", "", pending)
                             : tr("Some edits need your decision."));
}

} // namespace ContactDesk::Views
