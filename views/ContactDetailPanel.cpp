#include "views/ContactDetailPanel.h"

#include "core/ContactFields.h"
#include "core/DateText.h"
#include "core/Email.h"
#include "core/ImportMapping.h"
#include "core/Phone.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "views/ChannelEditor.h"
#include "views/Dialogs.h"
#include "views/EditCommands.h"
#include "views/MainWindowActions.h"
#include "views/MessageHistoryView.h"
#include "views/SyncStateBanner.h"
#include "views/TonedText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk::Views {

namespace {

// The status combo's rows, in MessagingState order.
constexpr int Active = static_cast<int>(MessagingState::Active);
constexpr int Blocked = static_cast<int>(MessagingState::Blocked);
constexpr int OptedOut = static_cast<int>(MessagingState::OptedOut);

// A form label whose mnemonic moves the focus to `buddy` (rows holding a
// layout or an editor get no buddy from QFormLayout).
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
    m_title->setTextFormat(Qt::PlainText); // the contact's name
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setAccessibleName(tr("Contact details"));
    scroll->setWidgetResizable(true);
    // The form fits the panel's width (tag chips wrap): it scrolls down only.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    auto *column = new QVBoxLayout(m_form);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(form);

    m_first = lineEdit(m_form, QStringLiteral("firstNameEdit"), tr("First name"));
    m_last = lineEdit(m_form, QStringLiteral("lastNameEdit"), tr("Last name"));
    m_display = lineEdit(m_form, QStringLiteral("displayNameEdit"), tr("Display name"));
    form->addRow(tr("Fi&rst name:"), m_first);
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
    for (QLineEdit *edit : {m_first, m_last, m_display, m_phone, m_email})
        edit->installEventFilter(this);
    m_emailHint = hintLabel(m_form, QStringLiteral("emailHint"));
    auto *emailBox = new QVBoxLayout;
    emailBox->addWidget(m_email);
    emailBox->addWidget(m_emailHint);
    form->addRow(buddyLabel(tr("Em&ail:"), m_email), emailBox);
    connect(m_email, &QLineEdit::editingFinished, this, &ContactDetailPanel::commitEmail);
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_emailHint->hide(); });

    m_tags = new TagChipEditor(m_form);
    form->addRow(buddyLabel(tr("&Tags:"), m_tags->input()), m_tags);
    connect(m_tags, &TagChipEditor::tagsEdited, this, [this](const QJsonArray &tags) {
        apply({{Field::tags, tags}}, tr("tags"));
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

    m_channels = new ChannelEditor(m_form);
    column->addWidget(m_channels);
    connect(m_channels, &ChannelEditor::changeRequested, this,
            [this](const QList<ChannelCommand::Step> &steps, const QString &what) {
                if (!m_store || !m_id)
                    return;
                QPointer<ContactDetailPanel> panel(this);
                run(m_undo, new ChannelCommand(m_store, m_id, steps, what,
                                               [panel](qint64 id, const QString &why) {
                                                   if (panel && panel->m_id == id)
                                                       panel->m_channels->explain(why, true);
                                               }));
            });

    auto *custom = new QGroupBox(tr("Custom fields"), m_form);
    custom->setObjectName(QStringLiteral("customFieldsBox"));
    m_custom = new QFormLayout(custom);
    column->addWidget(custom);

    m_history = new MessageHistoryView(m_form);
    column->addWidget(m_history);
    connect(m_history, &MessageHistoryView::composeRequested, this, [this] {
        if (m_id)
            Q_EMIT messageRequested(m_id);
    });

    m_sync = new SyncStateBanner(m_form);
    column->addWidget(m_sync);
    column->addStretch();

    scroll->setWidget(m_form);
    outer->addWidget(scroll, 1);
    // The panel is never narrower than its form (the splitter, a small
    // screen): the form does not scroll sideways, so it would be cut at the
    // right instead. Its minimum changes with the custom fields' titles.
    m_form->installEventFilter(this);
    fitFormWidth();
    m_form->setEnabled(false);
}

ContactDetailPanel::~ContactDetailPanel()
{
    // A field with the focus says editingFinished when QWidget's destructor
    // hides this panel (a window of its own), after its members are gone:
    // nothing of its editors reaches it from here on.
    for (QObject *part : findChildren<QObject *>()) {
        disconnect(part, nullptr, this, nullptr);
        part->removeEventFilter(this);
    }
}

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
        connect(store, &Store::ContactStore::directoryChanged, this, [this] {
            buildDirectory();
            refresh();
        });
    }
    m_history->setStore(store);
    m_sync->setStore(store);
    buildDirectory();
    showContact(0);
}

