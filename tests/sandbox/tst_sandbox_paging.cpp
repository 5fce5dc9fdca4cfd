// Paging through 1,000 contacts by the `updated` cursor, including many
// contacts that share one `updated` value: every contact exactly once, and
// the walk ends.

#include "tests/common/SandboxFixture.h"

#include <QSet>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

struct Walk
{
    QList<qint64> ids; // in the order first seen, duplicates dropped
    int requests = 0;
    int duplicatesDropped = 0;
    bool endedByEmptyPage = false;
};

// The walk a client must do given the sandbox's documented choice: the
// cursor is inclusive (updated <= date), so pages overlap at their edges and
// ids are de-duplicated; when a whole page shares the cursor's value, the
// `page` field walks through the tie.
Walk walk(SandboxFixture &sandbox, const QString &path, int limit)
{
    Walk result;
    QSet<qint64> seen;
    QString cursor;
    int page = 0;
    while (result.requests < 2000) {
        QJsonObject body{{QStringLiteral("limit"), limit}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("date"), cursor);
        if (page > 0)
            body.insert(QStringLiteral("page"), page);
        const HttpResult reply = sandbox.post(path, body);
        ++result.requests;
        if (reply.status != 200) {
            qWarning() << reply.raw;
            break;
        }
        const QJsonArray items = reply.array();
        if (items.isEmpty()) {
            result.endedByEmptyPage = true;
            break;
        }
        for (const QJsonValue &item : items) {
            const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
            if (seen.contains(id)) {
                ++result.duplicatesDropped;
                continue;
            }
            seen.insert(id);
            result.ids.append(id);
        }
        const QString last = items.last().toObject().value(QStringLiteral("updated")).toString();
        if (!cursor.isEmpty() && last == cursor) {
            ++page;
        } else {
            cursor = last;
            page = 0;
        }
    }
    return result;
}

} // namespace

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QSet<qint64> m_allIds;
    QString m_tieValue;

private Q_SLOTS:
    void initTestCase()
    {
        // 700 seeded contacts (with a small import cluster of their own) and
        // 300 more from one batch, which all share one `updated` value.
        m_sandbox = std::make_unique<SandboxFixture>(700);
        QVERIFY(m_sandbox->isRunning());
        QJsonArray batch;
        for (int i = 0; i < 300; ++i)
            batch.append(QJsonObject{{QStringLiteral("phone"),
                                      QStringLiteral("1415777%1").arg(i, 4, 10, QLatin1Char('0'))},
                                     {QStringLiteral("first"), QStringLiteral("Tie %1").arg(i)}});
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/batch/contacts"), batch).json.toString(),
                 QStringLiteral("ok"));
        QCOMPARE(m_sandbox->server().contactCount(), 1000);

        const QJsonArray all = m_sandbox
                                   ->post(QStringLiteral("/v2/contacts/list"),
                                          QJsonObject{{QStringLiteral("limit"), 100}})
                                   .array();
        QCOMPARE(all.size(), 100);
        m_tieValue = all.first().toObject().value(QStringLiteral("updated")).toString();
        int ties = 0;
        for (const QJsonValue &item : all)
            ties += item.toObject().value(QStringLiteral("updated")).toString() == m_tieValue;
        QCOMPARE(ties, 100); // the newest 100 are all from the batch
        for (int page = 0; page < 10; ++page) {
            const QJsonArray items = m_sandbox
                                         ->post(QStringLiteral("/v2/contacts/list"),
                                                QJsonObject{{QStringLiteral("limit"), 100},
                                                            {QStringLiteral("page"), page}})
                                         .array();
            for (const QJsonValue &item : items)
                m_allIds.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        }
        QCOMPARE(m_allIds.size(), 1000);
    }

    void cursorWalkSeesEveryContactExactlyOnce_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("limit");
        QTest::newRow("v1, 30 per page") << QStringLiteral("/v1/contacts") << 30;
        QTest::newRow("v1, 7 per page") << QStringLiteral("/v1/contacts") << 7;
        QTest::newRow("v2 list, 100 per page") << QStringLiteral("/v2/contacts/list") << 100;
    }
    void cursorWalkSeesEveryContactExactlyOnce()
    {
        QFETCH(QString, path);
        QFETCH(int, limit);
        const Walk result = walk(*m_sandbox, path, limit);
        QVERIFY(result.endedByEmptyPage);
        QCOMPARE(result.ids.size(), 1000);
        QCOMPARE(QSet<qint64>(result.ids.cbegin(), result.ids.cend()), m_allIds);
        // Bounded: about one request per page plus the overlaps at page edges.
        QVERIFY2(result.requests < 2 * (1000 / limit) + 20,
                 qPrintable(QString::number(result.requests)));
    }

    void cursorIsInclusive()
    {
        const QJsonArray page = m_sandbox
                                    ->post(QStringLiteral("/v1/contacts"),
                                           QJsonObject{{QStringLiteral("date"), m_tieValue}})
                                    .array();
        QCOMPARE(page.size(), 30);
        QCOMPARE(page.first().toObject().value(QStringLiteral("updated")).toString(), m_tieValue);
        // Ties come in a stable order (id descending), so `page` walks them.
        const QJsonArray next = m_sandbox
                                    ->post(QStringLiteral("/v1/contacts"),
                                           QJsonObject{{QStringLiteral("date"), m_tieValue},
                                                       {QStringLiteral("page"), 1}})
                                    .array();
        QVERIFY(next.first().toObject().value(QStringLiteral("id")).toInteger() <
                page.last().toObject().value(QStringLiteral("id")).toInteger());
    }

    void endsWithAnEmptyArray()
    {
        const HttpResult result = m_sandbox->post(
            QStringLiteral("/v1/contacts"),
            QJsonObject{{QStringLiteral("date"), QStringLiteral("1999-01-01T00:00:00Z")}});
        QCOMPARE(result.status, 200);
        QVERIFY(result.json.isArray());
        QCOMPARE(result.array().size(), 0);
    }

    void countMatchesTheCursor()
    {
        const qint64 all = m_sandbox->post(QStringLiteral("/v1/contacts/count"), QJsonObject())
                               .object()
                               .value(QStringLiteral("count"))
                               .toInteger();
        QCOMPARE(all, 1000);
        const qint64 older = m_sandbox
                                 ->post(QStringLiteral("/v1/contacts/count"),
                                        QJsonObject{{QStringLiteral("date"),
                                                     QStringLiteral("2025-01-01T00:00:00Z")}})
                                 .object()
                                 .value(QStringLiteral("count"))
                                 .toInteger();
        QVERIFY(older > 0 && older < 700);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
