#include "models/ContactCache.h"

#include "core/FastFind.h"
#include "core/SearchText.h"

#include <QCollator>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace ContactDesk::Models {

Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_LOGGING_CATEGORY(lcModels, "contactdesk.models", QtInfoMsg)

char *ByteArena::room(size_t length, size_t *offset)
{
    if (length > blockSize)
        return nullptr;
    size_t block = m_used >> blockBits;
    if (block < m_blocks.size() && (m_used & (blockSize - 1)) + length > blockSize) {
        ++block; // does not fit: start the next block
    }
    if (block >= m_blocks.size()) {
        if (block >= m_maxBlocks)
            return nullptr; // full: 32-bit offsets end here
        m_blocks.push_back(std::make_unique<char[]>(blockSize));
    }
    if (block != m_used >> blockBits)
        m_used = block << blockBits;
    *offset = m_used;
    m_used += length;
    return m_blocks[block].get() + (*offset & (blockSize - 1));
}

std::optional<quint32> ByteArena::addParts(std::initializer_list<std::string_view> parts)
{
    size_t total = 0;
    for (std::string_view part : parts)
        total += part.size();
    size_t offset = 0;
    char *target = room(total, &offset);
    if (!target)
        return std::nullopt;
    for (std::string_view part : parts) {
        if (!part.empty())
            std::memcpy(target, part.data(), part.size());
        target += part.size();
    }
    return static_cast<quint32>(offset);
}

namespace {

quint64 hashBytes(std::string_view text)
{
    quint64 hash = 1469598103934665603ull; // FNV-1a
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

void Dictionary::grow()
{
    const size_t size = std::max<size_t>(1024, m_slots.size() * 2);
    m_slots.assign(size, 0);
    for (quint32 index = 0; index < m_keys.size(); ++index) {
        size_t slot = hashBytes(utf8(index)) & (size - 1);
        while (m_slots[slot])
            slot = (slot + 1) & (size - 1);
        m_slots[slot] = index + 1;
    }
}

quint32 Dictionary::intern(std::string_view text)
{
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t slot = hashBytes(text) & mask;
    while (const quint32 entry = m_slots[slot]) {
        if (utf8(entry - 1) == text)
            return entry - 1;
        slot = (slot + 1) & mask;
    }
    const auto index = static_cast<quint32>(m_keys.size());
    m_keys.emplace_back(static_cast<quint32>(m_bytes.size()), static_cast<quint32>(text.size()));
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_values.push_back(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    m_slots[slot] = index + 1;
    m_ranks.clear();
    return index;
}

QStringView sortableName(QStringView name)
{
    qsizetype i = 0;
    while (i < name.size()) {
        char32_t c = name.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            length = 2;
        }
        if (QChar::isLetterOrNumber(c))
            return name.mid(i);
        i += length;
    }
    return name;
}

std::string_view sortableName(std::string_view utf8)
{
    size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead < 0x80) {
            if ((lead >= '0' && lead <= '9') || (lead >= 'a' && lead <= 'z') ||
                (lead >= 'A' && lead <= 'Z'))
                return utf8.substr(i);
            ++i;
            continue;
        }
        // One multibyte character: decode it to ask Unicode what it is.
        const size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (length == 1 || i + length > utf8.size())
            return utf8.substr(i); // not UTF-8: leave it be
        char32_t c = lead & (0x7f >> length);
        for (size_t k = 1; k < length; ++k)
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3f);
        if (QChar::isLetterOrNumber(c))
            return utf8.substr(i);
        i += length;
    }
    return utf8;
}

const std::vector<quint32> &Dictionary::ranks() const
{
    if (m_ranks.size() != m_values.size())
        m_ranks = computeRanks(m_values);
    return m_ranks;
}

std::vector<quint32> Dictionary::computeRanks(const std::vector<QString> &values)
{
    std::vector<quint32> order(values.size());
    std::iota(order.begin(), order.end(), 0u);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    if (collator.locale().language() == QLocale::C) {
        // The C locale has no collation rules: compare folded text (case
        // and accents ignored), then the original.
        std::vector<QByteArray> folded;
        folded.reserve(values.size());
        for (const QString &value : values)
            folded.push_back(SearchText::fold(sortableName(value).toString()));
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            if (values[a].isEmpty() != values[b].isEmpty())
                return values[b].isEmpty(); // blanks last
            const int c = folded[a].compare(folded[b]);
            return c != 0 ? c < 0 : values[a] < values[b];
        });
    } else {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(values.size());
        for (const QString &value : values)
            keys.push_back(collator.sortKey(sortableName(value).toString()));
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            if (values[a].isEmpty() != values[b].isEmpty())
                return values[b].isEmpty(); // blanks last
            const int c = keys[a].compare(keys[b]);
            return c != 0 ? c < 0 : values[a] < values[b];
        });
    }
    std::vector<quint32> ranks(values.size(), 0);
    for (quint32 rank = 0; rank < order.size(); ++rank)
        ranks[order[rank]] = rank;
    return ranks;
}

