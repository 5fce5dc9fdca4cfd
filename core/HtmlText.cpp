#include "core/HtmlText.h"

#include <QHash>
#include <QStringList>

namespace ContactDesk::HtmlText {

namespace {

bool isBlock(const QString &tag)
{
    static const QStringList blocks{
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("br"),
        QStringLiteral("li"),      QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("h1"),      QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("tr"),      QStringLiteral("td"),         QStringLiteral("th"),
        QStringLiteral("table"),   QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("hr"),      QStringLiteral("dt"),         QStringLiteral("dd"),
        QStringLiteral("dl"),      QStringLiteral("address"),    QStringLiteral("center"),
        QStringLiteral("section"), QStringLiteral("article"),    QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("body"),       QStringLiteral("html")};
    return blocks.contains(tag);
}

bool isHidden(const QString &tag)
{
    return tag == QLatin1String("script") || tag == QLatin1String("style") ||
           tag == QLatin1String("head") || tag == QLatin1String("title");
}

// A character reference after '&' at `i`: its text and where it ends, or
// nothing when it is not one (the '&' is then a plain character).
QString reference(const QString &html, qsizetype i, qsizetype *end)
{
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("copy"), QString(QChar(0xa9))},
                                               {QStringLiteral("reg"), QString(QChar(0xae))},
                                               {QStringLiteral("hellip"), QString(QChar(0x2026))},
                                               {QStringLiteral("mdash"), QString(QChar(0x2014))},
                                               {QStringLiteral("ndash"), QString(QChar(0x2013))},
                                               {QStringLiteral("rsquo"), QString(QChar(0x2019))},
                                               {QStringLiteral("lsquo"), QString(QChar(0x2018))},
                                               {QStringLiteral("rdquo"), QString(QChar(0x201d))},
                                               {QStringLiteral("ldquo"), QString(QChar(0x201c))},
                                               {QStringLiteral("euro"), QString(QChar(0x20ac))}};
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
    if (semicolon < 0 || semicolon - i > 12)
        return {};
    const QString name = html.mid(i + 1, semicolon - i - 1);
    QString text;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return {};
        const char32_t c = code == 0xa0 ? U' ' : char32_t(code);
        text = QString::fromUcs4(&c, 1);
    } else {
        text = named.value(name);
        if (text.isNull())
            return {};
    }
    *end = semicolon + 1;
    return text;
}

} // namespace

QString toPlainText(const QString &html)
{
    QStringList lines;
    QString line;
    bool space = false; // a white-space run waits to become one space
    int hidden = 0;     // inside script/style/head/title
    bool pre = false;
    QString hiddenTag;
    const auto endLine = [&] {
        lines.append(line.trimmed());
        line.clear();
        space = false;
    };
    const auto put = [&](const QString &text) {
        if (hidden)
            return;
        if (space && !line.isEmpty())
            line += QLatin1Char(' ');
        space = false;
        line += text;
    };
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
            if (close < 0) {
                put(html.mid(i)); // not a tag: the rest is text
                break;
            }
            const QString inside = html.mid(i + 1, close - i - 1).trimmed();
            i = close + 1;
            if (inside.startsWith(QLatin1Char('!')) || inside.startsWith(QLatin1Char('?')))
                continue; // comment, doctype, processing instruction
            const bool ending = inside.startsWith(QLatin1Char('/'));
            QString tag = ending ? inside.mid(1) : inside;
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && !tag.at(nameEnd).isSpace() &&
                   tag.at(nameEnd) != QLatin1Char('/'))
                ++nameEnd;
            tag = tag.left(nameEnd).toLower();
            if (isHidden(tag)) {
                if (!ending && !inside.endsWith(QLatin1Char('/'))) {
                    if (!hidden)
                        hiddenTag = tag;
                    ++hidden;
                } else if (ending && hidden && tag == hiddenTag) {
                    --hidden;
                }
                continue;
            }
            if (tag == QLatin1String("pre"))
                pre = !ending;
            if (isBlock(tag) && !hidden) {
                if (tag == QLatin1String("br") || !line.isEmpty())
                    endLine();
            }
            continue;
        }
        if (c == QLatin1Char('&')) {
            qsizetype end = i;
            const QString text = reference(html, i, &end);
            if (!text.isNull()) {
                put(text);
                i = end;
                continue;
            }
        }
        if (!pre && c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        if (pre && c == QLatin1Char('\n')) {
            endLine();
            ++i;
            continue;
        }
        put(c == QChar(0xa0) ? QString(QLatin1Char(' ')) : QString(c));
        ++i;
    }
    if (!line.isEmpty())
        endLine();
    // Blocks that held nothing leave no lines at the start or the end.
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString forToolTip(const QString &text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + escaped(text) +
           QStringLiteral("</p>");
}

} // namespace ContactDesk::HtmlText
