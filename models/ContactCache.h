#pragma once

#include "store/ContactRows.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ContactDesk::Models {

// Text kept as UTF-8 in blocks of 1 MB that never move: a million
// contacts cost a few hundred allocations, no reallocation ever copies (or
// doubles) the whole, and the slack is at most one block. A piece never
// straddles two blocks, so each row's text can be read (and searched) as one
// contiguous run; a piece is at most one block. Offsets are global (block *
// 1 MB + position) and 32-bit: an arena holds at most 4 GiB (`maxBlocks`),
// and an append past that is refused, never wrapped (ContactCache compacts
// its arenas long before: what replaced rows left behind is dropped).
class ByteArena
{
public:
    static constexpr quint32 blockBits = 20;
    static constexpr quint32 blockSize = 1u << blockBits;
    static constexpr size_t defaultMaxBlocks = size_t(1) << (32 - blockBits);

    explicit ByteArena(size_t maxBlocks = defaultMaxBlocks)
        : m_maxBlocks(std::min(maxBlocks, defaultMaxBlocks))
    {}

    // Appends the pieces back to back (together at most blockSize bytes:
    // callers clip) and returns the offset of the first; nullopt when the
    // arena is full (nothing is written).
    std::optional<quint32> addParts(std::initializer_list<std::string_view> parts);
    const char *at(quint32 offset) const
    {
        return m_blocks[offset >> blockBits].get() + (offset & (blockSize - 1));
    }
    std::string_view view(quint32 offset, quint32 length) const
    {
        return length ? std::string_view(at(offset), length) : std::string_view();
    }
    size_t bytes() const { return m_used; }
    size_t capacity() const { return m_blocks.size() * size_t(blockSize); }
    size_t maxBlocks() const { return m_maxBlocks; }

private:
    char *room(size_t length, size_t *offset);

    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_used = 0;
    size_t m_maxBlocks;
};

// A name as it sorts: without what comes before its first letter or digit
// (brackets, quotes, punctuation, spaces), so "(Acme Corp)" sorts under A.
// A name made of nothing else is kept whole.
QStringView sortableName(QStringView name);
std::string_view sortableName(std::string_view utf8);

// Distinct values of a column that repeats (first and last names): rows
// hold an index; sorting compares collation ranks of the distinct values.
// Lookups hash the UTF-8 bytes into a flat table: a million rows intern two
// names each while loading.
class Dictionary
{
public:
    quint32 intern(std::string_view text);
    const QString &at(quint32 index) const { return m_values.at(index); }
    std::string_view utf8(quint32 index) const
    {
        const auto &key = m_keys[index];
        return {m_bytes.data() + key.first, key.second};
    }
    quint32 size() const { return static_cast<quint32>(m_values.size()); }
    // Rank of each value in the locale's collation order (computed once
    // after new values arrive), leading punctuation ignored (sortableName);
    // the empty value ranks last, as blanks do in a spreadsheet.
    const std::vector<quint32> &ranks() const;
    // Computes ranks for `values` (any thread); what ranks() does.
    static std::vector<quint32> computeRanks(const std::vector<QString> &values);
    const std::vector<QString> &values() const { return m_values; }
    // Installs ranks computed elsewhere, if they still fit.
    void setRanks(std::vector<quint32> ranks) const
    {
        if (ranks.size() == m_values.size())
            m_ranks = std::move(ranks);
    }

private:
    void grow();

    std::vector<QString> m_values;
    std::vector<char> m_bytes;
    std::vector<std::pair<quint32, quint32>> m_keys; // offset, length in m_bytes
    std::vector<quint32> m_slots;                    // index + 1; 0 = empty
    mutable std::vector<quint32> m_ranks;
};

// Row indexes by contact id, in one flat open-addressing table (4 bytes a
// slot) instead of a node per entry: a million ids cost 8 MB, not 40.
class IdIndex
{
public:
    template<typename IdOf>
    int find(qint64 id, IdOf idOf) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t slot = hash(id) & m_mask;; slot = (slot + 1) & m_mask) {
            const int row = m_slots[slot];
            if (row < 0)
                return -1;
            if (idOf(row) == id)
                return row;
        }
    }
    template<typename IdOf>
    void insert(qint64 id, int row, int rows, IdOf idOf)
    {
        if (static_cast<size_t>(rows) * 2 > m_slots.size())
            rebuild(rows * 2, rows - 1, idOf);
        place(id, row);
    }
    template<typename IdOf>
    void rebuild(int capacity, int rows, IdOf idOf)
    {
        size_t size = 1024;
        while (size < static_cast<size_t>(capacity) * 2)
            size *= 2;
        m_slots.assign(size, -1);
        m_mask = size - 1;
        for (int row = 0; row < rows; ++row)
            place(idOf(row), row);
    }
    size_t bytes() const { return m_slots.capacity() * sizeof(int); }

