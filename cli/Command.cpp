#include "cli/Command.h"

#include "api/Credentials.h"
#include "cli/Output.h"

#include <QFile>
#include <QUrl>

#include <cstdio>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace ContactDesk::Cli {

namespace {

const QString profileName = QStringLiteral("profile");
const QString apiUrlName = QStringLiteral("api-url");
const QString apiKeyName = QStringLiteral("api-key");
const QString apiKeyFileName = QStringLiteral("api-key-file");
const QString apiKeyStdinName = QStringLiteral("api-key-stdin");

constexpr qint64 maxKeyBytes = 64 * 1024; // a key is a line, not a file's worth

// One trailing line end ("\n" or "\r\n") is not part of the key.
QString withoutLineEnd(QByteArray bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

// Standard input's first line; typed at a terminal, without echo.
QByteArray readStdinLine()
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    const bool quiet = terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(qPrintable(QCoreApplication::translate("ContactDesk::Cli::Command",
                                                          "API key (not shown): ")),
                   stderr);
        std::fflush(stderr);
    }
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::getc(stdin); c != EOF && line.size() <= maxKeyBytes; c = std::getc(stdin)) {
        line.append(char(c));
        if (c == '\n')
            break;
    }
    if (quiet) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

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
            QCommandLineOption(apiKeyFileName,
                               tr("Read the server's API key from FILE (its first line; "
                                  "the file must not be readable by other users)."),
                               tr("FILE")),
            QCommandLineOption(apiKeyStdinName,
                               tr("Read the server's API key from standard input (its first "
                                  "line).")),
            QCommandLineOption(apiKeyName,
                               tr("The server's API key. Other users of this computer can see "
                                  "a command line: prefer CONTACTDESK_API_KEY, --api-key-file "
                                  "or --api-key-stdin."),
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
    if (parser.isSet(apiKeyName)) {
        given.apiKey = parser.value(apiKeyName);
        given.apiKeyGiven = true;
    }
    if (parser.isSet(apiKeyFileName))
        given.apiKeyFile = parser.value(apiKeyFileName);
    if (parser.isSet(apiKeyStdinName))
        given.apiKeyStdin = true;
    return given;
}

QString Command::accountProblem(const Account &account)
{
    const int sources =
        int(account.apiKeyGiven) + int(!account.apiKeyFile.isEmpty()) + int(account.apiKeyStdin);
    if (sources > 1)
        return tr("give the API key one way: --api-key, --api-key-file or --api-key-stdin");
    if (!account.apiUrl.isEmpty()) {
        // Checked before anything is read or sent: a key never goes out in clear.
        const QUrl url(account.apiUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return tr("--api-url: “%1” is not a server address such as "
                      "https://api.heymarket.com")
                .arg(account.apiUrl);
        if (const QString problem = Api::insecureServerProblem(url); !problem.isEmpty())
            return tr("--api-url: %1").arg(problem);
    }
    return {};
}

QString Command::readApiKey(Account &account)
{
    if (account.apiKeyGiven) {
        err(tr("Warning: --api-key puts the key on the command line, where other users of this "
               "computer can read it (ps, /proc). Use CONTACTDESK_API_KEY, --api-key-file FILE "
               "or --api-key-stdin instead."));
    } else if (!account.apiKeyFile.isEmpty()) {
        const QString &path = account.apiKeyFile;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("--api-key-file: cannot read %1: %2").arg(path, file.errorString());
        struct stat info = {};
        if (::fstat(file.handle(), &info) == 0 && S_ISREG(info.st_mode) &&
            (info.st_mode & (S_IRGRP | S_IROTH)) != 0)
            return tr("--api-key-file: %1 can be read by other users of this computer "
                      "(mode %2); make it private first: chmod 600 %1")
                .arg(path, QString::number(info.st_mode & 07777, 8));
        const QByteArray bytes = file.read(maxKeyBytes + 1);
        if (bytes.size() > maxKeyBytes)
            return tr("--api-key-file: %1 is larger than a key (more than %2 bytes)")
                .arg(path)
                .arg(maxKeyBytes);
        account.apiKey = withoutLineEnd(bytes);
        if (account.apiKey.isEmpty())
            return tr("--api-key-file: %1 holds no key").arg(path);
        if (account.apiKey.contains(QLatin1Char('\n')))
            return tr("--api-key-file: %1 holds more than one line; the key is its only line")
                .arg(path);
    } else if (account.apiKeyStdin) {
        const QByteArray line = readStdinLine();
        if (line.size() > maxKeyBytes)
            return tr("--api-key-stdin: the first line is longer than a key (more than %1 bytes)")
                .arg(maxKeyBytes);
        account.apiKey = withoutLineEnd(line);
        if (account.apiKey.isEmpty())
            return tr("--api-key-stdin: standard input holds no key");
    } else if (account.apiKey.isEmpty()) {
        account.apiKey = qEnvironmentVariable("CONTACTDESK_API_KEY");
    }
    if (!account.apiUrl.isEmpty() && account.apiKey.isEmpty())
        return tr("--api-url needs an API key: CONTACTDESK_API_KEY, --api-key-file FILE or "
                  "--api-key-stdin");
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
    Account account = accountFrom(parser, given);
    if (const QString problem = accountProblem(account); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = check(parser); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = readApiKey(account); !problem.isEmpty())
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
