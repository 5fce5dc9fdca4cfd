// Imports against a real sandbox: preview, staging, upload in batches (new
// contacts, updates, new tags and custom fields), undo of a whole import,
// and a batch whose answer was lost (crash or dropped connection) resumed
// with nothing lost or doubled.

#include "api/HeymarketClient.h"
#include "core/CsvReader.h"
#include "core/CsvWriter.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "sync/ContactExport.h"
#include "sync/ImportSession.h"
#include "sync/ImportUploader.h"
#include "sync/SyncEngine.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"
#include "tests/common/SyncedTeam.h"
#include "tests/common/TestFiles.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;
using namespace ContactDesk::Sync;
using namespace ContactDesk::Tests;

class TestImportUpload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SyncedTeam m_team;

    void startAll(const Sandbox::Options &options)
    {
        const QString problem = m_team.startForTest(m_dir, 40, options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_team.store->contactCount(), 40);
    }

    QString writeFile(const QByteArray &text)
    {
        return Tests::writeFile(
            m_dir, QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentTestFunction())),
            text);
    }

    ImportPlan planFor(const QString &path)
    {
        ImportPlan plan;
        plan.path = path;
        const Preview head = ImportSession::header(path, {});
        plan.mapping = Import::guessMapping(head.header, m_team.store->customFields());
        plan.storeFile = m_team.store->path();
        return plan;
    }

    // The contact with this phone on the server, or an empty object.
    QJsonObject serverContact(const QString &phone)
    {
        const HttpResult result = m_team.sandbox->post(
            QStringLiteral("/v1/contact/get"), QJsonObject{{QStringLiteral("phone"), phone}});
        return result.status == 200 ? result.object() : QJsonObject();
    }

    bool runUploader(ImportUploader &uploader, qint64 id, bool undo, QString *message = nullptr)
    {
        QSignalSpy finished(&uploader, &ImportUploader::finished);
        undo ? uploader.startUndo(id) : uploader.start(id);
        if (!finished.wait(60000))
            return false;
        if (message)
            *message = finished.first().at(2).toString();
        return !finished.first().at(1).toBool();
    }

