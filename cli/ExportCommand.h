#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// export [--filter TEXT] [--tag NAME]... [--bom] FILE: contacts as CSV in
// the columns of Heymarket's importer (Sync::ContactExport).
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ExportCommand)

public:
    ExportCommand();
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_filter;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_bom;
};

} // namespace ContactDesk::Cli
