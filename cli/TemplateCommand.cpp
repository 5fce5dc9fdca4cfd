#include "cli/TemplateCommand.h"

#include "api/MessageRequests.h"
#include "cli/Output.h"
#include "cli/Session.h"
#include "sync/TemplatePages.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ContactDesk::Cli {

namespace {

QString nameOf(TemplateCommand::Mode mode)
{
    switch (mode) {
    case TemplateCommand::Mode::List:
        return QStringLiteral("templates");
    case TemplateCommand::Mode::Add:
        return QStringLiteral("template-add");
    case TemplateCommand::Mode::Edit:
        return QStringLiteral("template-edit");
    case TemplateCommand::Mode::Remove:
        break;
    }
    return QStringLiteral("template-rm");
}

} // namespace

std::optional<QList<Template>> Templates::readAll(Session &session)
{
    QEventLoop loop;
    bool read = false;
    QList<Template> templates;
    Api::ApiError error;
    Sync::TemplatePages::readAll(&session.client(), &loop,
                                 [&](const QList<Template> &all, const Api::ApiError &failed) {
                                     templates = all;
                                     error = failed;
                                     read = true;
                                     loop.quit();
                                 });
    if (!read)
        loop.exec();
    if (error.isError()) {
        err(TemplateCommand::tr("The templates could not be read: %1").arg(error.describe()));
        return std::nullopt;
    }
    QList<Template> shown;
    for (const Template &t : std::as_const(templates))
        if (!t.archived)
            shown.append(t);
    return shown;
}

// The template an argument names: its id, else its title; nullopt (said
// why, *exit set) when none or several.
std::optional<Template> Templates::one(Session &session, const QString &typed, int *exit)
{
    const auto templates = readAll(session);
    if (!templates) {
        *exit = NoConnection;
        return std::nullopt;
    }
    QList<Template> found;
    for (const Template &t : *templates)
        if (QString::number(t.id) == typed.trimmed())
            return t;
    for (const Template &t : *templates)
        if (t.name.compare(typed.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(t);
    if (found.size() == 1)
        return found.first();
    *exit = Rejected;
    if (found.isEmpty())
        err(TemplateCommand::tr("The team has no template “%1”.").arg(visible(typed)));
    else
        err(TemplateCommand::tr("%1 templates are titled “%2”: name one by its id (%3).")
                .arg(found.size())
                .arg(visible(typed), [&found] {
                    QStringList ids;
                    for (const Template &t : found)
                        ids.append(QString::number(t.id));
                    return ids.join(QLatin1String(", "));
                }()));
    return std::nullopt;
}

namespace {

int exitFor(const Api::ApiError &error)
{
    return error.isTransient() ? NoConnection : Rejected;
}

QJsonObject templateJson(const Template &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("title"), t.name},
            {QStringLiteral("text"), t.text}};
}

} // namespace

TemplateCommand::TemplateCommand(Mode mode)
    : Command(nameOf(mode))
    , m_mode(mode)
    , m_title(QStringLiteral("title"), tr("The template's new title."), tr("TITLE"))
    , m_text(QStringLiteral("text"),
             tr("The template's text, with merge tokens ({{first_name}}, a custom field's "
                "title)."),
             tr("TEXT"))
    , m_yes({QStringLiteral("y"), QStringLiteral("yes")}, tr("Delete without asking."))
    , m_json(jsonOption())
{
    const Argument which{tr("TEMPLATE"), tr("The template: its id or its title.")};
    switch (mode) {
    case Mode::List:
        addOption(m_json);
        break;
    case Mode::Add:
        addArgument({tr("TITLE"), tr("The new template's title.")}, 1, 1);
        addOption(m_text);
        addOption(m_json);
        break;
    case Mode::Edit:
        addArgument(which, 1, 1);
        addOption(m_title);
        addOption(m_text);
        break;
    case Mode::Remove:
        addArgument(which, 1, 1);
        addOption(m_yes);
        break;
    }
}

QString TemplateCommand::description() const
{
    switch (m_mode) {
    case Mode::List:
        return tr("List the team's message templates: id, title and text.");
    case Mode::Add:
        return tr("Create a message template.");
    case Mode::Edit:
        return tr("Change a message template's title or text.");
    case Mode::Remove:
        break;
    }
    return tr("Delete a message template.");
}

