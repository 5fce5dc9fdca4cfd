// HtmlText: the plain-text part of an email made from its HTML without a
// GUI module (compared with what Qt's rich-text engine reads from the same
// HTML), and text escaped for HTML.

#include "core/HtmlText.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextDocumentFragment>

using namespace ContactDesk;

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLikeQtsRichText_data()
    {
        QTest::addColumn<QString>("html");
        const auto row = [](const char *name, const char *html) {
            QTest::newRow(name) << QString::fromUtf8(html);
        };
        row("paragraph", "<p>Hello Cy, it is ready.</p>");
        row("two paragraphs", "<p>Hello Cy,</p><p>your order is ready.</p>");
        row("line break", "Hello<br>there<br/>again");
        row("inline markup", "<p>Your <b>order</b> is <a href=\"https://x.test\">here</a>.</p>");
        row("white space", "  <p>  many   spaces\n and\tlines  </p>  ");
        row("entities",
            "<p>Fish &amp; chips &lt;today&gt; &quot;only&quot; &#39;ok&#39; &#x263A;</p>");
        row("list", "<ul><li>One</li><li>Two</li></ul>");
        row("headings", "<h1>Title</h1><p>Body</p>");
        row("div", "<div>First</div><div>Second</div>");
        row("style and script", "<style>p{color:red}</style><p>Shown</p><script>x()</script>");
        row("plain text", "No markup at all");
        row("unicode", "<p>Grüße, Zoë — 👋</p>");
    }
    void readsLikeQtsRichText()
    {
        QFETCH(QString, html);
        QString qt = QTextDocumentFragment::fromHtml(html).toPlainText();
        qt.replace(QChar(0xa0), QLatin1Char(' '));
        QCOMPARE(HtmlText::toPlainText(html), qt.trimmed());
    }

    void isBoundedByItsInput()
    {
        // Unclosed tags, stray ampersands and brackets are text, not trouble.
        QCOMPARE(HtmlText::toPlainText(QStringLiteral("a < b & c")), QStringLiteral("a < b & c"));
        QCOMPARE(HtmlText::toPlainText(QStringLiteral("x <unclosed")),
                 QStringLiteral("x <unclosed"));
        QCOMPARE(HtmlText::toPlainText(QStringLiteral("&#0; &#xD800; &bogus; &#99999999;")),
                 QStringLiteral("&#0; &#xD800; &bogus; &#99999999;"));
        const QString deep = QString(QStringLiteral("<div>")).repeated(20000) +
                             QStringLiteral("deep") +
                             QString(QStringLiteral("</div>")).repeated(20000);
        QCOMPARE(HtmlText::toPlainText(deep), QStringLiteral("deep"));
    }

    void escapesForHtml()
    {
        QCOMPARE(HtmlText::escaped(QStringLiteral("<a href=\"x\">Tom & 'Jerry'</a>")),
                 QStringLiteral("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"));
        QCOMPARE(HtmlText::forToolTip(QStringLiteral("<b>x</b>")),
                 QStringLiteral("<p style=\"white-space:pre-wrap\">&lt;b&gt;x&lt;/b&gt;</p>"));
        // What is escaped reads back as it was written.
        const QString text = QStringLiteral("Fish & <chips> \"now\"");
        QCOMPARE(HtmlText::toPlainText(HtmlText::escaped(text)), text);
    }
};

QTEST_MAIN(TestHtmlText)
#include "tst_html_text.moc"