namespace {

// `text` cut to at most `limit` bytes, at a character: never inside a UTF-8
// sequence.
std::string_view clipUtf8(std::string_view text, size_t limit)
{
    if (text.size() <= limit)
        return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

// Custom values ("id\x1fvalue\x1e..."), cut after the last whole value
// that fits.
std::string_view clipCustom(std::string_view text, size_t limit)
{
    if (text.size() <= limit)
        return text;
    const size_t end = limit == 0 ? std::string_view::npos : text.rfind('\x1e', limit - 1);
    return end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
}

// The ids of "1,5,7" (64-bit; a piece that is not a number is passed over).
template<typename Visit>
void forEachTagId(std::string_view tags, Visit visit)
{
    while (!tags.empty()) {
        const size_t comma = tags.find(',');
        const std::string_view piece = tags.substr(0, comma);
        qint64 id = 0;
        bool ok = !piece.empty();
        for (char c : piece) {
            if (c < '0' || c > '9' || id > (std::numeric_limits<qint64>::max() - (c - '0')) / 10) {
                ok = false;
                break;
            }
            id = id * 10 + (c - '0');
        }
        if (ok && id > 0 && !visit(id))
            return;
        tags = comma == std::string_view::npos ? std::string_view() : tags.substr(comma + 1);
    }
}

} // namespace

ContactCache::Row ContactCache::make(const Store::ContactRowView &view)
{
    Row row;
    row.id = view.id;
    row.updated = view.updated;
    row.owner = m_members.intern(view.owner.value_or(0));
    row.first = m_first.intern(view.first);
    row.last = m_last.intern(view.last);
    const std::string_view display = clipUtf8(view.displayName, maxShortText);
    const std::string_view phone = clipUtf8(view.phone, maxShortText);
    const std::string_view email = clipUtf8(view.email, maxShortText);
    const std::string_view error = clipUtf8(view.error, maxShortText);
    const std::string_view custom =
        clipCustom(view.custom, ByteArena::blockSize - display.size() - phone.size() -
                                    email.size() - error.size());
    const std::string_view search = clipUtf8(view.search, ByteArena::blockSize);
    row.displayLength = static_cast<quint16>(display.size());
    row.phoneLength = static_cast<quint16>(phone.size());
    row.emailLength = static_cast<quint16>(email.size());
    row.errorLength = static_cast<quint16>(error.size());
    row.customLength = static_cast<quint32>(custom.size());
    row.searchLength = static_cast<quint32>(search.size());
    place(row, {display, phone, email, custom, error}, search);
    forEachTagId(view.tags, [&](qint64 id) {
        row.tags[row.tagCount++] = m_tags.intern(id);
        return row.tagCount < row.tags.size();
    });
    row.state = static_cast<quint8>(std::clamp(view.state, 0, 3));
    row.optedOut = view.optedOut;
    row.blocked = view.blocked;
    return row;
}

std::string_view ContactCache::part(int index, int which) const
{
    const Row &r = row(index);
    const quint32 lengths[] = {r.displayLength, r.phoneLength, r.emailLength, r.customLength,
                               r.errorLength};
    quint32 offset = r.text;
    for (int i = 0; i < which; ++i)
        offset += lengths[i];
    return m_text.view(offset, lengths[which]);
}

void ContactCache::place(Row &row, const std::array<std::string_view, 5> &text,
                         std::string_view folded)
{
    const auto add = [&] {
        const std::optional<quint32> t =
            m_text.addParts({text[0], text[1], text[2], text[3], text[4]});
        const std::optional<quint32> f = m_search.addParts({folded});
        if (t && f) {
            row.text = *t;
            row.search = *f;
            return true;
        }
        return false;
    };
    // 4 GiB in an arena: drop what replaced rows left, then try again.
    if (!add()) {
        compact();
        if (!add()) {
            qCWarning(lcModels, "contact %lld: its text does not fit in memory; shown empty",
                      static_cast<long long>(row.id));
            row.displayLength = row.phoneLength = row.emailLength = row.errorLength = 0;
            row.customLength = row.searchLength = 0;
            row.text = row.search = 0;
            return;
        }
    }
    m_liveText += row.textLength();
    m_liveSearch += row.searchLength;
}

void ContactCache::forget(const Row &row)
{
    m_liveText -= std::min<size_t>(m_liveText, row.textLength());
    m_liveSearch -= std::min<size_t>(m_liveSearch, row.searchLength);
}

void ContactCache::compactIfWasteful()
{
    // Twice what the rows use (and more than a few blocks): compacting
    // costs one copy of the live text, paid for by as much appended.
    const auto wasteful = [](const ByteArena &arena, size_t live) {
        return arena.bytes() > 8 * size_t(ByteArena::blockSize) && arena.bytes() > 2 * live;
    };
    if (wasteful(m_text, m_liveText) || wasteful(m_search, m_liveSearch))
        compact();
}

void ContactCache::compact()
{
    ByteArena text(m_text.maxBlocks());
    ByteArena search(m_search.maxBlocks());
    m_liveText = 0;
    m_liveSearch = 0;
    for (Row &row : m_rows) {
        // Each row fit before, and the new arenas hold no more than the old.
        const std::optional<quint32> t = text.addParts({m_text.view(row.text, row.textLength())});
        const std::optional<quint32> f =
            search.addParts({m_search.view(row.search, row.searchLength)});
        row.text = t.value_or(0);
        row.search = f.value_or(0);
        m_liveText += row.textLength();
        m_liveSearch += row.searchLength;
    }
    m_text = std::move(text);
    m_search = std::move(search);
}

void ContactCache::indexRow(int row)
{
    m_index.insert(m_rows[static_cast<size_t>(row)].id, row, size(),
                   [this](int r) { return m_rows[static_cast<size_t>(r)].id; });
}

void ContactCache::append(const Store::ContactRowView &view)
{
    const int index = static_cast<int>(m_rows.size());
    m_rows.push_back(make(view));
    indexRow(index);
}

void ContactCache::replace(int index, const Store::ContactRowView &view)
{
    const Row fresh = make(view);
    forget(m_rows[static_cast<size_t>(index)]);
    m_rows[static_cast<size_t>(index)] = fresh;
    compactIfWasteful();
}

void ContactCache::markRowsContaining(const QByteArray &needle, int firstRow, int endRow,
                                      std::vector<char> &marks) const
{
    if (firstRow >= endRow || needle.isEmpty())
        return;
    const auto length = static_cast<size_t>(needle.size());
    if (length == 1) {
        // One letter matches most rows: test each row's text inline.
        for (int row = firstRow; row < endRow; ++row) {
            const std::string_view text = searchText(row);
            if (containsByte(text.data(), text.size(), needle.at(0)))
                marks[static_cast<size_t>(row)] = 1;
        }
        return;
    }
    // Rows loaded one after another have their search texts back to back:
    // search each such run in one pass and map hits to rows by walking the
    // run. (A replaced row, or a block boundary, ends a run.)
    int runStart = firstRow;
    while (runStart < endRow) {
        int runEnd = runStart + 1;
        quint32 end = m_rows[static_cast<size_t>(runStart)].search +
                      m_rows[static_cast<size_t>(runStart)].searchLength;
        const quint32 runBlock =
            m_rows[static_cast<size_t>(runStart)].search >> ByteArena::blockBits;
        while (runEnd < endRow && m_rows[static_cast<size_t>(runEnd)].search == end &&
               (m_rows[static_cast<size_t>(runEnd)].search >> ByteArena::blockBits) == runBlock) {
            end += m_rows[static_cast<size_t>(runEnd)].searchLength;
            ++runEnd;
        }
        const quint32 start = m_rows[static_cast<size_t>(runStart)].search;
        if (end > start) {
            const char *base = m_search.at(start);
            const size_t size = end - start;
            size_t position = 0;
            int row = runStart;
            while (position < size) {
                const char *found =
                    fastFind(base + position, size - position, needle.constData(), length);
                if (!found)
                    break;
                const auto offset = static_cast<size_t>(found - base);
                while (row < runEnd && m_rows[static_cast<size_t>(row)].search - start +
                                               m_rows[static_cast<size_t>(row)].searchLength <=
                                           offset)
                    ++row;
                if (row >= runEnd)
                    break;
                const size_t rowEnd = m_rows[static_cast<size_t>(row)].search - start +
                                      m_rows[static_cast<size_t>(row)].searchLength;
                if (offset + length <= rowEnd) {
                    marks[static_cast<size_t>(row)] = 1;
                    position = rowEnd; // one hit per row is enough
                } else {
                    position = offset + 1; // ran across into the next row
                }
            }
        }
        runStart = runEnd;
    }
}

void ContactCache::removeRows(const std::vector<int> &sortedIndexes)
{
    if (sortedIndexes.empty())
        return;
    size_t skip = 0;
    size_t kept = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (skip < sortedIndexes.size() && static_cast<size_t>(sortedIndexes[skip]) == i) {
            ++skip;
            forget(m_rows[i]);
            continue;
        }
        m_rows[kept++] = m_rows[i];
    }
    m_rows.resize(kept);
    m_index.rebuild(size(), size(), [this](int r) { return m_rows[static_cast<size_t>(r)].id; });
    compactIfWasteful();
}

