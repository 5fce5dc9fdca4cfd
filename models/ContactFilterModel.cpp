#include "models/ContactFilterModel.h"

#include "core/FastFind.h"

#include <QCollator>

#include <algorithm>
#include <cstring>
#include <deque>
#include <numeric>
#include <thread>

namespace ContactDesk::Models {

namespace {

// LSD radix sort of (key, row) pairs, 11 bits a pass, only as many passes
// as the largest key needs; stable, so rows keep source order within a key.
// A million pairs sort in a few passes of memory traffic instead of
// 20 million comparisons.
void radixSort(std::vector<std::pair<quint64, int>> &items)
{
    if (items.size() < 4096) {
        std::sort(items.begin(), items.end());
        return;
    }
    quint64 maxKey = 0;
    for (const auto &item : items)
        maxKey = std::max(maxKey, item.first);
    std::vector<std::pair<quint64, int>> buffer(items.size());
    constexpr int bits = 11;
    constexpr size_t buckets = size_t(1) << bits;
    for (int shift = 0; shift < 64 && (maxKey >> shift) != 0; shift += bits) {
        std::vector<size_t> counts(buckets + 1, 0);
        for (const auto &item : items)
            ++counts[((item.first >> shift) & (buckets - 1)) + 1];
        for (size_t b = 1; b <= buckets; ++b)
            counts[b] += counts[b - 1];
        for (const auto &item : items)
            buffer[counts[(item.first >> shift) & (buckets - 1)]++] = item;
        items.swap(buffer);
    }
}

// The Name column sorts names (shown as written or made of first and last
// name) together, then the rows shown by their phone, then by their email,
// then those with nothing: 0, 1, 2, 3.
int nameGroup(ContactCache::NameSource source)
{
    switch (source) {
    case ContactCache::NameSource::Display:
    case ContactCache::NameSource::Names:
        return 0;
    case ContactCache::NameSource::Phone:
        return 1;
    case ContactCache::NameSource::Email:
        return 2;
    case ContactCache::NameSource::None:
        break;
    }
    return 3;
}

int compareViews(std::string_view a, std::string_view b)
{
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

bool ContactFilter::sameExceptText(const ContactFilter &other) const
{
    return tags == other.tags && allTags == other.allTags && owner == other.owner &&
           status == other.status && syncState == other.syncState;
}

ContactFilterModel::ContactFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

ContactFilterModel::~ContactFilterModel() = default;

void ContactFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *table = qobject_cast<ContactTableModel *>(model);
    Q_ASSERT_X(!model || table, "ContactFilterModel", "the source must be a ContactTableModel");
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(table);
    m_source = table;
    if (m_source) {
        m_connections = {
            connect(m_source, &QAbstractItemModel::rowsInserted, this,
                    &ContactFilterModel::onRowsInserted),
            connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &ContactFilterModel::onRowsAboutToBeRemoved),
            connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                    &ContactFilterModel::onRowsRemoved),
            connect(m_source, &QAbstractItemModel::dataChanged, this,
                    &ContactFilterModel::onDataChanged),
            connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] { beginResetModel(); }),
            connect(m_source, &QAbstractItemModel::modelReset, this,
                    [this] {
                        m_rows = scan(nullptr);
                        sortRows(m_rows);
                        rebuildIndex();
                        endResetModel();
                    }),
            connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    [this] { beginResetModel(); }),
            connect(m_source, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        m_rows = scan(nullptr);
                        sortRows(m_rows);
                        rebuildIndex();
                        endResetModel();
                    }),
            connect(m_source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        beginInsertColumns({}, first, last);
                    }),
            connect(m_source, &QAbstractItemModel::columnsInserted, this,
                    [this] { endInsertColumns(); }),
            connect(m_source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        beginRemoveColumns({}, first, last);
                    }),
            connect(m_source, &QAbstractItemModel::columnsRemoved, this,
                    [this] { endRemoveColumns(); }),
            connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
        m_rows = scan(nullptr);
        sortRows(m_rows);
    } else {
        m_rows.clear();
    }
    rebuildIndex();
    endResetModel();
}

// ---------------------------------------------------------------- matching

bool ContactFilterModel::matchesText(int sourceRow) const
{
    if (m_query.isEmpty())
        return true;
    return SearchText::matches(m_query, m_query.phone ? cache().phoneDigits(sourceRow) : "",
                               m_query.phone ? std::string_view() : cache().searchText(sourceRow));
}