void ContactDetailPanel::setSyncEngine(Sync::SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        connect(engine, &Sync::SyncEngine::channelsRead, this,
                [this](qint64 id, const QString &problem) {
                    if (id == m_id && !problem.isEmpty())
                        m_channels->explain(
                            tr("The channels could not be read from Heymarket: %1").arg(problem),
                            true);
                });
    }
    readChannels();
}

// The shown contact's channels from the server, when the engine finds the
// store's copy missing or stale (it asks nothing otherwise).
void ContactDetailPanel::readChannels()
{
    if (m_engine && m_id > 0)
        m_engine->fetchChannels(m_id);
}

void ContactDetailPanel::setDefaultRegion(const QString &region)
{
    m_region = region;
    m_channels->setDefaultRegion(region);
}

void ContactDetailPanel::setTagCreator(TagCreator creator)
{
    m_tags->setTagCreator(std::move(creator));
}

void ContactDetailPanel::setHistoryModel(Models::MessageHistoryModel *history)
{
    m_history->setModel(history);
}

void ContactDetailPanel::reloadHistory()
{
    m_history->reload();
}

Models::MessageHistoryModel *ContactDetailPanel::history() const
{
    return m_history->model();
}

void ContactDetailPanel::buildDirectory()
{
    m_tags->setTeamTags(m_store ? m_store->tags() : QList<Tag>());

    m_owner->clear();
    m_owner->addItem(tr("Unassigned"), QVariant());
    if (m_store)
        for (const TeamMember &member : m_store->members())
            m_owner->addItem(member.name, member.id);

    while (m_custom->rowCount() > 0)
        m_custom->removeRow(0);
    m_customEdits.clear();
    m_noteEdits.clear();
    if (!m_store)
        return;
    const QList<CustomField> fields = m_store->customFields();
    for (const CustomField &field : fields) {
        if (Import::isNotesTitle(field.title)) {
            // Notes go over lines (a vCard's NOTE, a CSV's "Notes"): shown
            // and edited as they are, not run together on one line.
            auto *notes = new QPlainTextEdit(m_form);
            notes->setObjectName(QStringLiteral("customField_%1").arg(field.id));
            notes->setAccessibleName(field.title);
            notes->setTabChangesFocus(true); // Tab moves on, as in the other fields
            notes->setFixedHeight(
                notes->fontMetrics().lineSpacing() * 4 +
                2 * (notes->frameWidth() + int(notes->document()->documentMargin())));
            notes->installEventFilter(this);
            auto *label = new QLabel(field.title + QLatin1Char(':'), m_form);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(notes);
            m_noteEdits.insert(field.id, notes);
            m_custom->addRow(label, notes);
            continue;
        }
        auto *edit = lineEdit(m_form, QStringLiteral("customField_%1").arg(field.id), field.title);
        edit->installEventFilter(this);
        auto *label = new QLabel(field.title + QLatin1Char(':'), m_form);
        label->setTextFormat(Qt::PlainText); // the team's own title
        label->setBuddy(edit);
        m_customEdits.insert(field.id, edit);
        const QString key = Field::custom(field.id);
        if (!DateText::isDateFieldTitle(field.title)) {
            m_custom->addRow(label, edit);
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, edit, key, title = field.title] { commitText(edit, key, title); });
            continue;
        }
        // A field whose title says date (the contract has no field types):
        // what is not a date is saved as typed, with a hint, as a
        // spreadsheet's warning does; the title is only a guess.
        QLabel *hint = hintLabel(m_form, QStringLiteral("customFieldHint_%1").arg(field.id));
        auto *box = new QVBoxLayout;
        box->addWidget(edit);
        box->addWidget(hint);
        m_custom->addRow(label, box);
        connect(edit, &QLineEdit::textChanged, hint, &QWidget::hide);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, hint, key, title = field.title] {
                    const bool typed = edit->isModified();
                    commitText(edit, key, title);
                    const QString value = edit->text().trimmed();
                    if (!typed || value.isEmpty() || DateText::parse(value))
                        return;
                    const QDate example(2027, 3, 31);
                    showHint(hint,
                             tr("Saved as typed, but not a date: expected a date like %1 or %2.")
                                 .arg(example.toString(Qt::ISODate),
                                      QLocale().toString(example, QLocale::ShortFormat)),
                             true);
                });
    }
    if (fields.isEmpty())
        m_custom->addRow(new QLabel(tr("The team has no custom fields."), m_form));
    // Fields made now would come last in the Tab order: put them where
    // they are shown, between the channels and the messages.
    QWidget *previous = m_channels->lastInTabOrder();
    for (const CustomField &field : fields) {
        QWidget *editor = m_customEdits.contains(field.id)
                              ? static_cast<QWidget *>(m_customEdits.value(field.id))
                              : m_noteEdits.value(field.id);
        QWidget::setTabOrder(previous, editor);
        previous = editor;
    }
    m_history->placeInTabOrderAfter(previous);
}

