// The message outbox against a real sandbox: each recipient's result, a
// refusal kept for retry, an answer lost after the server recorded the
// message (not sent twice), cancel and resume, and a batch interrupted by a
// crash sent again from the store file with the same local_ids.

#include "sync/MessageSender.h"
#include "tests/common/SyncedTeam.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;
using namespace ContactDesk::Sync;
using namespace ContactDesk::Tests;

class TestMessageOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncedTeam m_team;

    static OutgoingMessage sms(const QString &phone, const QString &text)
    {
        OutgoingMessage m;
        m.label = phone;
        m.inboxId = 413;
        m.creatorId = 101;
        m.to = phone;
        m.text = text;
        return m;
    }

    int historySize(const QString &phone, const QString &text = {})
    {
        const QJsonArray messages =
            m_team.sandbox
                ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413").arg(phone))
                .array();
        if (text.isEmpty())
            return int(messages.size());
        return int(std::count_if(messages.begin(), messages.end(), [&text](const QJsonValue &m) {
            return m.toObject().value(QStringLiteral("text")).toString() == text;
        }));
    }

    void setStatus(const QString &phone, const QString &status)
    {
        QCOMPARE(m_team.sandbox->setStatus(phone, status), 200);
    }

    static bool waitFinished(QSignalSpy &finished, int count = 1)
    {
        return QTest::qWaitFor([&finished, count] { return finished.size() >= count; }, 30000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.startForTest(m_dir, 0, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const char *phone : {"14155550201", "14155550202", "14155550203"})
            QCOMPARE(m_team.sandbox
                         ->post(QStringLiteral("/v1/contact"),
                                QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(phone)}})
                         .status,
                     200);
    }
    void cleanup() { m_team.reset(); }

    void eachRecipientHasAResultAndRefusalsStayForRetry()
    {
        setStatus(QStringLiteral("14155550202"), QStringLiteral("unsubscribed"));
        MessageSender outbox(m_team.store, m_team.client);
        QSignalSpy finished(&outbox, &MessageSender::finished);
        QSignalSpy progress(&outbox, &MessageSender::progress);
        QString error;
        const qint64 batch =
            outbox.enqueue({sms(QStringLiteral("14155550201"), QStringLiteral("A")),
                            sms(QStringLiteral("14155550202"), QStringLiteral("A")),
                            sms(QStringLiteral("14155550203"), QStringLiteral("A"))},
                           &error);
        QVERIFY2(batch > 0, qPrintable(error));
        QCOMPARE(outbox.unsentCount(), 3);
        QVERIFY(outbox.send(batch));
        QVERIFY(outbox.isSending());
        QVERIFY(!outbox.send(batch)); // one batch at a time
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().at(1).toInt(), 2); // sent
        QCOMPARE(finished.first().at(2).toInt(), 1); // failed
        QCOMPARE(finished.first().at(3).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        const QList<OutgoingEntry> entries = outbox.entries(batch);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).state, Store::OutgoingEntry::State::Sent);
        QVERIFY(entries.at(0).messageId > 0);
        QVERIFY(entries.at(0).localId.startsWith(QLatin1String("cd-")));
        QVERIFY(entries.at(0).localId != entries.at(2).localId);
        QCOMPARE(entries.at(1).state, Store::OutgoingEntry::State::Failed);
        QVERIFY2(entries.at(1).error.contains(QLatin1String("opted out")),
                 qPrintable(entries.at(1).error));
        QCOMPARE(outbox.unsentCount(), 1);
        QCOMPARE(outbox.unsentBatches(), QList<qint64>{batch});

        // The contact opts back in; a retry sends only what failed.
        setStatus(QStringLiteral("14155550202"), QStringLiteral("subscribed"));
        QVERIFY(outbox.send(batch, true));
        QVERIFY(waitFinished(finished, 2));
        QCOMPARE(finished.last().at(1).toInt(), 3);
        QCOMPARE(outbox.unsentCount(), 0);
        QCOMPARE(historySize(QStringLiteral("14155550201")), 1);
        QCOMPARE(historySize(QStringLiteral("14155550202")), 1);
    }

    void aLostAnswerDoesNotSendTwice()
    {
        MessageSender outbox(m_team.store, m_team.client);
        QSignalSpy finished(&outbox, &MessageSender::finished);
        const qint64 batch =
            outbox.enqueue({sms(QStringLiteral("14155550201"), QStringLiteral("Once"))}, nullptr);
        // The server records the message, then the connection drops.
        m_team.sandbox->server().dropNextRequests(1);
        QVERIFY(outbox.send(batch));
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(historySize(QStringLiteral("14155550201"), QStringLiteral("Once")), 1);
    }

    void cancelThenResumeFromTheStoreFile()
    {
        QList<OutgoingMessage> messages;
        for (int i = 0; i < 12; ++i)
            messages.append(
                sms(QStringLiteral("141555502%1").arg(10 + i), QStringLiteral("Note %1").arg(i)));
        qint64 batch = 0;
        {
            MessageSender outbox(m_team.store, m_team.client);
            QSignalSpy finished(&outbox, &MessageSender::finished);
            batch = outbox.enqueue(messages, nullptr);
            connect(&outbox, &MessageSender::progress, &outbox, [&outbox](int done) {
                if (done == 3)
                    outbox.cancel();
            });
            QVERIFY(outbox.send(batch));
            QVERIFY(waitFinished(finished));
            const int sent = finished.first().at(1).toInt();
            QVERIFY2(sent >= 3 && sent < 12, qPrintable(QString::number(sent)));
            QCOMPARE(finished.first().at(3).toInt(), 12 - sent);
        }
        // A crash while one was on its way: the store says "sending".
        QSqlQuery q(m_team.store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE message_out SET state = 1 WHERE id = (SELECT min(id) "
                                      "FROM message_out)")));
        // A new outbox (the app started again) finds the batch and finishes it.
        MessageSender again(m_team.store, m_team.client);
        QSignalSpy finished(&again, &MessageSender::finished);
        QCOMPARE(again.unsentBatches(), QList<qint64>{batch});
        QVERIFY(again.send(batch));
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().at(1).toInt(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(historySize(QStringLiteral("141555502%1").arg(10 + i)), 1);
    }

    void discardingGivesUpOnUnsentOnly()
    {
        setStatus(QStringLiteral("14155550203"), QStringLiteral("blocked"));
        MessageSender outbox(m_team.store, m_team.client);
        QSignalSpy finished(&outbox, &MessageSender::finished);
        QSignalSpy unsent(&outbox, &MessageSender::unsentCountChanged);
        const qint64 batch =
            outbox.enqueue({sms(QStringLiteral("14155550201"), QStringLiteral("Hi")),
                            sms(QStringLiteral("14155550203"), QStringLiteral("Hi"))},
                           nullptr);
        QVERIFY(outbox.send(batch));
        QVERIFY(waitFinished(finished));
        QCOMPARE(outbox.unsentCount(), 1);
        outbox.discardUnsent(batch);
        QCOMPARE(outbox.unsentCount(), 0);
        QCOMPARE(unsent.last().at(0).toInt(), 0);
        QCOMPARE(outbox.entries(batch).size(), 1);
        QCOMPARE(outbox.entries(batch).first().state, Store::OutgoingEntry::State::Sent);
    }
};

QTEST_GUILESS_MAIN(TestMessageOutbox)
#include "tst_message_outbox.moc"
