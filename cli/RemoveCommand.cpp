#include "cli/RemoveCommand.h"

#include "cli/ContactLookup.h"
#include "cli/ContactView.h"
#include "cli/Output.h"

namespace ContactDesk::Cli {

RemoveCommand::RemoveCommand()
    : Command(QStringLiteral("rm"))
    , m_yes({QStringLiteral("y"), QStringLiteral("yes")}, tr("Delete without asking."))
{
    Argument contacts = contactArgument();
    contacts.syntax = tr("CONTACT...");
    addArgument(contacts, 1, -1);
    addOption(m_yes);
}

QString RemoveCommand::description() const
{
    return tr("Delete contacts (on the server too).");
}

QString RemoveCommand::check(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_yes) && !stdinIsTerminal())
        return tr("rm asks before it deletes, and there is no terminal to ask on: pass --yes to "
                  "delete without asking");
    return {};
}

int RemoveCommand::run(const QCommandLineParser &parser, Session &session)
{
    Store::ContactStore &store = session.store();
    QList<Store::StoredContact> contacts;
    for (const QString &typed : parser.positionalArguments()) {
        int exit = Success;
        const auto contact = ContactLookup::one(session, typed, &exit);
        if (!contact)
            return exit; // nothing deleted
        if (std::none_of(contacts.cbegin(), contacts.cend(),
                         [&contact](const Store::StoredContact &c) { return c.id == contact->id; }))
            contacts.append(*contact);
    }
    QStringList names;
    QHash<qint64, QString> nameOf;
    for (const Store::StoredContact &contact : std::as_const(contacts)) {
        const QString name = ContactView::name(contact.fields);
        if (const QString refused = session.refusedEdit(contact.id); !refused.isEmpty()) {
            err(tr("An earlier change of %1 waits for a decision (%2): retry or discard it in the "
                   "app first.")
                    .arg(name, refused));
            return Rejected;
        }
        names.append(name);
        nameOf.insert(contact.id, name);
    }

    if (!parser.isSet(m_yes)) {
        if (!askYes(tr("Delete %n contact(s): %1? [y/N] ", nullptr, int(contacts.size()))
                        .arg(visible(names.join(QLatin1String(", ")))))) {
            err(tr("Nothing deleted."));
            return Rejected;
        }
    }

    QList<qint64> ids;
    for (const Store::StoredContact &contact : std::as_const(contacts)) {
        store.deleteContact(contact.id);
        ids.append(contact.id);
    }
    const Session::Pushed pushed = session.push(ids);
    if (pushed.storeFailed)
        return NoConnection; // Command says what failed
    for (auto it = pushed.refused.cbegin(); it != pushed.refused.cend(); ++it)
        err(tr("The server refused to delete %1: %2; it is kept.")
                .arg(nameOf.value(it.key(), QString::number(it.key())), it.value()));
    if (!pushed.waiting.isEmpty()) {
        err(tr("The deletion is saved here but not on the server yet (%1); it goes with the "
               "next command or the app.")
                .arg(pushed.waiting));
        return NoConnection;
    }
    const int deleted = int(contacts.size() - pushed.refused.size());
    out(tr("Deleted %n contact(s).", nullptr, deleted));
    return pushed.refused.isEmpty() ? Success : Rejected;
}

} // namespace ContactDesk::Cli
