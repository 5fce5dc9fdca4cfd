#pragma once

#include "cli/Session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace ContactDesk::Cli {

// One contactdesk-cli command (in the spirit of keepassxc-cli): a name, a
// description, its own QCommandLineParser with its own options and
// positional arguments and its own --help. The options every command
// shares are made here, once: --profile, --api-url and --api-key (taken by
// every command that opens the account, before or after its name), and
// --json and --tag for the commands that add them.
//
// execute() parses; checks what can be checked before the account opens
// (check()); opens the Session (one pull); runs the command (run()); and
// fails with exit 3 when a read or write of the local copy failed meanwhile.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::Command)
    Q_DISABLE_COPY_MOVE(Command)

public:
    virtual ~Command();

    QString name() const { return m_name; }
    // One line, for the list of commands.
    virtual QString description() const = 0;
    // What `COMMAND --help` and `help COMMAND` print.
    QString helpText() const;
    // "Usage: contactdesk-cli COMMAND [options] ARGS", the help's first line.
    QString usage() const;

    // Runs the command with the arguments after its name; `given` is the
    // account named before it. The exit code (see Output.h).
    int execute(const QStringList &arguments, const Account &given);

    // The shared options.
    static QList<QCommandLineOption> accountOptions();
    static QCommandLineOption jsonOption();
    static QCommandLineOption tagFilterOption(); // --tag NAME: contacts with every tag named
    static QCommandLineOption helpOption();
    // The account that options name; empty fields for what they do not
    // name. The key is not read yet (readApiKey()).
    static Account accountFrom(const QCommandLineParser &parser, Account given);
    // Why the account options do not fit together (two ways of giving the
    // key; an --api-url that is not https:// or a loopback http:// one), or
    // empty.
    static QString accountProblem(const Account &account);
    // Reads the key the options name (--api-key-file, --api-key-stdin; else
    // CONTACTDESK_API_KEY); warns on stderr about --api-key. Why not, or empty.
    static QString readApiKey(Account &account);

protected:
    // A positional argument: as the usage line and the help name it
    // ("FILE", "[ID]"), and what it is.
    struct Argument
    {
        QString syntax;
        QString description;
    };

    explicit Command(QString name);

    // CONTACT, as show, edit and rm take it (see ContactLookup::one).
    static Argument contactArgument();

    // The command's own options and positional arguments (the shared ones
    // are added by execute()). Called by the subclass's constructor.
    void addOption(const QCommandLineOption &option) { m_options.append(option); }
    void addArgument(Argument argument, int minimum, int maximum); // maximum -1: any number

    // What can be checked before the account opens: empty, or the problem
    // (printed with the usage; exit 2).
    virtual QString check(const QCommandLineParser &parser) const;
    virtual int run(const QCommandLineParser &parser, Session &session) = 0;

private:
    void setUp(QCommandLineParser &parser) const;
    int usageError(const QString &problem) const;

    QString m_name;
    QList<QCommandLineOption> m_options;
    QList<Argument> m_arguments;
    int m_minimumArguments = 0;
    int m_maximumArguments = 0;
};

} // namespace ContactDesk::Cli
