#include "views/ChannelEditor.h"

#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "views/TonedText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk::Views {

namespace {

constexpr int TypeRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;

} // namespace

ChannelEditor::ChannelEditor(QWidget *parent)
    : QGroupBox(tr("Channels"), parent)
{
    setObjectName(QStringLiteral("channelsBox"));
    auto *box = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setAccessibleName(tr("Channels"));
    m_list->setMaximumHeight(90);
    box->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("channelTypeCombo"));
    m_type->setAccessibleName(tr("Channel type"));
    m_type->addItem(tr("Phone"), QString(ChannelType::phone));
    m_type->addItem(tr("Email"), QString(ChannelType::email));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("channelValueEdit"));
    m_value->setAccessibleName(tr("Channel address"));
    m_value->setPlaceholderText(tr("Number or address"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addChannelButton"));
    m_add->setAccessibleName(tr("Add or save channel"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeChannelButton"));
    m_remove->setAccessibleName(tr("Remove channel"));
    row->addWidget(m_type);
    row->addWidget(m_value, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    box->addLayout(row);
    m_hint = hintLabel(this, QStringLiteral("channelHint"));
    box->addWidget(m_hint);
    connect(m_add, &QPushButton::clicked, this, &ChannelEditor::addChannel);
    connect(m_value, &QLineEdit::returnPressed, this, &ChannelEditor::addChannel);
    connect(m_remove, &QPushButton::clicked, this, &ChannelEditor::removeSelectedChannel);
    connect(m_list, &QListWidget::itemActivated, this, &ChannelEditor::editSelectedChannel);
}

ChannelEditor::~ChannelEditor() = default;

QWidget *ChannelEditor::lastInTabOrder() const
{
    return m_remove;
}

void ChannelEditor::reset()
{
    m_editing.reset();
    m_add->setText(tr("Add"));
    m_hint->hide();
}

void ChannelEditor::showChannels(const QJsonArray &channels)
{
    m_list->clear();
    for (const QJsonValue &value : channels) {
        const QJsonObject channel = value.toObject();
        const QString type = channel.value(Field::channelType).toString();
        const QString address = channel.value(Field::channelValue).toString();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1: %2").arg(
                type, type == ChannelType::phone ? Phone::formatForDisplay(address) : address),
            m_list);
        item->setData(TypeRole, type);
        item->setData(ValueRole, address);
    }
}

void ChannelEditor::addChannel()
{
    const QString type = m_type->currentData().toString();
    QString value = m_value->text().trimmed();
    if (type == ChannelType::phone) {
        const Phone::Normalized number = Phone::normalize(value, m_region);
        if (!number.problem.isEmpty()) {
            showHint(m_hint, tr("Not a valid phone number: %1").arg(number.problem), true);
            return;
        }
        value = number.digits;
    } else if (const QString problem = Email::problem(value); !problem.isEmpty()) {
        showHint(m_hint, tr("Not a valid email address: %1").arg(problem), true);
        return;
    }
    QList<ChannelCommand::Step> steps;
    // Editing a channel replaces it.
    if (m_editing) {
        steps.append({false, m_editing->first, m_editing->second});
        m_editing.reset();
        m_add->setText(tr("Add"));
    }
    steps.append({true, type, value});
    m_hint->hide();
    m_value->clear();
    Q_EMIT changeRequested(steps, steps.size() > 1 ? tr("Change channel") : tr("Add channel"));
}

void ChannelEditor::editSelectedChannel()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString type = item->data(TypeRole).toString();
    const QString value = item->data(ValueRole).toString();
    m_editing = qMakePair(type, value);
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_value->setText(type == ChannelType::phone ? Phone::formatForDisplay(value) : value);
    m_add->setText(tr("Save"));
    m_value->setFocus();
}

void ChannelEditor::removeSelectedChannel()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    Q_EMIT changeRequested(
        {{false, item->data(TypeRole).toString(), item->data(ValueRole).toString()}},
        tr("Remove channel"));
}

} // namespace ContactDesk::Views
