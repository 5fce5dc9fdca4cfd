// The v2 channel endpoints: add, update, list, get by type, delete.

#include "tests/common/SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxChannels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_uuid;

    QString path(const QString &suffix) const
    {
        return QStringLiteral("/v2/contact/") + m_uuid + suffix;
    }
    static QJsonObject channel(const QString &type, const QString &value)
    {
        return {{QStringLiteral("channel_type"), type}, {QStringLiteral("channel_id"), value}};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(5);
        QVERIFY(m_sandbox->isRunning());
        const HttpResult created =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155551234")},
                                        {QStringLiteral("first"), QStringLiteral("Ana")}});
        m_uuid = created.object().value(QStringLiteral("uuid")).toString();
        QVERIFY(!m_uuid.isEmpty());
    }

    void addListGetUpdateDelete()
    {
        HttpResult result = m_sandbox->get(path(QStringLiteral("/channels")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 1);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("channel_id")).toString(),
                 QStringLiteral("14155551234"));

        result =
            m_sandbox->post(path(QStringLiteral("/channel")),
                            channel(QStringLiteral("email"), QStringLiteral("ana@example.com")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 2);
        result = m_sandbox->post(path(QStringLiteral("/channel")),
                                 channel(QStringLiteral("phone"), QStringLiteral("14155551235")));
        QCOMPARE(result.array().size(), 3);
        // Adding the same channel again changes nothing.
        result = m_sandbox->post(path(QStringLiteral("/channel")),
                                 channel(QStringLiteral("phone"), QStringLiteral("14155551235")));
        QCOMPARE(result.array().size(), 3);

        QJsonObject contact = m_sandbox->get(QStringLiteral("/v2/contact/") + m_uuid).object();
        QCOMPARE(contact.value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("14155551234"));
        QCOMPARE(contact.value(QStringLiteral("rev")).toInteger(), 3);

        result = m_sandbox->get(path(QStringLiteral("/channel/email")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("channel_id")).toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(result.object().value(QStringLiteral("contact_id")).toString(), m_uuid);
        QCOMPARE(m_sandbox->get(path(QStringLiteral("/channel/facebook"))).status, 404);

        result =
            m_sandbox->put(path(QStringLiteral("/channel")),
                           channel(QStringLiteral("email"), QStringLiteral("ana.new@example.com")));
        QCOMPARE(result.status, 200);
        contact = m_sandbox->get(QStringLiteral("/v2/contact/") + m_uuid).object();
        QCOMPARE(contact.value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana.new@example.com"));
        QCOMPARE(m_sandbox
                     ->put(path(QStringLiteral("/channel")),
                           channel(QStringLiteral("facebook"), QStringLiteral("fb-1")))
                     .status,
                 404);

        // Deleting the primary phone promotes the next phone channel.
        result = m_sandbox->del(path(QStringLiteral("/channel/phone")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 2);
        contact = m_sandbox->get(QStringLiteral("/v2/contact/") + m_uuid).object();
        QCOMPARE(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("14155551235"));
        // The freed number can be used by another contact.
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155551234")}})
                     .status,
                 200);

        QCOMPARE(m_sandbox->del(path(QStringLiteral("/channel/phone"))).status, 200);
        // The last channel cannot go.
        result = m_sandbox->del(path(QStringLiteral("/channel/email")));
        QCOMPARE(result.status, 400);
        QCOMPARE(m_sandbox->get(path(QStringLiteral("/channels"))).array().size(), 1);
    }

    // The strict reading: the listing gives the primary last, PUT and DELETE
    // answer "ok"; PUT/GET/DELETE by type still take the primary.
    void strictReadingListsThePrimaryLastAndAnswersOk()
    {
        Sandbox::Options options;
        options.reading = Sandbox::Reading::Strict;
        m_sandbox = std::make_unique<SandboxFixture>(5, options);
        QVERIFY(m_sandbox->isRunning());
        m_uuid = m_sandbox
                     ->post(QStringLiteral("/v2/contact"),
                            QJsonObject{{QStringLiteral("contact_channels"),
                                         QJsonArray{channel(QStringLiteral("phone"),
                                                            QStringLiteral("14155551234"))}}})
                     .object()
                     .value(QStringLiteral("uuid"))
                     .toString();
        QVERIFY(!m_uuid.isEmpty());
        HttpResult result = m_sandbox->post(
            path(QStringLiteral("/channel")),
            channel(QStringLiteral("phone"), QStringLiteral("14155551235"))); // documented answer
        QCOMPARE(result.array().size(), 2);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("channel_id")).toString(),
                 QStringLiteral("14155551235"));
        result = m_sandbox->get(path(QStringLiteral("/channels")));
        QCOMPARE(result.array().at(1).toObject().value(QStringLiteral("channel_id")).toString(),
                 QStringLiteral("14155551234"));
        QCOMPARE(m_sandbox->get(path(QStringLiteral("/channel/phone")))
                     .object()
                     .value(QStringLiteral("channel_id"))
                     .toString(),
                 QStringLiteral("14155551234"));
        result = m_sandbox->put(path(QStringLiteral("/channel")),
                                channel(QStringLiteral("phone"), QStringLiteral("14155551236")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.raw.trimmed(), QByteArray("\"ok\""));
        result = m_sandbox->del(path(QStringLiteral("/channel/phone")));
        QCOMPARE(result.raw.trimmed(), QByteArray("\"ok\""));
        result = m_sandbox->get(path(QStringLiteral("/channels")));
        QCOMPARE(result.array().size(), 1);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("channel_id")).toString(),
                 QStringLiteral("14155551235"));
    }

    void validation()
    {
        QCOMPARE(m_sandbox
                     ->post(path(QStringLiteral("/channel")),
                            QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("phone")}})
                     .errorField(),
                 QStringLiteral("channel_id"));
        QCOMPARE(m_sandbox
                     ->post(path(QStringLiteral("/channel")),
                            channel(QStringLiteral("phone"), QStringLiteral("4155551234")))
                     .errorField(),
                 QStringLiteral("channel_id"));
        QCOMPARE(m_sandbox
                     ->post(path(QStringLiteral("/channel")),
                            channel(QStringLiteral("email"), QStringLiteral("x@")))
                     .errorField(),
                 QStringLiteral("channel_id"));
        // A phone that belongs to someone else.
        m_sandbox->post(QStringLiteral("/v1/contact"),
                        QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155557777")}});
        const HttpResult taken =
            m_sandbox->post(path(QStringLiteral("/channel")),
                            channel(QStringLiteral("phone"), QStringLiteral("14155557777")));
        QCOMPARE(taken.status, 400);
        QVERIFY(taken.object().value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v2/contact/10001/channels")).status, 400);
        QCOMPARE(
            m_sandbox
                ->get(QStringLiteral("/v2/contact/00000000-0000-4000-8000-000000000000/channels"))
                .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxChannels)
#include "tst_sandbox_channels.moc"
