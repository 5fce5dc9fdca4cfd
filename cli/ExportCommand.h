#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// export [--filter TEXT] [--tag NAME]... [--bom] [--format csv|vcf] FILE:
// contacts as CSV in the columns of Heymarket's importer, or as vCard 3.0
// (Sync::ContactExport); the format follows FILE's suffix unless given.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ExportCommand)

public:
    ExportCommand();
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    const QCommandLineOption m_filter;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_bom;
    const QCommandLineOption m_format;
};

} // namespace ContactDesk::Cli
