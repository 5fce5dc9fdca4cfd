// The contact pager: every contact exactly once, across ties larger than a
// page, from a stored cursor, incrementally, and always ending.

#include "api/ContactPager.h"
#include "api/HeymarketClient.h"
#include "core/Timestamps.h"
#include "tests/common/FakeNetwork.h"
#include "tests/common/SandboxFixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Api;
using namespace ContactDesk::Tests;

namespace {

struct Result
{
    QList<qint64> ids;
    int batches = 0;
    QList<QPair<qint64, qint64>> progress;
};

Result walk(ContactPager &pager)
{
    Result result;
    QObject::connect(&pager, &ContactPager::contactsReceived, &pager,
                     [&result](const QList<Contact> &contacts) {
                         ++result.batches;
                         for (const Contact &c : contacts)
                             result.ids.append(c.id);
                     });
    QObject::connect(&pager, &ContactPager::progress, &pager,
                     [&result](qint64 received, qint64 total) {
                         result.progress.append({received, total});
                     });
    QSignalSpy finished(&pager, &ContactPager::finished);
    pager.start();
    if (!finished.wait(60000))
        qWarning("pager did not finish");
    return result;
}

HeymarketClient::Config configFor(const QUrl &url)
{
    HeymarketClient::Config config;
    config.baseUrl = url;
    config.credentials = Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
    config.retry.baseDelayMs = 5;
    config.limits.perMinute = 0;
    return config;
}

QSet<qint64> asSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

class TestApiPager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HeymarketClient> m_client;

private Q_SLOTS:
    void init()
    {
        // 200 seeded contacts, then 100 created in one batch: 100 contacts
        // share one `updated` value, more than three pages of 30.
        m_sandbox = std::make_unique<SandboxFixture>(200);
        QVERIFY(m_sandbox->isRunning());
        QJsonArray batch;
        for (int i = 0; i < 100; ++i)
            batch.append(
                QJsonObject{{QStringLiteral("phone"),
                             QStringLiteral("1415666%1").arg(i, 4, 10, QLatin1Char('0'))}});
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/batch/contacts"), batch).json.toString(),
                 QStringLiteral("ok"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client =
            std::make_unique<HeymarketClient>(m_network.get(), configFor(m_sandbox->baseUrl()));
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void everyContactExactlyOnceThroughATie()
    {
        ContactPager pager(m_client.get(), {});
        const Result result = walk(pager);
        QVERIFY2(!pager.error().isError(), qPrintable(pager.error().describe()));
        QVERIFY(pager.warning().isEmpty());
        QCOMPARE(result.ids.size(), 300);
        QCOMPARE(asSet(result.ids).size(), 300);
        QCOMPARE(pager.received(), 300);
        QCOMPARE(pager.expectedTotal(), 300);
        QVERIFY(pager.requests() < 25);
        QVERIFY(!result.progress.isEmpty());
        QCOMPARE(result.progress.last(), (QPair<qint64, qint64>(300, 300)));
        QVERIFY(pager.newestUpdated() > 0);
        QVERIFY(pager.decodeNanoseconds() > 0);
    }

    void resumesFromAStoredCursor()
    {
        // Stop after the first few pages, remember where, then go on.
        ContactPager first(m_client.get(), {});
        QList<qint64> seen;
        QString cursor;
        int page = 0;
        connect(&first, &ContactPager::contactsReceived, this, [&](const QList<Contact> &contacts) {
            for (const Contact &c : contacts)
                seen.append(c.id);
            if (seen.size() >= 120)
                first.abort();
        });
        connect(&first, &ContactPager::cursorAdvanced, this, [&](const QString &c, int p) {
            cursor = c;
            page = p;
        });
        QSignalSpy stopped(&first, &ContactPager::finished);
        first.start();
        QVERIFY(stopped.wait(30000));
        QCOMPARE(first.error().kind, ApiError::Kind::Aborted);
        QVERIFY(!cursor.isEmpty());

        ContactPager::Options options;
        options.resumeCursor = cursor;
        options.resumePage = page;
        ContactPager rest(m_client.get(), options);
        const Result result = walk(rest);
        QVERIFY(!rest.error().isError());
        QSet<qint64> all = asSet(seen);
        all.unite(asSet(result.ids));
        QCOMPARE(all.size(), 300); // nothing missed between the two walks
    }

    void incrementalWalkStopsAtTheLastSync()
    {
        ContactPager full(m_client.get(), {});
        walk(full);
        const qint64 since = full.newestUpdated();
        m_sandbox->advanceClock(5); // the changes below come after `since`
        // Two contacts change after the full sync.
        const QJsonArray page =
            m_sandbox
                ->post(QStringLiteral("/v2/contacts/list"),
                       QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("page"), 2}})
                .array();
        const QString a = page.at(3).toObject().value(QStringLiteral("uuid")).toString();
        const QString b = page.at(50).toObject().value(QStringLiteral("uuid")).toString();
        const auto phoneAt = [&page](int i) {
            return page.at(i).toObject().value(QStringLiteral("phone"));
        };
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v2/contact/") + a,
                           QJsonObject{{QStringLiteral("phone"), phoneAt(3)}, // strict: required
                                       {QStringLiteral("first"), QStringLiteral("Changed")}})
                     .status,
                 200);
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v2/contact/") + b,
                           QJsonObject{{QStringLiteral("phone"), phoneAt(50)}, // strict: required
                                       {QStringLiteral("first"), QStringLiteral("Changed")}})
                     .status,
                 200);

        ContactPager::Options options;
        options.sinceMs = since + 1;
        ContactPager incremental(m_client.get(), options);
        const Result result = walk(incremental);
        QVERIFY(!incremental.error().isError());
        QCOMPARE(result.ids.size(), 2);
        QVERIFY(incremental.requests() <= 2);
        QCOMPARE(incremental.expectedTotal(), -1);
        QVERIFY(incremental.newestUpdated() > since);
    }

    void errorsStopTheWalkWithAPlaceToResume()
    {
        m_sandbox->server().setFailRate(1.0);
        m_client->setRetryPolicy({2, 5, 10, 0.5});
        ContactPager pager(m_client.get(), {});
        walk(pager);
        QCOMPARE(pager.error().kind, ApiError::Kind::Server);
        QCOMPARE(pager.received(), 0);
    }

    void tieWalkedInBothReadings_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void tieWalkedInBothReadings()
    {
        // 75 contacts of one batch share one `updated` value, with older and
        // newer contacts around them. The strict sandbox ignores `limit` and
        // `page` on the v1 list (30 a page): the tie is walked through the
        // v2 list.
        QFETCH(QString, reading);
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(40, options);
        QVERIFY(sandbox.isRunning());
        sandbox.advanceClock(1000);
        QJsonArray batch;
        for (int i = 0; i < 75; ++i)
            batch.append(
                QJsonObject{{QStringLiteral("phone"),
                             QStringLiteral("1415777%1").arg(i, 4, 10, QLatin1Char('0'))}});
        QCOMPARE(sandbox.post(QStringLiteral("/v1/batch/contacts"), batch).json.toString(),
                 QStringLiteral("ok"));
        for (int i = 0; i < 5; ++i) {
            sandbox.advanceClock(1000);
            QCOMPARE(sandbox
                         .post(QStringLiteral("/v1/contact"),
                               QJsonObject{{QStringLiteral("phone"),
                                            QStringLiteral("1415778000%1").arg(i)}})
                         .status,
                     200);
        }
        const int honoured =
            sandbox
                .post(QStringLiteral("/v1/contacts"), QJsonObject{{QStringLiteral("limit"), 100}})
                .array()
                .size();
        QCOMPARE(honoured,
                 sandbox.server().options().reading == Sandbox::Reading::Strict ? 30 : 100);

        QNetworkAccessManager network;
        HeymarketClient client(&network, configFor(sandbox.baseUrl()));
        ContactPager pager(&client, {});
        const Result result = walk(pager);
        QVERIFY2(!pager.error().isError(), qPrintable(pager.error().describe()));
        QVERIFY2(pager.warning().isEmpty(), qPrintable(pager.warning()));
        QCOMPARE(result.ids.size(), 120);
        QCOMPARE(asSet(result.ids).size(), 120);
        QCOMPARE(pager.expectedTotal(), 120);
        QVERIFY(pager.requests() < 20);
    }

    void serverThatIgnoresPageIsWalkedWithALargerLimit()
    {
        // 75 contacts share one `updated` value; this server honours `limit`
        // (up to 100) but ignores `page`.
        const QString tie = Timestamps::format(1776007800000);
        const auto contactsFrom = [&tie](int limit, const QString &cursor) {
            QJsonArray page;
            const int tieCount = 75;
            const int older = 20;
            const int total = tieCount + older;
            for (int i = 0; i < total && page.size() < limit; ++i) {
                const QString updated =
                    i < tieCount ? tie
                                 : Timestamps::format(1776007800000 - (i - tieCount + 1) * 1000);
                if (!cursor.isEmpty() && updated > cursor)
                    continue;
                page.append(QJsonObject{{QStringLiteral("id"), 1000 - i},
                                        {QStringLiteral("updated"), updated}});
            }
            return page;
        };
        FakeNetworkManager network([&](const RecordedRequest &request) {
            if (request.url.path() == QLatin1String("/v1/contacts/count"))
                return FakeResponse::json(200, "{\"count\": 95}");
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const int limit = std::min(100, body.value(QStringLiteral("limit")).toInt(30));
            return FakeResponse::json(
                200,
                QJsonDocument(contactsFrom(limit, body.value(QStringLiteral("date")).toString()))
                    .toJson(QJsonDocument::Compact));
        });
        HeymarketClient client(&network, configFor(QUrl(QStringLiteral("https://fake.test"))));
        ContactPager pager(&client, {});
        const Result result = walk(pager);
        QVERIFY2(!pager.error().isError(), qPrintable(pager.error().describe()));
        QCOMPARE(asSet(result.ids).size(), 95);
        QCOMPARE(result.ids.size(), 95);
        QVERIFY(pager.warning().isEmpty());
    }

    void hopelessTieEndsWithAWarning()
    {
        // Every contact shares one value and the server honours neither
        // `page` nor a `limit` above 30: the walk must still end, and say so.
        const QString tie = Timestamps::format(1776007800000);
        FakeNetworkManager network([&](const RecordedRequest &request) {
            if (request.url.path() == QLatin1String("/v1/contacts/count"))
                return FakeResponse::json(200, "{\"count\": 50}");
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QJsonArray page;
            if (body.value(QStringLiteral("date")).toString().isEmpty() ||
                body.value(QStringLiteral("date")).toString() >= tie) {
                for (int i = 0; i < 30; ++i)
                    page.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                            {QStringLiteral("updated"), tie}});
            }
            return FakeResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
        });
        HeymarketClient client(&network, configFor(QUrl(QStringLiteral("https://fake.test"))));
        ContactPager pager(&client, {});
        const Result result = walk(pager);
        QVERIFY(pager.isFinished());
        QVERIFY(!pager.error().isError());
        QCOMPARE(result.ids.size(), 30);
        QVERIFY(!pager.warning().isEmpty());
        QVERIFY(pager.requests() < 20);
    }

    void serverThatIgnoresEveryParameterEnds_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("the same page, one updated each") << "distinct";
        QTest::newRow("the same page, all one updated") << "tie";
        QTest::newRow("two pages in turn") << "alternate";
        QTest::newRow("the same contact, older each time") << "creeping";
    }
    void serverThatIgnoresEveryParameterEnds()
    {
        // Modelled on a server that honours none of `date`, `page` and
        // `limit`: the walk must end with a BadResponse that says why, not
        // go round for ever. (Before: 200 requests and counting.)
        QFETCH(QString, shape);
        constexpr qint64 newest = 1776007800000;
        int answered = 0;
        FakeNetworkManager network([&](const RecordedRequest &request) {
            if (request.url.path() == QLatin1String("/v1/contacts/count"))
                return FakeResponse::json(200, "{\"count\": 60}");
            if (++answered > 300)
                return FakeResponse::hanging(); // the test fails below, not loops
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QJsonArray page;
            if (shape == QLatin1String("creeping")) {
                // One contact, seen before, just older than any cursor.
                const auto cursor =
                    Timestamps::parse(body.value(QStringLiteral("date")).toString());
                page.append(QJsonObject{{QStringLiteral("id"), 7},
                                        {QStringLiteral("updated"),
                                         Timestamps::format(cursor ? *cursor - 1 : newest)}});
            } else {
                const int offset = shape == QLatin1String("alternate") ? (answered % 2) * 30 : 0;
                for (int i = 0; i < 30; ++i) {
                    const qint64 updated =
                        shape == QLatin1String("tie") ? newest : newest - (offset + i) * 1000;
                    page.append(
                        QJsonObject{{QStringLiteral("id"), offset + i + 1},
                                    {QStringLiteral("updated"), Timestamps::format(updated)}});
                }
            }
            return FakeResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
        });
        HeymarketClient client(&network, configFor(QUrl(QStringLiteral("https://fake.test"))));
        ContactPager pager(&client, {});
        const Result result = walk(pager);
        QVERIFY2(pager.isFinished(), qPrintable(QString::number(pager.requests())));
        QCOMPARE(pager.error().kind, ApiError::Kind::BadResponse);
        const QString expected = shape == QLatin1String("creeping")
                                     ? QStringLiteral("answers in a row brought no contact")
                                     : QStringLiteral("ignores the date cursor");
        QVERIFY2(pager.error().message.contains(expected), qPrintable(pager.error().message));
        QVERIFY2(pager.requests() <= ContactPager::maxBarrenPages + 2,
                 qPrintable(QString::number(pager.requests())));
        // What it did send was handed over, once each.
        QCOMPARE(result.ids.size(), asSet(result.ids).size());
        QCOMPARE(result.ids.size(), shape == QLatin1String("alternate")  ? 60
                                    : shape == QLatin1String("creeping") ? 1
                                                                         : 30);
    }
};

QTEST_GUILESS_MAIN(TestApiPager)
#include "tst_api_pager.moc"