void ContactCache::changeId(qint64 oldId, qint64 newId)
{
    const int index = rowOf(oldId);
    if (index < 0)
        return;
    m_rows[static_cast<size_t>(index)].id = newId;
    m_index.rebuild(size(), size(), [this](int r) { return m_rows[static_cast<size_t>(r)].id; });
}

void ContactCache::take(ContactCache &&chunk)
{
    std::vector<quint32> firstMap(chunk.m_first.size());
    for (quint32 i = 0; i < chunk.m_first.size(); ++i)
        firstMap[i] = m_first.intern(chunk.m_first.utf8(i));
    std::vector<quint32> lastMap(chunk.m_last.size());
    for (quint32 i = 0; i < chunk.m_last.size(); ++i)
        lastMap[i] = m_last.intern(chunk.m_last.utf8(i));
    m_rows.reserve(m_rows.size() + chunk.m_rows.size());
    for (Row row : chunk.m_rows) {
        row.first = firstMap[row.first];
        row.last = lastMap[row.last];
        row.owner = m_members.intern(chunk.m_members.at(row.owner));
        for (quint8 i = 0; i < row.tagCount; ++i)
            row.tags[i] = m_tags.intern(chunk.m_tags.at(row.tags[i]));
        place(row,
              {chunk.m_text.view(row.text, row.textLength()), std::string_view(),
               std::string_view(), std::string_view(), std::string_view()},
              chunk.m_search.view(row.search, row.searchLength));
        m_rows.push_back(row);
        indexRow(size() - 1);
    }
    chunk = ContactCache();
}

