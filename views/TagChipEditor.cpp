#include "views/TagChipEditor.h"

#include "core/ContactFields.h"
#include "core/HtmlText.h"
#include "views/Dialogs.h"
#include "views/FlowLayout.h"
#include "views/TonedText.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk::Views {

TagChipEditor::TagChipEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tagEditor"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    // The chips wrap onto more lines rather than widen the form.
    auto *chips = new QWidget(this);
    chips->setObjectName(QStringLiteral("tagChips"));
    m_chips = new FlowLayout(chips);
    box->addWidget(chips);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setAccessibleName(tr("Add tag"));
    m_input->setPlaceholderText(tr("Add a tag…"));
    box->addWidget(m_input);
    m_hint = hintLabel(this, QStringLiteral("tagHint"));
    box->addWidget(m_hint);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString added = m_input->text().trimmed();
        if (!addTag(added))
            return;
        m_input->clear();
        // A tag picked from the suggestions is put back in the field once
        // Return has been handled (it was then glued to the next tag typed):
        // that goes too, and nothing typed since.
        QMetaObject::invokeMethod(
            this,
            [this, added] {
                if (m_input->text().trimmed().compare(added, Qt::CaseInsensitive) == 0)
                    m_input->clear();
            },
            Qt::QueuedConnection);
    });
}

TagChipEditor::~TagChipEditor() = default;

void TagChipEditor::setTeamTags(const QList<Tag> &tags)
{
    m_teamTags = tags;
    QStringList names;
    for (const Tag &tag : std::as_const(m_teamTags))
        names.append(tag.name);
    auto *completer = new QCompleter(names, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_input->completer();
    m_input->setCompleter(completer);
}

void TagChipEditor::showTags(qint64 contactId, const QJsonArray &tagIds)
{
    m_contactId = contactId;
    m_tagIds = tagIds;
    showChips();
}

void TagChipEditor::hideHint()
{
    m_hint->hide();
}

void TagChipEditor::showChips()
{
    // The chips as they will be: each tag's name and the team's colour.
    struct Shown
    {
        qint64 id;
        QString name;
        QColor color;
    };
    QList<Shown> shown;
    QStringList key;
    if (m_contactId) {
        for (const QJsonValue &value : std::as_const(m_tagIds)) {
            Shown chip{value.toInteger(), tr("tag %1").arg(value.toInteger()),
                       ContrastColors::tagWithoutColor()};
            for (const Tag &tag : std::as_const(m_teamTags))
                if (tag.id == chip.id) {
                    chip.name = tag.name;
                    // The team's colour; what is not a colour is not put in a style sheet.
                    if (const QColor own(tag.color); own.isValid())
                        chip.color = own;
                }
            shown.append(chip);
            key << QString::number(chip.id) << chip.name << chip.color.name();
        }
    }
    if (key != m_shown || m_chips->count() != shown.size()) {
        m_shown = key;
        while (QLayoutItem *item = m_chips->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        QWidget *place = m_chips->parentWidget();
        for (const Shown &tag : std::as_const(shown)) {
            const qint64 tagId = tag.id;
            auto *chip = new QToolButton(place);
            chip->setObjectName(QStringLiteral("tagChip_%1").arg(tagId));
            // A long name is cut with "…" (the tooltip and the accessible
            // name say it whole).
            const int widest = chip->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
            chip->setText(chip->fontMetrics().elidedText(tag.name, Qt::ElideRight, widest) +
                          QStringLiteral("  ×"));
            chip->setAccessibleName(tr("Remove tag %1").arg(tag.name));
            chip->setToolTip(HtmlText::forToolTip(tr("Remove the tag “%1”").arg(tag.name)));
            chip->setStyleSheet(
                QStringLiteral("QToolButton { background: %1; color: %2;"
                               " border-radius: 8px; padding: 2px 8px; }")
                    .arg(tag.color.name(), ContrastColors::textOn(tag.color).name()));
            connect(chip, &QToolButton::clicked, this, [this, tagId] { removeTag(tagId); });
            // Styled and shown before the form measures the lines: a chip
            // shown later (Qt shows a widget added to a layout on the next
            // turn of the event loop) was measured at its unstyled size, or
            // not at all, and the line it wrapped onto got no room.
            chip->ensurePolished();
            m_chips->addWidget(chip);
            chip->show();
        }
    }
    m_input->setEnabled(m_tagIds.size() < Field::maxTags);
    m_input->setPlaceholderText(
        m_tagIds.size() < Field::maxTags ? tr("Add a tag…") : tr("Five tags: remove one first"));
}

bool TagChipEditor::addTag(const QString &name)
{
    if (!m_contactId || name.isEmpty())
        return false;
    const Tag *found = nullptr;
    for (const Tag &tag : std::as_const(m_teamTags))
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
            found = &tag;
    if (m_tagIds.size() >= Field::maxTags) {
        showHint(m_hint,
                 tr("A contact can have at most five tags; remove one before adding “%1”.")
                     .arg(found ? found->name : name),
                 true);
        return false;
    }
    if (!found) {
        if (!m_createTag) {
            showHint(
                m_hint,
                tr("The team has no tag called “%1”. Pick one of the suggested tags.").arg(name),
                true);
            return false;
        }
        Dialogs::Confirmation ask;
        ask.title = tr("New tag");
        ask.text = tr("The team has no tag called “%1”. Create it?").arg(name);
        ask.action = tr("Create the tag");
        if (!Dialogs::confirm(this, ask))
            return false;
        showHint(m_hint, tr("Creating the tag “%1”…").arg(name), false);
        const qint64 contact = m_contactId;
        m_createTag(name, [self = QPointer<TagChipEditor>(this), contact,
                           name](std::optional<Tag> tag, const QString &problem) {
            if (!self)
                return;
            if (!tag) {
                showHint(self->m_hint,
                         tr("The tag “%1” could not be created: %2").arg(name, problem), true);
                return;
            }
            // The store has it by now (the team's tags came again); in
            // case it could not keep it, the editor knows it anyway.
            if (std::none_of(self->m_teamTags.cbegin(), self->m_teamTags.cend(),
                             [&tag](const Tag &known) { return known.id == tag->id; }))
                self->m_teamTags.append(*tag);
            if (self->m_contactId == contact)
                self->addTag(tag->name);
        });
        return true;
    }
    if (m_tagIds.contains(found->id)) {
        showHint(m_hint, tr("The contact already has the tag “%1”.").arg(found->name), true);
        return false;
    }
    m_hint->hide();
    QJsonArray tags = m_tagIds;
    tags.append(found->id);
    Q_EMIT tagsEdited(tags);
    return true;
}

bool TagChipEditor::removeTag(qint64 tagId)
{
    QJsonArray tags = m_tagIds;
    for (qsizetype i = 0; i < tags.size(); ++i)
        if (tags.at(i).toInteger() == tagId) {
            tags.removeAt(i);
            m_hint->hide();
            Q_EMIT tagsEdited(tags);
            return true;
        }
    return false;
}

} // namespace ContactDesk::Views
