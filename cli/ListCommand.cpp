#include "cli/ListCommand.h"

#include "cli/ContactLookup.h"
#include "cli/ContactView.h"
#include "cli/Output.h"

namespace ContactDesk::Cli {

ListCommand::ListCommand()
    : Command(QStringLiteral("list"))
    , m_tag(tagFilterOption())
    , m_json(jsonOption())
{
    addOption(m_tag);
    addOption(m_json);
}

QString ListCommand::description() const
{
    return tr("List the contacts: id, name, phone and email.");
}

int ListCommand::run(const QCommandLineParser &parser, Session &session)
{
    QString problem;
    const QList<Store::StoredContact> contacts =
        ContactLookup::matching(session.store(), QString(), parser.values(m_tag), &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    ContactView::printList(contacts, parser.isSet(m_json));
    return Success;
}

} // namespace ContactDesk::Cli
