#include "views/ContactDetailPanel.h"

#include "core/ContactFields.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "models/MessageModels.h"
#include "store/ContactStore.h"
#include "views/Dialogs.h"
#include "views/EditCommands.h"
#include "views/TonedText.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk::Views {

namespace {

constexpr int maxTags = 5;

// The status combo's rows, in MessagingState order.
constexpr int Active = static_cast<int>(MessagingState::Active);
constexpr int Blocked = static_cast<int>(MessagingState::Blocked);
constexpr int OptedOut = static_cast<int>(MessagingState::OptedOut);

QLabel *hintLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showHint(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    setTone(label, error ? ContrastColors::Tone::Error : ContrastColors::Tone::Muted);
    label->setVisible(!text.isEmpty());
}

// A form label whose mnemonic moves the focus to `buddy` (rows holding a
// layout get no buddy from QFormLayout).
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

ContactDetailPanel::ContactDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPanel"));
    setAccessibleName(tr("Contact details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("No contact selected"), this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Contact details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    auto *column = new QVBoxLayout(m_form);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(form);

    m_first = lineEdit(m_form, QStringLiteral("firstNameEdit"), tr("First name"));
    m_last = lineEdit(m_form, QStringLiteral("lastNameEdit"), tr("Last name"));
    m_display = lineEdit(m_form, QStringLiteral("displayNameEdit"), tr("Display name"));
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Display name:"), m_display);
    connect(m_first, &QLineEdit::editingFinished, this,
            [this] { commitText(m_first, Field::first, tr("first name")); });
    connect(m_last, &QLineEdit::editingFinished, this,
            [this] { commitText(m_last, Field::last, tr("last name")); });
    connect(m_display, &QLineEdit::editingFinished, this,
            [this] { commitText(m_display, Field::displayName, tr("display name")); });

    m_phone = lineEdit(m_form, QStringLiteral("phoneEdit"), tr("Phone"));
    m_phone->setPlaceholderText(tr("+1 415 555 3434"));
    m_phoneHint = hintLabel(m_form, QStringLiteral("phoneHint"));
    auto *phoneBox = new QVBoxLayout;
    phoneBox->addWidget(m_phone);
    phoneBox->addWidget(m_phoneHint);
    form->addRow(buddyLabel(tr("&Phone:"), m_phone), phoneBox);
    connect(m_phone, &QLineEdit::textEdited, this, &ContactDetailPanel::checkPhone);
    connect(m_phone, &QLineEdit::editingFinished, this, &ContactDetailPanel::commitPhone);

    m_email = lineEdit(m_form, QStringLiteral("emailEdit"), tr("Email"));
    m_emailHint = hintLabel(m_form, QStringLiteral("emailHint"));
    auto *emailBox = new QVBoxLayout;
    emailBox->addWidget(m_email);
    emailBox->addWidget(m_emailHint);
    form->addRow(buddyLabel(tr("&Email:"), m_email), emailBox);
    connect(m_email, &QLineEdit::editingFinished, this, &ContactDetailPanel::commitEmail);
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_emailHint->hide(); });

    auto *tagBox = new QVBoxLayout;
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    tagBox->addLayout(m_chips);
    m_tagInput = lineEdit(m_form, QStringLiteral("tagInput"), tr("Add tag"));
    m_tagInput->setPlaceholderText(tr("Add a tag…"));
    tagBox->addWidget(m_tagInput);
    m_tagHint = hintLabel(m_form, QStringLiteral("tagHint"));
    tagBox->addWidget(m_tagHint);
    form->addRow(buddyLabel(tr("&Tags:"), m_tagInput), tagBox);
    connect(m_tagInput, &QLineEdit::returnPressed, this, [this] {
        if (addTag(m_tagInput->text().trimmed()))
            m_tagInput->clear();
    });

