#include "cli/Output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ContactDesk::Cli {

namespace {

// What a terminal could act on: C0, DEL, C1, and the bidirectional
// embeddings, overrides and isolates (text that reads otherwise than it is).
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

void write(const QString &text, std::FILE *stream)
{
    std::fputs(visible(text, true).toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

QString visible(const QString &text, bool keepLineBreaks)
{
    const auto found = std::find_if(text.cbegin(), text.cend(), [keepLineBreaks](QChar c) {
        return isControl(c.unicode()) &&
               !(keepLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\t')));
    });
    if (found == text.cend())
        return text;
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u) ||
            (keepLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))) {
            shown.append(c);
            continue;
        }
        switch (u) {
        case 0x1b:
            shown.append(QLatin1String("\\e"));
            break;
        case 0x07:
            shown.append(QLatin1String("\\a"));
            break;
        case 0x08:
            shown.append(QLatin1String("\\b"));
            break;
        case u'\n':
            shown.append(QLatin1String("\\n"));
            break;
        case u'\r':
            shown.append(QLatin1String("\\r"));
            break;
        case u'\t':
            shown.append(QLatin1String("\\t"));
            break;
        default:
            shown.append(u <= 0xff
                             ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u{%1}").arg(int(u), 4, 16, QLatin1Char('0')));
        }
    }
    return shown;
}

void out(const QString &text)
{
    write(text + QLatin1Char('\n'), stdout);
}

void err(const QString &text)
{
    write(text + QLatin1Char('\n'), stderr);
}

void prompt(const QString &text)
{
    write(text, stderr);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool askYes(const QString &question)
{
    prompt(question);
    QTextStream input(stdin);
    const QString answer = input.readLine().trimmed().toLower();
    const QStringList yes{QStringLiteral("y"), QStringLiteral("yes"),
                          QCoreApplication::translate("ContactDesk::Cli::Output", "y",
                                                      "the answer yes to a [y/N] question"),
                          QCoreApplication::translate("ContactDesk::Cli::Output", "yes",
                                                      "the answer yes to a [y/N] question")};
    return !answer.isEmpty() && yes.contains(answer);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // Valid JSON either way; a terminal that shows it is not driven by it.
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString safe;
    safe.reserve(json.size());
    for (const QChar c : json) {
        if (c.unicode() >= 0x20 && isControl(c.unicode()))
            safe.append(QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
        else
            safe.append(c);
    }
    std::fputs(safe.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace ContactDesk::Cli
