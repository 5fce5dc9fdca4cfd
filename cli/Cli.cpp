#include "cli/Cli.h"

#include "cli/AddCommand.h"
#include "cli/EditCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ListCommand.h"
#include "cli/Output.h"
#include "cli/RemoveCommand.h"
#include "cli/SendCommand.h"
#include "cli/ShowCommand.h"
#include "cli/TemplateCommand.h"
#include "cli/UndoImportCommand.h"

#include <memory>
#include <vector>

namespace ContactDesk::Cli {

namespace {

// The program's own options and help, before a command's name.
class Program final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::Program)

public:
    Program()
    {
        m_commands.push_back(std::make_unique<ImportCommand>());
        m_commands.push_back(std::make_unique<ExportCommand>());
        m_commands.push_back(std::make_unique<ListCommand>(ListCommand::Mode::All));
        m_commands.push_back(std::make_unique<ListCommand>(ListCommand::Mode::Search));
        m_commands.push_back(std::make_unique<ShowCommand>());
        m_commands.push_back(std::make_unique<AddCommand>());
        m_commands.push_back(std::make_unique<EditCommand>());
        m_commands.push_back(std::make_unique<RemoveCommand>());
        m_commands.push_back(std::make_unique<UndoImportCommand>());
        m_commands.push_back(std::make_unique<SendCommand>());
        for (const auto mode : {TemplateCommand::Mode::List, TemplateCommand::Mode::Add,
                                TemplateCommand::Mode::Edit, TemplateCommand::Mode::Remove})
            m_commands.push_back(std::make_unique<TemplateCommand>(mode));
    }

    int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        setUp(parser);
        // Everything from the command's name on is the command's to parse.
        parser.setOptionsAfterPositionalArgumentsMode(
            QCommandLineParser::ParseAsPositionalArguments);
        if (!parser.parse(arguments)) {
            err(parser.errorText());
            err(usage());
            return Usage;
        }
        if (parser.isSet(m_version)) {
            out(QStringLiteral("contactdesk-cli %1").arg(QStringLiteral(CONTACTDESK_VERSION)));
            return Success;
        }
        if (parser.isSet(Command::helpOption())) {
            out(helpText());
            return Success;
        }
        QStringList rest = parser.positionalArguments();
        if (rest.isEmpty()) {
            err(helpText());
            return Usage;
        }
        const QString name = rest.takeFirst();
        if (name == QLatin1String("help")) {
            if (rest.isEmpty()) {
                out(helpText());
                return Success;
            }
            if (const Command *command = find(rest.first())) {
                out(command->helpText());
                return Success;
            }
            return unknown(rest.first());
        }
        Command *command = find(name);
        if (!command)
            return unknown(name);
        return command->execute(rest, Command::accountFrom(parser, Account()));
    }

private:
    void setUp(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            tr("ContactDesk on the command line: the contacts of the app's account (or of any "
               "Heymarket-compatible server), on the same engine as the window."));
        parser.addOptions(Command::accountOptions());
        parser.addOption(m_version);
        parser.addOption(Command::helpOption());
        parser.addPositionalArgument(tr("COMMAND"), tr("One of the commands below."),
                                     tr("COMMAND [options]"));
    }

    Command *find(const QString &name) const
    {
        for (const auto &command : m_commands)
            if (command->name() == name)
                return command.get();
        return nullptr;
    }

    QString usage() const
    {
        return tr("Usage: contactdesk-cli [account options] COMMAND [options]; "
                  "“contactdesk-cli help” lists the commands.");
    }

    int unknown(const QString &name) const
    {
        err(tr("unknown command “%1”").arg(name));
        err(usage());
        return Usage;
    }

    QString helpText() const
    {
        QCommandLineParser parser;
        setUp(parser);
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program); at >= 0)
            help.replace(at, program.size(), QStringLiteral("contactdesk-cli"));
        qsizetype width = 0;
        for (const auto &command : m_commands)
            width = std::max(width, command->name().size());
        help += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
        for (const auto &command : m_commands)
            help += QLatin1String("  ") + command->name() +
                    QString(width - command->name().size() + 2, QLatin1Char(' ')) +
                    command->description() + QLatin1Char('\n');
        help +=
            QLatin1Char('\n') +
            tr("“contactdesk-cli help COMMAND” (or “contactdesk-cli COMMAND --help”) shows "
               "a command's options. The account options work before or after the command. "
               "Exit codes: 0 done; 1 rejected (a row, a recipient, a contact not found, a "
               "server refusal); 2 bad usage or an unreadable file (or one changed since it was "
               "checked); 3 no connection to the server or the local store; 130 or 143 "
               "stopped by Ctrl+C or SIGTERM (an import resumes with the same command).");
        return help;
    }

    std::vector<std::unique_ptr<Command>> m_commands;
    const QCommandLineOption m_version{{QStringLiteral("v"), QStringLiteral("version")},
                                       tr("Show the version.")};
};

} // namespace

int run(const QStringList &arguments)
{
    Program program;
    return program.run(arguments);
}

} // namespace ContactDesk::Cli
