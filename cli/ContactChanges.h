#pragma once

#include "store/ContactStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ContactDesk::Cli {

class Session;

// The options add and edit share (--first, --last, --display-name,
// --phone, --email, --owner, --tag, --field) and what they change, checked
// as the window checks an edit: phone numbers through Phone::normalize
// with the profile's region (and not another contact's), email addresses
// through Email::problem, the owner a member of the team, custom fields by
// their title (any case), at most Field::maxTags tags.
class ContactChanges final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ContactChanges)

public:
    enum class Verb
    {
        Add,
        Edit
    };
    explicit ContactChanges(Verb verb);

    QList<QCommandLineOption> options() const;
    bool anyGiven(const QCommandLineParser &parser) const;
    bool phoneOrEmailGiven(const QCommandLineParser &parser) const;
    // What can be checked before the account opens (--field TITLE=VALUE,
    // --tag names): empty, or the problem.
    QString check(const QCommandLineParser &parser) const;

    // The field-map changes the options ask for, against `current` (null
    // for a new contact): only what differs. Tags the team lacks are
    // created first (and said so on stderr), after everything else was
    // checked. Prints why and sets exit when the options cannot be applied:
    // 2 for a value that is not a phone number or address, or a member,
    // field or tag the team lacks; 1 for a phone number another contact
    // has, a sixth tag, or a tag the server did not create; 3 when the
    // server could not be reached.
    std::optional<QJsonObject> changes(const QCommandLineParser &parser, Session &session,
                                       const Store::StoredContact *current, int *exit) const;

private:
    // The tags the contact ends with: ids of the team's tags, or (0, name)
    // for a tag the team lacks.
    using TagList = QList<QPair<qint64, QString>>;
    std::optional<TagList> tags(const QCommandLineParser &parser, const Store::ContactStore &store,
                                const QJsonObject &fields, int *exit) const;
    // Creates the tags named with id 0 and puts their ids in.
    static bool createTags(Session &session, TagList &tags, int *exit);

    const Verb m_verb;
    const QCommandLineOption m_first;
    const QCommandLineOption m_last;
    const QCommandLineOption m_displayName;
    const QCommandLineOption m_phone;
    const QCommandLineOption m_email;
    const QCommandLineOption m_owner;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_field;
};

} // namespace ContactDesk::Cli
