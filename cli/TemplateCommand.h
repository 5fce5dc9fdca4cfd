#pragma once

#include "cli/Command.h"
#include "core/Domain.h"

#include <optional>

namespace ContactDesk::Cli {

class Session;

// The team's templates as the commands read them (send --template too).
namespace Templates {
// Every page of them, archived ones left out; nullopt with the error
// printed when the server could not give them.
std::optional<QList<Template>> readAll(Session &session);
// The template `typed` names: its id, else its title (any letter case, one
// template only). nullopt, with why printed and *exit set (NoConnection,
// or Rejected when none or several are so titled), otherwise.
std::optional<Template> one(Session &session, const QString &typed, int *exit);
} // namespace Templates

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