private:
    static size_t hash(qint64 id)
    {
        return static_cast<size_t>((static_cast<quint64>(id) * 0x9E3779B97F4A7C15ull) >> 20);
    }
    void place(qint64 id, int row)
    {
        size_t slot = hash(id) & m_mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = row;
    }
    std::vector<int> m_slots;
    size_t m_mask = 0;
};

// Ids (tags, members) that many rows repeat, stored in rows as a 32-bit
// index; index 0 stands for "none".
class IdDictionary
{
public:
    quint32 intern(qint64 id)
    {
        if (id == 0)
            return 0;
        const auto it = m_index.constFind(id);
        if (it != m_index.constEnd())
            return *it;
        m_ids.push_back(id);
        const auto index = static_cast<quint32>(m_ids.size());
        m_index.insert(id, index);
        return index;
    }
    qint64 at(quint32 index) const { return index == 0 ? 0 : m_ids[index - 1u]; }
    // The index of `id`, or -1 when no row has it.
    qint64 find(qint64 id) const
    {
        if (id == 0)
            return 0;
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? -1 : qint64(*it);
    }

private:
    std::vector<qint64> m_ids;
    QHash<qint64, quint32> m_index;
};

// All visible contacts of a store, column-wise and compact: what the models
// read from. Filled from ContactRowReader rows; rows keep their order. A row
// is 80 bytes plus its text (once as written, once folded for search).
//
// What a row keeps of very long text: the display name, phone, email and
// error at most 65,535 bytes each and the custom values and search text
// together at most a block (1 MB), each cut at a character (custom values:
// at a whole value) — the store keeps everything; the cache is what the
// list shows. Rows replaced or removed leave their text behind until the
// arenas hold twice what the rows use, then the arenas are compacted.
class ContactCache
{
public:
    enum SyncState : quint8
    {
        Synced = 0,
        Pending = 1,
        Failed = 2,
        Conflict = 3
    };

    static constexpr size_t maxShortText = 0xffff; // display, phone, email, error

    struct Row
    {
        qint64 id = 0;
        qint64 updated = 0;
        quint32 text = 0;         // offset of display|phone|email|custom|error in the text arena
        quint32 search = 0;       // folded; the display name comes first
        quint32 customLength = 0; // "id\x1fvalue\x1e..."
        quint32 searchLength = 0;
        quint16 displayLength = 0;
        quint16 phoneLength = 0;
        quint16 emailLength = 0;
        quint16 errorLength = 0;
        quint32 first = 0; // Dictionary index
        quint32 last = 0;
        std::array<quint32, 5> tags{}; // IdDictionary indexes
        quint32 owner = 0;             // IdDictionary index; 0 = unassigned
        quint8 tagCount = 0;
        quint8 state = Synced;
        bool optedOut = false;
        bool blocked = false;

        quint32 textLength() const
        {
            return quint32(displayLength) + phoneLength + emailLength + customLength + errorLength;
        }
    };

    static_assert(sizeof(Row) == 80, "a million rows should stay at 80 MB");

    // Arenas of at most `maxBlocks` blocks each (tests make them small).
    explicit ContactCache(size_t maxBlocks = ByteArena::defaultMaxBlocks)
        : m_text(maxBlocks)
        , m_search(maxBlocks)
    {}

    int size() const { return static_cast<int>(m_rows.size()); }
    const Row &row(int index) const { return m_rows[static_cast<size_t>(index)]; }
    int rowOf(qint64 id) const
    {
        return m_index.find(id, [this](int row) { return m_rows[static_cast<size_t>(row)].id; });
    }

