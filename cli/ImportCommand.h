#pragma once

#include "cli/Command.h"

namespace ContactDesk::Sync {
class ImportUploader;
}

namespace ContactDesk::Cli {

// import FILE [--dry-run] [--region CC] [--on-duplicate skip|update]
//             [--overwrite] [--map HEADER=TARGET]... [--phone-order H1,H2]
//             [--email-order H1,H2] [--create-fields] [--json]
// Checks every row as the window's import wizard does (with the mapping
// the wizard remembered for this layout, else the guess from the header,
// and --map over it), then uploads. A column that would make a new team
// custom field is ignored (and reported) unless --create-fields is given;
// the report lists the mapping used, the ignored columns and the warnings. an upload of the same
// file that was interrupted (a crash, Ctrl+C, SIGTERM) resumes, unless the file changed since it
// was checked. SIGINT/SIGTERM stop the upload between batches (exit 130/143).
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
    int resume(const QCommandLineParser &parser, Session &session, const QString &path,
               Sync::ImportUploader &uploader);
    // After an upload (or its resume) stopped by a signal: what was sent and
    // how to go on; returns the exit code.
    int stopped(Session &session, qint64 id, int signal) const;

    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_region;
    const QCommandLineOption m_onDuplicate;
    const QCommandLineOption m_overwrite;
    const QCommandLineOption m_map;
    const QCommandLineOption m_phoneOrder;
    const QCommandLineOption m_emailOrder;
    const QCommandLineOption m_createFields;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
