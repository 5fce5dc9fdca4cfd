#include "ContactCache.h"

#include "FastFind.h"
#include "SearchText.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace ContactDesk::Models {

ByteArena::Ref ByteArena::add(std::string_view text)
{
    const size_t length = std::min<size_t>(text.size(), 0xffff);
    Ref ref{static_cast<quint32>(m_data.size()), static_cast<quint16>(length)};
    m_data.insert(m_data.end(), text.data(), text.data() + length);
    return ref;
}

quint32 Dictionary::intern(std::string_view text)
{
    const QByteArray key =
        QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()));
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return *it;
    const auto index = static_cast<quint32>(m_values.size());
    m_values.push_back(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    m_index.insert(QByteArray(text.data(), static_cast<qsizetype>(text.size())), index);
    m_ranks.clear();
    return index;
}

const std::vector<quint32> &Dictionary::ranks() const
{
    if (m_ranks.size() == m_values.size())
        return m_ranks;
    std::vector<quint32> order(m_values.size());
    std::iota(order.begin(), order.end(), 0u);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    if (collator.locale().language() == QLocale::C) {
        // The C locale has no collation rules: compare folded text (case
        // and accents ignored), then the original.
        std::vector<QByteArray> folded;
        folded.reserve(m_values.size());
        for (const QString &value : m_values)
            folded.push_back(SearchText::fold(value));
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            const int c = folded[a].compare(folded[b]);
            return c != 0 ? c < 0 : m_values[a] < m_values[b];
        });
    } else {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(m_values.size());
        for (const QString &value : m_values)
            keys.push_back(collator.sortKey(value));
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            const int c = keys[a].compare(keys[b]);
            return c != 0 ? c < 0 : m_values[a] < m_values[b];
        });
    }
    m_ranks.assign(m_values.size(), 0);
    for (quint32 rank = 0; rank < order.size(); ++rank)
        m_ranks[order[rank]] = rank;
    return m_ranks;
}

ContactCache::Row ContactCache::make(const Store::ContactRowView &view)
{
    Row row;
    row.id = view.id;
    row.updated = view.updated;
    row.owner = view.owner.value_or(0);
    row.first = m_first.intern(view.first);
    row.last = m_last.intern(view.last);
    row.display = m_text.add(view.displayName);
    row.phone = m_text.add(view.phone);
    row.email = m_text.add(view.email);
    row.custom = m_text.add(view.custom);
    row.error = m_text.add(view.error);
    row.search = m_search.add(view.search);
    std::string_view tags = view.tags;
    while (!tags.empty() && row.tagCount < row.tags.size()) {
        const size_t comma = tags.find(',');
        const std::string_view part = tags.substr(0, comma);
        quint32 id = 0;
        for (char c : part)
            id = id * 10 + static_cast<quint32>(c - '0');
        row.tags[row.tagCount++] = id;
        tags = comma == std::string_view::npos ? std::string_view() : tags.substr(comma + 1);
    }
    row.state = static_cast<quint8>(std::clamp(view.state, 0, 3));
    row.optedOut = view.optedOut;
    row.blocked = view.blocked;
    return row;
}

void ContactCache::append(const Store::ContactRowView &view)
{
    const int index = static_cast<int>(m_rows.size());
    m_rowById.insert(view.id, index);
    m_rows.push_back(make(view));
    m_segmentOfRow.push_back(static_cast<int>(m_searchSegments.size()));
    m_searchSegments.emplace_back(m_rows.back().search.offset, index);
}

void ContactCache::replace(int index, const Store::ContactRowView &view)
{
    m_rows[static_cast<size_t>(index)] = make(view);
    m_searchSegments[static_cast<size_t>(m_segmentOfRow[static_cast<size_t>(index)])].second = -1;
    m_segmentOfRow[static_cast<size_t>(index)] = static_cast<int>(m_searchSegments.size());
    m_searchSegments.emplace_back(m_rows[static_cast<size_t>(index)].search.offset, index);
}