QString TemplateCommand::check(const QCommandLineParser &parser) const
{
    const auto blank = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) && parser.value(option).trimmed().isEmpty();
    };
    switch (m_mode) {
    case Mode::List:
        break;
    case Mode::Add:
        if (parser.positionalArguments().value(0).trimmed().isEmpty())
            return tr("the template needs a title");
        if (!parser.isSet(m_text) || blank(m_text))
            return tr("the template needs a text: --text TEXT");
        break;
    case Mode::Edit:
        if (!parser.isSet(m_title) && !parser.isSet(m_text))
            return tr("say what changes: --title TITLE, --text TEXT or both");
        if (blank(m_title))
            return tr("--title: a template needs a title");
        if (blank(m_text))
            return tr("--text: a template needs a text");
        break;
    case Mode::Remove:
        if (!parser.isSet(m_yes) && !stdinIsTerminal())
            return tr("template-rm asks before it deletes, and there is no terminal to ask on: "
                      "pass --yes to delete without asking");
        break;
    }
    return {};
}

int TemplateCommand::run(const QCommandLineParser &parser, Session &session)
{
    Api::HeymarketClient &client = session.client();
    if (m_mode == Mode::List) {
        const auto templates = Templates::readAll(session);
        if (!templates)
            return NoConnection;
        if (parser.isSet(m_json)) {
            QJsonArray all;
            for (const Template &t : *templates)
                all.append(templateJson(t));
            printJson(all);
        } else {
            for (const Template &t : *templates)
                out(QStringLiteral("%1\t%2\t%3").arg(t.id).arg(visible(t.name), visible(t.text)));
            if (templates->isEmpty())
                err(tr("The team has no templates."));
        }
        return Success;
    }

    if (m_mode == Mode::Add) {
        const QString title = parser.positionalArguments().constFirst().trimmed();
        const QString text = parser.value(m_text);
        Api::ApiError error;
        qint64 id = 0;
        session.runToEnd(new Api::CreateTemplateRequest(&client, title, text),
                         [&](const Api::CreateTemplateRequest &request) {
                             error = request.error();
                             id = request.result().id;
                         });
        if (error.isError()) {
            err(tr("The template was not created: %1").arg(error.describe()));
            return exitFor(error);
        }
        if (parser.isSet(m_json)) {
            Template made;
            made.id = id;
            made.name = title;
            made.text = text;
            printJson(templateJson(made));
        } else {
            out(tr("Template %1 “%2” created.").arg(id).arg(visible(title)));
        }
        return Success;
    }

    int exit = Success;
    const auto chosen = Templates::one(session, parser.positionalArguments().constFirst(), &exit);
    if (!chosen)
        return exit;

    if (m_mode == Mode::Edit) {
        const QString title =
            parser.isSet(m_title) ? parser.value(m_title).trimmed() : chosen->name;
        const QString text = parser.isSet(m_text) ? parser.value(m_text) : chosen->text;
        if (title == chosen->name && text == chosen->text) {
            out(tr("Template %1 is already so; nothing changed.").arg(chosen->id));
            return Success;
        }
        Api::ApiError error;
        session.runToEnd(
            new Api::UpdateTemplateRequest(&client, chosen->id, title, text),
            [&](const Api::UpdateTemplateRequest &request) { error = request.error(); });
        if (error.isError()) {
            err(tr("Template %1 was not changed: %2").arg(chosen->id).arg(error.describe()));
            return exitFor(error);
        }
        out(tr("Template %1 “%2” changed.").arg(chosen->id).arg(visible(title)));
        return Success;
    }

    if (!parser.isSet(m_yes) &&
        !askYes(tr("Delete the template %1 “%2”? Messages sent with it stay. [y/N] ")
                    .arg(chosen->id)
                    .arg(visible(chosen->name)))) {
        err(tr("Nothing deleted."));
        return Rejected;
    }
    Api::ApiError error;
    session.runToEnd(new Api::DeleteTemplateRequest(&client, chosen->id),
                     [&](const Api::DeleteTemplateRequest &request) { error = request.error(); });
    if (error.isError()) {
        err(tr("Template %1 was not deleted: %2").arg(chosen->id).arg(error.describe()));
        return exitFor(error);
    }
    out(tr("Template %1 “%2” deleted.").arg(chosen->id).arg(visible(chosen->name)));
    return Success;
}

} // namespace ContactDesk::Cli
