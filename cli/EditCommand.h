#pragma once

#include "cli/Command.h"
#include "cli/ContactChanges.h"

namespace ContactDesk::Cli {

// edit CONTACT [--first F] [--last L] [--display-name D] [--phone P]
//      [--email E] [--owner MEMBER|none] [--tag +NAME|-NAME]...
//      [--field TITLE=VALUE]... [--status active|blocked|unblocked|
//      opted-out|subscribed] [--json]
// Changes only what is given, through the outbox as the window's edits,
// waits for the server to take it, and shows the contact after.
class EditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::EditCommand)

public:
    EditCommand();
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const ContactChanges m_changes;
    const QCommandLineOption m_status;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
