#include "cli/ListCommand.h"

#include "cli/ContactLookup.h"
#include "cli/ContactView.h"
#include "cli/Output.h"

namespace ContactDesk::Cli {

ListCommand::ListCommand(Mode mode)
    : Command(mode == Mode::Search ? QStringLiteral("search") : QStringLiteral("list"))
    , m_mode(mode)
    , m_tag(tagFilterOption())
    , m_json(jsonOption())
{
    if (m_mode == Mode::Search)
        addArgument({tr("TEXT"), tr("Words that must all occur (names, email, custom values), or "
                                    "digits of a phone number.")},
                    1, 1);
    addOption(m_tag);
    addOption(m_json);
}

QString ListCommand::description() const
{
    return m_mode == Mode::Search ? tr("List the contacts the window's search box finds.")
                                  : tr("List the contacts: id, name, phone and email.");
}

int ListCommand::run(const QCommandLineParser &parser, Session &session)
{
    const QString text =
        m_mode == Mode::Search ? parser.positionalArguments().constFirst() : QString();
    QString problem;
    const QList<Store::StoredContact> contacts =
        ContactLookup::matching(session.store(), text, parser.values(m_tag), &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    ContactView::printList(contacts, parser.isSet(m_json));
    return Success;
}

} // namespace ContactDesk::Cli