void ContactDetailPanel::showContact(qint64 id)
{
    const bool other = id != m_id;
    // Notes typed for the contact shown are its own, whatever shows next.
    if (other)
        for (QPlainTextEdit *notes : std::as_const(m_noteEdits))
            commitNotes(notes);
    m_id = id;
    if (other) {
        // What was typed for the contact before and not saved (it was
        // refused, its message said why) is not carried to this one.
        for (QLineEdit *edit : {m_first, m_last, m_display, m_phone, m_email})
            edit->setModified(false);
        for (QLineEdit *edit : std::as_const(m_customEdits))
            edit->setModified(false);
        for (QPlainTextEdit *notes : std::as_const(m_noteEdits))
            notes->document()->setModified(false);
        // Another contact is read from its top, whatever was scrolled to.
        m_scroll->verticalScrollBar()->setValue(0);
    }
    m_channels->reset();
    m_tags->hideHint();
    for (QLabel *hint : {m_phoneHint, m_emailHint, m_statusHint})
        hint->hide();
    refresh();
    if (other)
        m_history->showContact(m_id);
}

void ContactDetailPanel::fitFormWidth()
{
    const int bar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    m_scroll->setMinimumWidth(m_form->minimumSizeHint().width() + bar + 2 * m_scroll->frameWidth());
}

