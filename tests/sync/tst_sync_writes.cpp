// Every kind of write the app makes, against both of the sandbox's readings
// of the contract (sandbox/README.md): a contact with every field set gets
// one edit through the store and the sync engine (or the import), as the app
// makes it; afterwards the server holds the edited value and every other
// field as it was. The strict reading clears what an update omits and refuses
// null custom values, so a client that sends only what changed fails here.

#include "core/ContactFields.h"
#include "sync/ImportSession.h"
#include "sync/ImportUploader.h"
#include "tests/common/SyncedTeam.h"
#include "tests/common/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;
using namespace ContactDesk::Sync;
using namespace ContactDesk::Tests;

namespace {

const QString seededPhone = QStringLiteral("15105553370");

QJsonArray tagRefs(std::initializer_list<int> ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(QJsonObject{{QStringLiteral("tag_id"), id}});
    return array;
}

// A contact with every write-side field set (custom fields 12 and 19 and
// tags 1 and 2 are the seeded team's; 103 a member).
QJsonObject everyField(const QString &phone, bool displayName = true)
{
    QJsonObject body{
        {QStringLiteral("phone"), phone},
        {QStringLiteral("first"), QStringLiteral("Jordan")},
        {QStringLiteral("last"), QStringLiteral("Rivera")},
        {QStringLiteral("email"), QStringLiteral("jordan@example.com")},
        {QStringLiteral("avatar"), QStringLiteral("https://example.com/j.png")},
        {QStringLiteral("custom"), QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")},
                                               {QStringLiteral("19"), QStringLiteral("AC-1")}}},
        {QStringLiteral("tags"), tagRefs({1, 2})},
        {QStringLiteral("assignee_id"), 103}};
    if (displayName)
        body.insert(QStringLiteral("display_name"), QStringLiteral("Dr. J"));
    return body;
}

} // namespace

