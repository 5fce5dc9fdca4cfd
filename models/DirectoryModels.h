#pragma once

#include "store/ContactStore.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>

namespace ContactDesk::Models {

class ContactTableModel;

// The channels (phone, email, ...) of one contact. Editing a value, adding
// and removing go through the store's outbox (the v2 channel endpoints).
class ChannelListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelListModel)

public:
    enum Column
    {
        Type,
        Value,
        Count
    };
    enum Role
    {
        TypeRole = Qt::UserRole + 1,
        ValueRole
    };

    explicit ChannelListModel(Store::ContactStore *store, QObject *parent = nullptr);
    void setContact(qint64 id);
    qint64 contact() const { return m_contact; }

    bool addChannel(const QString &type, const QString &value);
    bool removeChannel(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Entry
    {
        QString type;
        QString value;
        bool operator==(const Entry &o) const { return type == o.type && value == o.value; }
    };
    QList<Entry> read() const;
    void refresh();

    QPointer<Store::ContactStore> m_store;
    qint64 m_contact = 0;
    QList<Entry> m_channels;
};

// The team's custom field definitions with one contact's values, for the
// detail form. Editing a value queues the edit in the outbox.
class CustomFieldModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldModel)

public:
    enum Column
    {
        Title,
        Value,
        Count
    };
    enum Role
    {
        FieldIdRole = Qt::UserRole + 1
    };

    explicit CustomFieldModel(Store::ContactStore *store, QObject *parent = nullptr);
    void setContact(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reloadFields();
    void reloadValues();

    QPointer<Store::ContactStore> m_store;
    qint64 m_contact = 0;
    QList<CustomField> m_fields;
    QJsonObject m_values;
};

// The team's tags with their colours and how many contacts carry each.
class TagModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagModel)

public:
    enum Column
    {
        Name,
        Usage,
        Count
    };
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        ColorRole,
        UsageRole
    };

    TagModel(Store::ContactStore *store, const ContactTableModel *contacts,
             QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int rowOfTag(qint64 id) const;
    void recount();

private:
    void reload();

    QPointer<Store::ContactStore> m_store;
    const ContactTableModel *m_contacts;
    QList<Tag> m_tags;
    QHash<qint64, int> m_usage;
};

// Possible owners: "Unassigned" first, then the team's members.
class TeamMemberModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberModel)

public:
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        RoleNameRole
    };

    explicit TeamMemberModel(Store::ContactStore *store, QObject *parent = nullptr);
    int rowOfMember(qint64 id) const; // 0 = unassigned

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<Store::ContactStore> m_store;
    QList<TeamMember> m_members;
};

} // namespace ContactDesk::Models
