#include "models/ContactTableModel.h"

#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/HtmlText.h"
#include "core/Phone.h"
#include "models/ContrastColors.h"
#include "store/ContactStore.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSemaphore>
#include <QSet>

#include <atomic>
#include <limits>
#include <thread>

namespace ContactDesk::Models {

namespace {

constexpr int firstChunkRows = 300; // enough for the first screen, at once
constexpr int chunkRows = 25000;

QColor stateColor(quint8 state)
{
    switch (state) {
    case ContactCache::Pending:
        return ContrastColors::text(ContrastColors::Tone::Warning,
                                    ContrastColors::applicationPalette());
    case ContactCache::Failed:
        return ContrastColors::text(ContrastColors::Tone::Error,
                                    ContrastColors::applicationPalette());
    case ContactCache::Conflict:
        return ContrastColors::text(ContrastColors::Tone::Conflict,
                                    ContrastColors::applicationPalette());
    default:
        return {};
    }
}

} // namespace

ContactTableModel::ContactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<std::shared_ptr<ContactCache>>();
    m_thread.setObjectName(QStringLiteral("contact-loader"));
}

ContactTableModel::~ContactTableModel()
{
    ++m_generation;
    m_thread.quit();
    m_thread.wait();
}

QObject *ContactTableModel::newWorker()
{
    // Lives on the loader thread and deletes itself when its work is done;
    // work the destructor stopped before it ran goes with the thread (the
    // deferred deletion after its loop ended frees the queued call too).
    auto *worker = new QObject;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    return worker;
}

void ContactTableModel::setStore(Store::ContactStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    beginResetModel();
    ++m_generation;
    m_store = store;
    m_cache = ContactCache();
    m_phoneText.clear();
    m_changedWhileLoading.clear();
    m_fields.clear();
    m_tagNames.clear();
    m_memberNames.clear();
    if (m_store)
        loadDirectory();
    endResetModel();
    if (!m_store)
        return;
    connect(m_store, &Store::ContactStore::contactsChanged, this,
            &ContactTableModel::onContactsChanged);
    connect(m_store, &Store::ContactStore::contactsRemoved, this,
            &ContactTableModel::onContactsRemoved);
    connect(m_store, &Store::ContactStore::contactIdChanged, this,
            &ContactTableModel::onContactIdChanged);
    connect(m_store, &Store::ContactStore::directoryChanged, this,
            &ContactTableModel::refreshDirectory);
    // Another program changed more than its journal still says: all again.
    connect(m_store, &Store::ContactStore::contactsReloadNeeded, this,
            [this] { setStore(m_store.data()); });
    startLoading();
}

void ContactTableModel::startLoading()
{
    m_loading = true;
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    const QString path = m_store->path();
    const quint64 generation = m_generation;
    QObject *worker = newWorker();
    QMetaObject::invokeMethod(worker, [this, worker, path, generation] {
        // The first rows go out at once for the first screen; the rest
        // follows in large chunks.
        // Chunks handed over but not yet taken by the model: the readers wait
        // when the model falls behind, so chunks never pile up in memory.
        // Two slots: a reader waits for the model to take a chunk (not for a
        // time), and gives up waiting when a newer load replaced this one.
        auto slots = std::make_shared<QSemaphore>(2);
        const auto readRange = [this, path, generation, slots](qint64 after, qint64 until,
                                                               int firstLimit,
                                                               Store::StoreError *error) {
            Store::ContactRowReader reader;
            *error = reader.open(path);
            if (error->isError())
                return;
            auto chunk = std::make_shared<ContactCache>();
            int limit = firstLimit;
            const auto flush = [&] {
                bool taken = false;
                while (!(taken = slots->tryAcquire(1, 100)) && generation == m_generation) {
                }
                if (taken)
                    QMetaObject::invokeMethod(
                        this,
                        [this, chunk, generation, slots] {
                            slots->release();
                            if (generation == m_generation)
                                onChunk(chunk, false, {});
                        },
                        Qt::QueuedConnection);
                chunk = std::make_shared<ContactCache>();
                limit = chunkRows;
            };
            const bool ok = reader.read(after, until, [&](const Store::ContactRowView &row) {
                chunk->appendUnindexed(row);
                if (chunk->size() >= limit)
                    flush();
                return generation == m_generation;
            });
            if (chunk->size() > 0)
                flush();
            if (!ok)
                *error = reader.error();
        };
        Store::ContactRowReader probe;
        Store::StoreError error = probe.open(path);
        if (!error.isError()) {
            // The first screen before anything else.
            Store::StoreError firstError;
            qint64 lastOfFirst = std::numeric_limits<qint64>::min();
            {
                auto first = std::make_shared<ContactCache>();
                probe.read(lastOfFirst, [&](const Store::ContactRowView &row) {
                    first->appendUnindexed(row);
                    lastOfFirst = row.id;
                    return first->size() < firstChunkRows;
                });
                QMetaObject::invokeMethod(
                    this,
                    [this, first, generation] {
                        if (generation == m_generation)
                            onChunk(first, false, {});
                    },
                    Qt::QueuedConnection);
            }
            const qint64 expected = probe.count();
            QMetaObject::invokeMethod(
                this,
                [this, expected, generation] {
                    if (generation == m_generation && expected > m_cache.size())
                        m_cache.reserve(
                            static_cast<int>(expected)); // no doubling while a million rows arrive
                },
                Qt::QueuedConnection);
            // Two readers, each on half of the remaining ids (two cores).
            const qint64 median = std::max(probe.medianId(), lastOfFirst);
            Store::StoreError secondError;
            std::thread second([&] {
                readRange(median, std::numeric_limits<qint64>::max(), chunkRows, &secondError);
            });
            readRange(lastOfFirst, median, chunkRows, &firstError);
            second.join();
            error = firstError.isError() ? firstError : secondError;
        }
        QMetaObject::invokeMethod(
            this,
            [this, error, generation] {
                if (generation == m_generation)
                    onChunk({}, true, error.describe());
            },
            Qt::QueuedConnection);
        worker->deleteLater();
    });
}

