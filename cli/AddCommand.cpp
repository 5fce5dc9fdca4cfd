#include "cli/AddCommand.h"

#include "cli/ContactView.h"
#include "cli/Output.h"

namespace ContactDesk::Cli {

AddCommand::AddCommand()
    : Command(QStringLiteral("add"))
    , m_changes(ContactChanges::Verb::Add)
    , m_json(jsonOption())
{
    for (const QCommandLineOption &option : m_changes.options())
        addOption(option);
    addOption(m_json);
}

QString AddCommand::description() const
{
    return tr("Add a contact.");
}

QString AddCommand::check(const QCommandLineParser &parser) const
{
    if (!m_changes.phoneOrEmailGiven(parser))
        return tr("add needs --phone or --email");
    return m_changes.check(parser);
}

int AddCommand::run(const QCommandLineParser &parser, Session &session)
{
    Store::ContactStore &store = session.store();
    int exit = Success;
    const std::optional<QJsonObject> fields = m_changes.changes(parser, session, nullptr, &exit);
    if (!fields)
        return exit;
    QList<qint64> ids{store.createContact(*fields)};
    const Session::Pushed pushed = session.push(ids);
    if (pushed.storeFailed)
        return NoConnection; // Command says what failed
    if (!pushed.refused.isEmpty()) {
        err(tr("The server refused the new contact: %1").arg(pushed.refused.cbegin().value()));
        return Rejected;
    }
    if (!pushed.waiting.isEmpty()) {
        err(tr("The contact is saved here but not on the server yet (%1); it goes with the next "
               "command or the app.")
                .arg(pushed.waiting));
        return NoConnection;
    }
    const auto contact = store.contact(ids.first());
    if (!contact)
        return NoConnection;
    ContactView::print(store, *contact, parser.isSet(m_json));
    return Success;
}

} // namespace ContactDesk::Cli
