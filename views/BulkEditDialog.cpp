#include "views/BulkEditDialog.h"

#include "core/ContactFields.h"
#include "store/ContactStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk::Views {

namespace {

constexpr int namesInPreview = 5;

QUndoCommand *commandFor(Store::ContactStore *store, BulkEdit::Plan plan, const QString &text)
{
    if (!plan.statuses.isEmpty())
        return new StatusCommand(store, std::move(plan.statuses), text);
    return new EditContactsCommand(store, std::move(plan.edits), text);
}

// Several changes as one undo step. Each is planned from the store when
// the one before it has been made (the first redo); redo and undo then
// replay the commands made then, in order and in reverse.
class BulkEditsCommand final : public QUndoCommand
{
public:
    BulkEditsCommand(Store::ContactStore *store, QList<qint64> ids, QList<BulkEdit> edits,
                     const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_ids(std::move(ids))
        , m_edits(std::move(edits))
    {}

    void redo() override
    {
        if (!m_made) {
            m_made = true;
            for (const BulkEdit &edit : std::as_const(m_edits)) {
                if (!m_store)
                    break;
                BulkEdit::Plan plan = edit.plan(*m_store, m_ids);
                if (plan.changing() == 0)
                    continue;
                const QString what =
                    QCoreApplication::translate("ContactDesk::Views::BulkEditDialog",
                                                "%1 on %Ln contact(s)", "", plan.changing())
                        .arg(edit.describe(*m_store));
                m_commands.emplace_back(commandFor(m_store, std::move(plan), what));
                m_commands.back()->redo();
            }
            return;
        }
        for (const auto &command : m_commands)
            command->redo();
    }

    void undo() override
    {
        for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
            (*it)->undo();
    }

private:
    QPointer<Store::ContactStore> m_store;
    QList<qint64> m_ids;
    QList<BulkEdit> m_edits;
    bool m_made = false;
    std::vector<std::unique_ptr<QUndoCommand>> m_commands;
};

} // namespace

QString BulkEdit::describe(const Store::ContactStore &store) const
{
    // The dialog's words (the combos say the same).
    const auto named = [](const QString &verb, const QString &name) {
        return QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "%1 “%2”")
            .arg(verb, name);
    };
    switch (action) {
    case Action::AddTag:
    case Action::RemoveTag: {
        QString name = QString::number(value);
        for (const Tag &tag : store.tags())
            if (tag.id == value)
                name = tag.name;
        return named(
            action == Action::AddTag
                ? QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Add tag")
                : QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Remove tag"),
            name);
    }
    case Action::SetOwner: {
        QString name =
            QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Unassigned");
        for (const TeamMember &member : store.members())
            if (member.id == value)
                name = member.name;
        return named(QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Set owner"),
                     name);
    }
    case Action::SetCustom:
    case Action::ClearCustom: {
        QString title = QString::number(value);
        for (const CustomField &field : store.customFields())
            if (field.id == value)
                title = field.title;
        if (action == Action::ClearCustom)
            return named(QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Clear"),
                         title);
        return QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Set “%1” to “%2”")
            .arg(title, text);
    }
    case Action::SetStatus: {
        const QString verb =
            QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Set status");
        switch (static_cast<MessagingState>(value)) {
        case MessagingState::Active:
            return named(
                verb, QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Active"));
        case MessagingState::Blocked:
            return named(
                verb, QCoreApplication::translate("ContactDesk::Views::BulkEditDialog", "Blocked"));
        case MessagingState::OptedOut:
            return named(verb, QCoreApplication::translate("ContactDesk::Views::BulkEditDialog",
                                                           "Opted out (unsubscribed)"));
        }
        break;
    }
    }
    return {};
}

BulkEdit::Plan BulkEdit::plan(const Store::ContactStore &store, const QList<qint64> &ids) const
{
    Plan plan;
    // No value typed yet is nothing to set (emptying is Clear's, asked for
    // by name): an Apply pressed too soon changes nothing.
    if (action == Action::SetCustom && text.trimmed().isEmpty())
        return plan;
    for (qint64 id : ids) {
        const auto contact = store.contact(id);
        if (!contact) {
            plan.missing.append(id);
            continue;
        }
        const QJsonObject &fields = contact->fields;
        switch (action) {
        case Action::AddTag:
        case Action::RemoveTag: {
            QJsonArray tags = fields.value(Field::tags).toArray();
            const bool has = tags.contains(QJsonValue(value));
            if ((action == Action::AddTag) == has) {
                ++plan.unchanged;
                break;
            }
            if (action == Action::AddTag) {
                if (tags.size() >= Field::maxTags) {
                    plan.overLimit.append(id);
                    break;
                }
                tags.append(value);
            } else {
                for (qsizetype i = tags.size() - 1; i >= 0; --i)
                    if (tags.at(i).toInteger() == value)
                        tags.removeAt(i);
            }
            plan.edits.append(
                {id, {{Field::tags, fields.value(Field::tags)}}, {{Field::tags, tags}}});
            break;
        }
        case Action::SetOwner: {
            const QJsonValue owner = value ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
            const QJsonValue before = fields.value(Field::owner);
            if (before == owner || (!value && !before.isDouble())) {
                ++plan.unchanged;
                break;
            }
            plan.edits.append(
                {id,
                 {{Field::owner, before.isDouble() ? before : QJsonValue(QJsonValue::Null)}},
                 {{Field::owner, owner}}});
            break;
        }
        case Action::SetCustom:
        case Action::ClearCustom: {
            const QString key = Field::custom(value);
            const QString after = action == Action::SetCustom ? text.trimmed() : QString();
            if (fields.value(key).toString() == after) {
                ++plan.unchanged;
                break;
            }
            plan.edits.append(EditContactsCommand::changeFor(id, fields, {{key, after}}));
            break;
        }
        case Action::SetStatus:
            if (const auto change =
                    StatusCommand::changeFor(id, fields, static_cast<MessagingState>(value)))
                plan.statuses.append(*change);
            else
                ++plan.unchanged;
            break;
        }
    }
    return plan;
}

BulkEditDialog::BulkEditDialog(Store::ContactStore *store, QList<qint64> ids, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_ids(std::move(ids))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit %Ln contact(s)", "", static_cast<int>(m_ids.size())));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("bulkActionCombo"));
    m_action->setAccessibleName(tr("Change"));
    m_action->addItem(tr("Add tag"), static_cast<int>(BulkEdit::Action::AddTag));
    m_action->addItem(tr("Remove tag"), static_cast<int>(BulkEdit::Action::RemoveTag));
    m_action->addItem(tr("Set owner"), static_cast<int>(BulkEdit::Action::SetOwner));
    m_action->addItem(tr("Set status"), static_cast<int>(BulkEdit::Action::SetStatus));
    m_action->addItem(tr("Set custom field"), static_cast<int>(BulkEdit::Action::SetCustom));
    m_action->addItem(tr("Clear custom field"), static_cast<int>(BulkEdit::Action::ClearCustom));
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("bulkValueCombo"));
    m_value->setAccessibleName(tr("Value"));
    form->addRow(tr("&Change:"), m_action);
    form->addRow(tr("&To:"), m_value);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("bulkTextEdit"));
    m_text->setAccessibleName(tr("Value"));
    m_textLabel = new QLabel(tr("&Value:"), this);
    m_textLabel->setBuddy(m_text);
    form->addRow(m_textLabel, m_text);
    connect(m_text, &QLineEdit::textChanged, this, &BulkEditDialog::updatePreview);
    layout->addLayout(form);
    m_addChange = new QPushButton(tr("&Add another change"), this);
    m_addChange->setObjectName(QStringLiteral("bulkAddChangeButton"));
    layout->addWidget(m_addChange, 0, Qt::AlignLeft);
    m_changeList = new QListWidget(this);
    m_changeList->setObjectName(QStringLiteral("bulkChangeList"));
    m_changeList->setAccessibleName(tr("Changes to make"));
    m_changeList->hide(); // until there is a change in it
    layout->addWidget(m_changeList);
    connect(m_addChange, &QPushButton::clicked, this, [this] {
        const BulkEdit current = edit();
        if (!m_store || m_value->currentIndex() < 0 || m_changes.contains(current))
            return;
        m_changes.append(current);
        m_changeList->addItem(current.describe(*m_store));
        m_changeList->show();
        updatePreview();
    });
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("bulkPreviewLabel"));
    m_preview->setTextFormat(Qt::PlainText); // names tags and members
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(360);
    layout->addWidget(m_preview);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        fillValues();
        updatePreview();
    });
    connect(m_value, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
    fillValues();
    updatePreview();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::fillValues()
{
    const QSignalBlocker blocker(m_value);
    m_value->clear();
    if (!m_store)
        return;
    switch (static_cast<BulkEdit::Action>(m_action->currentData().toInt())) {
    case BulkEdit::Action::AddTag:
    case BulkEdit::Action::RemoveTag:
        for (const Tag &tag : m_store->tags())
            m_value->addItem(tag.name, tag.id);
        break;
    case BulkEdit::Action::SetOwner:
        m_value->addItem(tr("Unassigned"), qint64(0));
        for (const TeamMember &member : m_store->members())
            m_value->addItem(member.name, member.id);
        break;
    case BulkEdit::Action::SetCustom:
    case BulkEdit::Action::ClearCustom:
        for (const CustomField &field : m_store->customFields())
            m_value->addItem(field.title, field.id);
        break;
    case BulkEdit::Action::SetStatus:
        m_value->addItem(tr("Active"), qint64(MessagingState::Active));
        m_value->addItem(tr("Blocked"), qint64(MessagingState::Blocked));
        m_value->addItem(tr("Opted out (unsubscribed)"), qint64(MessagingState::OptedOut));
        break;
    }
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit current(static_cast<BulkEdit::Action>(m_action->currentData().toInt()),
                     m_value->currentData().toLongLong());
    if (current.action == BulkEdit::Action::SetCustom)
        current.text = m_text->text().trimmed();
    return current;
}

void BulkEditDialog::setEdit(const BulkEdit &edit)
{
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(edit.action)));
    m_value->setCurrentIndex(m_value->findData(edit.value));
    if (edit.action == BulkEdit::Action::SetCustom)
        m_text->setText(edit.text);
    updatePreview();
}