void ContactCache::markRowsContaining(const QByteArray &needle, int firstRow, int endRow,
                                      std::vector<char> &marks) const
{
    if (firstRow >= endRow || needle.isEmpty())
        return;
    if (needle.size() == 1) {
        // One letter matches most rows: test each row's text inline.
        for (int row = firstRow; row < endRow; ++row) {
            const std::string_view text = searchText(row);
            if (containsByte(text.data(), text.size(), needle.at(0)))
                marks[static_cast<size_t>(row)] = 1;
        }
        return;
    }
    // Segments of these rows: from the first row's segment up to the end
    // row's (rows appended in order keep their segments in order; others,
    // replaced later, lie at the end and are visited by their own range).
    const auto from = static_cast<size_t>(m_segmentOfRow[static_cast<size_t>(firstRow)]);
    const size_t to = endRow < size()
                          ? static_cast<size_t>(m_segmentOfRow[static_cast<size_t>(endRow)])
                          : m_searchSegments.size();
    if (from >= to) {
        // Out of order (replaced rows): check row by row.
        for (int row = firstRow; row < endRow; ++row) {
            const std::string_view text = searchText(row);
            if (fastFind(text.data(), text.size(), needle.constData(),
                         static_cast<size_t>(needle.size())))
                marks[static_cast<size_t>(row)] = 1;
        }
        return;
    }
    const std::string_view arena = m_search.view({0, 0});
    const char *base = arena.data();
    const size_t endOffset =
        to < m_searchSegments.size() ? m_searchSegments[to].first : m_search.bytes();
    size_t position = m_searchSegments[from].first;
    size_t segment = from;
    const auto length = static_cast<size_t>(needle.size());
    while (position < endOffset) {
        const char *found =
            fastFind(base + position, endOffset - position, needle.constData(), length);
        if (!found)
            break;
        const auto offset = static_cast<size_t>(found - base);
        while (segment + 1 < to && m_searchSegments[segment + 1].first <= offset)
            ++segment;
        const size_t segmentEnd = segment + 1 < m_searchSegments.size()
                                      ? m_searchSegments[segment + 1].first
                                      : m_search.bytes();
        const int row = m_searchSegments[segment].second;
        // A hit that runs across into the next row's text does not count.
        if (row >= firstRow && row < endRow && offset + length <= segmentEnd)
            marks[static_cast<size_t>(row)] = 1;
        position = offset + length <= segmentEnd ? segmentEnd : offset + 1;
    }
    // Rows replaced after loading have their text elsewhere.
    for (int row = firstRow; row < endRow; ++row) {
        const size_t own = static_cast<size_t>(m_segmentOfRow[static_cast<size_t>(row)]);
        if (own >= to || own < from) {
            const std::string_view text = searchText(row);
            if (fastFind(text.data(), text.size(), needle.constData(), length))
                marks[static_cast<size_t>(row)] = 1;
        }
    }
}

void ContactCache::removeRows(const std::vector<int> &sortedIndexes)
{
    if (sortedIndexes.empty())
        return;
    size_t next = 0;
    size_t out = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (next < sortedIndexes.size() && static_cast<size_t>(sortedIndexes[next]) == i) {
            m_rowById.remove(m_rows[i].id);
            ++next;
            continue;
        }
        if (out != i) {
            m_rows[out] = m_rows[i];
            m_rowById.insert(m_rows[out].id, static_cast<int>(out));
        }
        ++out;
    }
    m_rows.resize(out);
    // Renumber the rows that own search segments.
    std::vector<int> newIndex(m_segmentOfRow.size(), -1);
    size_t skip = 0;
    int kept = 0;
    for (size_t i = 0; i < newIndex.size(); ++i) {
        if (skip < sortedIndexes.size() && static_cast<size_t>(sortedIndexes[skip]) == i) {
            ++skip;
            continue;
        }
        newIndex[i] = kept++;
    }
    std::vector<int> segmentOfRow(static_cast<size_t>(kept));
    for (size_t i = 0; i < newIndex.size(); ++i) {
        if (newIndex[i] >= 0)
            segmentOfRow[static_cast<size_t>(newIndex[i])] = m_segmentOfRow[i];
    }
    for (auto &segment : m_searchSegments) {
        if (segment.second >= 0)
            segment.second = newIndex[static_cast<size_t>(segment.second)];
    }
    m_segmentOfRow = std::move(segmentOfRow);
}

