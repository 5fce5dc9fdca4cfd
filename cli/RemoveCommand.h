#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// rm CONTACT... [--yes]: deletes contacts through the outbox, as the
// window's Delete does, after asking on a terminal ("[y/N]"); without a
// terminal only with --yes.
class RemoveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::RemoveCommand)

public:
    RemoveCommand();
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_yes;
};

} // namespace ContactDesk::Cli