bool ContactDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form && event->type() == QEvent::LayoutRequest)
        fitFormWidth();
    auto *notes = qobject_cast<QPlainTextEdit *>(watched);
    if (event->type() == QEvent::FocusOut && notes)
        commitNotes(notes);
    if (event->type() == QEvent::ShortcutOverride) {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = MainWindowActions::redoKeys().contains(pressed);
        // The field's own typing is undone in the field first; once it has
        // none (the edit was saved), the keys reach the window's Undo and
        // Redo: the shortcut goes ahead when the override is not accepted.
        const bool ownUndo = edit    ? edit->isUndoAvailable()
                             : notes ? notes->document()->isUndoAvailable()
                                     : true;
        const bool ownRedo = edit    ? edit->isRedoAvailable()
                             : notes ? notes->document()->isRedoAvailable()
                                     : true;
        if ((edit || notes) && ((undo && !ownUndo) || (redo && !ownRedo))) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ContactDetailPanel::commitNotes(QPlainTextEdit *notes)
{
    if (!notes->document()->isModified())
        return;
    notes->document()->setModified(false);
    const qint64 fieldId = m_noteEdits.key(notes);
    if (!fieldId)
        return;
    apply({{Field::custom(fieldId), notes->toPlainText().trimmed()}}, notes->accessibleName());
    // What was typed is saved: its undo is the window's from here on.
    notes->document()->clearUndoRedoStacks();
}

void ContactDetailPanel::setFieldText(QLineEdit *edit, const QString &text)
{
    // A field typed in and not saved keeps what the user typed: being typed
    // now, or refused (an invalid phone or email, its red message beside
    // it) while another field's edit was saved. The rest follow the store.
    if (edit->isModified())
        return;
    edit->setText(text);
    edit->setModified(false);
    // The start of a long value shows ("noah.haddad45@…", not "…45@example.org").
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

void ContactDetailPanel::refresh()
{
    const auto contact = (m_store && m_id) ? m_store->contact(m_id) : std::nullopt;
    m_form->setEnabled(contact.has_value());
    // No contact: no form at all, so nothing of the last one lingers greyed out.
    m_scroll->setVisible(contact.has_value());
    if (!contact) {
        m_id = 0;
        m_fields = {};
        m_title->setText(tr("No contact selected"));
        for (QComboBox *combo : {m_owner, m_status}) {
            const QSignalBlocker quiet(combo);
            combo->setCurrentIndex(-1);
        }
        for (QLineEdit *edit : {m_first, m_last, m_display, m_phone, m_email})
            edit->clear();
        for (QLineEdit *edit : std::as_const(m_customEdits))
            edit->clear();
        for (QPlainTextEdit *notes : std::as_const(m_noteEdits))
            notes->clear();
        m_channels->showChannels({});
        m_tags->showTags(0, {});
        m_sync->showContact(0);
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
    for (auto it = m_noteEdits.cbegin(); it != m_noteEdits.cend(); ++it) {
        // Notes being typed keep what was typed, as the other fields do.
        QPlainTextEdit *notes = it.value();
        const QString stored = m_fields.value(Field::custom(it.key())).toString();
        if (notes->document()->isModified() || notes->toPlainText() == stored)
            continue;
        notes->setPlainText(stored);
        notes->document()->setModified(false);
    }

    const QJsonValue owner = m_fields.value(Field::owner);
    const int ownerIndex = owner.isDouble() ? m_owner->findData(owner.toInteger()) : 0;
    m_owner->setCurrentIndex(std::max(0, ownerIndex));
    m_status->setCurrentIndex(static_cast<int>(messagingState(m_fields)));
    QString meaning = m_status->itemData(m_status->currentIndex(), Qt::ToolTipRole).toString();
    if (messagingState(m_fields) == MessagingState::Blocked &&
        m_fields.value(Field::optedOut).toBool())
        meaning += QLatin1Char(' ') + tr("The contact has also opted out.");
    showHint(m_statusHint, meaning, false);

    m_tags->showTags(m_id, m_fields.value(Field::tags).toArray());
    m_channels->showChannels(Store::ContactStore::channelsOf(m_fields),
                             contact->server.contains(Field::channels));
    m_sync->showContact(m_id);
    // A pull may have brought a newer rev: the engine reads them again then.
    readChannels();
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
        new EditContactsCommand(m_store, {EditContactsCommand::changeFor(m_id, m_fields, real)},
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
        Dialogs::Confirmation ask;
        ask.title = tr("Change status");
        ask.text = question;
        ask.action = target == MessagingState::Blocked ? tr("Block") : tr("Mark as opted out");
        ask.destructive = true;
        if (!Dialogs::confirm(this, ask)) {
            m_status->setCurrentIndex(static_cast<int>(current));
            return;
        }
    }
    run(m_undo, new StatusCommand(m_store, {*change},
                                  tr("Set status to %1").arg(m_status->itemText(index))));
}

bool ContactDetailPanel::addTag(const QString &name)
{
    if (!m_store || !m_id)
        return false;
    return m_tags->addTag(name);
}

bool ContactDetailPanel::removeTag(qint64 tagId)
{
    return m_tags->removeTag(tagId);
}

} // namespace ContactDesk::Views
