#include "views/ChannelEditor.h"

#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/HtmlText.h"
#include "core/Phone.h"
#include "views/TonedText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk::Views {

namespace {

constexpr int TypeRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
constexpr int PrimaryRole = Qt::UserRole + 2;

bool editableType(const QString &type)
{
    return type == ChannelType::phone || type == ChannelType::email;
}

// The primary of each type: the entry marked so, else the first of its type.
QList<bool> primaries(const QJsonArray &channels)
{
    QList<bool> primary(channels.size(), false);
    QSet<QString> marked;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject c = channels.at(i).toObject();
        if (c.value(Field::channelPrimary).toBool() &&
            !marked.contains(c.value(Field::channelType).toString())) {
            primary[i] = true;
            marked.insert(c.value(Field::channelType).toString());
        }
    }
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QString type = channels.at(i).toObject().value(Field::channelType).toString();
        if (!marked.contains(type)) {
            primary[i] = true;
            marked.insert(type);
        }
    }
    return primary;
}

} // namespace

QString ChannelEditor::typeLabel(const QString &type)
{
    if (type == ChannelType::phone)
        return tr("Phone");
    if (type == ChannelType::email)
        return tr("Email");
    if (type == QLatin1String("facebook"))
        return tr("Facebook");
    return type;
}

bool ChannelEditor::isPrimary(const QJsonArray &channels, const QString &type, const QString &value)
{
    const QList<bool> primary = primaries(channels);
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject c = channels.at(i).toObject();
        if (c.value(Field::channelType).toString() == type &&
            c.value(Field::channelValue).toString().compare(value, Qt::CaseInsensitive) == 0)
            return primary.at(i);
    }
    return false;
}

ChannelEditor::ChannelEditor(QWidget *parent)
    : QGroupBox(tr("Channels"), parent)
{
    setObjectName(QStringLiteral("channelsBox"));
    auto *box = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setAccessibleName(tr("Channels"));
    m_list->setMaximumHeight(120);
    // A long address is cut in its middle (the tooltip has it whole), never
    // scrolled sideways in the narrow panel.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    box->addWidget(m_list);
    m_listed = new QLabel(this);
    m_listed->setObjectName(QStringLiteral("channelsListedLabel"));
    m_listed->setWordWrap(true);
    m_listed->setText(tr("Only the primary phone and email are known so far; the other channels "
                         "are read from Heymarket when the contact is shown."));
    setTone(m_listed, ContrastColors::Tone::Muted);
    m_listed->hide();
    box->addWidget(m_listed);
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
    // The buttons on a line of their own: the panel stays narrow (at
    // 1024 px the four in one row made it scroll sideways).
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    // Right under the list: what is said about a channel is seen beside it.
    m_hint = hintLabel(this, QStringLiteral("channelHint"));
    box->addWidget(m_hint);
    box->addLayout(row);
    box->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ChannelEditor::addChannel);
    connect(m_value, &QLineEdit::returnPressed, this, &ChannelEditor::addChannel);
    connect(m_remove, &QPushButton::clicked, this, &ChannelEditor::removeSelectedChannel);
    connect(m_list, &QListWidget::itemActivated, this, &ChannelEditor::editSelectedChannel);
    connect(m_list, &QListWidget::currentItemChanged, this, &ChannelEditor::selectionChanged);
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

void ChannelEditor::showChannels(const QJsonArray &channels, bool listed)
{
    const QString selectedType =
        m_list->currentItem() ? m_list->currentItem()->data(TypeRole).toString() : QString();
    const QString selectedValue =
        m_list->currentItem() ? m_list->currentItem()->data(ValueRole).toString() : QString();
    m_channels = channels;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<bool> primary = primaries(channels);
    // Phones, then email, then the rest; the primary first within each.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < channels.size(); ++i)
        order.append(i);
    const auto rank = [&](qsizetype i) {
        const QString type = channels.at(i).toObject().value(Field::channelType).toString();
        return (type == ChannelType::phone   ? 0
                : type == ChannelType::email ? 2
                                             : 4) +
               (primary.at(i) ? 0 : 1);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return rank(a) < rank(b); });
    for (const qsizetype i : std::as_const(order)) {
        const QJsonObject channel = channels.at(i).toObject();
        const QString type = channel.value(Field::channelType).toString();
        const QString address = channel.value(Field::channelValue).toString();
        const QString shown =
            type == ChannelType::phone ? Phone::formatForDisplay(address) : address;
        auto *item = new QListWidgetItem(primary.at(i) && editableType(type)
                                             ? tr("%1: %2 (primary)").arg(typeLabel(type), shown)
                                             : tr("%1: %2").arg(typeLabel(type), shown),
                                         m_list);
        item->setToolTip(HtmlText::forToolTip(item->text())); // whole, where it is cut
        item->setData(TypeRole, type);
        item->setData(ValueRole, address);
        item->setData(PrimaryRole, primary.at(i));
        if (type == selectedType && address == selectedValue)
            m_list->setCurrentItem(item);
    }
    m_listed->setVisible(!listed);
    selectionChanged();
}

