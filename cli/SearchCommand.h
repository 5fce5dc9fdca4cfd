#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// search TEXT [--tag NAME]... [--json]: the contacts the window's search
// box finds for TEXT.
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::SearchCommand)

public:
    SearchCommand();
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_tag;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
