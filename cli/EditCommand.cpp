#include "cli/EditCommand.h"

#include "cli/ContactLookup.h"
#include "cli/ContactView.h"
#include "cli/Output.h"
#include "core/ContactFields.h"

namespace ContactDesk::Cli {

namespace {

const QStringList statusWords{QStringLiteral("active"), QStringLiteral("blocked"),
                              QStringLiteral("unblocked"), QStringLiteral("opted-out"),
                              QStringLiteral("subscribed")};

// The status change --status asks for, if the contact needs it: each word
// is one of the server's changes (set_status), and active clears both a
// block and an opt-out.
std::optional<ContactStatusChange> statusChange(const QString &word, const QJsonObject &fields)
{
    const bool blocked = fields.value(Field::blocked).toBool();
    const bool optedOut = fields.value(Field::optedOut).toBool();
    if (word == QLatin1String("active") && (blocked || optedOut))
        return ContactStatusChange::Active;
    if (word == QLatin1String("blocked") && !blocked)
        return ContactStatusChange::Blocked;
    if (word == QLatin1String("unblocked") && blocked)
        return ContactStatusChange::Unblocked;
    if (word == QLatin1String("opted-out") && !optedOut)
        return ContactStatusChange::Unsubscribed;
    if (word == QLatin1String("subscribed") && optedOut)
        return ContactStatusChange::Subscribed;
    return std::nullopt;
}

} // namespace

EditCommand::EditCommand()
    : Command(QStringLiteral("edit"))
    , m_changes(ContactChanges::Verb::Edit)
    , m_status(QStringLiteral("status"),
               tr("The messaging status: active (neither blocked nor opted out), blocked, "
                  "unblocked, opted-out or subscribed."),
               tr("STATUS"))
    , m_json(jsonOption())
{
    addArgument(contactArgument(), 1, 1);
    for (const QCommandLineOption &option : m_changes.options())
        addOption(option);
    addOption(m_status);
    addOption(m_json);
}

QString EditCommand::description() const
{
    return tr("Change a contact: only what is given.");
}

QString EditCommand::check(const QCommandLineParser &parser) const
{
    if (!m_changes.anyGiven(parser) && !parser.isSet(m_status))
        return tr("edit needs something to change");
    if (parser.isSet(m_status) && !statusWords.contains(parser.value(m_status)))
        return tr("--status takes %1, not “%2”")
            .arg(statusWords.join(QLatin1String(", ")), parser.value(m_status));
    return m_changes.check(parser);
}

int EditCommand::run(const QCommandLineParser &parser, Session &session)
{
    Store::ContactStore &store = session.store();
    int exit = Success;
    const auto contact =
        ContactLookup::one(session, parser.positionalArguments().constFirst(), &exit);
    if (!contact)
        return exit;
    const QString name = ContactView::name(contact->fields);
    if (const QString refused = session.refusedEdit(contact->id); !refused.isEmpty()) {
        err(tr("An earlier change of %1 waits for a decision (%2): retry or discard it in the "
               "app first.")
                .arg(name, refused));
        return Rejected;
    }
    const std::optional<QJsonObject> changes = m_changes.changes(parser, session, &*contact, &exit);
    if (!changes)
        return exit;
    const std::optional<ContactStatusChange> status =
        parser.isSet(m_status) ? statusChange(parser.value(m_status), contact->fields)
                               : std::nullopt;
    if (changes->isEmpty() && !status) {
        err(tr("%1 has all of that already.").arg(name));
    } else {
        if (!changes->isEmpty())
            store.editContact(contact->id, *changes);
        if (status)
            store.setStatus(contact->id, *status);
        QList<qint64> ids{contact->id};
        const Session::Pushed pushed = session.push(ids);
        if (pushed.storeFailed)
            return NoConnection; // Command says what failed
        if (!pushed.refused.isEmpty()) {
            err(tr("The server refused the change of %1: %2. What it refused is taken back.")
                    .arg(name, pushed.refused.cbegin().value()));
            return Rejected;
        }
        if (!pushed.waiting.isEmpty()) {
            err(tr("The change is saved here but not on the server yet (%1); it goes with the "
                   "next command or the app.")
                    .arg(pushed.waiting));
            return NoConnection;
        }
    }
    const auto after = store.contact(contact->id);
    if (!after)
        return NoConnection;
    ContactView::print(store, *after, parser.isSet(m_json));
    return Success;
}

} // namespace ContactDesk::Cli
