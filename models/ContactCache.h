#pragma once

#include "ContactRows.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <string_view>
#include <vector>

namespace ContactDesk::Models {

// Text kept as UTF-8 in one growing buffer; rows hold offsets. A million
// contacts cost one allocation per field kind instead of millions.
class ByteArena
{
public:
    struct Ref
    {
        quint32 offset = 0;
        quint16 length = 0;
    };
    Ref add(std::string_view text);
    std::string_view view(Ref ref) const { return {m_data.data() + ref.offset, ref.length}; }
    QString string(Ref ref) const
    {
        return QString::fromUtf8(m_data.data() + ref.offset, ref.length);
    }
    size_t bytes() const { return m_data.size(); }
    void append(const ByteArena &other)
    {
        m_data.insert(m_data.end(), other.m_data.begin(), other.m_data.end());
    }
    void reserve(size_t bytes) { m_data.reserve(bytes); }

private:
    std::vector<char> m_data;
};

// Distinct values of a column that repeats (first and last names): rows
// hold an index; sorting compares collation ranks of the distinct values.
class Dictionary
{
public:
    quint32 intern(std::string_view text);
    const QString &at(quint32 index) const { return m_values.at(index); }
    quint32 size() const { return static_cast<quint32>(m_values.size()); }
    // Rank of each value in the locale's collation order (computed once
    // after new values arrive).
    const std::vector<quint32> &ranks() const;

private:
    std::vector<QString> m_values;
    QHash<QByteArray, quint32> m_index;
    mutable std::vector<quint32> m_ranks;
};

// All visible contacts of a store, column-wise and compact: what the models
// read from. Filled from ContactRowReader rows; rows keep their order.
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

    struct Row
    {
        qint64 id = 0;
        qint64 updated = 0;
        qint64 owner = 0;  // 0 = unassigned
        quint32 first = 0; // Dictionary index
        quint32 last = 0;
        ByteArena::Ref display;
        ByteArena::Ref phone;
        ByteArena::Ref email;
        ByteArena::Ref custom; // "id\x1fvalue\x1e..."
        ByteArena::Ref search; // folded; the display name comes first
        ByteArena::Ref error;
        std::array<quint32, 5> tags{};
        quint8 tagCount = 0;
        quint8 state = Synced;
        bool optedOut = false;
        bool blocked = false;
    };

    int size() const { return static_cast<int>(m_rows.size()); }
    const Row &row(int index) const { return m_rows[static_cast<size_t>(index)]; }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    QString displayName(int index) const { return m_text.string(row(index).display); }
    QString first(int index) const { return m_first.at(row(index).first); }
    QString last(int index) const { return m_last.at(row(index).last); }
    QString phone(int index) const { return m_text.string(row(index).phone); }
    QString email(int index) const { return m_text.string(row(index).email); }
    QString error(int index) const { return m_text.string(row(index).error); }
    QString customValue(int index, qint64 fieldId) const;
    std::string_view searchText(int index) const { return m_search.view(row(index).search); }
    std::string_view phoneDigits(int index) const { return m_text.view(row(index).phone); }
    std::string_view displayFolded(int index) const;
    std::string_view customView(int index, qint64 fieldId) const;
    const Dictionary &firstNames() const { return m_first; }
    const Dictionary &lastNames() const { return m_last; }

    void append(const Store::ContactRowView &row);
    // Replaces row `index` with new values (old text stays in the arenas
    // until the cache is rebuilt).
    void replace(int index, const Store::ContactRowView &row);
    void removeRows(const std::vector<int> &sortedIndexes);
    void changeId(qint64 oldId, qint64 newId);
    // Moves every row of `chunk` to the end of this cache (used to hand rows
    // read in a worker thread to the model's cache).
    void take(ContactCache &&chunk);
    void reserve(int rows);

    size_t memoryBytes() const;

    // Marks (sets to 1) every row whose search text contains `needle`,
    // scanning the search text of rows [firstRow, endRow) front to back in
    // one pass over their contiguous memory.
    void markRowsContaining(const QByteArray &needle, int firstRow, int endRow,
                            std::vector<char> &marks) const;

private:
    Row make(const Store::ContactRowView &row);

    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowById;
    Dictionary m_first;
    Dictionary m_last;
    ByteArena m_text; // display, phone, email, custom, error
    ByteArena m_search;
    // Where each row's search text lies in m_search, in arena order
    // (offset, row); a replaced row leaves a segment owned by nobody (-1).
    std::vector<std::pair<quint32, int>> m_searchSegments;
    std::vector<int> m_segmentOfRow;
};

} // namespace ContactDesk::Models