private Q_SLOTS:
    void cleanup() { m_team.reset(); }

    void newContactsUpdatesAndUndo()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        // Two existing contacts to update (found by phone), 1,200 new ones
        // (two batches), a new tag, a new custom field, an invalid row and a
        // duplicate inside the file.
        const QList<StoredContact> existing = m_team.store->allContacts();
        const QString phoneA = existing.at(0).fields.value(Field::phone).toString();
        const QString phoneB = existing.at(1).fields.value(Field::phone).toString();
        const QString oldFirstA = existing.at(0).fields.value(Field::first).toString();
        QByteArray csv = "First Name,Last Name,Phone Number,Email,Opt Out,List,Favourite colour\n";
        csv += "Zed,Updated,+" + phoneA.toUtf8() + ",,no,,teal\n";
        csv += "Yan,Updated,+" + phoneB.toUtf8() + ",,yes,,\n";
        for (int i = 0; i < 1200; ++i)
            csv += "Imported" + QByteArray::number(i) + ",Müller,+1 415 30" +
                   QByteArray::number(10000 + i) + ",imp" + QByteArray::number(i) +
                   "@example.com," + (i % 10 == 0 ? "yes" : "no") +
                   (i % 3 == 0 ? ",Spring Fair 2026" : ",") + (i % 4 == 0 ? ",blue\n" : ",\n");
        csv += "Bad,Row,555,not-an-email,maybe,,\n";
        csv += "Again,Twice,+1 415 3010000,,,,\n"; // the first new row's phone
        const QString path = writeFile(csv);

        ImportPlan plan = planFor(path);
        plan.options.updateExisting = true;
        plan.options.overwrite = true;
        const Import::TeamIndex team = ImportSession::teamIndex(*m_team.store);
        const Preview preview = ImportSession::preview(plan, team);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QCOMPARE(preview.counts().newRows, 1200);
        QCOMPARE(preview.counts().updates, 2);
        QCOMPARE(preview.counts().invalid, 1);
        QCOMPARE(preview.counts().skipped, 1);
        QCOMPARE(preview.attention.size(), 2);
        QVERIFY(
            preview.attention.at(0).problems.join(u'\n').contains(QStringLiteral("Phone Number")));

        QString error;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        ImportJournal journal(m_team.store);
        QCOMPARE(journal.import(id)->total, 1202);
        // Staged and not sent yet (as when the window has no connection):
        // it is the import the window resumes once the account connects.
        QCOMPARE(journal.unfinished(), id);

        ImportUploader uploader(m_team.client, m_team.store);
        QSignalSpy progress(&uploader, &ImportUploader::progress);
        QString message;
        QVERIFY2(runUploader(uploader, id, false, &message), qPrintable(message));
        QVERIFY(progress.size() >= 3); // two create batches and the updates
        const ImportRecord done = *journal.import(id);
        QCOMPARE(done.state, ImportRecord::State::Done);
        QCOMPARE(done.created, 1200);
        QCOMPARE(done.updated, 2);
        QCOMPARE(done.failed, 0);
        QCOMPARE(m_team.sandbox->contactCount(), 1240);
        // The new contacts are in the store at once, with their ids.
        QCOMPARE(m_team.store->contactCount(), 1240);

        const QJsonObject first = serverContact(QStringLiteral("14153010000"));
        QCOMPARE(first.value(QStringLiteral("first")).toString(), QStringLiteral("Imported0"));
        QCOMPARE(first.value(QStringLiteral("last")).toString(), QStringLiteral("Müller"));
        QCOMPARE(first.value(QStringLiteral("email")).toString(),
                 QStringLiteral("imp0@example.com"));
        QVERIFY(m_team.sandbox->statusOf(QStringLiteral("14153010000"))
                    .value(QStringLiteral("unsubscribed"))
                    .toBool());
        const QByteArray firstJson = QJsonDocument(first).toJson(QJsonDocument::Compact);
        const QList<Tag> tags = m_team.store->tags();
        const auto tag = std::find_if(tags.cbegin(), tags.cend(), [](const Tag &t) {
            return t.name == QLatin1String("Spring Fair 2026");
        });
        QVERIFY(tag != tags.cend());
        QVERIFY2(firstJson.contains(QByteArray::number(tag->id)), firstJson.constData());
        QVERIFY2(firstJson.contains("blue"), firstJson.constData());
        const QJsonObject updatedA = serverContact(phoneA);
        QCOMPARE(updatedA.value(QStringLiteral("first")).toString(), QStringLiteral("Zed"));
        QVERIFY(QJsonDocument(updatedA).toJson().contains("teal"));
        QVERIFY(m_team.sandbox->statusOf(phoneB).value(QStringLiteral("unsubscribed")).toBool());

        // Undo the whole import: the new contacts go, the updated ones get
        // their old values back.
        QVERIFY2(runUploader(uploader, id, true, &message), qPrintable(message));
        const ImportRecord undone = *journal.import(id);
        QCOMPARE(undone.state, ImportRecord::State::Undone);
        QCOMPARE(undone.undone, 1202);
        QCOMPARE(undone.undoFailed, 0);
        QCOMPARE(m_team.sandbox->contactCount(), 40);
        QCOMPARE(m_team.store->contactCount(), 40);
        QVERIFY(serverContact(QStringLiteral("14153010000")).isEmpty());
        QCOMPARE(serverContact(phoneA).value(QStringLiteral("first")).toString(), oldFirstA);
        QVERIFY(!QJsonDocument(serverContact(phoneA)).toJson().contains("teal"));
        QVERIFY(!m_team.sandbox->statusOf(phoneB).value(QStringLiteral("unsubscribed")).toBool());
    }

    void ownersByEmailAreLookedUp()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        // The team listing has names only; Heymarket's importer takes the
        // member's email: looked up with /v1/users/get.
        const QString path = writeFile("Phone Number,Owner\n"
                                       "+1 415 555 0191,aiko@harbourstreet.example\n"
                                       "+1 415 555 0192,Tom Becker\n"
                                       "+1 415 555 0193,nobody@example.com\n");
        const ImportPlan plan = planFor(path);
        Import::TeamIndex team;
        QString problem = QStringLiteral("not called");
        ImportSession::resolveOwnerEmails(m_team.client, plan,
                                          ImportSession::teamIndex(*m_team.store), this,
                                          [&](Import::TeamIndex index, const QString &error) {
                                              team = std::move(index);
                                              problem = error;
                                          });
        QTRY_VERIFY(problem != QLatin1String("not called"));
        QCOMPARE(problem, QString());
        QCOMPARE(team.memberByKey.value(QStringLiteral("aiko@harbourstreet.example")), 104);
        const Preview preview = ImportSession::preview(plan, team);
        // An owner nobody answers to: the contact comes in unassigned, warned.
        QCOMPARE(preview.counts().newRows, 3);
        QCOMPARE(preview.counts().invalid, 0);
        QCOMPARE(preview.counts().ownerNotFound, 1);
        QCOMPARE(preview.attention.size(), 1);
        QCOMPARE(preview.attention.at(0).action, Import::Row::Action::New);
        QVERIFY(preview.attention.at(0).warnings.join(u' ').contains(
            QStringLiteral("no team member is called “nobody@example.com”: the contact will be "
                           "unassigned")));
        QCOMPARE(preview.unknownOwners,
                 (QMap<QString, int>{{QStringLiteral("nobody@example.com"), 1}}));
        QString error;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error, &team);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(ImportJournal(m_team.store).import(id)->total, 3);
        ImportUploader uploader(m_team.client, m_team.store);
        QVERIFY(runUploader(uploader, id, false));
        QCOMPARE(serverContact(QStringLiteral("14155550191"))
                     .value(QStringLiteral("assigned_user_id"))
                     .toInteger(),
                 104);
        QCOMPARE(serverContact(QStringLiteral("14155550192"))
                     .value(QStringLiteral("assigned_user_id"))
                     .toInteger(),
                 103);
        const QJsonObject unassigned = serverContact(QStringLiteral("14155550193"));
        QVERIFY(!unassigned.isEmpty());
        QCOMPARE(unassigned.value(QStringLiteral("assigned_user_id")).toInteger(), 0);
    }

    void updatesAddFurtherPhonesAndEmailsAsChannels()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        // An Outlook-style row for an existing contact: its mobile matches,
        // a business phone and a second address are new to it.
        const StoredContact existing = m_team.store->allContacts().constFirst();
        const QString phone = existing.fields.value(Field::phone).toString();
        const QByteArray csv = "First Name,Mobile Phone,Business Phone,E-mail 2 Address\n"
                               "Zed,+" +
                               phone.toUtf8() + ",+1 415 555 0177,zed.work@example.com\n";
        const QString path = writeFile(csv);
        ImportPlan plan = planFor(path);
        plan.options.updateExisting = true;
        plan.options.overwrite = true;
        Import::TeamIndex team = ImportSession::teamIndex(*m_team.store);
        const Preview preview = ImportSession::preview(plan, team);
        QCOMPARE(preview.counts().updates, 1);
        QString error;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error, &team);
        QVERIFY2(id > 0, qPrintable(error));
        ImportUploader uploader(m_team.client, m_team.store);
        QString message;
        QVERIFY2(runUploader(uploader, id, false, &message), qPrintable(message));
        // "E-mail 2 Address" is the row's only email: the contact's email.
        // The business phone is a further number: a channel.
        QCOMPARE(uploader.channelContacts(), (QList<qint64>{existing.id}));
        // The engine sends the channel additions from the outbox.
        m_team.engine->pushNow();
        QVERIFY(waitUntilSettled(*m_team.engine, *m_team.store, 30000));
        const QString uuid = m_team.store->contact(existing.id)->uuid;
        QStringList values;
        for (const QJsonValue &channel :
             m_team.sandbox->get(QStringLiteral("/v2/contact/%1/channels").arg(uuid)).array())
            values.append(channel.toObject().value(QStringLiteral("channel_id")).toString());
        QVERIFY2(values.contains(QStringLiteral("14155550177")), qPrintable(values.join(u' ')));
        QVERIFY2(values.contains(QStringLiteral("zed.work@example.com")),
                 qPrintable(values.join(u' ')));
        QCOMPARE(serverContact(phone).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Zed"));

        // The same file again: the contact has all of it now.
        m_team.engine->syncNow();
        QVERIFY(waitUntilSettled(*m_team.engine, *m_team.store, 30000));
        ImportPlan again = planFor(path);
        again.options.updateExisting = true;
        again.options.overwrite = true;
        const Preview second =
            ImportSession::preview(again, ImportSession::teamIndex(*m_team.store));
        QCOMPARE(second.counts().updates, 0);
        QCOMPARE(second.counts().unchanged, 1);
    }

    void exportImportsBackUnchanged()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        // The seeded team has names with accents, tags, custom values,
        // owners, opt-outs and further channels.
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QCOMPARE(ContactExport::write(*m_team.store, {}, &file, true, &error), 40);
        file.close();
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QVERIFY(check.read(3) == "\xEF\xBB\xBF"); // the BOM Excel wants
        // One column per thing: "Email" once, the further one "Other Email".
        const QList<QByteArray> header = check.readLine().trimmed().split(',');
        QCOMPARE(header.count("Email"), 1);
        QVERIFY(!header.contains("Email Address"));
        QVERIFY(header.contains("Other Email"));
        check.close();

        // Every row matches its contact field for field: each is counted
        // unchanged, in either duplicate mode, with or without overwrite.
        for (const auto &[update, overwrite] :
             {std::pair{false, false}, std::pair{true, false}, std::pair{true, true}}) {
            ImportPlan mode = planFor(path);
            mode.options.updateExisting = update;
            mode.options.overwrite = overwrite;
            const Preview preview =
                ImportSession::preview(mode, ImportSession::teamIndex(*m_team.store));
            QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
            QCOMPARE(preview.counts().invalid, 0);
            QCOMPARE(preview.counts().updates, 0);
            QCOMPARE(preview.counts().skipped, 0);
            QCOMPARE(preview.counts().unchanged, 40);
            QCOMPARE(preview.counts().newRows, 0);
        }
        // Without the store to compare with, a match is an update (as before).
        ImportPlan unseen = planFor(path);
        unseen.storeFile.clear();
        unseen.options.updateExisting = true;
        QCOMPARE(ImportSession::preview(unseen, ImportSession::teamIndex(*m_team.store))
                     .counts()
                     .updates,
                 40);
        ImportPlan plan = planFor(path);
        plan.options.updateExisting = true;
        plan.options.overwrite = true;
        // Nothing to send.
        const qint64 id = ImportSession::stage(plan, m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const ImportRecord record = *ImportJournal(m_team.store).import(id);
        if (record.total != 0) {
            for (const ImportRow &row :
                 ImportJournal(m_team.store).rows(id, {ImportRow::State::Pending}))
                qWarning() << row.line << row.body << row.before;
        }
        QCOMPARE(record.total, 0);
    }

    void formulaSafeExportImportsBackUnchanged()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        // Contacts whose names a spreadsheet would run as formulas.
        QList<Contact> hostile;
        const QStringList names{QStringLiteral("=HYPERLINK(\"http://x.test\",\"Open\")"),
                                QStringLiteral("@home"),
                                QStringLiteral("-5"),
                                QStringLiteral("+1 555"),
                                QStringLiteral("\tTab first"),
                                QStringLiteral("\rCR first"),
                                QStringLiteral("'=looks guarded"),
                                QStringLiteral("-trailing space ")};
        for (int i = 0; i < names.size(); ++i) {
            Contact contact;
            contact.id = 900000 + i;
            contact.first = names.at(i);
            contact.last = names.at(names.size() - 1 - i);
            contact.displayName = i % 2 ? names.at(i) : QString();
            contact.phone = QStringLiteral("1415555%1").arg(3100 + i);
            hostile.append(contact);
        }
        QVERIFY(m_team.store->applyServerContacts(hostile));
        const qint64 total = m_team.store->contactCount();
        for (const bool forExcel : {false, true}) {
            const QString path = m_dir.filePath(forExcel ? QStringLiteral("excel.csv")
                                                         : QStringLiteral("plain.csv"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString error;
            QCOMPARE(ContactExport::write(*m_team.store, {}, &file, forExcel, &error), total);
            file.close();
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            file.close();
            if (forExcel) {
                // No cell of the file starts with a formula character; the
                // phones are text, as written.
                QBuffer buffer;
                buffer.setData(bytes);
                buffer.open(QIODevice::ReadOnly);
                Csv::Reader reader(&buffer);
                QVERIFY(reader.open());
                Csv::Record record;
                while (reader.next(record))
                    for (const QString &cell : std::as_const(record.fields))
                        QVERIFY2(!Csv::startsLikeFormula(cell), qPrintable(cell));
                QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"Open\"\")\""),
                         bytes.constData());
                QVERIFY(bytes.contains(",\"'+14155553100\","));
            } else {
                QVERIFY(bytes.contains(",=HYPERLINK(\"\"http://x.test\"\",\"\"Open\"\"),") ||
                        bytes.contains(",\"=HYPERLINK(\"\"http://x.test\"\",\"\"Open\"\")\","));
                QVERIFY(bytes.contains(",+14155553100,"));
            }
            if (!forExcel)
                continue; // a plain export's values edged with spaces come back trimmed
            // Imported back: every contact is matched and nothing changes.
            ImportPlan plan = planFor(path);
            plan.options.updateExisting = true;
            plan.options.overwrite = true;
            const Preview preview =
                ImportSession::preview(plan, ImportSession::teamIndex(*m_team.store));
            QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
            QCOMPARE(preview.counts().invalid, 0);
            QCOMPARE(preview.counts().updates, 0);
            QCOMPARE(preview.counts().unchanged, int(total));
            const qint64 id = ImportSession::stage(plan, m_team.store, &error);
            QVERIFY2(id > 0, qPrintable(error));
            const ImportRecord record = *ImportJournal(m_team.store).import(id);
            for (const ImportRow &row :
                 ImportJournal(m_team.store).rows(id, {ImportRow::State::Pending}))
                qWarning() << forExcel << row.line << row.body << row.before;
            QCOMPARE(record.total, 0);
        }
    }

    void lostAnswersAreLookedUpNotDoubled()
    {
        // A third of the answers never arrive (the sandbox closes the
        // connection after doing the work), and one batch was sent by an
        // earlier run that crashed before recording anything.
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        QByteArray csv = "First Name,Phone Number\n";
        for (int i = 0; i < 3500; ++i)
            csv += "Person" + QByteArray::number(i) + ",+1 415 40" + QByteArray::number(10000 + i) +
                   "\n";
        const ImportPlan plan = planFor(writeFile(csv));
        QString error;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));

        // The "crashed" run: its first batch reached the server, its answer
        // was never written down.
        ImportJournal journal(m_team.store);
        const QList<ImportRow> batch = journal.nextBatch(id, ImportUploader::batchSize, false);
        QCOMPARE(batch.size(), 1000);
        QList<qint64> lines;
        QJsonArray contacts;
        for (const ImportRow &row : batch) {
            lines.append(row.line);
            contacts.append(
                QJsonObject{{QStringLiteral("first"), row.body.value(Field::first)},
                            {QStringLiteral("contact_channels"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("channel_type"), QStringLiteral("phone")},
                                 {QStringLiteral("channel_id"), row.body.value(Field::phone)}}}}});
        }
        journal.markSent(id, lines, false);
        QCOMPARE(m_team.sandbox
                     ->post(QStringLiteral("/v2/contacts"),
                            QJsonObject{{QStringLiteral("contacts"), contacts}})
                     .status,
                 200);
        QCOMPARE(m_team.sandbox->contactCount(), 1040);

        m_team.sandbox->server().setDropRate(0.35);
        ImportUploader uploader(m_team.client, m_team.store);
        QString message;
        QVERIFY2(runUploader(uploader, id, false, &message), qPrintable(message));
        m_team.sandbox->server().setDropRate(0);
        const ImportRecord done = *journal.import(id);
        if (done.created != 3500)
            qWarning() << "pending" << done.pending << "failed" << done.failed << "sent"
                       << journal.rows(id, {ImportRow::State::Sent}).size() << "unknown"
                       << journal.rows(id, {ImportRow::State::Unknown}).size()
                       << journal.rows(id, {ImportRow::State::Failed}).value(0).error;
        QCOMPARE(done.created, 3500);
        QCOMPARE(done.failed, 0);
        QCOMPARE(m_team.sandbox->contactCount(), 3540); // nothing doubled, nothing lost
        // Every row knows its contact's UUID (for undo).
        for (const ImportRow &row : journal.rows(id, {ImportRow::State::Done}))
            QVERIFY2(!row.uuid.isEmpty() && row.contactId > 0,
                     qPrintable(QString::number(row.line)));
    }

    // A batch of an earlier run was looked up and not found there, so it
    // goes again; the server already has its contacts when the new copy
    // arrives (Qt's own repeat of a POST whose connection closed, as the
    // soak saw): "phone exists" for each. They are looked up again and
    // adopted, not failed.
    void aResentBatchRefusedAsExistingIsLookedUpAgain()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        QByteArray csv = "First Name,Phone Number\n";
        for (int i = 0; i < 5; ++i)
            csv += "Echo" + QByteArray::number(i) + ",+1 415 41" + QByteArray::number(10000 + i) +
                   "\n";
        const ImportPlan plan = planFor(writeFile(csv));
        QString error;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        ImportJournal journal(m_team.store);
        const QList<ImportRow> batch = journal.nextBatch(id, ImportUploader::batchSize, false);
        QCOMPARE(batch.size(), 5);
        QList<qint64> lines;
        for (const ImportRow &row : batch)
            lines.append(row.line);
        journal.markSent(id, lines, false); // an earlier run crashed: looked up first

        // The lookup finds nothing; the batch goes again and is held; the
        // server gets the same contacts meanwhile.
        Sandbox::SandboxServer &server = m_team.sandbox->server();
        server.holdRequestsAfter(QStringLiteral("/v2/contacts"), 0);
        ImportUploader uploader(m_team.client, m_team.store);
        QSignalSpy finished(&uploader, &ImportUploader::finished);
        uploader.start(id);
        QTRY_COMPARE(server.heldCount(), 1);
        for (const ImportRow &row : batch)
            QCOMPARE(
                m_team.sandbox
                    ->post(QStringLiteral("/v1/contact"),
                           QJsonObject{{QStringLiteral("phone"), row.body.value(Field::phone)},
                                       {QStringLiteral("first"), row.body.value(Field::first)}})
                    .status,
                200);
        server.releaseHeld(true);
        QVERIFY(finished.wait(20000));
        const ImportRecord done = *journal.import(id);
        QCOMPARE(done.failed, 0);
        QCOMPARE(done.created, 5);
        QCOMPARE(m_team.sandbox->contactCount(), 45);
        for (const ImportRow &row : journal.rows(id, {ImportRow::State::Done}))
            QVERIFY(row.contactId > 0 && !row.uuid.isEmpty());
    }

    void cancelStopsAfterTheBatchAndResumes()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        options.latencyMs = 50;
        startAll(options);
        QByteArray csv = "Phone Number\n";
        for (int i = 0; i < 2500; ++i)
            csv += "+1 415 50" + QByteArray::number(10000 + i) + "\n";
        QString error;
        const qint64 id = ImportSession::stage(planFor(writeFile(csv)), m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        ImportUploader uploader(m_team.client, m_team.store);
        QSignalSpy finished(&uploader, &ImportUploader::finished);
        connect(&uploader, &ImportUploader::progress, &uploader,
                [&uploader] { uploader.cancel(); });
        uploader.start(id);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).toBool()); // cancelled
        ImportJournal journal(m_team.store);
        // The batches on their way when Cancel came are answered; nothing
        // more is sent.
        const ImportRecord stopped = *journal.import(id);
        QCOMPARE(stopped.state, ImportRecord::State::Cancelled);
        QVERIFY(stopped.created >= 1000 && stopped.created <= 2000);
        QCOMPARE(stopped.created + stopped.pending, 2500);
        QCOMPARE(m_team.sandbox->contactCount(), 40 + stopped.created);
        disconnect(&uploader, &ImportUploader::progress, &uploader, nullptr);
        QVERIFY(runUploader(uploader, id, false));
        QCOMPARE(journal.import(id)->created, 2500);
        QCOMPARE(m_team.sandbox->contactCount(), 2540);
    }

    void aFileChangedBetweenCheckAndUploadIsRefused()
    {
        startAll({});
        const QString path = writeFile("First Name,Phone Number\nAnn,+1 415 555 0101\n"
                                       "Bob,+1 415 555 0102\n");
        ImportPlan plan = planFor(path);
        const Preview preview =
            ImportSession::preview(plan, ImportSession::teamIndex(*m_team.store));
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.checked.isKnown());
        QCOMPARE(preview.checked.size, QFileInfo(path).size());
        QCOMPARE(preview.checked.sha256.size(), 64);
        plan.checked = preview.checked;

        // The same size, the same time: only the hash can tell (Bob -> Rob).
        const QDateTime modified = QFileInfo(path).lastModified();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(QByteArray("First Name,Phone Number\nAnn,+1 415 555 0101\n").size()));
            QCOMPARE(file.write("R"), 1);
            file.close();
            QFile touch(path);
            QVERIFY(touch.open(QIODevice::ReadWrite));
            QVERIFY(touch.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(path).size(), preview.checked.size);
        QString error;
        QCOMPARE(ImportSession::stage(plan, m_team.store, &error), qint64(0));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("content")) &&
                     !error.contains(QLatin1String("size")),
                 qPrintable(error));
        QVERIFY(ImportJournal(m_team.store).imports().isEmpty()); // nothing staged

        // A longer file: the size says so too.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("Cy,+1 415 555 0103\n");
        }
        QCOMPARE(ImportSession::stage(plan, m_team.store, &error), qint64(0));
        QVERIFY2(error.contains(QLatin1String("size went from")), qPrintable(error));
        QVERIFY(ImportJournal(m_team.store).imports().isEmpty());
        QCOMPARE(m_team.sandbox->contactCount(), 40);

        // The bytes decide: written back as they were (a new time), it is the
        // file that was checked.
        Tests::writeFile(m_dir, QFileInfo(path).fileName(),
                         "First Name,Phone Number\nAnn,+1 415 555 0101\nBob,+1 415 555 0102\n");
        QCOMPARE(ImportSession::changeSince(path, plan.checked), QString());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("Cy,+1 415 555 0103\n");
        }

        // Checked again, it goes, and the journal records what was checked.
        const Preview again = ImportSession::preview(plan, ImportSession::teamIndex(*m_team.store));
        plan.checked = again.checked;
        const qint64 id = ImportSession::stage(plan, m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(ImportJournal(m_team.store).import(id)->checked, again.checked);
        QCOMPARE(ImportSession::changeSince(path, again.checked), QString());
    }

    void oneProcessSendsTheAccountsImportsAtATime()
    {
        startAll({});
        QString error;
        const qint64 id = ImportSession::stage(
            planFor(writeFile("Phone Number\n+1 415 555 0201\n+1 415 555 0202\n")), m_team.store,
            &error);
        QVERIFY2(id > 0, qPrintable(error));
        // Another holder of the lock (as a CLI would be: the file beside the store).
        QLockFile other(m_team.store->path() + QStringLiteral(".import.lock"));
        QVERIFY(other.tryLock(0));
        ImportUploader uploader(m_team.client, m_team.store);
        QString owner;
        QVERIFY(uploader.heldElsewhere(&owner));
        QVERIFY2(owner.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(owner));
        QVERIFY(!uploader.claim());
        QSignalSpy finished(&uploader, &ImportUploader::finished);
        uploader.start(id);
        QCOMPARE(finished.size(), 1); // at once, nothing sent
        QVERIFY2(finished.first().at(2).toString().contains(QLatin1String("is sending an import")),
                 qPrintable(finished.first().at(2).toString()));
        QVERIFY(!uploader.isRunning());
        QCOMPARE(ImportJournal(m_team.store).import(id)->state, ImportRecord::State::Staged);
        QCOMPARE(ImportJournal(m_team.store).unfinished(), id);

        other.unlock();
        QVERIFY(!uploader.heldElsewhere());
        QVERIFY(runUploader(uploader, id, false));
        QCOMPARE(ImportJournal(m_team.store).import(id)->created, 2);
        // The run held the lock only while it ran.
        QVERIFY(other.tryLock(0));
        other.unlock();
    }

    void aStoppedImportIsNotUnfinishedButStopped()
    {
        Sandbox::Options options;
        options.rateLimitPerMinute = 0;
        startAll(options);
        QByteArray csv = "Phone Number\n";
        for (int i = 0; i < 2500; ++i)
            csv += "+1 415 51" + QByteArray::number(10000 + i) + "\n";
        QString error;
        const qint64 id = ImportSession::stage(planFor(writeFile(csv)), m_team.store, &error);
        QVERIFY2(id > 0, qPrintable(error));
        m_team.sandbox->server().holdRequestsAfter(QStringLiteral("/v2/contacts"), 0);
        ImportUploader uploader(m_team.client, m_team.store);
        QSignalSpy finished(&uploader, &ImportUploader::finished);
        uploader.start(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_team.sandbox->server().heldCount(), 2, 30000);
        uploader.cancel();
        // Marked at once: a process that ends now leaves a stop, not a crash.
        ImportJournal journal(m_team.store);
        QCOMPARE(journal.import(id)->state, ImportRecord::State::Cancelled);
        QCOMPARE(journal.unfinished(), qint64(0));
        QCOMPARE(journal.stopped(), id);
        m_team.sandbox->server().releaseHeld(true);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(journal.import(id)->created, 2000); // the two batches on their way
        QCOMPARE(journal.import(id)->state, ImportRecord::State::Cancelled);
        QCOMPARE(journal.stopped(), id);
        QVERIFY(runUploader(uploader, id, false));
        QCOMPARE(journal.import(id)->state, ImportRecord::State::Done);
        QCOMPARE(journal.stopped(), qint64(0));
        QCOMPARE(m_team.sandbox->contactCount(), 2540);
    }
};

QTEST_GUILESS_MAIN(TestImportUpload)
#include "tst_import_upload.moc"