    m_owner = new QComboBox(m_form);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setAccessibleName(tr("Owner"));
    form->addRow(tr("&Owner:"), m_owner);
    connect(m_owner, &QComboBox::activated, this, &ContactDetailPanel::commitOwner);

    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Active"));
    m_status->setItemData(Active, tr("Reachable: messages can be sent and received."),
                          Qt::ToolTipRole);
    m_status->addItem(tr("Blocked"));
    m_status->setItemData(Blocked,
                          tr("Blocked: messages can be neither sent to nor received from "
                             "the contact."),
                          Qt::ToolTipRole);
    m_status->addItem(tr("Opted out (unsubscribed)"));
    m_status->setItemData(OptedOut,
                          tr("Opted out: messages cannot be sent to the contact until they "
                             "subscribe again (by texting START) or are marked subscribed."),
                          Qt::ToolTipRole);
    m_statusHint = hintLabel(m_form, QStringLiteral("statusHint"));
    auto *statusBox = new QVBoxLayout;
    statusBox->addWidget(m_status);
    statusBox->addWidget(m_statusHint);
    form->addRow(buddyLabel(tr("&Status:"), m_status), statusBox);
    connect(m_status, &QComboBox::activated, this, &ContactDetailPanel::commitStatus);

    auto *channels = new QGroupBox(tr("Channels"), m_form);
    auto *channelBox = new QVBoxLayout(channels);
    m_channels = new QListWidget(channels);
    m_channels->setObjectName(QStringLiteral("channelList"));
    m_channels->setAccessibleName(tr("Channels"));
    m_channels->setMaximumHeight(90);
    channelBox->addWidget(m_channels);
    auto *channelRow = new QHBoxLayout;
    m_channelType = new QComboBox(channels);
    m_channelType->setObjectName(QStringLiteral("channelTypeCombo"));
    m_channelType->setAccessibleName(tr("Channel type"));
    m_channelType->addItem(tr("Phone"), QString(ChannelType::phone));
    m_channelType->addItem(tr("Email"), QString(ChannelType::email));
    m_channelValue = lineEdit(channels, QStringLiteral("channelValueEdit"), tr("Channel address"));
    m_channelValue->setPlaceholderText(tr("Number or address"));
    auto *add = m_addChannel = new QPushButton(tr("Add"), channels);
    add->setObjectName(QStringLiteral("addChannelButton"));
    add->setAccessibleName(tr("Add or save channel"));
    auto *remove = new QPushButton(tr("Remove"), channels);
    m_removeChannel = remove;
    remove->setObjectName(QStringLiteral("removeChannelButton"));
    remove->setAccessibleName(tr("Remove channel"));
    channelRow->addWidget(m_channelType);
    channelRow->addWidget(m_channelValue, 1);
    channelRow->addWidget(add);
    channelRow->addWidget(remove);
    channelBox->addLayout(channelRow);
    m_channelHint = hintLabel(channels, QStringLiteral("channelHint"));
    channelBox->addWidget(m_channelHint);
    column->addWidget(channels);
    connect(add, &QPushButton::clicked, this, &ContactDetailPanel::addChannel);
    connect(m_channelValue, &QLineEdit::returnPressed, this, &ContactDetailPanel::addChannel);
    connect(remove, &QPushButton::clicked, this, &ContactDetailPanel::removeSelectedChannel);
    connect(m_channels, &QListWidget::itemActivated, this,
            &ContactDetailPanel::editSelectedChannel);

    auto *custom = new QGroupBox(tr("Custom fields"), m_form);
    custom->setObjectName(QStringLiteral("customFieldsBox"));
    m_custom = new QFormLayout(custom);
    column->addWidget(custom);

    auto *messages = new QGroupBox(tr("Recent messages"), m_form);
    messages->setObjectName(QStringLiteral("messagesBox"));
    auto *messageBox = new QVBoxLayout(messages);
    auto *messageRow = new QHBoxLayout;
    m_historyStatus = new QLabel(messages);
    m_historyStatus->setObjectName(QStringLiteral("historyStatusLabel"));
    m_historyStatus->setWordWrap(true);
    auto *compose = new QPushButton(tr("Send a &message…"), messages);
    m_compose = compose;
    compose->setObjectName(QStringLiteral("composeButton"));
    connect(compose, &QPushButton::clicked, this, [this] {
        if (m_id)
            Q_EMIT messageRequested(m_id);
    });
    messageRow->addWidget(m_historyStatus, 1);
    messageRow->addWidget(compose);
    messageBox->addLayout(messageRow);
    m_historyView = new QTableView(messages);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Recent messages"));
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setMinimumHeight(120);
    messageBox->addWidget(m_historyView);
    column->addWidget(messages);