void ContactTableModel::onChunk(const std::shared_ptr<ContactCache> &chunk, bool last,
                                const QString &error)
{
    if (chunk && chunk->size() > 0) {
        const int first = m_cache.size();
        beginInsertRows({}, first, first + chunk->size() - 1);
        m_cache.take(std::move(*chunk));
        endInsertRows();
    }
    if (!last)
        return;
    m_loading = false;
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    // Sorting by name needs collation ranks of the distinct names: work
    // them out now, off the main thread, so the first sort does not wait.
    const quint64 generation = m_generation;
    QObject *worker = newWorker();
    QMetaObject::invokeMethod(worker,
                              [this, worker, generation, first = m_cache.firstNames().values(),
                               last = m_cache.lastNames().values()] {
                                  std::vector<quint32> firstRanks = Dictionary::computeRanks(first);
                                  std::vector<quint32> lastRanks = Dictionary::computeRanks(last);
                                  QMetaObject::invokeMethod(
                                      this,
                                      [this, generation, firstRanks = std::move(firstRanks),
                                       lastRanks = std::move(lastRanks)]() mutable {
                                          if (generation != m_generation)
                                              return;
                                          m_cache.firstNames().setRanks(std::move(firstRanks));
                                          m_cache.lastNames().setRanks(std::move(lastRanks));
                                      },
                                      Qt::QueuedConnection);
                                  worker->deleteLater();
                              });
    // Changes that arrived while the rows were read.
    const QList<qint64> changed = std::exchange(m_changedWhileLoading, {});
    if (!changed.isEmpty())
        onContactsChanged(changed);
    Q_EMIT loadingFinished();
}

void ContactTableModel::loadDirectory()
{
    m_tagNames.clear();
    for (const Tag &tag : m_store->tags())
        m_tagNames.insert(tag.id, tag.name);
    m_memberNames.clear();
    for (const TeamMember &member : m_store->members())
        m_memberNames.insert(member.id, member.name);
    m_fields = m_store->customFields();
}

void ContactTableModel::refreshDirectory()
{
    m_tagNames.clear();
    for (const Tag &tag : m_store->tags())
        m_tagNames.insert(tag.id, tag.name);
    m_memberNames.clear();
    for (const TeamMember &member : m_store->members())
        m_memberNames.insert(member.id, member.name);
    const QList<CustomField> fields = m_store->customFields();
    const auto sameIds = [](const QList<CustomField> &a, const QList<CustomField> &b, qsizetype n) {
        for (qsizetype i = 0; i < n; ++i) {
            if (a.at(i).id != b.at(i).id)
                return false;
        }
        return true;
    };
    if (fields.size() > m_fields.size() && sameIds(fields, m_fields, m_fields.size())) {
        beginInsertColumns({}, Count + static_cast<int>(m_fields.size()),
                           Count + static_cast<int>(fields.size()) - 1);
        m_fields = fields;
        endInsertColumns();
    } else if (fields.size() != m_fields.size() || !sameIds(fields, m_fields, fields.size())) {
        beginResetModel();
        m_fields = fields;
        endResetModel();
    } else {
        m_fields = fields; // titles may have changed
        if (!m_fields.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, Count, columnCount() - 1);
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Tags), index(rowCount() - 1, Owner), {Qt::DisplayRole});
}