class TestSyncWrites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SyncedTeam m_team;
    qint64 m_id = 0;
    QString m_uuid;
    qint64 m_importId = 0;

    SandboxFixture &sandbox() { return *m_team.sandbox; }

    // Creates a contact on the server; its v1 id and UUID.
    std::pair<qint64, QString> seed(const QJsonObject &body)
    {
        const QJsonObject created = sandbox().post(QStringLiteral("/v1/contact"), body).object();
        return {created.value(QStringLiteral("id")).toInteger(),
                created.value(QStringLiteral("uuid")).toString()};
    }

    bool synced()
    {
        m_team.engine->syncNow();
        return waitUntilSettled(*m_team.engine, *m_team.store, 30000);
    }

    // What the server holds of a contact, every field a write could touch:
    // names, display name, phone, email, avatar, custom values, tags, owner,
    // channels, opted out and blocked. Read by UUID (the v2 form carries
    // everything in both readings) and the status endpoint.
    QJsonObject server(const QString &uuid)
    {
        const QJsonObject c = sandbox().get(QStringLiteral("/v2/contact/") + uuid).object();
        QJsonObject out;
        for (const char *key : {"first", "last", "display_name", "phone", "email", "avatar"})
            out.insert(QLatin1String(key), c.value(QLatin1String(key)).toString());
        out.insert(QStringLiteral("custom"), c.value(QStringLiteral("custom")));
        QList<qint64> tags;
        for (const QJsonValue &tag : c.value(QStringLiteral("tags")).toArray())
            tags.append(tag.isObject() ? tag.toObject().value(QStringLiteral("id")).toInteger()
                                       : tag.toInteger());
        std::sort(tags.begin(), tags.end());
        QJsonArray tagArray;
        for (qint64 tag : tags)
            tagArray.append(tag);
        out.insert(QStringLiteral("tags"), tagArray);
        out.insert(QStringLiteral("owner"),
                   c.value(QStringLiteral("assigned_user_id")).toInteger());
        QStringList channels;
        for (const QJsonValue &channel : c.value(QStringLiteral("contact_channels")).toArray())
            channels.append(channel.toObject().value(QStringLiteral("channel_type")).toString() +
                            u':' +
                            channel.toObject().value(QStringLiteral("channel_id")).toString());
        channels.sort(); // in no particular order
        out.insert(QStringLiteral("channels"), channels.join(u' '));
        const QJsonObject status =
            sandbox()
                .post(QStringLiteral("/v1/contact/status"),
                      QJsonObject{{QStringLiteral("id"), c.value(QStringLiteral("id"))}})
                .object();
        out.insert(QStringLiteral("unsubscribed"), status.value(QStringLiteral("unsubscribed")));
        out.insert(QStringLiteral("blocked"), status.value(QStringLiteral("blocked")));
        return out;
    }

    // The seeded contact as the server has it before the edit.
    QJsonObject seeded() const
    {
        return {{QStringLiteral("first"), QStringLiteral("Jordan")},
                {QStringLiteral("last"), QStringLiteral("Rivera")},
                {QStringLiteral("display_name"), QStringLiteral("Dr. J")},
                {QStringLiteral("phone"), seededPhone},
                {QStringLiteral("email"), QStringLiteral("jordan@example.com")},
                {QStringLiteral("avatar"), QStringLiteral("https://example.com/j.png")},
                {QStringLiteral("custom"),
                 QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")},
                             {QStringLiteral("19"), QStringLiteral("AC-1")}}},
                {QStringLiteral("tags"), QJsonArray{1, 2}},
                {QStringLiteral("owner"), 103},
                {QStringLiteral("channels"),
                 QStringLiteral("email:jordan@example.com phone:%1").arg(seededPhone)},
                {QStringLiteral("unsubscribed"), true},
                {QStringLiteral("blocked"), false}};
    }

    // One edit through the store, as the window and the CLI make it, then a sync.
    void edit(const QJsonObject &changes)
    {
        QVERIFY(m_team.store->editContact(m_id, changes));
        QVERIFY(synced());
        QCOMPARE(m_team.store->failedCount(), 0);
        QCOMPARE(m_team.store->conflictCount(), 0);
    }

    void compareServer(const QJsonObject &expected)
    {
        const auto text = [](const QJsonValue &value) {
            return QString::fromUtf8(
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        };
        const QJsonObject actual = server(m_uuid);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(
                actual.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("%1 is %2, expected %3")
                               .arg(it.key(), text(actual.value(it.key())), text(it.value()))));
        QCOMPARE(actual.keys(), expected.keys());
    }

    // Runs an import (or its undo) to its end.
    void runImport(qint64 id, bool undo)
    {
        ImportUploader uploader(m_team.client, m_team.store);
        QSignalSpy finished(&uploader, &ImportUploader::finished);
        undo ? uploader.startUndo(id) : uploader.start(id);
        QVERIFY(finished.wait(60000));
        QVERIFY2(!finished.first().at(1).toBool(), "cancelled");
        QCOMPARE(finished.first().at(2).toString(), QString());
        const auto record = ImportJournal(m_team.store).import(id);
        QCOMPARE(undo ? record->undoFailed : record->failed, 0);
    }

    // Stages an import of `csv` and runs it; its id in m_importId.
    void importCsv(const QByteArray &csv, bool overwrite)
    {
        ImportPlan plan;
        plan.path = Tests::writeFile(m_dir,
                                     QStringLiteral("%1-%2.csv")
                                         .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                              QString::fromLatin1(QTest::currentDataTag())),
                                     csv);
        const Preview head = ImportSession::header(plan.path, {});
        plan.mapping = Import::guessMapping(head.header, m_team.store->customFields());
        plan.options.updateExisting = true;
        plan.options.overwrite = overwrite;
        QString error;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        m_importId = id;
        runImport(id, false);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("lenient") << false;
        QTest::newRow("strict") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, strict);
        Sandbox::Options options;
        options.reading = strict ? Sandbox::Reading::Strict : Sandbox::Reading::Lenient;
        const QString problem =
            m_team.start(m_dir,
                         QStringLiteral("profile-%1-%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                  QString::fromLatin1(QTest::currentDataTag())),
                         0, options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        std::tie(m_id, m_uuid) = seed(everyField(seededPhone));
        QVERIFY(m_id > 0);
        QCOMPARE(sandbox().setStatus(seededPhone, QStringLiteral("unsubscribed")), 200);
        QVERIFY(synced());
        QVERIFY(m_team.store->contact(m_id).has_value());
        compareServer(seeded());
    }
    void cleanup() { m_team.reset(); }

    void editFirstName()
    {
        edit({{Field::first, QStringLiteral("Jo")}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("first"), QStringLiteral("Jo"));
        compareServer(expected); // the display name was set apart from the names: kept
    }

    void editLastNameWhileTheDisplayNameFollows()
    {
        const QString phone = QStringLiteral("15105553371");
        std::tie(m_id, m_uuid) = seed(everyField(phone, false));
        QVERIFY(synced());
        edit({{Field::last, QStringLiteral("Rivers")}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("phone"), phone);
        expected.insert(QStringLiteral("channels"),
                        QStringLiteral("email:jordan@example.com phone:%1").arg(phone));
        expected.insert(QStringLiteral("last"), QStringLiteral("Rivers"));
        expected.insert(QStringLiteral("display_name"), QStringLiteral("Jordan Rivers"));
        expected.insert(QStringLiteral("unsubscribed"), false);
        compareServer(expected);
    }

    void editDisplayName()
    {
        edit({{Field::displayName, QStringLiteral("Jordan R.")}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("display_name"), QStringLiteral("Jordan R."));
        compareServer(expected);
    }

    void editEmail()
    {
        edit({{Field::email, QStringLiteral("jr@example.org")}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("email"), QStringLiteral("jr@example.org"));
        expected.insert(QStringLiteral("channels"),
                        QStringLiteral("email:jr@example.org phone:%1").arg(seededPhone));
        compareServer(expected);
    }

    void editPhone()
    {
        const QString phone = QStringLiteral("15105550199");
        edit({{Field::phone, phone}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("phone"), phone);
        expected.insert(QStringLiteral("channels"),
                        QStringLiteral("email:jordan@example.com phone:%1").arg(phone));
        compareServer(expected);
    }

    void clearCustomValue()
    {
        edit({{Field::custom(qint64(19)), QString()}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")}});
        compareServer(expected);
    }

    void setCustomValue()
    {
        edit({{Field::custom(qint64(26)), QStringLiteral("2026-06-01")},
              {Field::custom(qint64(12)), QStringLiteral("Premium")}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")},
                                    {QStringLiteral("19"), QStringLiteral("AC-1")},
                                    {QStringLiteral("26"), QStringLiteral("2026-06-01")}});
        compareServer(expected);
    }

    void changeTags()
    {
        edit({{Field::tags, QJsonArray{2, 3}}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("tags"), QJsonArray{2, 3});
        compareServer(expected);
    }

    void changeOwner()
    {
        edit({{Field::owner, 104}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("owner"), 104);
        compareServer(expected);
    }

    void unassign()
    {
        edit({{Field::owner, QJsonValue::Null}});
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("owner"), 0);
        compareServer(expected);
    }

    void setStatus()
    {
        QVERIFY(m_team.store->setStatus(m_id, ContactStatusChange::Blocked));
        QVERIFY(synced());
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("blocked"), true);
        compareServer(expected);
    }

    // The bulk edit (views/BulkEditDialog): one edit per contact, here a tag
    // added to two contacts.
    void bulkEdit()
    {
        const QString phone = QStringLiteral("15105553372");
        const auto [otherId, otherUuid] = seed(everyField(phone));
        QVERIFY(synced());
        QVERIFY(m_team.store->editContact(m_id, {{Field::tags, QJsonArray{1, 2, 5}}}));
        QVERIFY(m_team.store->editContact(otherId, {{Field::tags, QJsonArray{1, 2, 5}}}));
        QVERIFY(synced());
        QCOMPARE(m_team.store->failedCount(), 0);
        QJsonObject expected = seeded();
        expected.insert(QStringLiteral("tags"), QJsonArray{1, 2, 5});
        compareServer(expected);
        m_uuid = otherUuid;
        expected.insert(QStringLiteral("phone"), phone);
        expected.insert(QStringLiteral("channels"),
                        QStringLiteral("email:jordan@example.com phone:%1").arg(phone));
        expected.insert(QStringLiteral("unsubscribed"), false);
        compareServer(expected);
    }

    // A contact made in the app with an email and no phone goes as a v2
    // create, with its channel in contact_channels; everything it carries arrives.
    void createV2()
    {
        const qint64 local =
            m_team.store->createContact({{Field::first, QStringLiteral("Ana")},
                                         {Field::last, QStringLiteral("Lima")},
                                         {Field::email, QStringLiteral("ana@example.com")},
                                         {Field::custom(qint64(12)), QStringLiteral("Enterprise")},
                                         {Field::custom(qint64(19)), QString()},
                                         {Field::tags, QJsonArray{4}},
                                         {Field::owner, 105}});
        QVERIFY(local != 0);
        QVERIFY(synced());
        QCOMPARE(m_team.store->failedCount(), 0);
        const QJsonArray found =
            sandbox().searchByChannel(QStringLiteral("email"), QStringLiteral("ana@example.com"));
        QCOMPARE(found.size(), 1);
        m_uuid = found.at(0).toObject().value(QStringLiteral("uuid")).toString();
        compareServer({{QStringLiteral("first"), QStringLiteral("Ana")},
                       {QStringLiteral("last"), QStringLiteral("Lima")},
                       {QStringLiteral("display_name"), QStringLiteral("Ana Lima")},
                       {QStringLiteral("phone"), QString()},
                       {QStringLiteral("email"), QStringLiteral("ana@example.com")},
                       {QStringLiteral("avatar"), QString()},
                       {QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("12"), QStringLiteral("Enterprise")}}},
                       {QStringLiteral("tags"), QJsonArray{4}},
                       {QStringLiteral("owner"), 105},
                       {QStringLiteral("channels"), QStringLiteral("email:ana@example.com")},
                       {QStringLiteral("unsubscribed"), false},
                       {QStringLiteral("blocked"), false}});
    }

    // New rows of an import go as a v2 bulk create, each with contact_channels.
    void importNewRowsV2Bulk()
    {
        importCsv("First Name,Last Name,Phone Number,Email,Plan,List\n"
                  "Bea,Kim,+1 510 555 3380,bea@example.com,Enterprise,VIP\n",
                  false);
        const auto found =
            sandbox()
                .post(QStringLiteral("/v1/contact/get"),
                      QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105553380")}})
                .object();
        QVERIFY(!found.isEmpty());
        const QJsonObject v2 =
            sandbox()
                .searchByChannel(QStringLiteral("phone"), QStringLiteral("15105553380"))
                .at(0)
                .toObject();
        m_uuid = v2.value(QStringLiteral("uuid")).toString();
        const QJsonObject actual = server(m_uuid);
        QCOMPARE(actual.value(QStringLiteral("first")).toString(), QStringLiteral("Bea"));
        QCOMPARE(actual.value(QStringLiteral("last")).toString(), QStringLiteral("Kim"));
        QCOMPARE(actual.value(QStringLiteral("email")).toString(),
                 QStringLiteral("bea@example.com"));
        QCOMPARE(actual.value(QStringLiteral("custom")).toObject(),
                 (QJsonObject{{QStringLiteral("12"), QStringLiteral("Enterprise")}}));
        QCOMPARE(actual.value(QStringLiteral("tags")).toArray().size(), 1);
        QCOMPARE(actual.value(QStringLiteral("channels")).toString(),
                 QStringLiteral("email:bea@example.com phone:15105553380"));
    }

    void importUpdate_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("overwrite") << true;
        QTest::newRow("preserve") << false;
    }
    // An existing contact updated by an import goes in the v1 batch with
    // ?overwrite=true (4.10); only the column that changes changes.
    void importUpdate()
    {
        QFETCH(bool, overwrite);
        importCsv("Phone Number,Last Name,Renewal date\n+" + seededPhone.toUtf8() +
                      ",Rivers,2026-09-01\n",
                  overwrite);
        QJsonObject expected = seeded();
        if (overwrite)
            expected.insert(QStringLiteral("last"), QStringLiteral("Rivers"));
        expected.insert(QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")},
                                    {QStringLiteral("19"), QStringLiteral("AC-1")},
                                    {QStringLiteral("26"), QStringLiteral("2026-09-01")}});
        compareServer(expected);
        // Its undo (the same batch, with the values it replaced) restores the
        // contact, and nothing else changes.
        QVERIFY(synced());
        runImport(m_importId, true);
        compareServer(seeded());
    }
};

QTEST_GUILESS_MAIN(TestSyncWrites)
#include "tst_sync_writes.moc"