    auto *sync = new QGroupBox(tr("Sync"), m_form);
    m_syncLayout = new QVBoxLayout(sync);
    m_sync = new QLabel(sync);
    m_sync->setObjectName(QStringLiteral("syncStateLabel"));
    m_sync->setWordWrap(true);
    m_syncLayout->addWidget(m_sync);
    column->addWidget(sync);
    column->addStretch();

    scroll->setWidget(m_form);
    outer->addWidget(scroll, 1);
    m_form->setEnabled(false);
}

ContactDetailPanel::~ContactDetailPanel() = default;

void ContactDetailPanel::setStore(Store::ContactStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_id = 0;
    if (store) {
        connect(store, &Store::ContactStore::contactsChanged, this,
                [this](const QList<qint64> &ids) {
                    if (m_id && ids.contains(m_id))
                        refresh();
                });
        connect(store, &Store::ContactStore::contactsRemoved, this,
                [this](const QList<qint64> &ids) {
                    if (m_id && ids.contains(m_id))
                        showContact(0);
                });
        connect(store, &Store::ContactStore::contactIdChanged, this,
                [this](qint64 from, qint64 to) {
                    if (m_id == from)
                        m_id = to;
                });
        connect(store, &Store::ContactStore::outboxChanged, this, [this] {
            if (m_id)
                showSyncState();
        });
        connect(store, &Store::ContactStore::directoryChanged, this, [this] {
            buildDirectory();
            refresh();
        });
    }
    buildDirectory();
    showContact(0);
}

void ContactDetailPanel::setDefaultRegion(const QString &region)
{
    m_region = region;
}

void ContactDetailPanel::buildDirectory()
{
    m_tags = m_store ? m_store->tags() : QList<Tag>();
    QStringList names;
    for (const Tag &tag : std::as_const(m_tags))
        names.append(tag.name);
    auto *completer = new QCompleter(names, m_tagInput);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_tagInput->completer();
    m_tagInput->setCompleter(completer);

    m_owner->clear();
    m_owner->addItem(tr("Unassigned"), QVariant());
    if (m_store)
        for (const TeamMember &member : m_store->members())
            m_owner->addItem(member.name, member.id);

    while (m_custom->rowCount() > 0)
        m_custom->removeRow(0);
    m_customEdits.clear();
    if (!m_store)
        return;
    const QList<CustomField> fields = m_store->customFields();
    for (const CustomField &field : fields) {
        auto *edit = lineEdit(m_form, QStringLiteral("customField_%1").arg(field.id), field.title);
        m_custom->addRow(field.title + QLatin1Char(':'), edit);
        m_customEdits.insert(field.id, edit);
        const QString key = Field::custom(field.id);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, key, title = field.title] { commitText(edit, key, title); });
    }
    if (fields.isEmpty())
        m_custom->addRow(new QLabel(tr("The team has no custom fields."), m_form));
    // Fields made now would come last in the Tab order: put them where
    // they are shown, between the channels and the messages.
    QWidget *previous = m_removeChannel;
    for (const CustomField &field : fields) {
        QWidget::setTabOrder(previous, m_customEdits.value(field.id));
        previous = m_customEdits.value(field.id);
    }
    QWidget::setTabOrder(previous, m_compose);
    QWidget::setTabOrder(m_compose, m_historyView);
}

void ContactDetailPanel::setHistoryModel(Models::MessageHistoryModel *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    m_historyView->setModel(history);
    if (history)
        connect(history, &Models::MessageHistoryModel::loaded, this, [this] {
            if (!m_history->error().isEmpty())
                m_historyStatus->setText(
                    tr("Messages could not be loaded: %1").arg(m_history->error()));
            else if (m_history->rowCount() == 0)
                m_historyStatus->setText(tr("No messages yet."));
            else
                m_historyStatus->setText(
                    tr("The last %n message(s).", nullptr, m_history->rowCount()));
            m_historyView->resizeColumnsToContents();
        });
    loadHistory();
}

Models::MessageHistoryModel *ContactDetailPanel::history() const
{
    return m_history;
}

void ContactDetailPanel::loadHistory()
{
    if (!m_historyTimer) {
        // Arrowing through the table must not spend the rate limit on
        // every contact passed: ask once the selection rests.
        m_historyTimer = new QTimer(this);
        m_historyTimer->setSingleShot(true);
        m_historyTimer->setInterval(300);
        connect(m_historyTimer, &QTimer::timeout, this, &ContactDetailPanel::requestHistory);
    }
    if (m_history)
        m_history->load({}); // the previous contact's messages go at once
    m_historyStatus->clear();
    m_historyTimer->start();
}