QString ContactTableModel::memberName(qint64 id) const
{
    if (id == 0)
        return tr("Unassigned");
    return m_memberNames.value(id, tr("Member %1").arg(id));
}

void ContactTableModel::onContactsChanged(const QList<qint64> &ids)
{
    if (m_loading) {
        m_changedWhileLoading.append(ids);
        return;
    }
    Store::ContactRowReader reader;
    if (const Store::StoreError error = reader.open(m_store->path()); error.isError()) {
        Q_EMIT loadFailed(error.describe());
        return;
    }
    QSet<qint64> seen;
    std::vector<Store::ContactRowView> added;
    std::vector<QByteArray> keep; // holds the text of added rows
    ContactCache fresh;
    const bool read = reader.readIds(ids, [&](const Store::ContactRowView &row) {
        seen.insert(row.id);
        const int existing = m_cache.rowOf(row.id);
        if (existing >= 0) {
            m_cache.replace(existing, row);
            m_phoneText.remove(row.id);
            Q_EMIT dataChanged(index(existing, 0), index(existing, columnCount() - 1));
        } else {
            fresh.append(row);
        }
        return true;
    });
    if (fresh.size() > 0) {
        const int first = m_cache.size();
        beginInsertRows({}, first, first + fresh.size() - 1);
        m_cache.take(std::move(fresh));
        endInsertRows();
    }
    if (!read) {
        // Rows not read are not gone: they stay as they were.
        Q_EMIT loadFailed(reader.error().describe());
        return;
    }
    QList<qint64> gone;
    for (qint64 id : ids) {
        if (!seen.contains(id) && m_cache.rowOf(id) >= 0)
            gone.append(id);
    }
    if (!gone.isEmpty())
        onContactsRemoved(gone);
}

void ContactTableModel::onContactsRemoved(const QList<qint64> &ids)
{
    if (m_loading) {
        m_changedWhileLoading.append(ids);
        return;
    }
    std::vector<int> rows;
    for (qint64 id : ids) {
        const int row = m_cache.rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous ranges, from the bottom up so earlier rows keep their numbers.
    while (!rows.empty()) {
        int first = rows.back();
        size_t start = rows.size() - 1;
        while (start > 0 && rows[start - 1] == first - 1) {
            --start;
            --first;
        }
        const int last = rows.back();
        beginRemoveRows({}, first, last);
        m_cache.removeRows(
            std::vector<int>(rows.begin() + static_cast<std::ptrdiff_t>(start), rows.end()));
        endRemoveRows();
        rows.resize(start);
    }
}

void ContactTableModel::onContactIdChanged(qint64 oldId, qint64 newId)
{
    if (m_loading) {
        m_changedWhileLoading.append(newId);
        return;
    }
    if (m_cache.rowOf(newId) >= 0) {
        // The server's copy is already here: the local row goes.
        onContactsRemoved({oldId});
        return;
    }
    m_cache.changeId(oldId, newId);
    const int row = m_cache.rowOf(newId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {IdRole});
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_cache.size();
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count + static_cast<int>(m_fields.size());
}

QString ContactTableModel::statusText(const ContactCache::Row &row) const
{
    if (row.blocked && row.optedOut)
        return tr("Blocked, opted out");
    if (row.blocked)
        return tr("Blocked");
    if (row.optedOut)
        return tr("Opted out", "messaging status");
    return tr("Active", "messaging status");
}

QString ContactTableModel::syncText(quint8 state) const
{
    switch (state) {
    case ContactCache::Pending:
        return tr("Waiting to be sent");
    case ContactCache::Failed:
        return tr("Failed");
    case ContactCache::Conflict:
        return tr("Conflict");
    default:
        return tr("Synced");
    }
}

QString ContactTableModel::formattedPhone(int row) const
{
    const qint64 id = m_cache.row(row).id;
    if (const QString *cached = m_phoneText.object(id))
        return *cached;
    const QString formatted = Phone::formatForDisplay(m_cache.phone(row));
    m_phoneText.insert(id, new QString(formatted));
    return formatted;
}

QVariant ContactTableModel::displayValue(int row, int column) const
{
    const ContactCache::Row &r = m_cache.row(row);
    switch (column) {
    case DisplayName:
        switch (m_cache.nameSource(row)) {
        case ContactCache::NameSource::Display:
            return m_cache.displayName(row);
        case ContactCache::NameSource::Names:
            return QString(m_cache.first(row) + QLatin1Char(' ') + m_cache.last(row)).trimmed();
        case ContactCache::NameSource::Phone:
            return formattedPhone(row); // never the raw digits
        case ContactCache::NameSource::Email:
            return m_cache.email(row);
        case ContactCache::NameSource::None:
            break;
        }
        return QString();
    case First:
        return m_cache.first(row);
    case Last:
        return m_cache.last(row);
    case Phone:
        return formattedPhone(row);
    case Email:
        return m_cache.email(row);
    case Tags: {
        QStringList names;
        for (int i = 0; i < r.tagCount; ++i) {
            const qint64 tag = m_cache.tagId(row, i);
            names.append(m_tagNames.value(tag, QString::number(tag)));
        }
        return names.join(QStringLiteral(", "));
    }
    case Owner:
        return memberName(m_cache.ownerId(row));
    case Status:
        return statusText(r);
    case Updated:
        return r.updated ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.updated),
                                              QLocale::ShortFormat)
                         : QString();
    case SyncState:
        return syncText(r.state);
    default:
        return m_cache.customValue(row, m_fields.at(column - Count).id);
    }
}

