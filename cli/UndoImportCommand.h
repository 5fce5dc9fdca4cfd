#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// undo-import [ID] [--json]: takes an import back (the last one that can
// be undone, as the window's File menu finds it, unless ID names one).
class UndoImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::UndoImportCommand)

public:
    UndoImportCommand();
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
