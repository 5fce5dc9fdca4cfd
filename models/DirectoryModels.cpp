#include "models/DirectoryModels.h"

#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "models/ContactTableModel.h"

#include <QJsonArray>

namespace ContactDesk::Models {

// ---------------------------------------------------------------- channels

ChannelListModel::ChannelListModel(Store::ContactStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::ContactStore::contactsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_contact))
            refresh();
    });
    connect(m_store, &Store::ContactStore::contactIdChanged, this,
            [this](qint64 oldId, qint64 newId) {
                if (oldId == m_contact)
                    m_contact = newId;
            });
    connect(m_store, &Store::ContactStore::contactsRemoved, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_contact))
            setContact(0);
    });
}

QList<ChannelListModel::Entry> ChannelListModel::read() const
{
    QList<Entry> entries;
    const auto contact = m_store && m_contact ? m_store->contact(m_contact) : std::nullopt;
    if (!contact)
        return entries;
    const QJsonArray channels = contact->fields.value(Field::channels).toArray();
    for (const QJsonValue &value : channels) {
        const QJsonObject c = value.toObject();
        entries.append(
            {c.value(Field::channelType).toString(), c.value(Field::channelValue).toString()});
    }
    // A contact read from a v1 listing has no channel list yet: show its
    // primary phone and email as channels.
    if (channels.isEmpty()) {
        const QString phone = contact->fields.value(Field::phone).toString();
        const QString email = contact->fields.value(Field::email).toString();
        if (!phone.isEmpty())
            entries.append({ChannelType::phone, phone});
        if (!email.isEmpty())
            entries.append({ChannelType::email, email});
    }
    return entries;
}

void ChannelListModel::setContact(qint64 id)
{
    beginResetModel(); // another contact: everything is replaced
    m_contact = id;
    m_channels = read();
    endResetModel();
}

void ChannelListModel::refresh()
{
    const QList<Entry> fresh = read();
    // Remove what went, then append what came; keep rows that stayed.
    for (int row = static_cast<int>(m_channels.size()) - 1; row >= 0; --row) {
        if (!fresh.contains(m_channels.at(row))) {
            beginRemoveRows({}, row, row);
            m_channels.removeAt(row);
            endRemoveRows();
        }
    }
    QList<Entry> added;
    for (const Entry &entry : fresh) {
        if (!m_channels.contains(entry))
            added.append(entry);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_channels.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_channels.append(added);
        endInsertRows();
    }
}

bool ChannelListModel::addChannel(const QString &type, const QString &value)
{
    if (!m_store || !m_contact || type.isEmpty() || value.isEmpty())
        return false;
    if (type == ChannelType::phone && !Phone::isE164Digits(value))
        return false;
    if (type == ChannelType::email && !Email::isValid(value))
        return false;
    return m_store->addChannel(m_contact, type, value);
}

bool ChannelListModel::removeChannel(int row)
{
    if (!m_store || row < 0 || row >= m_channels.size())
        return false;
    const Entry entry = m_channels.at(row);
    return m_store->removeChannel(m_contact, entry.type, entry.value);
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_channels.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_channels.at(index.row());
    if (role == TypeRole)
        return entry.type;
    if (role == ValueRole)
        return entry.value;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == Type) {
        if (entry.type == ChannelType::phone)
            return tr("Phone");
        if (entry.type == ChannelType::email)
            return tr("Email");
        return entry.type;
    }
    if (role == Qt::DisplayRole && entry.type == ChannelType::phone)
        return Phone::formatForDisplay(entry.value);
    return entry.value;
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Type ? tr("Channel") : tr("Value", "a channel's phone number or address");
}

Qt::ItemFlags ChannelListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == Value)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChannelListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Value ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Entry old = m_channels.at(index.row());
    const QString fresh = value.toString().trimmed();
    if (fresh == old.value)
        return true;
    if (!addChannel(old.type, fresh))
        return false;
    return m_store->removeChannel(m_contact, old.type, old.value);
}

// ---------------------------------------------------------------- custom fields

CustomFieldModel::CustomFieldModel(Store::ContactStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_fields = m_store->customFields();
    connect(m_store, &Store::ContactStore::directoryChanged, this, &CustomFieldModel::reloadFields);
    connect(m_store, &Store::ContactStore::contactsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_contact))
            reloadValues();
    });
    connect(m_store, &Store::ContactStore::contactIdChanged, this,
            [this](qint64 oldId, qint64 newId) {
                if (oldId == m_contact)
                    m_contact = newId;
            });
}

