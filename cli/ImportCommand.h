#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// import FILE [--dry-run] [--region CC] [--on-duplicate skip|update]
//             [--overwrite] [--json]
// Checks every row as the window's import wizard does (with the mapping
// the wizard remembered for this layout, else the guess from the header),
// then uploads; an upload of the same file that was interrupted resumes.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ImportCommand)

public:
    ImportCommand();
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    int resume(const QCommandLineParser &parser, Session &session, const QString &path);

    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_region;
    const QCommandLineOption m_onDuplicate;
    const QCommandLineOption m_overwrite;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
