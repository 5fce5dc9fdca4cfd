// Sync::DirectoryWrites::createTag against both readings of 7.2 (a create
// with a name that exists answers the existing tag, or makes a second one):
// a name the team has is found, in the store's directory or on any page of
// the server's tags, and never created again; the id the server gave is kept
// once in the store.

#include "api/HeymarketClient.h"
#include "core/Timestamps.h"
#include "store/ContactStore.h"
#include "sync/DirectoryWrites.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/TestFiles.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

struct Outcome
{
    std::optional<Tag> tag;
    Api::ApiError error;
};

Outcome createTag(Api::HeymarketClient *client, Store::ContactStore *store, const QString &name)
{
    Outcome outcome;
    bool done = false;
    QObject context;
    Sync::DirectoryWrites::createTag(client, store, name, &context,
                                     [&](std::optional<Tag> tag, const Api::ApiError &error) {
                                         outcome = {tag, error};
                                         done = true;
                                     });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        qWarning("createTag did not finish");
    return outcome;
}

// Every tag on the server named `name` (any case), walking all pages.
QList<qint64> serverTagsNamed(SandboxFixture &sandbox, const QString &name)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    QString cursor;
    for (int guard = 0; guard < 20; ++guard) {
        QJsonObject body;
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("date"), cursor);
        const QJsonArray page = sandbox.post(QStringLiteral("/v1/tags"), body).array();
        bool fresh = false;
        for (const QJsonValue &value : page) {
            const QJsonObject tag = value.toObject();
            const qint64 id = tag.value(QStringLiteral("id")).toInteger();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            fresh = true;
            if (tag.value(QStringLiteral("tag")).toString().compare(name, Qt::CaseInsensitive) == 0)
                ids.append(id);
        }
        if (!fresh || page.size() < 30)
            break;
        // One millisecond on, so a tie at the edge comes again (either reading).
        cursor = Timestamps::format(
            *Timestamps::parse(page.last().toObject().value(QStringLiteral("updated")).toString()) +
            1);
    }
    return ids;
}

int storeTagsNamed(const Store::ContactStore &store, const QString &name)
{
    int count = 0;
    for (const Tag &tag : store.tags())
        count += tag.name.compare(name, Qt::CaseInsensitive) == 0;
    return count;
}

} // namespace

class TestDirectoryWrites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }

    void aNameTheTeamHasIsNeverCreatedAgain()
    {
        QFETCH_GLOBAL(QString, reading);
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(0, options);
        QVERIFY(sandbox.isRunning());
        // 36 more tags. "Old Friend" and "Filler 0".."Filler 9" share one
        // millisecond (a stopped clock); the other 25 are a second apart,
        // newer. POST /v1/tags answers 30 newest first: the first page ends
        // inside the tie and "Old Friend" (the tie's lowest id) is not on it.
        // The strict reading's cursor is "strictly before", so the next page
        // must start just after the tie's time, not at it.
        sandbox.setClock(1800000000000);
        const auto makeTag = [&sandbox](const QString &name) {
            return sandbox
                .post(QStringLiteral("/v1/tag"), QJsonObject{{QStringLiteral("tag"), name}})
                .status;
        };
        QCOMPARE(makeTag(QStringLiteral("Old Friend")), 200);
        for (int i = 0; i < 35; ++i) {
            if (i >= 10)
                sandbox.advanceClock(1000);
            QCOMPARE(makeTag(QStringLiteral("Filler %1").arg(i)), 200);
        }
        const QJsonArray firstPage =
            sandbox.post(QStringLiteral("/v1/tags"), QJsonObject()).array();
        QCOMPARE(firstPage.size(), 30);
        QCOMPARE(firstPage.last().toObject().value(QStringLiteral("tag")).toString(),
                 QStringLiteral("Filler 5"));
        const QList<qint64> oldFriend = serverTagsNamed(sandbox, QStringLiteral("Old Friend"));
        QCOMPARE(oldFriend.size(), 1);

        QNetworkAccessManager network;
        Api::HeymarketClient::Config config;
        config.baseUrl = sandbox.baseUrl();
        config.credentials =
            Api::Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
        config.retry = {3, 5, 20, 0.5};
        Api::HeymarketClient client(&network, config);
        Store::ContactStore store;
        QCOMPARE(store.open(fileForTest(m_dir, reading + QLatin1Char('-'))).describe(), QString());
        QVERIFY(store.tags().isEmpty()); // a directory not pulled yet

        // On the server's second page: found, not created.
        Outcome found = createTag(&client, &store, QStringLiteral("old friend"));
        QVERIFY2(!found.error.isError(), qPrintable(found.error.describe()));
        QVERIFY(found.tag);
        QCOMPARE(found.tag->id, oldFriend.first());
        QCOMPARE(serverTagsNamed(sandbox, QStringLiteral("Old Friend")).size(), 1);
        QCOMPARE(storeTagsNamed(store, QStringLiteral("Old Friend")), 1);

        // A seeded name: found on the first page.
        found = createTag(&client, &store, QStringLiteral("VIP"));
        QVERIFY(found.tag);
        QCOMPARE(serverTagsNamed(sandbox, QStringLiteral("VIP")), QList<qint64>{found.tag->id});

        // A new name: created once, kept once; asked again, the store has it.
        sandbox.advanceClock(1000);
        const Outcome created = createTag(&client, &store, QStringLiteral("Gold"));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.describe()));
        QVERIFY(created.tag && created.tag->id > 0);
        QCOMPARE(serverTagsNamed(sandbox, QStringLiteral("Gold")), QList<qint64>{created.tag->id});
        QCOMPARE(storeTagsNamed(store, QStringLiteral("Gold")), 1);
        const Outcome again = createTag(&client, &store, QStringLiteral("GOLD"));
        QVERIFY(again.tag);
        QCOMPARE(again.tag->id, created.tag->id);
        QCOMPARE(serverTagsNamed(sandbox, QStringLiteral("Gold")).size(), 1);
        QCOMPARE(storeTagsNamed(store, QStringLiteral("Gold")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryWrites)
#include "tst_directory_writes.moc"
