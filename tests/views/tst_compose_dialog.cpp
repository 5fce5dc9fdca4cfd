// Composing as a person does, against a sandbox: three contacts selected in
// the main window (one opted out), Message ▸ Message the selected contacts,
// a template, merge tokens previewed per recipient, the segment counter
// naming the character that forces UCS-2 and its plain replacement, the
// preflight summary, Send, each recipient's result, the server's record;
// the contact's history in the detail panel; email; a refused send kept
// in the outbox and sent again from the status bar. The message models and
// the template list run under QAbstractItemModelTester.

#include "core/ContactFields.h"
#include "core/HtmlText.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "models/MessageModels.h"
#include "models/TemplateListModel.h"
#include "sync/MessageSender.h"
#include "tests/common/DialogAnswer.h"
#include "tests/common/ShownContacts.h"
#include "tests/common/SyncedTeam.h"
#include "views/ComposeDialog.h"
#include "views/ContactDetailPanel.h"
#include "views/Dialogs.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ContactDesk;
using namespace ContactDesk::Tests;
using Models::ComposeRecipientModel;
using Views::ComposeDialog;

class TestComposeDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncedTeam m_team;
    std::unique_ptr<Sync::MessageSender> m_outbox;
    std::unique_ptr<Models::TemplateListModel> m_templates;
    int m_templateCount = 0; // the team's templates not archived: the demo team's and "Ready"

    std::unique_ptr<Models::MessageHistoryModel> m_history;
    ShownContacts m_shown;
    Views::MainWindow *m_window = nullptr;
    Models::ContactFilterModel *m_filtered = nullptr;
    QHash<QString, qint64> m_ids; // by phone

    qint64 makeContact(const QJsonObject &body)
    {
        const HttpResult made = m_team.sandbox->post(QStringLiteral("/v1/contact"), body);
        return made.object().value(QStringLiteral("id")).toInteger();
    }

    void setStatus(const QString &phone, const QString &status)
    {
        QCOMPARE(m_team.sandbox->setStatus(phone, status), 200);
    }

    QStringList history(const QString &phone)
    {
        QStringList texts;
        const QJsonArray messages =
            m_team.sandbox
                ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413").arg(phone))
                .array();
        for (const QJsonValue &m : messages)
            texts.append(m.toObject().value(QStringLiteral("text")).toString());
        return texts;
    }

    ComposeDialog *openFromMenu(const QList<qint64> &ids)
    {
        auto *table = m_window->findChild<QTableView *>();
        table->clearSelection();
        for (qint64 id : ids) {
            for (int row = 0; row < m_filtered->rowCount(); ++row) {
                const QModelIndex index = m_filtered->index(row, 0);
                if (index.data(Models::ContactTableModel::IdRole).toLongLong() == id)
                    table->selectionModel()->select(index, QItemSelectionModel::Select |
                                                               QItemSelectionModel::Rows);
            }
        }
        auto *action = m_window->findChild<QAction *>(QStringLiteral("messageSelectedAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        const auto dialogs = m_window->findChildren<ComposeDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    // The preflight's status check has answered (Send waits for it).
    static bool waitForStatusCheck(ComposeDialog *dialog)
    {
        if (!dialog->isCheckingStatus())
            return true;
        QSignalSpy checked(dialog, &ComposeDialog::statusChecked);
        return checked.wait(30000);
    }

    static bool sendAndWait(ComposeDialog *dialog)
    {
        if (!waitForStatusCheck(dialog))
            return false;
        QSignalSpy finished(dialog, &ComposeDialog::sendingFinished);
        const qsizetype asked = Views::Dialogs::asked().size();
        Views::Dialogs::setNextAnswer(QMessageBox::Yes);
        dialog->findChild<QPushButton *>(QStringLiteral("composeSend"))->click();
        // Send asked first, with the count.
        if (Views::Dialogs::asked().size() != asked + 1 ||
            !lastAsked().text.startsWith(QLatin1String("Send this message to ")))
            return false;
        return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 30000);
    }

    static int rowOf(const ComposeRecipientModel *model, qint64 id)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ComposeRecipientModel::ContactIdRole).toLongLong() == id)
                return row;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        answerDialogsInTests();
        Sandbox::Options options;
        options.rateLimitPerMinute = 100000;
        // The reading where the server refuses email from an inbox that
        // cannot send it (nothing in the inbox says which).
        if (qstrcmp(QTest::currentTestFunction(), "anInboxRefusedForEmailIsRemembered") == 0)
            options.reading = Sandbox::Reading::Strict;
        const QString problem = m_team.startForTest(m_dir, 0, options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_ids.insert(QStringLiteral("14155550301"),
                     makeContact({{QStringLiteral("phone"), QStringLiteral("14155550301")},
                                  {QStringLiteral("first"), QStringLiteral("Ann")},
                                  {QStringLiteral("last"), QStringLiteral("Lee")}}));
        m_ids.insert(QStringLiteral("14155550302"),
                     makeContact({{QStringLiteral("phone"), QStringLiteral("14155550302")},
                                  {QStringLiteral("first"), QStringLiteral("Bo")},
                                  {QStringLiteral("last"), QStringLiteral("Park")}}));
        m_ids.insert(QStringLiteral("14155550303"),
                     makeContact({{QStringLiteral("phone"), QStringLiteral("14155550303")},
                                  {QStringLiteral("first"), QStringLiteral("Cy")},
                                  {QStringLiteral("last"), QStringLiteral("Kim")},
                                  {QStringLiteral("email"), QStringLiteral("cy@example.com")}}));
        setStatus(QStringLiteral("14155550302"), QStringLiteral("unsubscribed"));
        QCOMPARE(m_team.sandbox
                     ->post(QStringLiteral("/v1/template"),
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Ready")},
                                        {QStringLiteral("content"),
                                         QJsonObject{{QStringLiteral("text"),
                                                      QStringLiteral("Hi {{first_name}}, it’s "
                                                                     "ready — come by")}}}})
                     .status,
                 200);
        m_templateCount = 0;
        for (const QJsonValue &t :
             m_team.sandbox->post(QStringLiteral("/v1/templates"), QJsonObject()).array())
            m_templateCount += !t.toObject().value(QStringLiteral("archived")).toBool();
        QVERIFY(m_templateCount >= 1);
        m_team.engine->syncNow();
        QVERIFY(waitUntilSettled(*m_team.engine, *m_team.store));
        QTRY_COMPARE(m_team.store->contactCount(), 3);

        m_outbox = std::make_unique<Sync::MessageSender>(m_team.store, m_team.client);
        m_templates = std::make_unique<Models::TemplateListModel>(m_team.client);
        m_history = std::make_unique<Models::MessageHistoryModel>(m_team.client);
        m_shown.open(m_team.store)
            ->setMessaging(m_outbox.get(), m_templates.get(), m_history.get());
        m_shown.window->setSyncEngine(m_team.engine);
        QVERIFY(m_shown.show());
        m_window = m_shown.window.get();
        m_filtered = m_shown.filtered.get();
        QTRY_COMPARE(m_filtered->rowCount(), 3);
    }

    void cleanup()
    {
        QCOMPARE(Views::Dialogs::unusedAnswers(), 0);
        m_shown.reset();
        m_history.reset();
        m_templates.reset();
        m_outbox.reset();
        m_team.reset();
    }

    void composeAndSendToThreeOneOptedOut()
    {
        const qint64 ann = m_ids.value(QStringLiteral("14155550301"));
        const qint64 bo = m_ids.value(QStringLiteral("14155550302"));
        const qint64 cy = m_ids.value(QStringLiteral("14155550303"));
        // Ann's panel shows, with no messages yet (read from the server).
        QVERIFY(m_window->selectContact(ann));
        auto *historyStatus = m_window->findChild<QLabel *>(QStringLiteral("historyStatusLabel"));
        QTRY_COMPARE(historyStatus->text(), QStringLiteral("No messages yet."));
        ComposeDialog *dialog = openFromMenu({ann, bo, cy});
        QVERIFY(dialog);
        // (Selecting the three showed Ann again: her messages were read again.)
        QTRY_COMPARE(m_window->detailPanel()->contactId(), ann);
        QTRY_COMPARE(historyStatus->text(), QStringLiteral("No messages yet."));
        QAbstractItemModelTester tester(dialog->recipientModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog->mediumAvailable(Compose::Medium::Sms));
        QVERIFY(dialog->mediumAvailable(Compose::Medium::Email)); // Cy has an address
        QCOMPARE(dialog->medium(), Compose::Medium::Sms);
        QCOMPARE(dialog->inboxId(), 413); // the first SMS inbox
        QVERIFY(dialog->senderId() >= 101 && dialog->senderId() <= 105);

        // A template fills the message; its smart quote and dash force UCS-2.
        QTRY_COMPARE(dialog->templates().size(), m_templateCount);
        auto *templates = dialog->findChild<QComboBox *>(QStringLiteral("composeTemplate"));
        QCOMPARE(templates->count(), m_templateCount + 1);
        const int ready = templates->findText(QStringLiteral("Ready"));
        QVERIFY(ready > 0);
        dialog->applyTemplate(templates->itemData(ready).toLongLong());
        QCOMPARE(dialog->text(), QStringLiteral("Hi {{first_name}}, it’s ready — come by"));
        QVERIFY2(dialog->segmentText().contains(QLatin1String("UCS-2")),
                 qPrintable(dialog->segmentText()));
        QVERIFY2(dialog->segmentText().contains(QStringLiteral("“’”")),
                 qPrintable(dialog->segmentText()));
        QVERIFY(dialog->segmentText().contains(QStringLiteral("“—”")));
        const QList<QPushButton *> plain = dialog->findChildren<QPushButton *>();
        const auto replace = std::find_if(plain.begin(), plain.end(), [](QPushButton *b) {
            return b->text().contains(QLatin1String("plain"));
        });
        QVERIFY(replace != plain.end());
        QVERIFY((*replace)->isVisible());
        (*replace)->click();
        QCOMPARE(dialog->text(), QStringLiteral("Hi {{first_name}}, it's ready - come by"));
        // (Counts read "segment(s)" until English plural forms are loaded.)
        QVERIFY2(dialog->segmentText().startsWith(QStringLiteral("GSM-7 · 1 segment")) &&
                     dialog->segmentText().contains(QLatin1String("132 character")),
                 qPrintable(dialog->segmentText()));
        QVERIFY(!(*replace)->isVisible());

        // Preflight: Bo is excluded with the reason; the preview renders each.
        QCOMPARE(dialog->summaryText(), QStringLiteral("2 will receive it · 1 excluded"));
        ComposeRecipientModel *model = dialog->recipientModel();
        const int boRow = rowOf(model, bo);
        QVERIFY(boRow >= 0);
        QCOMPARE(model->index(boRow, 0).data(ComposeRecipientModel::SendsRole).toBool(), false);
        QVERIFY2(model->index(boRow, ComposeRecipientModel::Verdict)
                     .data()
                     .toString()
                     .contains(QLatin1String("opted out")),
                 qPrintable(model->index(boRow, ComposeRecipientModel::Verdict).data().toString()));
        dialog->setPreviewRecipient(rowOf(model, cy));
        QCOMPARE(dialog->previewText(), QStringLiteral("Hi Cy, it's ready - come by"));
        dialog->setPreviewRecipient(boRow);
        QVERIFY(dialog->previewText().startsWith(QLatin1String("(Not sent to Bo Park")));

        // Send: each recipient's result; the server has one message each.
        QVERIFY(sendAndWait(dialog));
        QVERIFY2(dialog->summaryText().startsWith(QLatin1String("Sent to 2 recipient")) &&
                     dialog->summaryText().endsWith(QStringLiteral(" · 1 excluded")),
                 qPrintable(dialog->summaryText()));
        QCOMPARE(model->index(rowOf(model, ann), ComposeRecipientModel::Result).data().toString(),
                 QStringLiteral("Sent"));
        QCOMPARE(model->index(boRow, ComposeRecipientModel::Result).data().toString(),
                 QStringLiteral("Not sent"));
        QCOMPARE(history(QStringLiteral("14155550301")),
                 QStringList{QStringLiteral("Hi Ann, it's ready - come by")});
        QCOMPARE(history(QStringLiteral("14155550302")), QStringList());
        QCOMPARE(history(QStringLiteral("14155550303")),
                 QStringList{QStringLiteral("Hi Cy, it's ready - come by")});
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("composeSend"))->isEnabled());
        dialog->close();

        // The detail panel, still on Ann, reads her history again after the
        // send (no need to select her again).
        QCOMPARE(m_window->detailPanel()->contactId(), ann);
        Models::MessageHistoryModel *historyModel = m_window->detailPanel()->history();
        QTRY_COMPARE(historyModel->rowCount(), 1);
        QVERIFY(m_window->selectContact(ann));
        QAbstractItemModelTester historyTester(
            historyModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(historyModel->rowCount(), 1);
        QCOMPARE(historyModel->index(0, Models::MessageHistoryModel::Text).data().toString(),
                 QStringLiteral("Hi Ann, it's ready - come by"));
        QVERIFY(!historyModel->index(0, Models::MessageHistoryModel::Sender)
                     .data()
                     .toString()
                     .isEmpty());
        // The narrow panel shows when and what; the message gets the room
        // (it wraps), who sent it from where is in its tooltip.
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("historyView"));
        QVERIFY(view->isColumnHidden(Models::MessageHistoryModel::Inbox));
        QVERIFY(view->isColumnHidden(Models::MessageHistoryModel::Sender));
        const QString when =
            historyModel->index(0, Models::MessageHistoryModel::When).data().toString();
        QVERIFY(view->columnWidth(Models::MessageHistoryModel::When) >
                view->fontMetrics().horizontalAdvance(when));
        QVERIFY(view->columnWidth(Models::MessageHistoryModel::Text) >=
                view->viewport()->width() / 3);
        const QString tip = historyModel->index(0, Models::MessageHistoryModel::Text)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(
                     historyModel->index(0, Models::MessageHistoryModel::Sender).data().toString()),
                 qPrintable(tip));
    }

    // A saved template sent unchanged goes as template_id (the server
    // renders it); once edited, as the text typed.
    void aTemplateUsedUnchangedGoesAsItsId()
    {
        const qint64 ann = m_ids.value(QStringLiteral("14155550301"));
        ComposeDialog *dialog = openFromMenu({ann});
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->templates().size(), m_templateCount);
        qint64 ready = 0;
        for (const Template &t : dialog->templates())
            if (t.name == QLatin1String("Ready"))
                ready = t.id;
        QVERIFY(ready > 0);
        // The server's copy changes after the dialog read it: what arrives
        // shows which of the two was sent.
        QCOMPARE(m_team.sandbox
                     ->put(QStringLiteral("/v1/template/%1").arg(ready),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Ready")},
                                       {QStringLiteral("content"),
                                        QJsonObject{{QStringLiteral("text"),
                                                     QStringLiteral("Server copy for "
                                                                    "{{first_name}}")}}}})
                     .status,
                 200);
        dialog->applyTemplate(ready);
        QCOMPARE(dialog->unchangedTemplate(), ready);
        QVERIFY(sendAndWait(dialog));
        const QList<Store::OutgoingEntry> entries = m_outbox->entries(dialog->batch());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().message.templateId, ready);
        QCOMPARE(history(QStringLiteral("14155550301")),
                 QStringList{QStringLiteral("Server copy for Ann")});
        dialog->close();

        // Edited: the text as typed, no template_id.
        ComposeDialog *edited = openFromMenu({ann});
        QVERIFY(edited);
        QTRY_VERIFY(!edited->templates().isEmpty());
        edited->applyTemplate(ready);
        QCOMPARE(edited->unchangedTemplate(), ready);
        edited->setText(edited->text() + QStringLiteral(" today"));
        QCOMPARE(edited->unchangedTemplate(), 0);
        QVERIFY(sendAndWait(edited));
        QCOMPARE(m_outbox->entries(edited->batch()).first().message.templateId, 0);
        QCOMPARE(history(QStringLiteral("14155550301")).size(), 2);
        QVERIFY2(history(QStringLiteral("14155550301"))
                     .contains(QStringLiteral("Server copy for Ann today")),
                 qPrintable(history(QStringLiteral("14155550301")).join(u'|')));
        edited->close();
    }

    void templatesComeFromTheirModel()
    {
        QAbstractItemModelTester tester(m_templates.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_templates.get(), &Models::TemplateListModel::loaded);
        m_templates->load();
        QVERIFY(m_templates->isLoading());
        QVERIFY(loaded.wait(15000));
        QVERIFY(!m_templates->isLoading());
        QCOMPARE(m_templates->error(), QString());
        QCOMPARE(m_templates->rowCount(), m_templateCount);
        const QModelIndex ready = m_templates->index(0, 0); // the newest
        QCOMPARE(ready.data().toString(), QStringLiteral("Ready"));
        QVERIFY(ready.data(Models::TemplateListModel::IdRole).toLongLong() > 0);
        QCOMPARE(ready.data(Models::TemplateListModel::TextRole).toString(),
                 QStringLiteral("Hi {{first_name}}, it’s ready — come by"));
        QCOMPARE(m_templates->rowCount(ready), 0);

        // Every page of them, not only the 30 most recent.
        QVERIFY(m_templateCount < 30);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(
                m_team.sandbox
                    ->post(QStringLiteral("/v1/template"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Page %1").arg(i)},
                                       {QStringLiteral("content"),
                                        QJsonObject{{QStringLiteral("text"),
                                                     QStringLiteral("Text %1").arg(i)}}}})
                    .status,
                200);
        loaded.clear();
        m_templates->load();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(m_templates->error(), QString());
        QCOMPARE(m_templates->rowCount(), m_templateCount + 40);
        QSet<qint64> ids;
        for (int row = 0; row < m_templates->rowCount(); ++row)
            ids.insert(
                m_templates->index(row, 0).data(Models::TemplateListModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), m_templateCount + 40); // none twice
        m_templateCount += 40;

        // A load asked again while one is on its way: only the newest answers.
        loaded.clear();
        m_templates->load();
        m_templates->load();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(m_templates->rowCount(), m_templateCount);

        // Two dialogs share the list; the one opened later loads it again and
        // the first keeps the template chosen.
        const qint64 ann = m_ids.value(QStringLiteral("14155550301"));
        ComposeDialog *first = openFromMenu({ann});
        QVERIFY(first);
        QTRY_COMPARE(first->templates().size(), m_templateCount);
        auto *chosen = first->findChild<QComboBox *>(QStringLiteral("composeTemplate"));
        first->applyTemplate(first->templates().first().id);
        QCOMPARE(chosen->currentIndex(), 1);
        loaded.clear();
        ComposeDialog *second = openFromMenu({ann});
        QVERIFY(second && second != first);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(second->templates().size(), m_templateCount);
        QCOMPARE(chosen->currentIndex(), 1);
        QCOMPARE(chosen->count(), m_templateCount + 1);
        first->close();
        second->close();

        // Without an account the dialog offers none and says why.
        Models::TemplateListModel offline(nullptr);
        QAbstractItemModelTester offlineTester(
            &offline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy offlineLoaded(&offline, &Models::TemplateListModel::loaded);
        offline.load();
        QCOMPARE(offlineLoaded.size(), 1);
        QCOMPARE(offline.rowCount(), 0);
        QVERIFY(!offline.error().isEmpty());
        Compose::Recipient recipient;
        recipient.contactId = ann;
        recipient.name = QStringLiteral("Ann Lee");
        recipient.phone = QStringLiteral("14155550301");
        ComposeDialog unconnected({recipient}, {});
        QVERIFY(
            !unconnected.findChild<QComboBox *>(QStringLiteral("composeTemplate"))->isEnabled());
    }

    void emailToOne()
    {
        const qint64 cy = m_ids.value(QStringLiteral("14155550303"));
        ComposeDialog *dialog = openFromMenu({cy});
        QVERIFY(dialog);
        dialog->setMedium(Compose::Medium::Email);
        QCOMPARE(dialog->inboxId(), 415);
        dialog->setSubject(QStringLiteral("Your order, {{first_name}}"));
        dialog->setText(QStringLiteral("<p>Hello {{first_name}}, it is ready.</p>"));
        QVERIFY2(dialog->previewText().contains(QLatin1String("Subject: Your order, Cy")),
                 qPrintable(dialog->previewText()));
        QVERIFY(dialog->previewText().contains(QLatin1String("Hello Cy, it is ready.")));
        QVERIFY(sendAndWait(dialog));
        const QList<Store::OutgoingEntry> entries = m_outbox->entries(dialog->batch());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, Store::OutgoingEntry::State::Sent);
        QCOMPARE(entries.first().message.to, QStringLiteral("cy@example.com"));
        QCOMPARE(entries.first().message.subject, QStringLiteral("Your order, Cy"));
        QCOMPARE(entries.first().message.plain, QStringLiteral("Hello Cy, it is ready."));
        const QJsonArray conversations =
            m_team.sandbox
                ->post(QStringLiteral("/v1/conversations"),
                       QJsonObject{{QStringLiteral("filters"),
                                    QJsonObject{{QStringLiteral("inboxes"), QJsonArray{415}}}}})
                .array();
        QCOMPARE(conversations.size(), 1);
    }

    // A contact (or a template) whose text is markup stays text: in the
    // email's HTML (the merge value escaped), in its plain-text part, in
    // the preview, and in the tool tips of the recipients and templates.
    void hostileTextStaysTextInTheEmailThePreviewAndTheTips()
    {
        const QString hostile = QStringLiteral("<a href=\"http://x.test\">Win</a>");
        const qint64 id =
            makeContact({{QStringLiteral("phone"), QStringLiteral("14155550304")},
                         {QStringLiteral("first"), hostile},
                         {QStringLiteral("email"), QStringLiteral("win@example.com")}});
        QCOMPARE(m_team.sandbox
                     ->post(QStringLiteral("/v1/template"),
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("<b>Bold</b>")},
                                        {QStringLiteral("content"),
                                         QJsonObject{{QStringLiteral("text"),
                                                      QStringLiteral("<img src=x> hi")}}}})
                     .status,
                 200);
        m_team.engine->syncNow();
        QVERIFY(waitUntilSettled(*m_team.engine, *m_team.store));
        QTRY_COMPARE(m_filtered->rowCount(), 4);

        ComposeDialog *dialog = openFromMenu({id});
        QVERIFY(dialog);
        dialog->setMedium(Compose::Medium::Email);
        dialog->setSubject(QStringLiteral("For {{first_name}}"));
        dialog->setText(QStringLiteral("<p>Hello {{first_name}}</p>"));
        QVERIFY2(dialog->previewText().contains(QStringLiteral("Hello ") + hostile),
                 qPrintable(dialog->previewText()));
        QVERIFY(dialog->previewText().contains(QStringLiteral("Subject: For ") + hostile));
        const QModelIndex name = dialog->recipientModel()->index(0, ComposeRecipientModel::Name);
        QCOMPARE(name.data().toString(), hostile);
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), HtmlText::forToolTip(hostile));

        QVERIFY(sendAndWait(dialog));
        const QList<Store::OutgoingEntry> entries = m_outbox->entries(dialog->batch());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(
            entries.first().message.text,
            QStringLiteral("<p>Hello &lt;a href=&quot;http://x.test&quot;&gt;Win&lt;/a&gt;</p>"));
        QCOMPARE(entries.first().message.plain, QStringLiteral("Hello ") + hostile);
        QCOMPARE(entries.first().message.subject, QStringLiteral("For ") + hostile);

        QSignalSpy loaded(m_templates.get(), &Models::TemplateListModel::loaded);
        m_templates->load();
        QVERIFY(loaded.wait(15000));
        QModelIndex bold;
        for (int row = 0; row < m_templates->rowCount(); ++row)
            if (m_templates->index(row, 0).data().toString() == QLatin1String("<b>Bold</b>"))
                bold = m_templates->index(row, 0);
        QVERIFY(bold.isValid());
        QCOMPARE(bold.data(Qt::ToolTipRole).toString(),
                 HtmlText::forToolTip(QStringLiteral("<img src=x> hi")));
        QCOMPARE(bold.data(Models::TemplateListModel::TextRole).toString(),
                 QStringLiteral("<img src=x> hi"));
    }

    void aBlockMadeElsewhereShowsInTheWindowWithinOneSync()
    {
        const qint64 ann = m_ids.value(QStringLiteral("14155550301"));
        const qint64 cy = m_ids.value(QStringLiteral("14155550303"));
        QVERIFY(m_window->selectContact(ann));
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QVERIFY(status);
        QTRY_COMPARE(status->currentText(), QStringLiteral("Active"));
        QVERIFY(waitUntilSettled(*m_team.engine, *m_team.store));
        // Both blocked in Heymarket's web app, say: the one on screen and
        // one that is not.
        setStatus(QStringLiteral("14155550301"), QStringLiteral("blocked"));
        setStatus(QStringLiteral("14155550303"), QStringLiteral("blocked"));
        m_team.engine->syncNow();
        QVERIFY(waitUntilSettled(*m_team.engine, *m_team.store));
        QTRY_COMPARE(status->currentText(), QStringLiteral("Blocked"));
        QVERIFY(m_team.store->contact(cy)->fields.value(Field::blocked).toBool());
        QVERIFY(m_window->selectContact(cy));
        QTRY_COMPARE(status->currentText(), QStringLiteral("Blocked"));
    }

    void aBlockMadeElsewhereIsExcludedByThePreflight()
    {
        const qint64 ann = m_ids.value(QStringLiteral("14155550301"));
        const qint64 cy = m_ids.value(QStringLiteral("14155550303"));
        // Blocked on the server after the last pull (in Heymarket's web app,
        // say): the store does not know, the preflight asks.
        setStatus(QStringLiteral("14155550301"), QStringLiteral("blocked"));
        QVERIFY(!m_team.store->contact(ann)->fields.value(Field::blocked).toBool());
        // And Bo, opted out when the store last heard, subscribed again.
        const qint64 bo = m_ids.value(QStringLiteral("14155550302"));
        setStatus(QStringLiteral("14155550302"), QStringLiteral("subscribed"));
        ComposeDialog *dialog = openFromMenu({ann, bo, cy});
        QVERIFY(dialog);
        dialog->setText(QStringLiteral("Your order is ready"));
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("composeSend"));
        QVERIFY(dialog->isCheckingStatus()); // asked of Heymarket, not answered yet
        QVERIFY(!send->isEnabled());         // Send waits for the answers
        QVERIFY(waitForStatusCheck(dialog));
        QCOMPARE(dialog->preflight().excluded, 1);
        QCOMPARE(dialog->preflight().sending, 2);
        ComposeRecipientModel *model = dialog->recipientModel();
        const int row = rowOf(model, ann);
        QVERIFY(row >= 0);
        QVERIFY(!model->index(row, 0).data(ComposeRecipientModel::SendsRole).toBool());
        QVERIFY(model->index(rowOf(model, bo), 0).data(ComposeRecipientModel::SendsRole).toBool());
        // The store learned it too: the window shows Ann blocked.
        QVERIFY(m_team.store->contact(ann)->fields.value(Field::blocked).toBool());
        QVERIFY(send->isEnabled());
        QVERIFY(sendAndWait(dialog));
        QVERIFY(history(QStringLiteral("14155550301")).isEmpty());
        dialog->close();
    }

    void anInboxRefusedForEmailIsRemembered()
    {
        const qint64 cy = m_ids.value(QStringLiteral("14155550303"));
        ComposeDialog *dialog = openFromMenu({cy});
        QVERIFY(dialog);
        dialog->setMedium(Compose::Medium::Email);
        auto *inbox = dialog->findChild<QComboBox *>(QStringLiteral("composeInbox"));
        // Every inbox is offered (the contract's inboxes do not say which
        // send email), the one without a phone number first.
        QCOMPARE(inbox->count(), 3);
        QCOMPARE(dialog->inboxId(), 415);
        QVERIFY(dialog->selectInbox(413));
        dialog->setSubject(QStringLiteral("Hello"));
        dialog->setText(QStringLiteral("<p>Hello</p>"));
        QVERIFY(sendAndWait(dialog));
        const QList<Store::OutgoingEntry> entries = m_outbox->entries(dialog->batch());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, Store::OutgoingEntry::State::Failed);
        // Remembered with the server's words, shown on the inbox, and last.
        const QString reason = m_outbox->emailRefusals().value(413);
        QVERIFY(!reason.isEmpty());
        QVERIFY2(entries.first().error.contains(reason), qPrintable(entries.first().error));
        QCOMPARE(inbox->itemData(inbox->count() - 1).toLongLong(), 413);
        QVERIFY2(
            inbox->itemText(inbox->count() - 1).endsWith(QLatin1String("(refused email before)")),
            qPrintable(inbox->itemText(inbox->count() - 1)));
        dialog->close();

        // Kept for the next message: offered last, and said when chosen.
        ComposeDialog *next = openFromMenu({cy});
        QVERIFY(next);
        next->setMedium(Compose::Medium::Email);
        auto *nextInbox = next->findChild<QComboBox *>(QStringLiteral("composeInbox"));
        QCOMPARE(nextInbox->itemData(nextInbox->count() - 1).toLongLong(), 413);
        QVERIFY(next->selectInbox(413));
        next->setSubject(QStringLiteral("Hello"));
        next->setText(QStringLiteral("<p>Hello</p>"));
        auto *problem = next->findChild<QLabel *>(QStringLiteral("composeProblem"));
        QTRY_VERIFY2(problem->text().startsWith(QLatin1String("Heymarket refused email from this "
                                                              "inbox before: ")),
                     qPrintable(problem->text()));
        // An email from another inbox leaves the mark as it is.
        QVERIFY(next->selectInbox(415));
        QVERIFY(sendAndWait(next));
        QCOMPARE(m_outbox->entries(next->batch()).first().state, Store::OutgoingEntry::State::Sent);
        QVERIFY(m_outbox->emailRefusals().contains(413));
        next->close();
    }

    void aRefusedSendStaysForRetry()
    {
        const qint64 ann = m_ids.value(QStringLiteral("14155550301"));
        ComposeDialog *dialog = openFromMenu({ann});
        QVERIFY(dialog);
        QVERIFY(waitForStatusCheck(dialog));
        // Blocked on the server after the preflight asked: only the send
        // finds out.
        setStatus(QStringLiteral("14155550301"), QStringLiteral("blocked"));
        dialog->setText(QStringLiteral("Are you still there?"));
        QVERIFY(sendAndWait(dialog));
        ComposeRecipientModel *model = dialog->recipientModel();
        const QString result = model->index(0, ComposeRecipientModel::Result).data().toString();
        QVERIFY2(result.startsWith(QLatin1String("Failed:")) &&
                     result.contains(QLatin1String("blocked")),
                 qPrintable(result));
        QVERIFY2(dialog->summaryText().startsWith(QLatin1String("Sent to 0 recipient")) &&
                     dialog->summaryText().endsWith(QStringLiteral(" · 1 failed")),
                 qPrintable(dialog->summaryText()));
        auto *unsent = m_window->findChild<QToolButton *>(QStringLiteral("unsentMessagesButton"));
        QTRY_VERIFY(unsent->isVisible());
        QVERIFY2(unsent->text().startsWith(QLatin1String("1 message")), qPrintable(unsent->text()));
        dialog->close();

        // Unblocked: the status bar sends it again.
        setStatus(QStringLiteral("14155550301"), QStringLiteral("unblocked"));
        unsent->click();
        QTRY_VERIFY_WITH_TIMEOUT(!unsent->isVisible(), 30000);
        QCOMPARE(history(QStringLiteral("14155550301")),
                 QStringList{QStringLiteral("Are you still there?")});
    }
};

QTEST_MAIN(TestComposeDialog)
#include "tst_compose_dialog.moc"