bool ContactFilterModel::hasNonTextFilters() const
{
    return !m_filter.tags.isEmpty() || m_filter.owner ||
           m_filter.status != ContactFilter::Status::Any || m_filter.syncState;
}

bool ContactFilterModel::matches(int sourceRow) const
{
    const ContactCache::Row &row = cache().row(sourceRow);
    if (!m_filter.tags.isEmpty()) {
        int found = 0;
        for (qint64 tag : m_filter.tags) {
            const qint64 index = cache().tagIndex(tag);
            const bool has =
                index > 0 &&
                std::find(row.tags.begin(), row.tags.begin() + row.tagCount,
                          static_cast<quint32>(index)) != row.tags.begin() + row.tagCount;
            found += has;
        }
        if (m_filter.allTags ? found != m_filter.tags.size() : found == 0)
            return false;
    }
    if (m_filter.owner && cache().ownerId(sourceRow) != *m_filter.owner)
        return false;
    switch (m_filter.status) {
    case ContactFilter::Status::Any:
        break;
    case ContactFilter::Status::Active:
        if (row.optedOut || row.blocked)
            return false;
        break;
    case ContactFilter::Status::OptedOut:
        if (!row.optedOut)
            return false;
        break;
    case ContactFilter::Status::Blocked:
        if (!row.blocked)
            return false;
        break;
    }
    if (m_filter.syncState && row.state != *m_filter.syncState)
        return false;
    return matchesText(sourceRow);
}

std::vector<int> ContactFilterModel::scan(const std::vector<int> *candidates) const
{
    if (!m_source)
        return {};
    // Work in the cache's own order, so memory is read front to back
    // (candidates in sorted order would jump around and miss the caches);
    // mark hits in a byte per row, then keep the candidates' order.
    const int total = cache().size();
    // Every row a candidate (the first letter typed): no need to mark them.
    const std::vector<int> *order = candidates;
    if (candidates && candidates->size() == static_cast<size_t>(total))
        candidates = nullptr;
    std::vector<char> wanted;
    if (candidates) {
        wanted.assign(static_cast<size_t>(total), 0);
        for (int row : *candidates)
            wanted[static_cast<size_t>(row)] = 1;
    }
    // With a text query and many candidates, find the first word in one
    // pass over the search text; the other conditions then only look at
    // those rows.
    const bool arenaPass = !m_query.isEmpty() && !m_query.phone &&
                           (!candidates || candidates->size() * 8 > static_cast<size_t>(total));
    std::vector<char> hit(static_cast<size_t>(total), 0);
    const auto scanRange = [&](int from, int to) {
        if (arenaPass) {
            std::vector<char> &marks = hit;
            cache().markRowsContaining(m_query.terms.first(), from, to, marks);
            // The first word is settled; check the rest only where needed.
            const bool more = m_query.terms.size() > 1 || hasNonTextFilters();
            if (!more && !candidates)
                return;
            for (int row = from; row < to; ++row) {
                char &h = marks[static_cast<size_t>(row)];
                if (h &&
                    ((candidates && !wanted[static_cast<size_t>(row)]) || (more && !matches(row))))
                    h = 0;
            }
            return;
        }
        for (int row = from; row < to; ++row) {
            if ((!candidates || wanted[static_cast<size_t>(row)]) && matches(row))
                hit[static_cast<size_t>(row)] = 1;
        }
    };
    if (total < 20000) {
        scanRange(0, total);
    } else {
        const int middle = total / 2; // two cores: each scans half
        std::thread helper([&] { scanRange(middle, total); });
        scanRange(0, middle);
        helper.join();
    }
    std::vector<int> result;
    if (order) {
        result.reserve(order->size());
        for (int row : *order) {
            if (hit[static_cast<size_t>(row)])
                result.push_back(row);
        }
    } else {
        for (int row = 0; row < total; ++row) {
            if (hit[static_cast<size_t>(row)])
                result.push_back(row);
        }
    }
    return result;
}

// ---------------------------------------------------------------- sorting

bool ContactFilterModel::isBlank(int row) const
{
    const ContactCache &c = cache();
    switch (m_sortColumn) {
    case ContactTableModel::DisplayName: {
        const auto source = c.nameSource(row);
        return source != ContactCache::NameSource::Display &&
               source != ContactCache::NameSource::Names;
    }
    case ContactTableModel::First:
        return c.firstNames().utf8(c.row(row).first).empty();
    case ContactTableModel::Last:
        return c.lastNames().utf8(c.row(row).last).empty();
    default:
        return false;
    }
}