void ChannelEditor::explain(const QString &text, bool error)
{
    m_hint->setProperty("why", false);
    showHint(m_hint, text, error);
}

void ChannelEditor::selectionChanged()
{
    QListWidgetItem *item = m_list->currentItem();
    const bool editable =
        item && editableType(item->data(TypeRole).toString()) && item->data(PrimaryRole).toBool();
    m_remove->setEnabled(editable);
    if (item && !editable)
        editableSelection(); // says why
    else if (m_hint->property("why").toBool())
        m_hint->hide();
}

QListWidgetItem *ChannelEditor::editableSelection()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString type = item->data(TypeRole).toString();
    if (editableType(type) && item->data(PrimaryRole).toBool())
        return item;
    const QString why =
        editableType(type)
            ? tr("This is not the contact's primary %1. Heymarket's API changes and removes a "
                 "channel only by its type, which always means the primary %1, so ContactDesk "
                 "cannot change, remove or promote this one without overwriting the primary. "
                 "Change it in Heymarket's web app; here you can add another %1.")
                  .arg(typeLabel(type).toLower())
            : tr("%1 channels are shown as Heymarket has them; ContactDesk changes only phone "
                 "and email channels.")
                  .arg(typeLabel(type));
    m_hint->setProperty("why", false);
    showHint(m_hint, why, false);
    m_hint->setProperty("why", true);
    return nullptr;
}

void ChannelEditor::addChannel()
{
    const QString type = m_type->currentData().toString();
    QString value = m_value->text().trimmed();
    if (type == ChannelType::phone) {
        const Phone::Normalized number = Phone::normalize(value, m_region);
        if (!number.problem.isEmpty()) {
            m_hint->setProperty("why", false);
            showHint(m_hint, tr("Not a valid phone number: %1").arg(number.problem), true);
            return;
        }
        value = number.digits;
    } else if (const QString problem = Email::problem(value); !problem.isEmpty()) {
        m_hint->setProperty("why", false);
        showHint(m_hint, tr("Not a valid email address: %1").arg(problem), true);
        return;
    }
    using Kind = ChannelCommand::Step::Kind;
    QList<ChannelCommand::Step> steps;
    QString what = tr("Add channel");
    if (m_editing) {
        // Editing the primary changes its value (PUT by type); another type
        // is the old one removed and a new one added.
        if (m_editing->first == type)
            steps.append({Kind::Change, type, m_editing->second, value});
        else
            steps += {{Kind::Remove, m_editing->first, m_editing->second, {}},
                      {Kind::Add, type, value, {}}};
        m_editing.reset();
        m_add->setText(tr("Add"));
        what = tr("Change channel");
    } else {
        steps.append({Kind::Add, type, value, {}});
    }
    m_hint->hide();
    m_value->clear();
    Q_EMIT changeRequested(steps, what);
}

void ChannelEditor::editSelectedChannel()
{
    QListWidgetItem *item = editableSelection();
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
    QListWidgetItem *item = editableSelection();
    if (!item)
        return;
    const QString type = item->data(TypeRole).toString();
    const QString value = item->data(ValueRole).toString();
    int ofType = 0;
    for (const QJsonValue &c : std::as_const(m_channels))
        ofType += c.toObject().value(Field::channelType).toString() == type ? 1 : 0;
    Q_EMIT changeRequested({{ChannelCommand::Step::Kind::Remove, type, value, {}}},
                           tr("Remove channel"));
    if (ofType > 1) {
        m_hint->setProperty("why", false);
        showHint(m_hint,
                 tr("The next %1 becomes the primary one, as Heymarket makes it when the "
                    "primary goes. Undo brings this one back as another %1.")
                     .arg(typeLabel(type).toLower()),
                 false);
    }
}

} // namespace ContactDesk::Views
