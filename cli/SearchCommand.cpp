#include "cli/SearchCommand.h"

#include "cli/ContactLookup.h"
#include "cli/ContactView.h"
#include "cli/Output.h"

namespace ContactDesk::Cli {

SearchCommand::SearchCommand()
    : Command(QStringLiteral("search"))
    , m_tag(tagFilterOption())
    , m_json(jsonOption())
{
    addArgument({tr("TEXT"), tr("Words that must all occur (names, email, custom values), or "
                                "digits of a phone number.")},
                1, 1);
    addOption(m_tag);
    addOption(m_json);
}

QString SearchCommand::description() const
{
    return tr("List the contacts the window's search box finds.");
}

int SearchCommand::run(const QCommandLineParser &parser, Session &session)
{
    QString problem;
    const QList<Store::StoredContact> contacts = ContactLookup::matching(
        session.store(), parser.positionalArguments().constFirst(), parser.values(m_tag), &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    ContactView::printList(contacts, parser.isSet(m_json));
    return Success;
}

} // namespace ContactDesk::Cli