void CustomFieldModel::reloadFields()
{
    const QList<CustomField> fields = m_store->customFields();
    bool same = fields.size() == m_fields.size();
    for (qsizetype i = 0; same && i < fields.size(); ++i)
        same = fields.at(i).id == m_fields.at(i).id && fields.at(i).title == m_fields.at(i).title;
    if (same)
        return;
    beginResetModel(); // the definitions were replaced
    m_fields = fields;
    endResetModel();
}

void CustomFieldModel::setContact(qint64 id)
{
    m_contact = id;
    reloadValues();
}

void CustomFieldModel::reloadValues()
{
    const auto contact = m_contact ? m_store->contact(m_contact) : std::nullopt;
    m_values = contact ? contact->fields : QJsonObject();
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(static_cast<int>(m_fields.size()) - 1, Value));
}

int CustomFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int CustomFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant CustomFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomField &field = m_fields.at(index.row());
    if (role == FieldIdRole)
        return field.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == Title)
        return field.title;
    return m_values.value(Field::custom(field.id)).toString();
}

QVariant CustomFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Title ? tr("Field") : tr("Value", "a custom field's value");
}

Qt::ItemFlags CustomFieldModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == Value && m_contact)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CustomFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Value || !m_contact ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString key = Field::custom(m_fields.at(index.row()).id);
    return m_store->editContact(m_contact, {{key, value.toString().trimmed()}});
}

// ---------------------------------------------------------------- tags

TagModel::TagModel(Store::ContactStore *store, const ContactTableModel *contacts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_contacts(contacts)
{
    m_tags = m_store->tags();
    recount();
    connect(m_store, &Store::ContactStore::directoryChanged, this, &TagModel::reload);
}

void TagModel::reload()
{
    const QList<Tag> tags = m_store->tags();
    if (tags == m_tags)
        return;
    beginResetModel(); // the team's tags were replaced
    m_tags = tags;
    endResetModel();
    recount();
}

void TagModel::recount()
{
    m_usage.clear();
    if (m_contacts) {
        const ContactCache &cache = m_contacts->cache();
        for (int row = 0; row < cache.size(); ++row) {
            for (int i = 0; i < cache.tagCount(row); ++i)
                ++m_usage[cache.tagId(row, i)];
        }
    }
    if (!m_tags.isEmpty())
        Q_EMIT dataChanged(index(0, Usage), index(static_cast<int>(m_tags.size()) - 1, Usage),
                           {Qt::DisplayRole, UsageRole});
}

int TagModel::rowOfTag(qint64 id) const
{
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        if (m_tags.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int TagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tags.size());
}

int TagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tag &tag = m_tags.at(index.row());
    switch (role) {
    case TagIdRole:
        return tag.id;
    case ColorRole:
        return QColor(tag.color);
    case UsageRole:
        return m_usage.value(tag.id);
    case Qt::DecorationRole:
        return index.column() == Name && QColor(tag.color).isValid() ? QVariant(QColor(tag.color))
                                                                     : QVariant();
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(tag.name) : QVariant(m_usage.value(tag.id));
    default:
        return {};
    }
}

QVariant TagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Tag") : tr("Contacts", "how many contacts carry the tag");
}

// ---------------------------------------------------------------- members

TeamMemberModel::TeamMemberModel(Store::ContactStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_members = m_store->members();
    connect(m_store, &Store::ContactStore::directoryChanged, this, &TeamMemberModel::reload);
}

void TeamMemberModel::reload()
{
    const QList<TeamMember> members = m_store->members();
    bool same = members.size() == m_members.size();
    for (qsizetype i = 0; same && i < members.size(); ++i)
        same = members.at(i).id == m_members.at(i).id && members.at(i).name == m_members.at(i).name;
    if (same)
        return;
    beginResetModel(); // the team's members were replaced
    m_members = members;
    endResetModel();
}

int TeamMemberModel::rowOfMember(qint64 id) const
{
    if (id == 0)
        return 0;
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).id == id)
            return static_cast<int>(i) + 1;
    }
    return -1;
}

int TeamMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size()) + 1;
}

QVariant TeamMemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole)
            return tr("Unassigned", "no owner");
        if (role == MemberIdRole)
            return qint64(0);
        return {};
    }
    const TeamMember &member = m_members.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return member.name;
    case MemberIdRole:
        return member.id;
    case RoleNameRole:
        return member.role;
    default:
        return {};
    }
}

} // namespace ContactDesk::Models
