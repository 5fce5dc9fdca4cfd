#pragma once

#include "cli/Command.h"
#include "core/Compose.h"

namespace ContactDesk::Cli {

// send (--to PHONE|EMAIL ... | --search TEXT [--tag NAME]...)
//      (--text TEXT | --template ID|NAME) [--email] [--inbox ID|NAME]
//      [--from MEMBER] [--subject TEXT] [--media URL] [--dry-run] [--json]
// Checks every recipient as the compose dialog does (blocked and opted-out
// contacts are excluded, with the reason), then sends one message each
// through the message outbox.
class SendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::SendCommand)

public:
    SendCommand();
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    QList<Compose::Recipient> recipients(const QCommandLineParser &parser, Session &session,
                                         QString *problem) const;

    const QCommandLineOption m_to;
    const QCommandLineOption m_search;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_text;
    const QCommandLineOption m_template;
    const QCommandLineOption m_email;
    const QCommandLineOption m_inbox;
    const QCommandLineOption m_from;
    const QCommandLineOption m_subject;
    const QCommandLineOption m_media;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
