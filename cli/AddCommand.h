#pragma once

#include "cli/Command.h"
#include "cli/ContactChanges.h"

namespace ContactDesk::Cli {

// add --phone P | --email E [--first F] [--last L] [--display-name D]
//     [--owner MEMBER] [--tag NAME]... [--field TITLE=VALUE]... [--json]
// Creates a contact through the outbox, as the window's New contact does,
// waits for the server to take it, and shows it.
class AddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::AddCommand)

public:
    AddCommand();
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const ContactChanges m_changes;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