void ContactDetailPanel::requestHistory()
{
    const auto contact = (m_store && m_id) ? m_store->contact(m_id) : std::nullopt;
    const QString phone = contact ? contact->fields.value(Field::phone).toString() : QString();
    if (!m_history || !m_store) {
        if (m_history)
            m_history->load({});
        m_historyStatus->setText(tr("Messages show once an account is connected."));
        return;
    }
    m_history->setDirectory(m_store->inboxes(), m_store->members());
    if (phone.isEmpty()) {
        m_history->load({});
        m_historyStatus->setText(tr("No phone number: no text messages."));
        return;
    }
    m_historyStatus->setText(tr("Loading messages…"));
    m_history->load(phone);
}

void ContactDetailPanel::showContact(qint64 id)
{
    const bool other = id != m_id;
    m_id = id;
    m_editingChannel.reset();
    m_addChannel->setText(tr("Add"));
    for (QLabel *hint : {m_phoneHint, m_emailHint, m_tagHint, m_statusHint, m_channelHint})
        hint->hide();
    refresh();
    if (other)
        loadHistory();
}

void ContactDetailPanel::setFieldText(QLineEdit *edit, const QString &text)
{
    // A field being typed in keeps what the user typed; the rest follow the store.
    if (edit->hasFocus() && edit->isModified())
        return;
    edit->setText(text);
    edit->setModified(false);
}

void ContactDetailPanel::refresh()
{
    const auto contact = (m_store && m_id) ? m_store->contact(m_id) : std::nullopt;
    m_form->setEnabled(contact.has_value());
    if (!contact) {
        m_id = 0;
        m_fields = {};
        m_title->setText(tr("No contact selected"));
        for (QLineEdit *edit : {m_first, m_last, m_display, m_phone, m_email})
            edit->clear();
        for (QLineEdit *edit : std::as_const(m_customEdits))
            edit->clear();
        m_channels->clear();
        m_sync->clear();
        while (QLayoutItem *item = m_chips->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        return;
    }
    m_fields = contact->fields;
    const auto text = [this](QLatin1String key) { return m_fields.value(key).toString(); };
    QString title = text(Field::displayName);
    if (title.isEmpty())
        title = QStringList{text(Field::first), text(Field::last)}.join(QLatin1Char(' ')).trimmed();
    if (title.isEmpty())
        title = Phone::formatForDisplay(text(Field::phone));
    m_title->setText(title);
    setFieldText(m_first, text(Field::first));
    setFieldText(m_last, text(Field::last));
    setFieldText(m_display, text(Field::displayName));
    if (!m_phone->isModified() || !m_phone->hasFocus()) {
        setFieldText(m_phone, text(Field::phone).isEmpty()
                                  ? QString()
                                  : Phone::formatForDisplay(text(Field::phone)));
    }
    setFieldText(m_email, text(Field::email));
    for (auto it = m_customEdits.cbegin(); it != m_customEdits.cend(); ++it)
        setFieldText(it.value(), m_fields.value(Field::custom(it.key())).toString());

    const QJsonValue owner = m_fields.value(Field::owner);
    const int ownerIndex = owner.isDouble() ? m_owner->findData(owner.toInteger()) : 0;
    m_owner->setCurrentIndex(std::max(0, ownerIndex));
    m_status->setCurrentIndex(static_cast<int>(messagingState(m_fields)));
    QString meaning = m_status->itemData(m_status->currentIndex(), Qt::ToolTipRole).toString();
    if (messagingState(m_fields) == MessagingState::Blocked &&
        m_fields.value(Field::optedOut).toBool())
        meaning += QLatin1Char(' ') + tr("The contact has also opted out.");
    showHint(m_statusHint, meaning, false);

    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QJsonArray tagIds = m_fields.value(Field::tags).toArray();
    for (const QJsonValue &value : tagIds) {
        const qint64 tagId = value.toInteger();
        QString name = tr("tag %1").arg(tagId);
        QColor color = ContrastColors::tagWithoutColor();
        for (const Tag &tag : std::as_const(m_tags))
            if (tag.id == tagId) {
                name = tag.name;
                // The team's colour; what is not a colour is not put in a style sheet.
                if (const QColor own(tag.color); own.isValid())
                    color = own;
            }
        auto *chip = new QToolButton(m_form);
        chip->setObjectName(QStringLiteral("tagChip_%1").arg(tagId));
        chip->setText(name + QStringLiteral("  ×"));
        chip->setAccessibleName(tr("Remove tag %1").arg(name));
        chip->setToolTip(tr("Remove the tag “%1”").arg(name));
        chip->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2;"
                                           " border-radius: 8px; padding: 2px 8px; }")
                                .arg(color.name(), ContrastColors::textOn(color).name()));
        connect(chip, &QToolButton::clicked, this, [this, tagId] { removeTag(tagId); });
        m_chips->addWidget(chip);
    }
    m_chips->addStretch();
    m_tagInput->setEnabled(tagIds.size() < maxTags);
    m_tagInput->setPlaceholderText(
        tagIds.size() < maxTags ? tr("Add a tag…") : tr("Five tags: remove one to add another"));

    m_channels->clear();
    const QJsonArray channels = m_fields.value(Field::channels).toArray();
    for (const QJsonValue &value : channels) {
        const QJsonObject channel = value.toObject();
        const QString type = channel.value(Field::channelType).toString();
        const QString address = channel.value(Field::channelValue).toString();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1: %2").arg(
                type, type == ChannelType::phone ? Phone::formatForDisplay(address) : address),
            m_channels);
        item->setData(Qt::UserRole, type);
        item->setData(Qt::UserRole + 1, address);
    }
    showSyncState();
}