    // What the Name column shows: the display name, else first and last
    // name, else the phone (formatted for people), else the email. A
    // display name that is only the phone or the email (a server may send
    // that for a contact with no name) counts as none.
    enum class NameSource : quint8
    {
        Display,
        Names,
        Phone,
        Email,
        None
    };
    NameSource nameSource(int index) const;
    // The Name column's sort text for rows with a name (Display, Names):
    // folded (SearchText::fold), leading punctuation skipped; for the
    // others the phone digits or the email. `storage` holds it when it is
    // made up here (first and last name); otherwise it is a view of the cache.
    std::string_view nameSortText(int index, NameSource source, QByteArray &storage) const;

    std::string_view displayView(int index) const { return part(index, 0); }
    std::string_view phoneDigits(int index) const { return part(index, 1); }
    std::string_view emailView(int index) const { return part(index, 2); }
    std::string_view customView(int index) const { return part(index, 3); }
    std::string_view errorView(int index) const { return part(index, 4); }
    QString displayName(int index) const { return string(displayView(index)); }
    QString first(int index) const { return m_first.at(row(index).first); }
    QString last(int index) const { return m_last.at(row(index).last); }
    QString phone(int index) const { return string(phoneDigits(index)); }
    QString email(int index) const { return string(emailView(index)); }
    QString error(int index) const { return string(errorView(index)); }
    QString customValue(int index, qint64 fieldId) const
    {
        return string(customView(index, fieldId));
    }
    std::string_view customView(int index, qint64 fieldId) const;
    std::string_view searchText(int index) const
    {
        const Row &r = row(index);
        return m_search.view(r.search, r.searchLength);
    }
    std::string_view displayFolded(int index) const;
    qint64 ownerId(int index) const { return m_members.at(row(index).owner); }
    qint64 tagId(int index, int which) const
    {
        return m_tags.at(row(index).tags[static_cast<size_t>(which)]);
    }
    int tagCount(int index) const { return row(index).tagCount; }
    // Index forms, for fast filtering: -1 when no row carries that id.
    qint64 tagIndex(qint64 id) const { return m_tags.find(id); }
    qint64 ownerIndex(qint64 id) const { return m_members.find(id); }
    const Dictionary &firstNames() const { return m_first; }
    const Dictionary &lastNames() const { return m_last; }

    void append(const Store::ContactRowView &row);
    // For chunks read in a worker: no id index (take() builds it).
    void appendUnindexed(const Store::ContactRowView &row) { m_rows.push_back(make(row)); }
    // Replaces row `index` with new values (old text stays in the arenas
    // until the cache is rebuilt).
    void replace(int index, const Store::ContactRowView &row);
    void removeRows(const std::vector<int> &sortedIndexes);
    void changeId(qint64 oldId, qint64 newId);
    // Moves every row of `chunk` to the end of this cache (used to hand rows
    // read in a worker thread to the model's cache).
    void take(ContactCache &&chunk);
    void reserve(int rows);
    size_t textBytes() const { return m_text.bytes(); }
    size_t searchBytes() const { return m_search.bytes(); }
    // What the rows use of the arenas (the rest is left by replaced rows).
    size_t liveTextBytes() const { return m_liveText; }
    size_t liveSearchBytes() const { return m_liveSearch; }

    size_t memoryBytes() const;

    // Marks (sets to 1) every row whose search text contains `needle`,
    // scanning the search text of rows [firstRow, endRow) front to back in
    // one pass over their contiguous memory.
    void markRowsContaining(const QByteArray &needle, int firstRow, int endRow,
                            std::vector<char> &marks) const;

private:
    static QString string(std::string_view text)
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    std::string_view part(int index, int which) const;
    Row make(const Store::ContactRowView &row);
    void indexRow(int row);
    // Appends a row's text (its five parts, or all of it as the first)
    // and folded text to the arenas and points the row at them; compacts
    // once when an arena is full, and leaves the row's text empty when
    // even that does not help.
    void place(Row &row, const std::array<std::string_view, 5> &text, std::string_view folded);
    void forget(const Row &row);
    void compactIfWasteful();
    void compact();

    std::vector<Row> m_rows;
    IdIndex m_index;
    Dictionary m_first;
    Dictionary m_last;
    IdDictionary m_tags;
    IdDictionary m_members;
    ByteArena m_text; // display, phone, email, custom, error
    ByteArena m_search;
    size_t m_liveText = 0;
    size_t m_liveSearch = 0;
};

} // namespace ContactDesk::Models