QVariant ContactTableModel::sortValue(int row, int column) const
{
    const ContactCache::Row &r = m_cache.row(row);
    switch (column) {
    case Phone:
        return m_cache.phone(row);
    case Tags:
        return r.tagCount;
    case Owner:
        return m_cache.ownerId(row);
    case Status:
        return (r.blocked ? 2 : 0) + (r.optedOut ? 1 : 0);
    case Updated:
        return r.updated;
    case SyncState:
        return r.state;
    default:
        return displayValue(row, column);
    }
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ContactCache::Row &r = m_cache.row(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
        return column == Phone ? QVariant(m_cache.phone(row)) : displayValue(row, column);
    case Qt::ToolTipRole:
        if (r.state == ContactCache::Failed)
            return HtmlText::forToolTip(tr("Not saved on the server: %1").arg(m_cache.error(row)));
        if (r.state == ContactCache::Pending)
            return tr("Saved here; waiting to be sent to the server");
        if (r.state == ContactCache::Conflict)
            return tr("Changed here and on the server: choose which value to keep");
        return {};
    case Qt::DecorationRole:
        if (column == DisplayName && r.state != ContactCache::Synced)
            return stateColor(r.state);
        return {};
    case IdRole:
        return r.id;
    case SortRole:
        return sortValue(row, column);
    case SyncStateRole:
        return r.state;
    case ErrorRole:
        return m_cache.error(row);
    case TagIdsRole: {
        QList<qint64> tags;
        for (int i = 0; i < r.tagCount; ++i)
            tags.append(m_cache.tagId(row, i));
        return QVariant::fromValue(tags);
    }
    case OwnerIdRole:
        return m_cache.ownerId(row);
    case OptedOutRole:
        return r.optedOut;
    case BlockedRole:
        return r.blocked;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == CustomFieldIdRole)
        return section >= Count ? QVariant(m_fields.at(section - Count).id) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DisplayName:
        return tr("Name");
    case First:
        return tr("First name");
    case Last:
        return tr("Last name");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Tags:
        return tr("Tags");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status", "messaging status column");
    case Updated:
        return tr("Updated");
    case SyncState:
        return tr("Sync", "column: sync state of a contact");
    default:
        return m_fields.at(section - Count).title;
    }
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const int column = index.column();
    if (column == DisplayName || column == First || column == Last || column == Phone ||
        column == Email || column >= Count)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ContactTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_store || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_cache.row(index.row()).id;
    const int column = index.column();
    QJsonObject change;
    if (role == TagIdsRole) {
        const QList<qint64> tags = value.value<QList<qint64>>();
        if (tags.size() > Field::maxTags)
            return false;
        QJsonArray array;
        for (qint64 tag : tags)
            array.append(tag);
        change.insert(Field::tags, array);
    } else if (role == OwnerIdRole) {
        const qint64 owner = value.toLongLong();
        change.insert(Field::owner, owner > 0 ? QJsonValue(owner) : QJsonValue(QJsonValue::Null));
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (column) {
        case DisplayName:
            change.insert(Field::displayName, text);
            break;
        case First:
            change.insert(Field::first, text);
            break;
        case Last:
            change.insert(Field::last, text);
            break;
        case Phone: {
            const Phone::Normalized phone = Phone::normalize(text, m_region);
            if (!phone.problem.isEmpty())
                return false;
            change.insert(Field::phone, phone.digits);
            break;
        }
        case Email:
            if (!text.isEmpty() && !Email::isValid(text))
                return false;
            change.insert(Field::email, text);
            break;
        default:
            if (column < Count)
                return false;
            change.insert(Field::custom(m_fields.at(column - Count).id), text);
        }
    } else {
        return false;
    }
    return m_store->editContact(id, change); // the store notifies; rows update from there
}

} // namespace ContactDesk::Models
