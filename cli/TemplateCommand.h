#pragma once

#include "cli/Command.h"

namespace ContactDesk::Cli {

// The team's message templates (spec 12), every page of them:
//   templates [--json]                           id, title and text of each
//   template-add TITLE --text TEXT [--json]      creates one
//   template-edit TEMPLATE [--title T] [--text X] changes its title or text
//   template-rm TEMPLATE [--yes]                 deletes it, after asking
// TEMPLATE is its id or its title (any letter case). Templates live on the
// server only: each command reads them there, none touches the contacts.
class TemplateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::TemplateCommand)

public:
    enum class Mode
    {
        List,
        Add,
        Edit,
        Remove
    };
    explicit TemplateCommand(Mode mode);
    QString description() const override;

protected:
    QString check(const QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Session &session) override;

private:
    Mode m_mode;
    const QCommandLineOption m_title;
    const QCommandLineOption m_text;
    const QCommandLineOption m_yes;
    const QCommandLineOption m_json;
};

} // namespace ContactDesk::Cli
