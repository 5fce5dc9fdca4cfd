// Merge tokens rendered per recipient, and the preflight before a send.

#include "core/Compose.h"
#include "core/HtmlText.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Compose;

class TestCompose : public QObject
{
    Q_OBJECT

    static Recipient person(qint64 id, const QString &first, const QString &phone)
    {
        Recipient r;
        r.contactId = id;
        r.name = first;
        r.phone = phone;
        r.values = {{QStringLiteral("first_name"), first},
                    {QStringLiteral("last_name"), QString()},
                    {QStringLiteral("plan"), QStringLiteral("Gold")}};
        return r;
    }

private Q_SLOTS:
    void rendersTokensWithMissingAndUnknownValues()
    {
        const QString text =
            QStringLiteral("Hi {{first_name}} {{ Last_Name }}, your {{plan}} plan. {{nickname}}!");
        QCOMPARE(tokens(text),
                 (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                              QStringLiteral("plan"), QStringLiteral("nickname")}));
        const Rendered r = render(text, person(1, QStringLiteral("Zoë"), {}).values);
        QCOMPARE(r.text, QStringLiteral("Hi Zoë , your Gold plan. {{nickname}}!"));
        QCOMPARE(r.empty, QStringList{QStringLiteral("last_name")});
        QCOMPARE(r.unknown, QStringList{QStringLiteral("nickname")});
        // Unclosed braces are text.
        QCOMPARE(render(QStringLiteral("a {{b"), {}).text, QStringLiteral("a {{b"));
        QVERIFY(render(QStringLiteral("a {{b"), {}).unknown.isEmpty());
    }

    // An email's body is HTML: a contact's values go in escaped, so a name
    // like `<a href=...>` is text in the team's email, not a link; the
    // plain-text part made from it reads the name as written. SMS and
    // subjects take the values as they are.
    void emailMergeValuesAreEscapedForHtml()
    {
        Recipient hostile =
            person(1, QStringLiteral("<a href=\"http://x.test\">Win</a> O'Brien & co"),
                   QStringLiteral("14155550101"));
        hostile.email = QStringLiteral("a@example.com");
        const QString body = QStringLiteral("<p>Hello {{first_name}}, <b>welcome</b></p>");
        const Preflight email = preflight({hostile}, body, Medium::Email);
        QCOMPARE(email.sending, 1);
        const QString html = email.checks.at(0).rendered.text;
        QCOMPARE(html,
                 QStringLiteral("<p>Hello &lt;a href=&quot;http://x.test&quot;&gt;Win&lt;/a&gt; "
                                "O&#39;Brien &amp; co, <b>welcome</b></p>"));
        QVERIFY(!html.contains(QStringLiteral("<a")));
        QCOMPARE(HtmlText::toPlainText(html).trimmed(),
                 QStringLiteral("Hello <a href=\"http://x.test\">Win</a> O'Brien & co, welcome"));
        QCOMPARE(render(body, hostile.values, Values::HtmlEscaped).text, html);

        const Preflight sms =
            preflight({hostile}, QStringLiteral("Hi {{first_name}}"), Medium::Sms);
        QCOMPARE(sms.checks.at(0).rendered.text,
                 QStringLiteral("Hi <a href=\"http://x.test\">Win</a> O'Brien & co"));
        QCOMPARE(render(QStringLiteral("{{first_name}}"), hostile.values).text,
                 hostile.values.value(QStringLiteral("first_name")));
    }

    void preflightExcludesFlagsAndCountsTheLongest()
    {
        Recipient optedOut = person(2, QStringLiteral("Bo"), QStringLiteral("14155550102"));
        optedOut.optedOut = true;
        Recipient blocked = person(3, QStringLiteral("Cy"), QStringLiteral("14155550103"));
        blocked.blocked = true;
        Recipient noPhone = person(4, QStringLiteral("Di"), QString());
        Recipient longName =
            person(5, QStringLiteral("Maximiliana-Wilhelmina"), QStringLiteral("14155550105"));
        Recipient emoji = person(6, QStringLiteral("Eve😀"), QStringLiteral("14155550106"));
        const QString text = QStringLiteral("Hello {{first_name}}, ") + QString(135, u'x');
        const Preflight sms =
            preflight({person(1, QStringLiteral("Al"), QStringLiteral("14155550101")), optedOut,
                       blocked, noPhone, longName, emoji},
                      text, Medium::Sms);
        QCOMPARE(sms.sending, 3);
        QCOMPARE(sms.excluded, 3);
        QCOMPARE(sms.checks.at(1).reason, tr("opted out of messages"));
        QCOMPARE(sms.checks.at(2).reason, tr("blocked"));
        QCOMPARE(sms.checks.at(3).reason, tr("no phone number"));
        QVERIFY(sms.checks.at(0).send);
        QCOMPARE(sms.checks.at(0).segments.segments, 1); // 145 septets
        QCOMPARE(sms.checks.at(4).segments.segments, 2); // 165 septets
        // Eve's emoji makes hers UCS-2: 148 units, 3 parts of 67: the longest.
        QCOMPARE(sms.longest.encoding, Sms::Encoding::Ucs2);
        QCOMPARE(sms.longest.segments, 3);

        Recipient noValue = person(7, QString(), QStringLiteral("14155550107"));
        noValue.email = QStringLiteral("g@example.com");
        const Preflight flagged =
            preflight({noValue}, QStringLiteral("Hi {{first_name}}"), Medium::Sms);
        QCOMPARE(flagged.sending, 1);
        QCOMPARE(flagged.flagged, 1);
        QVERIFY(flagged.checks.at(0).reason.contains(QStringLiteral("first_name")));

        // Email: opt-out of texts does not stop an email; no address does.
        optedOut.email = QStringLiteral("bo@example.com");
        const Preflight email = preflight({optedOut, noValue, noPhone}, text, Medium::Email);
        QCOMPARE(email.sending, 2);
        QCOMPARE(email.checks.at(2).reason, tr("no email address"));
    }
};

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
