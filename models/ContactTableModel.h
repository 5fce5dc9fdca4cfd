#pragma once

#include "core/Domain.h"
#include "models/ContactCache.h"
#include "store/ContactStore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace ContactDesk::Models {

// Every visible contact of a store, one row each. Reads come from a compact
// in-memory cache filled by a worker thread (the first rows arrive at once,
// the rest in batches); edits go to the store, which queues them in the
// outbox and notifies back. Rows are inserted, changed and removed
// incrementally as sync lands; the model resets only when the store (the
// account) changes.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column
    {
        DisplayName,
        First,
        Last,
        Phone,
        Email,
        Tags,
        Owner,
        Status,
        Updated,
        SyncState,
        Count // custom field columns follow, one per field
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1, // the contact's id (qint64)
        SortRole,                  // the raw value: digits, ids, timestamps, flags
        SyncStateRole,             // ContactCache::SyncState
        ErrorRole,                 // the server's message for a failed edit
        TagIdsRole,                // QList<qint64>
        OwnerIdRole,               // qint64, 0 = unassigned
        OptedOutRole,
        BlockedRole,
        CustomFieldIdRole, // header role: the field id of a custom column
    };
    Q_ENUM(Role)

    explicit ContactTableModel(QObject *parent = nullptr);
    ~ContactTableModel() override;

    // Shows the contacts of `store` (nullptr: none). Resets the model.
    void setStore(Store::ContactStore *store);
    Store::ContactStore *store() const { return m_store; }
    // Region used to read phone numbers typed without a country code.
    void setDefaultRegion(const QString &region) { m_region = region; }

    const ContactCache &cache() const { return m_cache; }
    QList<CustomField> customFields() const { return m_fields; }
    QString memberName(qint64 id) const;
    int rowOfId(qint64 id) const { return m_cache.rowOf(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void loadingFinished();
    // The contacts could not be read from the store: a sentence for people.
    void loadFailed(const QString &message);

private:
    void startLoading();
    QObject *newWorker(); // a QObject on m_thread for one piece of work
    void onChunk(const std::shared_ptr<ContactCache> &chunk, bool last, const QString &error);
    void loadDirectory(); // without signals, inside a reset
    void refreshDirectory();
    void onContactsChanged(const QList<qint64> &ids);
    void onContactsRemoved(const QList<qint64> &ids);
    void onContactIdChanged(qint64 oldId, qint64 newId);
    QString statusText(const ContactCache::Row &row) const;
    QString syncText(quint8 state) const;
    QString formattedPhone(int row) const;
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    QPointer<Store::ContactStore> m_store;
    ContactCache m_cache;
    QList<CustomField> m_fields;
    QHash<qint64, QString> m_tagNames;
    QHash<qint64, QString> m_memberNames;
    QString m_region = QStringLiteral("US");
    bool m_loading = false;
    std::atomic<quint64> m_generation{0}; // drops chunks from an earlier store (read by the loader)
    QThread m_thread;
    mutable QCache<qint64, QString> m_phoneText{4096};
    QList<qint64> m_changedWhileLoading;
};

} // namespace ContactDesk::Models

Q_DECLARE_METATYPE(std::shared_ptr<ContactDesk::Models::ContactCache>)
