#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// list [--tag NAME]... [--json]: every contact (with all the tags named).
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ListCommand)

public:
    ListCommand();
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_tag;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