bool ContactFilterModel::lessThan(int a, int b) const
{
    const ContactCache &c = cache();
    const ContactCache::Row &ra = c.row(a);
    const ContactCache::Row &rb = c.row(b);
    // Blank names come last in either order, as in a spreadsheet.
    if (const bool blankA = isBlank(a); blankA != isBlank(b))
        return !blankA;
    int order = 0;
    switch (m_sortColumn) {
    case ContactTableModel::First:
    case ContactTableModel::Last: {
        const auto &firstRanks = c.firstNames().ranks();
        const auto &lastRanks = c.lastNames().ranks();
        const quint64 ka = m_sortColumn == ContactTableModel::First
                               ? (quint64(firstRanks[ra.first]) << 32) | lastRanks[ra.last]
                               : (quint64(lastRanks[ra.last]) << 32) | firstRanks[ra.first];
        const quint64 kb = m_sortColumn == ContactTableModel::First
                               ? (quint64(firstRanks[rb.first]) << 32) | lastRanks[rb.last]
                               : (quint64(lastRanks[rb.last]) << 32) | firstRanks[rb.first];
        order = ka < kb ? -1 : (ka > kb ? 1 : 0);
        break;
    }
    case ContactTableModel::DisplayName: {
        const auto sa = c.nameSource(a);
        const auto sb = c.nameSource(b);
        const int groupA = nameGroup(sa);
        const int groupB = nameGroup(sb);
        order = groupA < groupB ? -1 : (groupA > groupB ? 1 : 0);
        QByteArray storageA;
        QByteArray storageB;
        if (order == 0)
            order = compareViews(c.nameSortText(a, sa, storageA), c.nameSortText(b, sb, storageB));
        break;
    }
    case ContactTableModel::Phone:
        order = compareViews(c.phoneDigits(a), c.phoneDigits(b));
        break;
    case ContactTableModel::Email:
        order = QString::compare(c.email(a), c.email(b), Qt::CaseInsensitive);
        order = order < 0 ? -1 : (order > 0 ? 1 : 0);
        break;
    case ContactTableModel::Tags:
        order = ra.tagCount < rb.tagCount ? -1 : (ra.tagCount > rb.tagCount ? 1 : 0);
        break;
    case ContactTableModel::Owner:
        order = QString::localeAwareCompare(m_source->memberName(c.ownerId(a)),
                                            m_source->memberName(c.ownerId(b)));
        order = order < 0 ? -1 : (order > 0 ? 1 : 0);
        break;
    case ContactTableModel::Status: {
        const int sa = (ra.blocked ? 2 : 0) + (ra.optedOut ? 1 : 0);
        const int sb = (rb.blocked ? 2 : 0) + (rb.optedOut ? 1 : 0);
        order = sa < sb ? -1 : (sa > sb ? 1 : 0);
        break;
    }
    case ContactTableModel::Updated:
        order = ra.updated < rb.updated ? -1 : (ra.updated > rb.updated ? 1 : 0);
        break;
    case ContactTableModel::SyncState:
        order = ra.state < rb.state ? -1 : (ra.state > rb.state ? 1 : 0);
        break;
    default:
        if (m_sortColumn >= ContactTableModel::Count) {
            const qint64 field =
                m_source->customFields().at(m_sortColumn - ContactTableModel::Count).id;
            order = compareViews(c.customView(a, field), c.customView(b, field));
        }
    }
    if (order == 0)
        order = a < b ? -1 : (a > b ? 1 : 0); // stable: source order breaks ties
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void ContactFilterModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0 || !m_source) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    if (m_sortColumn == ContactTableModel::First || m_sortColumn == ContactTableModel::Last ||
        m_sortColumn == ContactTableModel::Updated ||
        m_sortColumn == ContactTableModel::SyncState || m_sortColumn == ContactTableModel::Status ||
        m_sortColumn == ContactTableModel::Tags) {
        // Integer keys: sort (key, row) pairs, far faster than a comparator.
        const ContactCache &c = cache();
        const auto &firstRanks = c.firstNames().ranks();
        const auto &lastRanks = c.lastNames().ranks();
        std::vector<std::pair<quint64, int>> keyed;
        keyed.reserve(rows.size());
        for (int row : rows) {
            const ContactCache::Row &r = c.row(row);
            quint64 key = 0;
            switch (m_sortColumn) {
            case ContactTableModel::First:
                key = (quint64(firstRanks[r.first]) << 32) | lastRanks[r.last];
                break;
            case ContactTableModel::Last:
                key = (quint64(lastRanks[r.last]) << 32) | firstRanks[r.first];
                break;
            case ContactTableModel::Updated:
                key = static_cast<quint64>(r.updated) ^ (quint64(1) << 63);
                break;
            case ContactTableModel::SyncState:
                key = r.state;
                break;
            case ContactTableModel::Status:
                key = static_cast<quint64>((r.blocked ? 2 : 0) + (r.optedOut ? 1 : 0));
                break;
            default:
                key = r.tagCount;
            }
            keyed.emplace_back(key, row);
        }
        radixSort(keyed);
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = keyed[i].second;
        if (m_sortOrder == Qt::DescendingOrder) {
            // Blank names rank last (Dictionary::ranks) and stay last.
            auto blanks = rows.end();
            while (blanks != rows.begin() && isBlank(*(blanks - 1)))
                --blanks;
            std::reverse(rows.begin(), blanks);
            std::reverse(blanks, rows.end());
        }
        return;
    }
    if (m_sortColumn == ContactTableModel::DisplayName) {
        sortByName(rows);
        return;
    }
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
}