void ContactDetailPanel::showSyncState()
{
    delete m_syncActions;
    m_syncActions = nullptr;
    if (!m_store || !m_id) {
        m_sync->clear();
        return;
    }
    QList<Store::OutboxEntry> entries;
    for (const Store::OutboxEntry &entry : m_store->outbox())
        if (entry.contactId == m_id)
            entries.append(entry);
    if (entries.isEmpty()) {
        m_sync->setText(tr("Saved on the server."));
        return;
    }
    m_syncActions = new QWidget(m_form);
    auto *actions = new QVBoxLayout(m_syncActions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_syncLayout->addWidget(m_syncActions);
    int pending = 0;
    for (const Store::OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state == Store::OutboxEntry::State::Pending) {
            ++pending;
            continue;
        }
        const qint64 seq = entry.seq;
        if (entry.state == Store::OutboxEntry::State::Failed) {
            auto *row = new QHBoxLayout;
            auto *message = new QLabel(tr("Not saved: %1").arg(entry.error), m_syncActions);
            message->setObjectName(QStringLiteral("failedEditLabel"));
            message->setWordWrap(true);
            setTone(message, ContrastColors::Tone::Error);
            auto *retry = new QPushButton(tr("Retry"), m_syncActions);
            retry->setObjectName(QStringLiteral("retryEditButton"));
            auto *discard = new QPushButton(tr("Discard"), m_syncActions);
            discard->setObjectName(QStringLiteral("discardEditButton"));
            connect(retry, &QPushButton::clicked, this, [this, seq] { m_store->retry(seq); });
            connect(discard, &QPushButton::clicked, this, [this, seq] { m_store->discard(seq); });
            row->addWidget(message, 1);
            row->addWidget(retry);
            row->addWidget(discard);
            actions->addLayout(row);
            continue;
        }
        for (auto it = entry.conflicts.begin(); it != entry.conflicts.end(); ++it) {
            const QJsonObject both = it.value().toObject();
            const QString field = it.key();
            const auto shown = [](const QJsonValue &v) {
                return v.isString()
                           ? v.toString()
                           : QString::fromUtf8(
                                 QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                 .mid(1)
                                 .chopped(1);
            };
            auto *row = new QHBoxLayout;
            auto *message =
                new QLabel(tr("“%1” was changed on the server too.").arg(field), m_syncActions);
            message->setWordWrap(true);
            auto *mine = new QPushButton(
                tr("Keep mine: %1").arg(shown(both.value(QStringLiteral("mine")))), m_syncActions);
            mine->setObjectName(QStringLiteral("keepMineButton"));
            auto *theirs = new QPushButton(
                tr("Take theirs: %1").arg(shown(both.value(QStringLiteral("theirs")))),
                m_syncActions);
            theirs->setObjectName(QStringLiteral("takeTheirsButton"));
            connect(mine, &QPushButton::clicked, this,
                    [this, seq, field] { m_store->resolveConflict(seq, field, true); });
            connect(theirs, &QPushButton::clicked, this,
                    [this, seq, field] { m_store->resolveConflict(seq, field, false); });
            row->addWidget(message, 1);
            row->addWidget(mine);
            row->addWidget(theirs);
            actions->addLayout(row);
        }
    }
    m_sync->setText(pending ? tr("%n edit(s) waiting to reach the server.", "", pending)
                            : tr("Some edits need your decision."));
}

void ContactDetailPanel::apply(const QJsonObject &changes, const QString &what)
{
    if (!m_store || !m_id)
        return;
    QJsonObject real;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (m_fields.value(it.key()) != it.value())
            real.insert(it.key(), it.value());
    if (real.isEmpty())
        return;
    run(m_undo,
        new EditContactsCommand(m_store, {EditContactsCommand::changeFor(*m_store, m_id, real)},
                                tr("Change %1").arg(what)));
}

void ContactDetailPanel::commitText(QLineEdit *edit, const QString &key, const QString &what)
{
    if (!edit->isModified())
        return;
    edit->setModified(false);
    apply({{key, edit->text().trimmed()}}, what);
}

void ContactDetailPanel::checkPhone()
{
    const QString typed = m_phone->text().trimmed();
    if (typed.isEmpty()) {
        showHint(m_phoneHint, tr("A contact needs a phone number."), true);
        return;
    }
    const Phone::Normalized number = Phone::normalize(typed, m_region);
    if (!number.problem.isEmpty())
        showHint(m_phoneHint, tr("Not a valid phone number: %1").arg(number.problem), true);
    else
        showHint(m_phoneHint, tr("Saved as %1").arg(number.digits), false);
}

void ContactDetailPanel::commitPhone()
{
    if (!m_phone->isModified())
        return;
    checkPhone();
    const Phone::Normalized number = Phone::normalize(m_phone->text().trimmed(), m_region);
    if (!number.problem.isEmpty() || number.digits.isEmpty())
        return; // the inline error stays; nothing is saved
    m_phone->setModified(false);
    m_phoneHint->hide();
    apply({{Field::phone, number.digits}}, tr("phone"));
    m_phone->setText(Phone::formatForDisplay(number.digits));
}

void ContactDetailPanel::commitEmail()
{
    if (!m_email->isModified())
        return;
    const QString address = m_email->text().trimmed();
    const QString problem = address.isEmpty() ? QString() : Email::problem(address);
    if (!problem.isEmpty()) {
        showHint(m_emailHint, tr("Not a valid email address: %1").arg(problem), true);
        return;
    }
    m_email->setModified(false);
    m_emailHint->hide();
    apply({{Field::email, address}}, tr("email"));
}

void ContactDetailPanel::commitOwner(int index)
{
    const QVariant id = m_owner->itemData(index);
    apply(
        {{Field::owner, id.isValid() ? QJsonValue(id.toLongLong()) : QJsonValue(QJsonValue::Null)}},
        tr("owner"));
}

void ContactDetailPanel::commitStatus(int index)
{
    const auto current = messagingState(m_fields);
    const auto target = static_cast<MessagingState>(index);
    const auto change = StatusCommand::changeFor(m_id, m_fields, target);
    if (!m_store || !m_id || !change)
        return;
    if (target != MessagingState::Active) {
        const QString question =
            target == MessagingState::Blocked
                ? tr("Block %1? Messages can be neither sent to nor received from a blocked "
                     "contact.")
                      .arg(m_title->text())
                : tr("Mark %1 as opted out? Messages cannot be sent to an opted-out contact "
                     "until they subscribe again.")
                      .arg(m_title->text());
        if (Dialogs::question(this, tr("Change status"), question) != QMessageBox::Yes) {
            m_status->setCurrentIndex(static_cast<int>(current));
            return;
        }
    }
    run(m_undo, new StatusCommand(m_store, {*change},
                                  tr("Set status to %1").arg(m_status->itemText(index))));
}

bool ContactDetailPanel::addTag(const QString &name)
{
    if (!m_store || !m_id || name.isEmpty())
        return false;
    QJsonArray tags = m_fields.value(Field::tags).toArray();
    const Tag *found = nullptr;
    for (const Tag &tag : std::as_const(m_tags))
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
            found = &tag;
    if (tags.size() >= maxTags) {
        showHint(m_tagHint,
                 tr("A contact can have at most five tags; remove one before adding “%1”.")
                     .arg(found ? found->name : name),
                 true);
        return false;
    }
    if (!found) {
        if (!m_createTag) {
            showHint(
                m_tagHint,
                tr("The team has no tag called “%1”. Pick one of the suggested tags.").arg(name),
                true);
            return false;
        }
        if (Dialogs::question(this, tr("New tag"),
                              tr("The team has no tag called “%1”. Create it?").arg(name)) !=
            QMessageBox::Yes)
            return false;
        showHint(m_tagHint, tr("Creating the tag “%1”…").arg(name), false);
        const qint64 contact = m_id;
        m_createTag(name, [self = QPointer<ContactDetailPanel>(this), contact,
                           name](std::optional<Tag> tag, const QString &problem) {
            if (!self)
                return;
            if (!tag) {
                showHint(self->m_tagHint,
                         tr("The tag “%1” could not be created: %2").arg(name, problem), true);
                return;
            }
            self->m_tags = self->m_store ? self->m_store->tags() : QList<Tag>();
            if (std::none_of(self->m_tags.cbegin(), self->m_tags.cend(),
                             [&tag](const Tag &known) { return known.id == tag->id; }))
                self->m_tags.append(*tag);
            if (self->m_id == contact)
                self->addTag(tag->name);
        });
        return true;
    }
    if (tags.contains(found->id)) {
        showHint(m_tagHint, tr("The contact already has the tag “%1”.").arg(found->name), true);
        return false;
    }
    m_tagHint->hide();
    tags.append(found->id);
    apply({{Field::tags, tags}}, tr("tags"));
    return true;
}

bool ContactDetailPanel::removeTag(qint64 tagId)
{
    QJsonArray tags = m_fields.value(Field::tags).toArray();
    for (qsizetype i = 0; i < tags.size(); ++i)
        if (tags.at(i).toInteger() == tagId) {
            tags.removeAt(i);
            m_tagHint->hide();
            apply({{Field::tags, tags}}, tr("tags"));
            return true;
        }
    return false;
}

void ContactDetailPanel::addChannel()
{
    if (!m_store || !m_id)
        return;
    const QString type = m_channelType->currentData().toString();
    QString value = m_channelValue->text().trimmed();
    if (type == ChannelType::phone) {
        const Phone::Normalized number = Phone::normalize(value, m_region);
        if (!number.problem.isEmpty()) {
            showHint(m_channelHint, tr("Not a valid phone number: %1").arg(number.problem), true);
            return;
        }
        value = number.digits;
    } else if (const QString problem = Email::problem(value); !problem.isEmpty()) {
        showHint(m_channelHint, tr("Not a valid email address: %1").arg(problem), true);
        return;
    }
    QList<ChannelCommand::Step> steps;
    // Editing a channel (double-click) replaces it.
    if (m_editingChannel) {
        steps.append({false, m_editingChannel->first, m_editingChannel->second});
        m_editingChannel.reset();
        m_addChannel->setText(tr("Add"));
    }
    steps.append({true, type, value});
    m_channelHint->hide();
    m_channelValue->clear();
    run(m_undo, new ChannelCommand(m_store, m_id, steps,
                                   steps.size() > 1 ? tr("Change channel") : tr("Add channel")));
}

void ContactDetailPanel::editSelectedChannel()
{
    QListWidgetItem *item = m_channels->currentItem();
    if (!item)
        return;
    const QString type = item->data(Qt::UserRole).toString();
    const QString value = item->data(Qt::UserRole + 1).toString();
    m_editingChannel = qMakePair(type, value);
    m_channelType->setCurrentIndex(std::max(0, m_channelType->findData(type)));
    m_channelValue->setText(type == ChannelType::phone ? Phone::formatForDisplay(value) : value);
    m_addChannel->setText(tr("Save"));
    m_channelValue->setFocus();
}

void ContactDetailPanel::removeSelectedChannel()
{
    QListWidgetItem *item = m_channels->currentItem();
    if (!m_store || !m_id || !item)
        return;
    run(m_undo, new ChannelCommand(m_store, m_id,
                                   {{false, item->data(Qt::UserRole).toString(),
                                     item->data(Qt::UserRole + 1).toString()}},
                                   tr("Remove channel")));
}

} // namespace ContactDesk::Views
