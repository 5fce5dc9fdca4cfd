#include "cli/ShowCommand.h"

#include "cli/ContactLookup.h"
#include "cli/ContactView.h"
#include "cli/Output.h"

namespace ContactDesk::Cli {

ShowCommand::ShowCommand()
    : Command(QStringLiteral("show"))
    , m_json(jsonOption())
{
    addArgument(contactArgument(), 1, 1);
    addOption(m_json);
}

QString ShowCommand::description() const
{
    return tr("Show one contact.");
}

int ShowCommand::run(const QCommandLineParser &parser, Session &session)
{
    int exit = Success;
    const auto contact =
        ContactLookup::one(session, parser.positionalArguments().constFirst(), &exit);
    if (!contact)
        return exit;
    ContactView::print(session.store(), *contact, parser.isSet(m_json));
    return Success;
}

} // namespace ContactDesk::Cli
