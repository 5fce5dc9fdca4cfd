#pragma once

#include "core/Domain.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace ContactDesk::Views {

class FlowLayout;

// A contact's tags as chips (clicking one removes the tag) above a field
// that adds one of the team's tags by name, completed as you type and
// matched without regard to case. A contact has at most five tags; a name
// the team does not have yet is created first when a creator is set, after
// asking. Why a tag cannot be added shows beside the field. The editor
// changes nothing itself: tagsEdited() gives the new list to apply.
class TagChipEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagChipEditor)

public:
    // Creates a tag for the team on the server; `done` gets the new tag, or
    // nothing and the reason.
    using TagCreator = std::function<void(
        const QString &name,
        std::function<void(std::optional<Tag> tag, const QString &problem)> done)>;

    explicit TagChipEditor(QWidget *parent = nullptr);
    ~TagChipEditor() override;

    // The team's tags: names to complete and match, chip names and colours.
    void setTeamTags(const QList<Tag> &tags);
    // Without one, only the team's existing tags can be added.
    void setTagCreator(TagCreator creator) { m_createTag = std::move(creator); }
    // Shows the tags (ids) of contact `contactId`; 0 for no contact.
    void showTags(qint64 contactId, const QJsonArray &tagIds);
    QJsonArray tags() const { return m_tagIds; }

    // Adds the team's tag called `name`; false, with the reason shown, when
    // it cannot (no contact, a sixth tag, an unknown name and no creator,
    // one the contact has). True too when a new tag is being created.
    bool addTag(const QString &name);
    bool removeTag(qint64 tagId);
    void hideHint();

    // The field tags are typed in (the form's label points at it).
    QLineEdit *input() const { return m_input; }

Q_SIGNALS:
    // The contact's tags as they should be now.
    void tagsEdited(const QJsonArray &tagIds);

private:
    void showChips();

    QList<Tag> m_teamTags;
    TagCreator m_createTag;
    qint64 m_contactId = 0;
    QJsonArray m_tagIds;
    FlowLayout *m_chips = nullptr;
    // What the chips show now (id, name, colour each; empty: none): the same
    // again keeps them, so a sync's refresh does not make them anew.
    QStringList m_shown;
    QLineEdit *m_input = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace ContactDesk::Views
