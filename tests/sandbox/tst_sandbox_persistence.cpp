// Data survives a restart; seeding is deterministic and happens only once.

#include "sandbox/SandboxStore.h"
#include "tests/common/SandboxFixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Sandbox::Options options;
        options.dataFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
        QString uuid;
        qint64 id = 0;
        QString updated;
        {
            SandboxFixture sandbox(25, options);
            QVERIFY(sandbox.isRunning());
            QVERIFY(QFile::exists(options.dataFile + QStringLiteral("-wal"))); // WAL journal
            const QJsonObject created =
                sandbox
                    .post(QStringLiteral("/v1/contact"),
                          QJsonObject{
                              {QStringLiteral("phone"), QStringLiteral("14155553434")},
                              {QStringLiteral("first"), QStringLiteral("Søren")},
                              {QStringLiteral("custom"),
                               QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")}}}})
                    .object();
            id = created.value(QStringLiteral("id")).toInteger();
            uuid = created.value(QStringLiteral("uuid")).toString();
            sandbox.put(QStringLiteral("/v1/contact/%1").arg(id),
                        QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155553434")},
                                    {QStringLiteral("last"), QStringLiteral("Kierkegaard")}});
            QCOMPARE(sandbox
                         .post(QStringLiteral("/v1/tag"),
                               QJsonObject{{QStringLiteral("tag"), QStringLiteral("Philosopher")}})
                         .status,
                     200);
            QCOMPARE(
                sandbox
                    .post(QStringLiteral("/v1/contacts/fields"),
                          QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Era")}}})
                    .status,
                200);
            updated = sandbox.get(QStringLiteral("/v1/contact/%1").arg(id))
                          .object()
                          .value(QStringLiteral("updated"))
                          .toString();
            QCOMPARE(sandbox.server().contactCount(), 26);
        }
        {
            // A different seed size does not reseed an existing database.
            SandboxFixture sandbox(500, options);
            QVERIFY(sandbox.isRunning());
            QCOMPARE(sandbox.server().contactCount(), 26);
            const QJsonObject contact = sandbox.get(QStringLiteral("/v2/contact/") + uuid).object();
            QCOMPARE(contact.value(QStringLiteral("id")).toInteger(), id);
            QCOMPARE(contact.value(QStringLiteral("first")).toString(), QStringLiteral("Søren"));
            QCOMPARE(contact.value(QStringLiteral("last")).toString(),
                     QStringLiteral("Kierkegaard"));
            QCOMPARE(contact.value(QStringLiteral("rev")).toInteger(), 2);
            QCOMPARE(contact.value(QStringLiteral("custom"))
                         .toObject()
                         .value(QStringLiteral("12"))
                         .toString(),
                     QStringLiteral("Premium"));
            QCOMPARE(contact.value(QStringLiteral("updated")).toString(), updated);
            const QJsonArray tags = sandbox.post(QStringLiteral("/v1/tags"), QJsonObject()).array();
            QCOMPARE(tags.at(0).toObject().value(QStringLiteral("tag")).toString(),
                     QStringLiteral("Philosopher"));
            const QJsonArray fields =
                sandbox.post(QStringLiteral("/v1/contact-fields"), QJsonObject()).array();
            QCOMPARE(fields.last().toObject().value(QStringLiteral("title")).toString(),
                     QStringLiteral("Era"));
            // Timestamps keep moving forward after a restart.
            const QJsonObject again =
                sandbox
                    .put(QStringLiteral("/v2/contact/") + uuid,
                         QJsonObject{{QStringLiteral("first"), QStringLiteral("Soren")}})
                    .object();
            QVERIFY(again.value(QStringLiteral("updated")).toString() > updated);
            QCOMPARE(again.value(QStringLiteral("rev")).toInteger(), 3);
        }
    }

    void aSearchByChannelUsesAnIndex()
    {
        // Searches compare phones and emails without case (lower() on both
        // sides): the plan must use the index on that expression, not read
        // every channel of the type.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Sandbox::Options options;
        options.dataFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
        {
            SandboxFixture sandbox(3, options);
            QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        }
        QString plan;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(options.dataFile);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT DISTINCT contact_id FROM channels WHERE channel_type = "
                "'phone' AND lower(channel_id) = lower('14155550100') ORDER BY contact_id")));
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        QVERIFY2(plan.contains(QLatin1String("channels_by_lower_value")), qPrintable(plan));
    }

    void unusableDataFileIsReported()
    {
        QTemporaryDir dir;
        Sandbox::Options options;
        options.dataFile = dir.filePath(QStringLiteral("missing-folder/sandbox.sqlite"));
        SandboxFixture missingFolder(0, options);
        QVERIFY(!missingFolder.isRunning());
        QVERIFY(missingFolder.errorString().contains(QStringLiteral("missing-folder")));

        const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        options.dataFile = garbage;
        SandboxFixture notADatabase(0, options);
        QVERIFY(!notADatabase.isRunning());
        QVERIFY2(notADatabase.errorString().contains(garbage),
                 qPrintable(notADatabase.errorString()));
        // The file was left as it was.
        QCOMPARE(QFileInfo(garbage).size(), 8192);
    }

    void seedIsDeterministicAndVaried()
    {
        SandboxFixture first(300);
        SandboxFixture second(300);
        QVERIFY(first.isRunning() && second.isRunning());
        QJsonArray a;
        QJsonArray b;
        for (int page = 0; page < 3; ++page) {
            const QJsonObject body{{QStringLiteral("limit"), 100}, {QStringLiteral("page"), page}};
            const QJsonArray pa = first.post(QStringLiteral("/v2/contacts/list"), body).array();
            const QJsonArray pb = second.post(QStringLiteral("/v2/contacts/list"), body).array();
            for (const QJsonValue &v : pa)
                a.append(v);
            for (const QJsonValue &v : pb)
                b.append(v);
        }
        QCOMPARE(a.size(), 300);
        QCOMPARE(a, b);

        QSet<QString> countryCodes;
        int nonAscii = 0;
        int withTags = 0;
        int owned = 0;
        int optedOut = 0;
        int multiChannel = 0;
        int withCustom = 0;
        QSet<QString> phones;
        for (const QJsonValue &value : std::as_const(a)) {
            const QJsonObject c = value.toObject();
            const QString phone = c.value(QStringLiteral("phone")).toString();
            QVERIFY2(!phone.startsWith(QLatin1Char('+')) && !phone.isEmpty(), qPrintable(phone));
            phones.insert(phone);
            countryCodes.insert(phone.left(2));
            const QString name = c.value(QStringLiteral("display_name")).toString();
            nonAscii += std::any_of(name.cbegin(), name.cend(),
                                    [](QChar ch) { return ch.unicode() > 127; });
            withTags += !c.value(QStringLiteral("tags")).toArray().isEmpty();
            QVERIFY(c.value(QStringLiteral("tags")).toArray().size() <= 5);
            owned += c.contains(QStringLiteral("assigned_user_id"));
            optedOut += c.value(QStringLiteral("is_opted_out")).toBool();
            multiChannel += c.value(QStringLiteral("contact_channels")).toArray().size() > 2;
            withCustom += !c.value(QStringLiteral("custom")).toObject().isEmpty();
        }
        QCOMPARE(phones.size(), 300); // no two contacts share a phone
        QVERIFY(countryCodes.size() >= 6);
        QVERIFY(nonAscii > 30);
        QVERIFY(withTags > 100);
        QVERIFY(owned > 150);
        QVERIFY(optedOut > 5);
        QVERIFY(multiChannel > 10);
        QVERIFY(withCustom > 150);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