void ContactCache::changeId(qint64 oldId, qint64 newId)
{
    const int index = rowOf(oldId);
    if (index < 0)
        return;
    m_rowById.remove(oldId);
    m_rows[static_cast<size_t>(index)].id = newId;
    m_rowById.insert(newId, index);
}

void ContactCache::take(ContactCache &&chunk)
{
    const auto textBase = static_cast<quint32>(m_text.bytes());
    const auto searchBase = static_cast<quint32>(m_search.bytes());
    m_text.append(chunk.m_text);
    m_search.append(chunk.m_search);
    std::vector<quint32> firstMap(chunk.m_first.size());
    for (quint32 i = 0; i < chunk.m_first.size(); ++i) {
        const QByteArray utf8 = chunk.m_first.at(i).toUtf8();
        firstMap[i] =
            m_first.intern(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    std::vector<quint32> lastMap(chunk.m_last.size());
    for (quint32 i = 0; i < chunk.m_last.size(); ++i) {
        const QByteArray utf8 = chunk.m_last.at(i).toUtf8();
        lastMap[i] =
            m_last.intern(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    m_rows.reserve(m_rows.size() + chunk.m_rows.size());
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size() + chunk.m_rows.size()));
    const int rowBase = static_cast<int>(m_rows.size());
    const auto segmentBase = static_cast<int>(m_searchSegments.size());
    for (Row row : chunk.m_rows) {
        row.first = firstMap[row.first];
        row.last = lastMap[row.last];
        for (ByteArena::Ref *ref : {&row.display, &row.phone, &row.email, &row.custom, &row.error})
            ref->offset += textBase;
        row.search.offset += searchBase;
        m_rowById.insert(row.id, static_cast<int>(m_rows.size()));
        m_rows.push_back(row);
    }
    for (const auto &segment : chunk.m_searchSegments)
        m_searchSegments.emplace_back(segment.first + searchBase,
                                      segment.second >= 0 ? segment.second + rowBase : -1);
    for (int segment : chunk.m_segmentOfRow)
        m_segmentOfRow.push_back(segment + segmentBase);
    chunk = ContactCache();
}

void ContactCache::reserve(int rows)
{
    m_rows.reserve(static_cast<size_t>(rows));
    m_rowById.reserve(rows);
}

std::string_view ContactCache::displayFolded(int index) const
{
    // The store writes the folded display name first, ended by " \x1f ".
    const std::string_view search = searchText(index);
    const size_t end = search.find('\x1f');
    return end == std::string_view::npos ? search : search.substr(0, end > 0 ? end - 1 : 0);
}

std::string_view ContactCache::customView(int index, qint64 fieldId) const
{
    const std::string_view custom = m_text.view(row(index).custom);
    const QByteArray key = QByteArray::number(fieldId) + '\x1f';
    size_t pos = 0;
    while (pos < custom.size()) {
        const size_t end = custom.find('\x1e', pos);
        const std::string_view entry =
            custom.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (entry.size() >= static_cast<size_t>(key.size()) &&
            entry.compare(0, static_cast<size_t>(key.size()), key.constData()) == 0)
            return entry.substr(static_cast<size_t>(key.size()));
        if (end == std::string_view::npos)
            break;
        pos = end + 1;
    }
    return {};
}

QString ContactCache::customValue(int index, qint64 fieldId) const
{
    const std::string_view value = customView(index, fieldId);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

size_t ContactCache::memoryBytes() const
{
    return m_rows.capacity() * sizeof(Row) + m_text.bytes() + m_search.bytes() +
           static_cast<size_t>(m_rowById.size()) * 24;
}

} // namespace ContactDesk::Models
