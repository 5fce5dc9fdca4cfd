#include "cli/Command.h"

#include "cli/Output.h"

namespace ContactDesk::Cli {

namespace {

const QString profileName = QStringLiteral("profile");
const QString apiUrlName = QStringLiteral("api-url");
const QString apiKeyName = QStringLiteral("api-key");

} // namespace

Command::Command(QString name)
    : m_name(std::move(name))
{}

Command::~Command() = default;

QList<QCommandLineOption> Command::accountOptions()
{
    return {QCommandLineOption(profileName,
                               tr("The app profile whose account to use (its folder)."), tr("DIR")),
            QCommandLineOption(apiUrlName,
                               tr("Use this Heymarket-compatible server instead of the "
                                  "profile's account."),
                               tr("URL")),
            QCommandLineOption(apiKeyName, tr("The server's API key (else CONTACTDESK_API_KEY)."),
                               tr("KEY"))};
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON."));
}

QCommandLineOption Command::tagFilterOption()
{
    return QCommandLineOption(QStringLiteral("tag"),
                              tr("Only contacts with this tag (repeat it for several: "
                                 "contacts with all of them)."),
                              tr("NAME"));
}

QCommandLineOption Command::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

Command::Argument Command::contactArgument()
{
    return {tr("CONTACT"), tr("The contact: its phone number (as people write it), email "
                              "address, id or UUID.")};
}

Account Command::accountFrom(const QCommandLineParser &parser, Account given)
{
    if (parser.isSet(profileName))
        given.profile = parser.value(profileName);
    if (parser.isSet(apiUrlName))
        given.apiUrl = parser.value(apiUrlName);
    if (parser.isSet(apiKeyName))
        given.apiKey = parser.value(apiKeyName);
    if (given.apiKey.isEmpty())
        given.apiKey = qEnvironmentVariable("CONTACTDESK_API_KEY");
    return given;
}

QString Command::accountProblem(const Account &account)
{
    if (!account.apiUrl.isEmpty() && account.apiKey.isEmpty())
        return tr("--api-url needs --api-key or CONTACTDESK_API_KEY");
    return {};
}

void Command::addArgument(Argument argument, int minimum, int maximum)
{
    m_arguments.append(std::move(argument));
    m_minimumArguments += minimum;
    m_maximumArguments = maximum < 0 || m_maximumArguments < 0 ? -1 : m_maximumArguments + maximum;
}

void Command::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description());
    for (const Argument &argument : m_arguments)
        parser.addPositionalArgument(argument.syntax, argument.description, argument.syntax);
    parser.addOptions(m_options);
    parser.addOptions(accountOptions());
    parser.addOption(helpOption());
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    setUp(parser);
    // The parser names the program as it was started (a path, perhaps):
    // the help names the command as it is typed.
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0)
        help.replace(at, program.size(), QLatin1String("contactdesk-cli ") + m_name);
    return help.trimmed();
}

QString Command::usage() const
{
    return helpText().section(QLatin1Char('\n'), 0, 0);
}

QString Command::check(const QCommandLineParser &) const
{
    return {};
}

int Command::usageError(const QString &problem) const
{
    err(problem);
    err(usage());
    err(tr("“contactdesk-cli help %1” lists its options.").arg(m_name));
    return Usage;
}

int Command::execute(const QStringList &arguments, const Account &given)
{
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption())) {
        out(helpText());
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < m_minimumArguments) {
        QStringList syntax;
        for (const Argument &argument : m_arguments)
            syntax.append(argument.syntax);
        return usageError(tr("%1 needs %2").arg(m_name, syntax.join(QLatin1Char(' '))));
    }
    if (m_maximumArguments >= 0 && positional.size() > m_maximumArguments)
        return usageError(
            tr("%1: unexpected argument “%2”").arg(m_name, positional.at(m_maximumArguments)));
    const Account account = accountFrom(parser, given);
    if (const QString problem = accountProblem(account); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = check(parser); !problem.isEmpty())
        return usageError(problem);

    Session session(account);
    QString problem;
    if (!session.open(&problem)) {
        err(problem);
        return NoConnection;
    }
    const quint64 failuresBefore = session.store().failureCount();
    const int exit = run(parser, session);
    // A read or write of the local copy that failed: what was printed may
    // be incomplete, so the command fails, saying why.
    if (session.store().failureCount() != failuresBefore) {
        err(session.store().lastError().describe());
        return NoConnection;
    }
    return exit;
}

} // namespace ContactDesk::Cli