void ContactFilterModel::sortByName(std::vector<int> &rows) const
{
    // Each row's sort text worked out once (lessThan would find it twice
    // per comparison): names first, then the rows without one (by phone,
    // then email), each part in the order asked for; ties in source order.
    // The same order as lessThan's.
    const ContactCache &c = cache();
    struct Keyed // 16 bytes: a million rows sort in 16 MB
    {
        const char *text;
        quint32 length;
        quint32 groupAndRow; // group (0 a name, 1 a phone, 2 an email, 3 nothing) << 30 | row

        std::string_view view() const { return {text, length}; }
        int row() const { return static_cast<int>(groupAndRow & ((1u << 30) - 1)); }
    };
    std::vector<Keyed> keyed;
    keyed.reserve(rows.size());
    std::deque<QByteArray> made; // texts made up here (first and last name); never move
    for (int row : rows) {
        const ContactCache::NameSource source = c.nameSource(row);
        QByteArray storage;
        std::string_view text = c.nameSortText(row, source, storage);
        if (!storage.isEmpty()) {
            const auto offset = static_cast<size_t>(text.data() - storage.constData());
            made.push_back(std::move(storage));
            text = std::string_view(made.back().constData(), size_t(made.back().size()))
                       .substr(offset, text.size());
        }
        keyed.push_back({text.data(), static_cast<quint32>(text.size()),
                         (quint32(nameGroup(source)) << 30) | static_cast<quint32>(row)});
    }
    // Group first, then text, then row: the group and row are one integer.
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if ((a.groupAndRow >> 30) != (b.groupAndRow >> 30))
            return a.groupAndRow < b.groupAndRow;
        const int order = a.view().compare(b.view());
        return order != 0 ? order < 0 : a.groupAndRow < b.groupAndRow;
    });
    if (m_sortOrder == Qt::DescendingOrder) {
        const auto blanks = std::find_if(keyed.begin(), keyed.end(),
                                         [](const Keyed &k) { return (k.groupAndRow >> 30) > 0; });
        std::reverse(keyed.begin(), blanks); // blank names stay last
        std::reverse(blanks, keyed.end());
    }
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].row();
}

void ContactFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRowsBefore;
    sourceRowsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRowsBefore.append(m_rows[static_cast<size_t>(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows(m_rows);
    rebuildIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(proxyOf(sourceRowsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---------------------------------------------------------------- filtering

void ContactFilterModel::setFilterText(const QString &text)
{
    ContactFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void ContactFilterModel::setFilter(const ContactFilter &filter)
{
    const SearchText::Query query = SearchText::parse(filter.text);
    const bool refine = filter.sameExceptText(m_filter) && m_query.contains(query);
    m_filter = filter;
    m_query = query;
    refilter(refine);
}

void ContactFilterModel::refilter(bool canRefine)
{
    std::vector<int> rows = canRefine ? scan(&m_rows) : scan(nullptr);
    if (!canRefine)
        sortRows(rows); // a refined result keeps the order it had
    beginResetModel();
    m_rows = std::move(rows);
    rebuildIndex();
    endResetModel();
}

void ContactFilterModel::rebuildIndex()
{
    m_indexDirty = true; // built when first asked for: most keystrokes never need it
}

int ContactFilterModel::proxyOf(int sourceRow) const
{
    if (m_indexDirty) {
        m_proxyOf.assign(static_cast<size_t>(m_source ? cache().size() : 0), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_proxyOf[static_cast<size_t>(m_rows[i])] = static_cast<int>(i);
        m_indexDirty = false;
    }
    if (sourceRow < 0 || static_cast<size_t>(sourceRow) >= m_proxyOf.size())
        return -1;
    return m_proxyOf[static_cast<size_t>(sourceRow)];
}

int ContactFilterModel::insertionPoint(int sourceRow) const
{
    if (m_sortColumn < 0)
        return static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow) -
                                m_rows.begin());
    return static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow,
                                             [this](int a, int b) { return lessThan(a, b); }) -
                            m_rows.begin());
}

void ContactFilterModel::insertProxyRow(int sourceRow)
{
    const int position = insertionPoint(sourceRow);
    beginInsertRows({}, position, position);
    m_rows.insert(m_rows.begin() + position, sourceRow);
    rebuildIndex();
    endInsertRows();
}

bool ContactFilterModel::reveal(int sourceRow)
{
    if (!m_source || sourceRow < 0 || sourceRow >= m_source->rowCount())
        return false;
    if (proxyOf(sourceRow) < 0)
        insertProxyRow(sourceRow);
    return true;
}

void ContactFilterModel::removeProxyRow(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_rows.erase(m_rows.begin() + proxyRow);
    rebuildIndex();
    endRemoveRows();
}

// ---------------------------------------------------------------- source changes

void ContactFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_rows) {
        if (row >= first)
            row += count;
    }
    rebuildIndex();
    std::vector<int> fresh;
    for (int row = first; row <= last; ++row) {
        if (matches(row))
            fresh.push_back(row);
    }
    if (fresh.empty())
        return;
    if (static_cast<int>(fresh.size()) > batchResetThreshold) {
        // A large batch (the initial load): sort just the new rows and merge.
        beginResetModel();
        sortRows(fresh);
        const auto middle = static_cast<std::ptrdiff_t>(m_rows.size());
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        if (m_sortColumn < 0)
            std::inplace_merge(m_rows.begin(), m_rows.begin() + middle, m_rows.end());
        else
            std::inplace_merge(m_rows.begin(), m_rows.begin() + middle, m_rows.end(),
                               [this](int a, int b) { return lessThan(a, b); });
        rebuildIndex();
        endResetModel();
        return;
    }
    if (m_sortColumn < 0 && fresh.front() > (m_rows.empty() ? -1 : m_rows.back())) {
        // Appended in source order: one block at the end.
        const int position = static_cast<int>(m_rows.size());
        beginInsertRows({}, position, position + static_cast<int>(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        rebuildIndex();
        endInsertRows();
        return;
    }
    for (int row : fresh)
        insertProxyRow(row);
}

void ContactFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (proxyOf(row) >= 0)
            proxyRows.push_back(proxyOf(row));
    }
    std::sort(proxyRows.rbegin(), proxyRows.rend());
    for (int proxyRow : proxyRows)
        removeProxyRow(proxyRow);
}

void ContactFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_rows) {
        if (row > last)
            row -= count;
    }
    rebuildIndex();
}

void ContactFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int was = proxyOf(row);
        // A row shown stays shown until the filter is applied again, as in
        // a spreadsheet's filter: the contact just edited so that it no
        // longer matches the search (or taken back by Undo) does not vanish
        // from under the user with its selection. Rows that come to match
        // are added.
        const bool now = was >= 0 || matches(row);
        if (was < 0) {
            if (now)
                insertProxyRow(row);
            continue;
        }
        int position = was;
        if (m_sortColumn >= 0) {
            std::vector<int> others = m_rows;
            others.erase(others.begin() + was);
            const int target =
                static_cast<int>(std::lower_bound(others.begin(), others.end(), row,
                                                  [this](int a, int b) { return lessThan(a, b); }) -
                                 others.begin());
            if (target != was) {
                const int destination = target < was ? target : target + 1;
                beginMoveRows({}, was, was, {}, destination);
                others.insert(others.begin() + target, row);
                m_rows = std::move(others);
                rebuildIndex();
                endMoveRows();
                position = target;
            }
        }
        Q_EMIT dataChanged(index(position, topLeft.column()), index(position, bottomRight.column()),
                           roles);
    }
}

// ---------------------------------------------------------------- structure

QModelIndex ContactFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.row() >= static_cast<int>(m_rows.size()))
        return {};
    return m_source->index(m_rows[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ContactFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = proxyOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex ContactFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ContactFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ContactFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool ContactFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace ContactDesk::Models
