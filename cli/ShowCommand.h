#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// show CONTACT [--json]: one contact, with the team's names for its
// owner, tags and custom fields, its status, channels and sync state.
class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ShowCommand)

public:
    ShowCommand();
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
