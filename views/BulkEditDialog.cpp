#include "views/BulkEditDialog.h"

#include "core/ContactFields.h"
#include "store/ContactStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk::Views {

namespace {
constexpr int namesInPreview = 5;
} // namespace

BulkEdit::Plan BulkEdit::plan(const Store::ContactStore &store, const QList<qint64> &ids) const
{
    Plan plan;
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
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("bulkValueCombo"));
    m_value->setAccessibleName(tr("Value"));
    form->addRow(tr("&Change:"), m_action);
    form->addRow(tr("&To:"), m_value);
    layout->addLayout(form);
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
    case BulkEdit::Action::SetStatus:
        m_value->addItem(tr("Active"), qint64(MessagingState::Active));
        m_value->addItem(tr("Blocked"), qint64(MessagingState::Blocked));
        m_value->addItem(tr("Opted out (unsubscribed)"), qint64(MessagingState::OptedOut));
        break;
    }
}

BulkEdit BulkEditDialog::edit() const
{
    return {static_cast<BulkEdit::Action>(m_action->currentData().toInt()),
            m_value->currentData().toLongLong()};
}

void BulkEditDialog::setEdit(const BulkEdit &edit)
{
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(edit.action)));
    m_value->setCurrentIndex(m_value->findData(edit.value));
    updatePreview();
}

QString BulkEditDialog::previewText() const
{
    return m_preview->text();
}

void BulkEditDialog::updatePreview()
{
    m_plan =
        m_store && m_value->currentIndex() >= 0 ? edit().plan(*m_store, m_ids) : BulkEdit::Plan{};
    const QLocale locale;
    QStringList lines;
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
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plan.changing() > 0);
}

QUndoCommand *BulkEditDialog::takeCommand()
{
    if (!m_store || m_plan.changing() == 0)
        return nullptr;
    const QString text = tr("%1 “%2” on %Ln contact(s)", "", m_plan.changing())
                             .arg(m_action->currentText(), m_value->currentText());
    if (!m_plan.statuses.isEmpty())
        return new StatusCommand(m_store, std::exchange(m_plan.statuses, {}), text);
    return new EditContactsCommand(m_store, std::exchange(m_plan.edits, {}), text);
}

} // namespace ContactDesk::Views
