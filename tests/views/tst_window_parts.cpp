// The parts the main window and the detail panel are made of, each on its
// own: the dialog seam answers from its queue and records what was asked.

#include "tests/common/DialogAnswer.h"
#include "views/Dialogs.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;
namespace Dialogs = ContactDesk::Views::Dialogs;

class TestWindowParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { answerDialogsInTests(); }
    void cleanup() { Dialogs::reset(); }

    void theDialogSeamAnswersAndRecords()
    {
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName(QStringLiteral("/tmp/leads.csv"));
        QCOMPARE(Dialogs::unusedAnswers(), 2);
        // Answers are kept per kind: the file name waits for a file dialog.
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Delete contacts"),
                                   QStringLiteral("Delete Ann?")),
                 QMessageBox::Yes);
        QCOMPARE(Dialogs::openFileName(nullptr, QStringLiteral("Import contacts"),
                                       QStringLiteral("/home"), QStringLiteral("CSV (*.csv)")),
                 QStringLiteral("/tmp/leads.csv"));
        QCOMPARE(Dialogs::unusedAnswers(), 0);
        QList<Dialogs::Asked> asked = Dialogs::asked();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).kind, Dialogs::Kind::Message);
        QCOMPARE(asked.at(0).title, QStringLiteral("Delete contacts"));
        QCOMPARE(asked.at(0).text, QStringLiteral("Delete Ann?"));
        QVERIFY(asked.at(0).answered);
        QCOMPARE(asked.at(1).kind, Dialogs::Kind::OpenFile);
        QCOMPARE(asked.at(1).title, QStringLiteral("Import contacts"));
        QCOMPARE(asked.at(1).detail, QStringLiteral("CSV (*.csv)"));
        QCOMPARE(asked.at(1).initial, QStringLiteral("/home"));

        // Answers come in the order queued; the informative text is recorded.
        Dialogs::setNextAnswer(QMessageBox::No);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        Dialogs::Message message;
        message.title = QStringLiteral("Send message");
        message.text = QStringLiteral("Send this message to 2 recipient(s)?");
        message.informativeText = QStringLiteral("1 excluded");
        message.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        message.buttonTexts = {{QMessageBox::Yes, QStringLiteral("Send")}};
        QCOMPARE(Dialogs::ask(nullptr, message), QMessageBox::No);
        QCOMPARE(lastAsked().detail, QStringLiteral("1 excluded"));
        QCOMPARE(Dialogs::warning(nullptr, QStringLiteral("Rows not saved"), QStringLiteral("x")),
                 QMessageBox::Cancel);

        // Nothing queued and not shown: Escape's answer, recorded as such.
        Dialogs::reset();
        Dialogs::setShowUnanswered(false);
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("t"), QStringLiteral("q")),
                 QMessageBox::No);
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("t"), QStringLiteral("q"),
                                   QMessageBox::Yes | QMessageBox::Cancel),
                 QMessageBox::Cancel);
        QCOMPARE(Dialogs::information(nullptr, QStringLiteral("t"), QStringLiteral("i")),
                 QMessageBox::Ok);
        QCOMPARE(Dialogs::saveFileName(nullptr, QStringLiteral("Export")), QString());
        QCOMPARE(Dialogs::text(nullptr, QStringLiteral("New contact"), QStringLiteral("Phone:")),
                 std::nullopt);
        Dialogs::Choice unanswered;
        unanswered.options = {QStringLiteral("All")};
        QCOMPARE(Dialogs::choose(nullptr, unanswered), -1);
        asked = Dialogs::asked();
        QCOMPARE(asked.size(), 6);
        for (const Dialogs::Asked &one : std::as_const(asked))
            QVERIFY(!one.answered);
        QCOMPARE(asked.at(4).kind, Dialogs::Kind::Text);
        QCOMPARE(asked.at(4).text, QStringLiteral("Phone:"));

        // A choice: the option taken and the check box's state.
        Dialogs::setNextChoice(1, true);
        Dialogs::Choice choice;
        choice.title = QStringLiteral("Export contacts");
        choice.text = QStringLiteral("Which contacts?");
        choice.options = {QStringLiteral("The 3 selected"), QStringLiteral("All 40 shown")};
        choice.checkBox = QStringLiteral("For Excel");
        QCOMPARE(Dialogs::choose(nullptr, choice), 1);
        QVERIFY(choice.checked);
        QCOMPARE(lastAsked().kind, Dialogs::Kind::Choice);
        QCOMPARE(lastAsked().options, choice.options);
        QCOMPARE(lastAsked().detail, QStringLiteral("For Excel"));
        // An option that is not offered reads as Cancel.
        Dialogs::setNextChoice(5);
        QCOMPARE(Dialogs::choose(nullptr, choice), -1);
        // Text: what was typed, or cancelled.
        Dialogs::setNextText(QStringLiteral("(415) 555-0166"));
        Dialogs::setNextText(std::nullopt);
        QCOMPARE(Dialogs::text(nullptr, QStringLiteral("New contact"), QStringLiteral("Phone:"),
                               QStringLiteral("415")),
                 QStringLiteral("(415) 555-0166"));
        QCOMPARE(lastAsked().initial, QStringLiteral("415"));
        QCOMPARE(Dialogs::text(nullptr, QStringLiteral("New contact"), QStringLiteral("Phone:")),
                 std::nullopt);
        QVERIFY(lastAsked().answered);

        // reset() forgets both the queue and the record.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::reset();
        QCOMPARE(Dialogs::unusedAnswers(), 0);
        QVERIFY(Dialogs::asked().isEmpty());
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_window_parts.moc"
