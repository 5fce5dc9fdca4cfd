#pragma once

#include "core/SearchText.h"
#include "models/ContactTableModel.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

namespace ContactDesk::Models {

// What the filter bar asks for; every part that is set must hold.
struct ContactFilter
{
    enum class Status
    {
        Any,
        Active,
        OptedOut,
        Blocked
    };

    QString text;                // free text: names, phone ("415 555"), email, custom values
    QList<qint64> tags;          // none = any
    bool allTags = false;        // true: every listed tag; false: any of them
    std::optional<qint64> owner; // 0 = unassigned
    Status status = Status::Any;
    std::optional<int> syncState; // ContactCache::SyncState

    bool sameExceptText(const ContactFilter &other) const;
};

// The filter and sort layer over ContactTableModel, built for a million
// rows where QSortFilterProxyModel takes seconds: it reads the table's
// columnar cache directly, refines the previous result while a word is being
// typed, scans on two threads, and sorts names by precomputed collation
// ranks. It keeps the QAbstractItemModel contract: rows arriving, changing
// and leaving in the source are inserted, moved, updated and removed here
// one by one (a large batch, such as the initial load, resets). A row
// shown stays shown when its data changes, until the filter is set again.
class ContactFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFilterModel)

public:
    explicit ContactFilterModel(QObject *parent = nullptr);
    ~ContactFilterModel() override;

    // Must be a ContactTableModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setFilter(const ContactFilter &filter);
    void setFilterText(const QString &text);
    const ContactFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows the source row whatever the filter says (a contact just made,
    // or one to attend to, under a search it does not match), until the
    // filter is applied again. False when there is no such row.
    bool reveal(int sourceRow);

    // Source rows in view order (for bulk actions on the filtered view).
    const std::vector<int> &sourceRows() const { return m_rows; }

    // Large-batch threshold: more inserted rows than this reset the model.
    static constexpr int batchResetThreshold = 1000;

private:
    const ContactCache &cache() const { return m_source->cache(); }
    bool matches(int sourceRow) const;
    bool hasNonTextFilters() const;
    bool matchesText(int sourceRow) const;
    bool lessThan(int a, int b) const;
    std::vector<int> scan(const std::vector<int> *candidates) const;
    void sortRows(std::vector<int> &rows) const;
    void sortByName(std::vector<int> &rows) const; // the Name column
    // Whether the row's value in the sort column is a blank name (sorted last).
    bool isBlank(int row) const;
    void rebuildIndex();
    int proxyOf(int sourceRow) const;
    void refilter(bool canRefine);
    int insertionPoint(int sourceRow) const;
    void insertProxyRow(int sourceRow);
    void removeProxyRow(int proxyRow);

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    ContactTableModel *m_source = nullptr;
    ContactFilter m_filter;
    SearchText::Query m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;            // proxy row -> source row
    mutable std::vector<int> m_proxyOf; // source row -> proxy row, or -1 (see proxyOf)
    mutable bool m_indexDirty = true;
    bool m_removing = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ContactDesk::Models