QString BulkEditDialog::previewText() const
{
    return m_preview->text();
}

void BulkEditDialog::updatePreview()
{
    // The value field only for a custom value to set.
    const bool typed = edit().action == BulkEdit::Action::SetCustom;
    m_text->setVisible(typed);
    m_textLabel->setVisible(typed);
    m_plan =
        m_store && m_value->currentIndex() >= 0 ? edit().plan(*m_store, m_ids) : BulkEdit::Plan{};
    const QLocale locale;
    QStringList lines;
    if (typed && m_text->text().trimmed().isEmpty())
        lines.append(tr("Type the value to set (“Clear custom field” empties it)."));
    else
        lines.append(tr("%Ln contact(s) will change.", "", m_plan.changing()));
    if (m_plan.unchanged)
        lines.append(tr("%Ln already as asked.", "", m_plan.unchanged));
    if (!m_plan.overLimit.isEmpty()) {
        QStringList names;
        for (qint64 id : m_plan.overLimit.mid(0, namesInPreview)) {
            const auto contact = m_store->contact(id);
            const QJsonObject fields = contact ? contact->fields : QJsonObject();
            QString name = fields.value(Field::displayName).toString();
            if (name.isEmpty())
                name = QStringList{fields.value(Field::first).toString(),
                                   fields.value(Field::last).toString()}
                           .join(QLatin1Char(' '))
                           .trimmed();
            names.append(name.isEmpty() ? fields.value(Field::phone).toString() : name);
        }
        if (m_plan.overLimit.size() > namesInPreview)
            names.append(
                tr("and %1 more").arg(locale.toString(m_plan.overLimit.size() - namesInPreview)));
        lines.append(tr("%Ln contact(s) already have five tags and will be left alone: %1", "",
                        static_cast<int>(m_plan.overLimit.size()))
                         .arg(names.join(QStringLiteral(", "))));
    }
    if (!m_plan.missing.isEmpty())
        lines.append(
            tr("%Ln contact(s) no longer exist.", "", static_cast<int>(m_plan.missing.size())));
    if (!m_changes.isEmpty() && m_store) {
        // The listed changes, each with what it changes (counted from the
        // contacts as they are now; each is planned again when the one
        // before it has been made), then the one in the combos.
        QStringList listed;
        for (const BulkEdit &change : std::as_const(m_changes))
            listed.append(
                tr("%1: %Ln contact(s) will change.", "", change.plan(*m_store, m_ids).changing())
                    .arg(change.describe(*m_store)));
        if (m_value->currentIndex() >= 0 && !m_changes.contains(edit()))
            lines.prepend(tr("And %1:").arg(edit().describe(*m_store)));
        lines = listed + lines;
    }
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_plan.changing() > 0 || !m_changes.isEmpty());
    m_addChange->setEnabled(m_plan.changing() > 0 && !m_changes.contains(edit()));
}

QList<BulkEdit> BulkEditDialog::edits() const
{
    QList<BulkEdit> all = m_changes;
    if (m_value->currentIndex() >= 0 && m_plan.changing() > 0 && !all.contains(edit()))
        all.append(edit());
    return all;
}

QUndoCommand *BulkEditDialog::takeCommand()
{
    const QList<BulkEdit> all = edits();
    if (!m_store || all.isEmpty())
        return nullptr;
    if (all.size() == 1 && all.first() == edit()) {
        const QString text =
            tr("%1 on %Ln contact(s)", "", m_plan.changing()).arg(edit().describe(*m_store));
        return commandFor(m_store, std::exchange(m_plan, {}), text);
    }
    return new BulkEditsCommand(m_store, m_ids, all,
                                tr("%Ln change(s) on %1", "", int(all.size()))
                                    .arg(tr("%Ln contact(s)", "", static_cast<int>(m_ids.size()))));
}

} // namespace ContactDesk::Views
