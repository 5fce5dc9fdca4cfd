#include "views/FilterBar.h"

#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "store/ContactStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace ContactDesk::Views {

namespace {

// The status filter's rows past the messaging states.
const QLatin1String needsAttention("attention");
const QLatin1String waitingToSync("pending");

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search names, phone numbers, email, custom values…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("contactCountLabel"));
    m_counts->setAccessibleName(tr("Contact count"));
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    using Status = Models::ContactFilter::Status;
    m_status->addItem(tr("Any status"), QVariant::fromValue(int(Status::Any)));
    m_status->addItem(tr("Active"), QVariant::fromValue(int(Status::Active)));
    m_status->addItem(tr("Opted out"), QVariant::fromValue(int(Status::OptedOut)));
    m_status->addItem(tr("Blocked"), QVariant::fromValue(int(Status::Blocked)));
    m_status->addItem(tr("Not saved (needs attention)"), QString(needsAttention));
    m_status->addItem(tr("Waiting to sync"), QString(waitingToSync));
    // Each combo as wide as its longest name (tags and members come after
    // the first show), within reason.
    for (QComboBox *combo : {m_tag, m_owner, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaximumWidth(combo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    }
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tag);
    bar->addWidget(m_owner);
    bar->addWidget(m_status);
    bar->addWidget(m_counts);
    for (QComboBox *combo : {m_tag, m_owner, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::apply);

    // Typing filters as you go; a short pause coalesces fast typing.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &FilterBar::apply);
    // Return searches now.
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        apply();
    });
}

FilterBar::~FilterBar() = default;

void FilterBar::setContacts(Models::ContactFilterModel *contacts)
{
    if (m_contacts)
        disconnect(m_contacts, nullptr, this, nullptr);
    m_contacts = contacts;
    if (contacts) {
        // The shown rows and, behind the filter, every contact listed.
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(contacts), contacts->sourceModel()}) {
            if (!model)
                continue;
            for (const auto signal :
                 {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
                connect(model, signal, this, &FilterBar::updateCounts);
            connect(model, &QAbstractItemModel::modelReset, this, &FilterBar::updateCounts);
        }
    }
    updateCounts();
}

void FilterBar::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &Store::ContactStore::directoryChanged, this, &FilterBar::fillCombos);
    fillCombos();
}

void FilterBar::setTotal(qint64 total)
{
    m_total = total;
    updateCounts();
}

void FilterBar::fillCombos()
{
    const auto refill = [](QComboBox *combo, const QString &any,
                           const QList<QPair<QString, qint64>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any);
        for (const auto &[name, id] : items)
            combo->addItem(name, id);
        combo->setCurrentIndex(std::max(0, current.isValid() ? combo->findData(current) : 0));
    };
    QList<QPair<QString, qint64>> tags;
    QList<QPair<QString, qint64>> owners{{tr("Unassigned"), 0}};
    if (m_store) {
        for (const Tag &tag : m_store->tags())
            tags.append({tag.name, tag.id});
        for (const TeamMember &member : m_store->members())
            owners.append({member.name, member.id});
    }
    refill(m_tag, tr("Any tag"), tags);
    refill(m_owner, tr("Any owner"), owners);
}

bool FilterBar::isFiltering() const
{
    return !m_search->text().isEmpty() || m_tag->currentIndex() > 0 ||
           m_owner->currentIndex() > 0 || m_status->currentIndex() > 0;
}

void FilterBar::clear()
{
    m_search->clear();
    for (QComboBox *combo : {m_tag, m_owner, m_status})
        combo->setCurrentIndex(0);
    apply();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::apply()
{
    if (!m_contacts)
        return;
    Models::ContactFilter filter;
    filter.text = m_search->text();
    if (m_tag->currentIndex() > 0)
        filter.tags = {m_tag->currentData().toLongLong()};
    if (m_owner->currentIndex() > 0)
        filter.owner = m_owner->currentData().toLongLong();
    const QVariant status = m_status->currentData();
    if (status.toString() == needsAttention)
        filter.syncState = Models::ContactCache::Failed;
    else if (status.toString() == waitingToSync)
        filter.syncState = Models::ContactCache::Pending;
    else
        filter.status = static_cast<Models::ContactFilter::Status>(status.toInt());
    m_contacts->setFilter(filter);
    updateCounts();
}

void FilterBar::updateCounts()
{
    const QAbstractItemModel *all = m_contacts ? m_contacts->sourceModel() : nullptr;
    // The rows listed, once there are any (a first sync lists them as they
    // come; a store being read lists them a chunk at a time); until then
    // the count the store gave.
    const qint64 total = all && all->rowCount() > 0 ? all->rowCount() : m_total;
    const qint64 shown = m_contacts ? m_contacts->rowCount() : total;
    const QString text =
        m_contacts && isFiltering()
            ? tr("%1 of %Ln contact(s)", "", static_cast<int>(total)).arg(QLocale().toString(shown))
            : tr("%Ln contact(s)", "", static_cast<int>(total));
    m_counts->setText(text);
    // As wide as the widest count this total can show ("1,500 of 1,500
    // contacts"): a search that narrows or widens the view leaves the
    // search field and the filters where they are.
    const QString widest =
        tr("%1 of %Ln contact(s)", "", static_cast<int>(total)).arg(QLocale().toString(total));
    const int margins = m_counts->contentsMargins().left() + m_counts->contentsMargins().right();
    m_countsWidth = std::max({m_countsWidth, m_counts->sizeHint().width(),
                              m_counts->fontMetrics().horizontalAdvance(widest) + margins});
    m_counts->setMinimumWidth(m_countsWidth);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            Q_EMIT resultsWanted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ContactDesk::Views
