#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// list [--tag NAME]... [--json]: every contact (with the tags named);
// search TEXT [--tag NAME]... [--json]: the contacts the window's search
// box finds for TEXT. One command class, two names.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ListCommand)

public:
    enum class Mode
    {
        All,   // list
        Search // search TEXT
    };

    explicit ListCommand(Mode mode);
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const Mode m_mode;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