void ContactCache::reserve(int rows)
{
    m_rows.reserve(static_cast<size_t>(rows));
    m_index.rebuild(rows, size(), [this](int r) { return m_rows[static_cast<size_t>(r)].id; });
}

namespace {

bool sameAsciiCaseless(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

ContactCache::NameSource ContactCache::nameSource(int index) const
{
    const Row &r = row(index);
    const std::string_view display = displayView(index);
    const std::string_view phone = phoneDigits(index);
    const std::string_view email = emailView(index);
    // A display name that is the phone ("12015400758" or "+12015400758")
    // or the email is no name.
    const bool isPhone =
        !phone.empty() && (display == phone || (display.size() == phone.size() + 1 &&
                                                display[0] == '+' && display.substr(1) == phone));
    if (!display.empty() && !isPhone && !sameAsciiCaseless(display, email))
        return NameSource::Display;
    if (!m_first.utf8(r.first).empty() || !m_last.utf8(r.last).empty())
        return NameSource::Names;
    if (!phone.empty())
        return NameSource::Phone;
    if (!email.empty())
        return NameSource::Email;
    return NameSource::None;
}

std::string_view ContactCache::nameSortText(int index, NameSource source, QByteArray &storage) const
{
    switch (source) {
    case NameSource::Display:
        return sortableName(displayFolded(index));
    case NameSource::Names: {
        storage = SearchText::fold(first(index) + QLatin1Char(' ') + last(index));
        return sortableName(std::string_view(storage.constData(), size_t(storage.size())));
    }
    case NameSource::Phone:
        return phoneDigits(index);
    case NameSource::Email:
        return emailView(index);
    case NameSource::None:
        break;
    }
    return {};
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
    const std::string_view custom = customView(index);
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

size_t ContactCache::memoryBytes() const
{
    return m_rows.capacity() * sizeof(Row) + m_text.capacity() + m_search.capacity() +
           m_index.bytes();
}

} // namespace ContactDesk::Models
