// The parts the main window and the detail panel are made of, each on its
// own over a local store (no server): the dialog seam answers from its
// queue and records what was asked; the sync status bar renders a status
// (offline, store failing, counts, progress) and the edits needing
// attention; the filter bar narrows the table and counts; the tag chip
// editor keeps its rules (five tags, known names, creating after asking);
// the channel editor checks and replaces; the sync-state banner shows
// waiting, refused and conflicting edits; and the window shows a store
// that cannot write as a sentence, keeping the edit.

#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "models/ContrastColors.h"
#include "store/ContactStore.h"
#include "tests/common/DialogAnswer.h"
#include "views/ChannelEditor.h"
#include "views/ContactDetailPanel.h"
#include "views/Dialogs.h"
#include "views/EditCommands.h"
#include "views/FilterBar.h"
#include "views/MainWindow.h"
#include "views/SyncStateBanner.h"
#include "views/SyncStatusBar.h"
#include "views/TagChipEditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace ContactDesk;
using namespace ContactDesk::Tests;
namespace Dialogs = ContactDesk::Views::Dialogs;
using Status = Sync::SyncEngine::Status;

class TestWindowParts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store::ContactStore> m_store;

    // A store with three contacts, six tags, two members and a custom field.
    void openStore()
    {
        m_store = std::make_unique<Store::ContactStore>();
        QCOMPARE(
            m_store
                ->open(m_dir.filePath(QStringLiteral("%1.sqlite")
                                          .arg(QString::fromLatin1(QTest::currentTestFunction()))))
                .describe(),
            QString());
        QList<Tag> tags;
        for (int i = 1; i <= 6; ++i) {
            Tag tag;
            tag.id = 10 + i;
            tag.name = QStringLiteral("Tag %1").arg(i);
            tag.color = i == 1 ? QStringLiteral("#1f6feb") : QString();
            tags.append(tag);
        }
        QVERIFY(m_store->replaceTags(tags));
        QVERIFY(m_store->replaceFields({{1, QStringLiteral("Plan")}}));
        QVERIFY(m_store->replaceMembers(
            {{101, QStringLiteral("Ann Owner"), {}}, {102, QStringLiteral("Bo Owner"), {}}}));
        QList<Contact> contacts;
        for (int i = 1; i <= 3; ++i) {
            Contact c;
            c.id = i;
            c.first = QStringLiteral("Person%1").arg(i);
            c.phone = QStringLiteral("1415555010%1").arg(i);
            if (i == 1)
                c.tagIds = {11};
            if (i == 2)
                c.ownerId = 102;
            contacts.append(c);
        }
        QVERIFY(m_store->applyServerContacts(contacts));
    }

private Q_SLOTS:
    void deletingAnEmailOnlyContactDeletesThatOneOnly()
    {
        // Two contacts without a phone: a delete and its undo and redo must
        // never take one for the other.
        openStore();
        Contact ann;
        ann.id = 110;
        ann.email = QStringLiteral("ann@example.com");
        ann.rev = 1;
        Contact ben;
        ben.id = 120;
        ben.email = QStringLiteral("ben@example.com");
        ben.rev = 1;
        QVERIFY(m_store->applyServerContacts({ann, ben}));
        QUndoStack undo;
        Views::run(&undo, new Views::DeleteContactsCommand(m_store.get(), {120},
                                                           QStringLiteral("Delete Ben")));
        QVERIFY(m_store->contact(120)->deleted);
        QVERIFY(!m_store->contact(110)->deleted);
        const QList<Store::OutboxEntry> deletes = m_store->outbox();
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().contactId, 120);

        undo.undo(); // Ben comes back as a new contact; Ann is untouched
        qint64 again = 0;
        m_store->forEachContact([&again](const Store::StoredContact &c) {
            if (c.id < 0)
                again = c.id;
            return true;
        });
        QVERIFY(again < 0);
        QCOMPARE(m_store->contact(again)->fields.value(Field::email).toString(),
                 QStringLiteral("ben@example.com"));
        undo.redo(); // and goes again, not Ann
        QVERIFY(m_store->contact(again)->deleted || !m_store->contact(again));
        QVERIFY(!m_store->contact(110)->deleted);

        // Creating one with no phone: undo deletes that one, redo makes it again.
        auto *create = new Views::CreateContactCommand(
            m_store.get(), {{Field::email, QStringLiteral("cy@example.com")}},
            QStringLiteral("New contact"));
        Views::run(&undo, create);
        const qint64 cy = create->createdId();
        QVERIFY(cy < 0);
        undo.undo();
        QVERIFY(!m_store->contact(cy) || m_store->contact(cy)->deleted);
        QVERIFY(!m_store->contact(110)->deleted);
        undo.redo();
        QVERIFY(create->createdId() != cy);
        QCOMPARE(m_store->contact(create->createdId())->fields.value(Field::email).toString(),
                 QStringLiteral("cy@example.com"));
    }

    void init() { answerDialogsInTests(); }
    void cleanup()
    {
        m_store.reset();
        Dialogs::reset();
    }

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

    void theSyncStatusBarRendersAStatus()
    {
        Views::SyncStatusBar bar;
        bar.show();
        QSignalSpy errors(&bar, &Views::SyncStatusBar::errorReported);
        auto *text = bar.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        auto *progress = bar.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
        QVERIFY(text && progress);

        Status up;
        up.connection = Status::Connection::Online;
        up.pending = 2;
        up.failed = 0;
        up.conflicts = 3;
        up.warning = QStringLiteral("<b>12 contacts</b> share one updated time");
        bar.showStatus(up);
        QCOMPARE(text->text(), QStringLiteral("Up to date · 2 edit(s) waiting · 3 conflict(s) · "
                                              "<b>12 contacts</b> share one updated time"));
        QCOMPARE(text->textFormat(), Qt::PlainText); // the pager's words, as they are
        QVERIFY(!progress->isVisible());
        QVERIFY(errors.isEmpty()); // online, nothing failed: no banner

        Status offline;
        offline.connection = Status::Connection::Offline;
        offline.lastError = QStringLiteral("The server could not be reached.");
        bar.showStatus(offline);
        QCOMPARE(text->text(),
                 QStringLiteral("Offline; edits are kept and sent when the server is back"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.takeFirst().first().toString(), offline.lastError);

        Status failing = up;
        failing.storeFailing = true;
        failing.lastError = QStringLiteral("The disk is full.");
        bar.showStatus(failing);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.takeFirst().first().toString(), failing.lastError);

        Status refused = up;
        refused.failed = 1;
        refused.lastError = QStringLiteral("Another contact already has the phone.");
        bar.showStatus(refused);
        QVERIFY(text->text().contains(QStringLiteral("1 edit(s) failed")));
        QCOMPARE(errors.size(), 1);

        Status pulling;
        pulling.connection = Status::Connection::Online;
        pulling.pulling = true;
        pulling.received = 250;
        pulling.expected = 1000;
        bar.showStatus(pulling);
        QCOMPARE(text->text(), QStringLiteral("Syncing: 250 of 1,000 contacts"));
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 1000);
        QCOMPARE(progress->value(), 250);
        pulling.expected = -1;
        bar.showStatus(pulling);
        QCOMPARE(text->text(), QStringLiteral("Syncing…"));
        QCOMPARE(progress->maximum(), 0); // runs without a total
        QCOMPARE(Views::SyncStatusBar::describe(Status{}), QString());

        // The time left, at the pace since the pull began (a clock of the
        // test's: the bar reads it at every status).
        {
            Views::SyncStatusBar timed;
            qint64 nowMs = 0;
            timed.setClock([&nowMs] { return nowMs; });
            auto *timedText = timed.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
            Status first = pulling;
            first.received = 0;
            first.expected = 200000;
            timed.showStatus(first);
            QCOMPARE(timedText->text(), QStringLiteral("Syncing: 0 of 200,000 contacts"));
            nowMs = 10000;
            first.received = 48000;
            timed.showStatus(first);
            QCOMPARE(
                timedText->text(),
                QStringLiteral("Syncing: 48,000 of 200,000 contacts — about 32 second(s) left"));
            // A pull that begins again measures its own pace.
            first.pulling = false;
            timed.showStatus(first);
            first.pulling = true;
            first.received = 0;
            timed.showStatus(first);
            nowMs = 20000;
            first.received = 1000;
            timed.showStatus(first);
            QCOMPARE(
                timedText->text(),
                QStringLiteral("Syncing: 1,000 of 200,000 contacts — about 33 minute(s) left"));
            QCOMPARE(Views::SyncStatusBar::timeLeft(3 * 3600 * 1000),
                     QStringLiteral("about 3 hour(s) left"));

            // Before an engine: the embedded sandbox starting, seeding its team.
            Views::SyncStatusBar seeding;
            seeding.setClock([&nowMs] { return nowMs; });
            auto *seedText = seeding.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
            seeding.showSandboxStart();
            QCOMPARE(seedText->text(), QStringLiteral("Starting the local sandbox…"));
            seeding.showSandboxStart(0, 200000);
            QCOMPARE(seedText->text(),
                     QStringLiteral("Preparing the demo team: 0 of 200,000 contacts"));
            nowMs = 25000;
            seeding.showSandboxStart(100000, 200000);
            QCOMPARE(seedText->text(), QStringLiteral("Preparing the demo team: 100,000 of "
                                                      "200,000 contacts — about 5 second(s) left"));
        }

        // No engine: nothing shown.
        bar.setEngine(nullptr);
        QVERIFY(text->text().isEmpty());
        QVERIFY(!progress->isVisible());

        // The store's refused edits: a button that leads to them.
        openStore();
        bar.setStore(m_store.get());
        auto *attention = bar.findChild<QToolButton *>(QStringLiteral("outboxButton"));
        QVERIFY(!attention->isVisible());
        QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Ada")}}));
        QVERIFY(!attention->isVisible()); // waiting is not needing attention
        QVERIFY(m_store->failEntry(m_store->outbox().first().seq, QStringLiteral("refused")));
        QVERIFY(attention->isVisible());
        QCOMPARE(attention->text(), QStringLiteral("1 edit(s) need attention"));
        QSignalSpy asked(&bar, &Views::SyncStatusBar::attentionRequested);
        QTest::mouseClick(attention, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(!bar.findChild<QToolButton *>(QStringLiteral("unsentMessagesButton"))->isVisible());
        bar.setStore(nullptr);
        QVERIFY(!attention->isVisible());
    }

    void theFilterBarNarrowsAndCounts()
    {
        openStore();
        Models::ContactTableModel table;
        Models::ContactFilterModel filtered;
        filtered.setSourceModel(&table);
        QAbstractItemModelTester tester(&filtered,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setStore(m_store.get());
        Views::FilterBar bar;
        bar.setContacts(&filtered);
        bar.setStore(m_store.get());
        bar.setTotal(3);
        QTRY_COMPARE(filtered.rowCount(), 3);
        auto *counts = bar.findChild<QLabel *>(QStringLiteral("contactCountLabel"));
        QCOMPARE(counts->text(), QStringLiteral("3 contact(s)"));
        QVERIFY(!bar.isFiltering());

        auto *tag = bar.findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QCOMPARE(tag->count(), 7); // any, and the six tags
        tag->setCurrentIndex(tag->findData(11));
        QCOMPARE(filtered.rowCount(), 1);
        QVERIFY(bar.isFiltering());
        QCOMPARE(counts->text(), QStringLiteral("1 of 3 contact(s)"));
        QCOMPARE(filtered.filter().tags, QList<qint64>{11});

        auto *owner = bar.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        QCOMPARE(owner->itemText(1), QStringLiteral("Unassigned"));
        tag->setCurrentIndex(0);
        owner->setCurrentIndex(owner->findData(102));
        QCOMPARE(filtered.rowCount(), 1);
        QCOMPARE(filtered.filter().owner, std::optional<qint64>(102));

        auto *status = bar.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("pending")));
        QCOMPARE(filtered.filter().syncState, std::optional<int>(Models::ContactCache::Pending));

        // Typing filters after a short pause.
        bar.clear();
        QCOMPARE(filtered.rowCount(), 3);
        QVERIFY(!bar.isFiltering());
        auto *search = bar.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("Person2"));
        QTRY_COMPARE(filtered.rowCount(), 1);
        QCOMPARE(counts->text(), QStringLiteral("1 of 3 contact(s)"));

        // A new tag in the directory is offered, and the filter chosen stays.
        tag->setCurrentIndex(tag->findData(12));
        QList<Tag> tags = m_store->tags();
        Tag seventh;
        seventh.id = 17;
        seventh.name = QStringLiteral("Tag 7");
        tags.append(seventh);
        QVERIFY(m_store->replaceTags(tags));
        QCOMPARE(tag->count(), 8);
        QCOMPARE(tag->currentData().toLongLong(), 12);
    }

    // The second line of chips once vanished a minute into a session: each
    // sync read the team's tags again, the chips were made anew, and the
    // form was laid out for them before they were shown and styled, so the
    // line they wrapped onto got no room. Now the chips are whole (shown,
    // styled) the moment they are made, and the same tags keep their chips.
    void tagChipsAreMeasuredAsShownFromTheStart()
    {
        const auto tag = [](qint64 id, const QString &name, const QString &color) {
            Tag t;
            t.id = id;
            t.name = name;
            t.color = color;
            return t;
        };
        QWidget holder;
        auto *layout = new QVBoxLayout(&holder);
        auto *editor = new Views::TagChipEditor(&holder);
        layout->addWidget(editor);
        layout->addStretch();
        holder.resize(230, 300);
        holder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&holder));
        editor->setTeamTags({tag(1, QStringLiteral("Partner"), QStringLiteral("#334455")),
                             tag(2, QStringLiteral("VIP"), QStringLiteral("#ffd700")),
                             tag(3, QStringLiteral("Follow up"), QStringLiteral("#f39c12"))});
        auto *chips = editor->findChild<QWidget *>(QStringLiteral("tagChips"));
        QVERIFY(chips);
        const QJsonArray three{1, 2, 3};
        editor->showTags(7, three);
        // Before any event is handled: what the form is told is what it gets.
        const int width = chips->width();
        const int told = chips->layout()->heightForWidth(width);
        const QList<QToolButton *> made = chips->findChildren<QToolButton *>();
        QCOMPARE(made.size(), 3);
        for (QToolButton *chip : made)
            QVERIFY(chip->isVisibleTo(&holder));
        QCoreApplication::processEvents();
        QTRY_COMPARE(chips->height(), chips->layout()->heightForWidth(chips->width()));
        QCOMPARE(chips->layout()->heightForWidth(width), told);
        QVERIFY2(told > made.first()->height() * 2, qPrintable(QString::number(told))); // wraps
        for (QToolButton *chip : made)
            QVERIFY(chips->rect().contains(chip->geometry()));

        // The same tags again (a refresh, a sync): the same chips.
        editor->showTags(7, three);
        QCOMPARE(chips->findChildren<QToolButton *>(), made);
        editor->setTeamTags({tag(1, QStringLiteral("Partner"), QStringLiteral("#334455")),
                             tag(2, QStringLiteral("VIP"), QStringLiteral("#ffd700")),
                             tag(3, QStringLiteral("Follow up"), QStringLiteral("#f39c12"))});
        editor->showTags(7, three);
        QCOMPARE(chips->findChildren<QToolButton *>(), made);
        // A tag renamed by the team, or other tags: chips made anew.
        editor->setTeamTags({tag(1, QStringLiteral("Partner"), QStringLiteral("#334455")),
                             tag(2, QStringLiteral("Very important"), QStringLiteral("#ffd700")),
                             tag(3, QStringLiteral("Follow up"), QStringLiteral("#f39c12"))});
        editor->showTags(7, three);
        QTRY_COMPARE(chips->findChildren<QToolButton *>().size(), 3);
        QVERIFY(chips->findChild<QToolButton *>(QStringLiteral("tagChip_2"))
                    ->text()
                    .startsWith(QLatin1String("Very important")));
        editor->showTags(7, QJsonArray{1});
        QTRY_COMPARE(chips->findChildren<QToolButton *>().size(), 1);
    }

    void theTagChipEditorKeepsItsRules()
    {
        openStore();
        Views::TagChipEditor editor;
        editor.setTeamTags(m_store->tags());
        editor.show();
        QSignalSpy edited(&editor, &Views::TagChipEditor::tagsEdited);
        auto *hint = editor.findChild<QLabel *>(QStringLiteral("tagHint"));
        QVERIFY(!editor.addTag(QStringLiteral("Tag 1"))); // no contact shown
        editor.showTags(1, QJsonArray{11});
        auto *chip = editor.findChild<QToolButton *>(QStringLiteral("tagChip_11"));
        QVERIFY(chip);
        QVERIFY(chip->styleSheet().contains(QStringLiteral("#1f6feb")));

        QVERIFY(editor.addTag(QStringLiteral("tag 2"))); // without regard to case
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.takeFirst().first().toJsonArray(), (QJsonArray{11, 12}));
        QVERIFY(!editor.addTag(QStringLiteral("Tag 1")));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("The contact already has the tag “Tag 1”."));
        QVERIFY(!editor.addTag(QStringLiteral("Tag 99")));
        QVERIFY2(hint->text().contains(QStringLiteral("no tag called “Tag 99”")),
                 qPrintable(hint->text()));
        QVERIFY(edited.isEmpty());
        QVERIFY(Dialogs::asked().isEmpty()); // no creator: nothing to ask

        // A chip removes its tag.
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.takeFirst().first().toJsonArray(), QJsonArray{});

        // Five is the most: the field closes, a sixth is refused.
        editor.showTags(1, QJsonArray{11, 12, 13, 14, 15});
        auto *input = editor.findChild<QLineEdit *>(QStringLiteral("tagInput"));
        QVERIFY(!input->isEnabled());
        QCOMPARE(input->placeholderText(), QStringLiteral("Five tags: remove one first"));
        QVERIFY(!editor.addTag(QStringLiteral("Tag 6")));
        QVERIFY(hint->text().contains(QStringLiteral("at most five tags")));
        // A colour that is not one stays out of the style sheet.
        QVERIFY(editor.findChild<QToolButton *>(QStringLiteral("tagChip_12"))
                    ->styleSheet()
                    .contains(ContrastColors::tagWithoutColor().name()));

        // With a creator, an unknown name is created after asking.
        QStringList created;
        std::function<void(std::optional<Tag>, const QString &)> finish;
        editor.setTagCreator([&](const QString &name,
                                 std::function<void(std::optional<Tag>, const QString &)> done) {
            created.append(name);
            finish = std::move(done);
        });
        editor.showTags(1, QJsonArray{11});
        Dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!editor.addTag(QStringLiteral("Spring")));
        QCOMPARE(lastAsked().title, QStringLiteral("New tag"));
        QCOMPARE(lastAsked().text,
                 QStringLiteral("The team has no tag called “Spring”. Create it?"));
        QVERIFY(created.isEmpty());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(editor.addTag(QStringLiteral("Spring")));
        QCOMPARE(created, QStringList{QStringLiteral("Spring")});
        QCOMPARE(hint->text(), QStringLiteral("Creating the tag “Spring”…"));
        Tag spring;
        spring.id = 30;
        spring.name = QStringLiteral("Spring");
        finish(spring, {});
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.takeFirst().first().toJsonArray(), (QJsonArray{11, 30}));
        // A failed creation says why.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(editor.addTag(QStringLiteral("Autumn")));
        finish(std::nullopt, QStringLiteral("not connected to the server"));
        QCOMPARE(hint->text(), QStringLiteral("The tag “Autumn” could not be created: not "
                                              "connected to the server"));
        QVERIFY(edited.isEmpty());
    }

    void theChannelEditorChecksAndReplaces()
    {
        Views::ChannelEditor editor;
        editor.show();
        using Step = Views::ChannelCommand::Step;
        QList<QList<Step>> steps;
        QStringList what;
        connect(&editor, &Views::ChannelEditor::changeRequested, this,
                [&](const QList<Step> &s, const QString &w) {
                    steps.append(s);
                    what.append(w);
                });
        auto *type = editor.findChild<QComboBox *>(QStringLiteral("channelTypeCombo"));
        auto *value = editor.findChild<QLineEdit *>(QStringLiteral("channelValueEdit"));
        auto *add = editor.findChild<QPushButton *>(QStringLiteral("addChannelButton"));
        auto *hint = editor.findChild<QLabel *>(QStringLiteral("channelHint"));

        value->setText(QStringLiteral("555-01"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(steps.isEmpty());
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().startsWith(QStringLiteral("Not a valid phone number: ")));
        value->setText(QStringLiteral("(415) 555-0177"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().size(), 1);
        QCOMPARE(steps.first().first().kind, Step::Kind::Add);
        QCOMPARE(steps.first().first().value, QStringLiteral("14155550177"));
        QCOMPARE(what.first(), QStringLiteral("Add channel"));
        QVERIFY(!hint->isVisible());
        QVERIFY(value->text().isEmpty());
        type->setCurrentIndex(type->findData(QStringLiteral("email")));
        value->setText(QStringLiteral("not an address"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(steps.size(), 1);
        QVERIFY(hint->text().startsWith(QStringLiteral("Not a valid email address")));

        // Enter on a channel edits it; saving changes its value in one step.
        const auto channel = [](const char *kind, const char *address, bool primary) {
            return QJsonObject{{QStringLiteral("type"), QLatin1String(kind)},
                               {QStringLiteral("value"), QLatin1String(address)},
                               {QStringLiteral("primary"), primary}};
        };
        editor.showChannels(QJsonArray{channel("phone", "14155550177", true),
                                       channel("email", "a@example.org", true),
                                       channel("phone", "14155550178", false)});
        auto *list = editor.findChild<QListWidget *>(QStringLiteral("channelList"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Phone: +1 415-555-0177 (primary)"));
        // Phones first, the primary first; then email.
        QCOMPARE(list->item(1)->text(), QStringLiteral("Phone: +1 415-555-0178"));
        QCOMPARE(list->item(2)->text(), QStringLiteral("Email: a@example.org (primary)"));
        auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removeChannelButton"));
        // A second phone: the API cannot address it; the box says why and
        // offers neither edit nor removal.
        list->setCurrentRow(1);
        QVERIFY(!remove->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("not the contact's primary phone")),
                 qPrintable(hint->text()));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(add->text(), QStringLiteral("Add"));
        QCOMPARE(steps.size(), 1);
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(add->text(), QStringLiteral("Save"));
        QCOMPARE(value->text(), QStringLiteral("a@example.org"));
        value->setText(QStringLiteral("b@example.org"));
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.last().size(), 1);
        QCOMPARE(steps.last().at(0).kind, Step::Kind::Change);
        QCOMPARE(steps.last().at(0).value, QStringLiteral("a@example.org"));
        QCOMPARE(steps.last().at(0).newValue, QStringLiteral("b@example.org"));
        QCOMPARE(what.last(), QStringLiteral("Change channel"));
        QCOMPARE(add->text(), QStringLiteral("Add"));

        // Remove takes the selected one; reset() forgets an edit begun.
        list->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.last().first().kind, Step::Kind::Remove);
        QCOMPARE(steps.last().first().type, QStringLiteral("phone"));
        QCOMPARE(what.last(), QStringLiteral("Remove channel"));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(add->text(), QStringLiteral("Save"));
        editor.reset();
        QCOMPARE(add->text(), QStringLiteral("Add"));
    }

    void theSyncStateBannerFollowsTheOutbox()
    {
        openStore();
        Views::SyncStateBanner banner;
        banner.setStore(m_store.get());
        banner.show();
        auto *state = banner.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
        QVERIFY(state->text().isEmpty());
        banner.showContact(1);
        QCOMPARE(state->text(), QStringLiteral("Saved on the server."));
        QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Ada")}}));
        QCOMPARE(state->text(), QStringLiteral("1 edit(s) waiting to reach the server."));

        // Refused: the server's message, as text, with Retry and Discard.
        const qint64 seq = m_store->outbox().first().seq;
        QVERIFY(m_store->failEntry(seq, QStringLiteral("<i>phone</i> is taken")));
        auto *failed = banner.findChild<QLabel *>(QStringLiteral("failedEditLabel"));
        QVERIFY(failed);
        QCOMPARE(failed->text(), QStringLiteral("Not saved: <i>phone</i> is taken"));
        QCOMPARE(failed->textFormat(), Qt::PlainText);
        QCOMPARE(state->text(), QStringLiteral("Some edits need your decision."));
        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("retryEditButton")),
                          Qt::LeftButton);
        QCOMPARE(m_store->failedCount(), 0);
        QCOMPARE(state->text(), QStringLiteral("1 edit(s) waiting to reach the server."));
        QVERIFY(!banner.findChild<QLabel *>(QStringLiteral("failedEditLabel")));

        // A conflict: both values, and the choice goes to the store.
        Contact theirs;
        theirs.id = 1;
        theirs.first = QStringLiteral("Theirs");
        theirs.phone = QStringLiteral("14155550101");
        QVERIFY(m_store->conflictEntry(
            seq,
            QJsonObject{
                {Field::first, QJsonObject{{QStringLiteral("mine"), QStringLiteral("Ada")},
                                           {QStringLiteral("theirs"), QStringLiteral("Theirs")}}}},
            theirs));
        auto *mine = banner.findChild<QPushButton *>(QStringLiteral("keepMineButton"));
        QVERIFY(mine);
        QCOMPARE(mine->text(), QStringLiteral("Keep mine: Ada"));
        // The field as people name it, not its key.
        bool named = false;
        for (const QLabel *label : banner.findChildren<QLabel *>())
            named = named || label->text() == QStringLiteral("“First name” was changed on the "
                                                             "server too.");
        QVERIFY(named);
        QCOMPARE(banner.findChild<QPushButton *>(QStringLiteral("takeTheirsButton"))->text(),
                 QStringLiteral("Take theirs: Theirs"));
        QTest::mouseClick(mine, Qt::LeftButton);
        QCOMPARE(m_store->conflictCount(), 0);

        // Another contact, then none: nothing of the first is left.
        QVERIFY(m_store->failEntry(m_store->outbox().first().seq, QStringLiteral("refused")));
        banner.showContact(2);
        QCOMPARE(state->text(), QStringLiteral("Saved on the server."));
        QVERIFY(!banner.findChild<QPushButton *>(QStringLiteral("retryEditButton")));
        banner.showContact(1);
        QVERIFY(banner.findChild<QPushButton *>(QStringLiteral("retryEditButton")));
        banner.showContact(0);
        QVERIFY(state->text().isEmpty());
        QVERIFY(!banner.findChild<QPushButton *>(QStringLiteral("retryEditButton")));
    }

    void notesKeepTheirLinesAndAnotherContactStartsAtTheTop()
    {
        openStore();
        QVERIFY(m_store->replaceFields({{1, QStringLiteral("Plan")},
                                        {2, QStringLiteral("Notizen")},
                                        {3, QStringLiteral("Renewal date")}}));
        QUndoStack undo;
        Views::ContactDetailPanel panel;
        panel.setUndoStack(&undo);
        panel.setStore(m_store.get());
        panel.resize(420, 300); // shorter than the form: it scrolls
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showContact(1);
        // A notes field (in any of the languages the import knows) is a
        // box of lines; the others stay one line.
        auto *notes = panel.findChild<QPlainTextEdit *>(QStringLiteral("customField_2"));
        QVERIFY(notes);
        QVERIFY(panel.findChild<QLineEdit *>(QStringLiteral("customField_1")));
        QVERIFY(!panel.findChild<QPlainTextEdit *>(QStringLiteral("customField_1")));
        QVERIFY(notes->tabChangesFocus());

        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Called on Monday"));
        QTest::keyClick(notes, Qt::Key_Return);
        QTest::keyClicks(notes, QStringLiteral("wants the annual plan"));
        QVERIFY(!m_store->contact(1)->fields.contains(Field::custom(2))); // not saved while typed
        QTest::keyClick(notes, Qt::Key_Tab);                              // the focus leaves: saved
        QCOMPARE(m_store->contact(1)->fields.value(Field::custom(2)).toString(),
                 QStringLiteral("Called on Monday\nwants the annual plan"));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.text(0), QStringLiteral("Change Notizen"));

        // Lines as stored, another contact's shown as its own.
        QVERIFY(m_store->editContact(2, {{Field::custom(2), QStringLiteral("a\nb\n\nc")}}));
        panel.showContact(2);
        QCOMPARE(notes->toPlainText(), QStringLiteral("a\nb\n\nc"));
        panel.showContact(1);
        QCOMPARE(notes->toPlainText(), QStringLiteral("Called on Monday\nwants the annual plan"));

        // Notes typed and not yet left are the shown contact's when another
        // is shown (a click in the table, a new contact).
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(notes, QStringLiteral("!"));
        panel.showContact(3);
        QCOMPARE(m_store->contact(1)->fields.value(Field::custom(2)).toString(),
                 QStringLiteral("Called on Monday\nwants the annual plan!"));
        QVERIFY(!m_store->contact(3)->fields.contains(Field::custom(2)));
        QCOMPARE(notes->toPlainText(), QString());

        // Scrolled down on one contact, the next starts at its top.
        auto *bar = panel.findChild<QScrollArea *>()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        panel.showContact(2);
        QCOMPARE(bar->value(), 0);
        bar->setValue(bar->maximum());
        panel.showContact(2); // the same contact again (a refresh) stays where it is
        QCOMPARE(bar->value(), bar->maximum());
    }

    void aDateFieldSaysWhatIsNotADate()
    {
        // The contract gives custom fields no type: a title that says date
        // gets a hint under the field for what is not one, saved anyway.
        openStore();
        QVERIFY(m_store->replaceFields(
            {{1, QStringLiteral("Plan")}, {2, QStringLiteral("Renewal date")}}));
        QUndoStack undo;
        Views::ContactDetailPanel panel;
        panel.setUndoStack(&undo);
        panel.setStore(m_store.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showContact(1);
        auto *renewal = panel.findChild<QLineEdit *>(QStringLiteral("customField_2"));
        auto *hint = panel.findChild<QLabel *>(QStringLiteral("customFieldHint_2"));
        QVERIFY(renewal);
        QVERIFY(hint);
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("customFieldHint_1"))); // Plan
        QVERIFY(!hint->isVisibleTo(&panel));

        const auto type = [&](const QString &text) {
            renewal->setFocus();
            renewal->selectAll();
            QTest::keyClicks(renewal, text);
            QTest::keyClick(renewal, Qt::Key_Return);
        };
        type(QStringLiteral("next spring"));
        QVERIFY(hint->isVisibleTo(&panel));
        QVERIFY2(hint->text().contains(QLatin1String("2027-03-31")), qPrintable(hint->text()));
        QCOMPARE(m_store->contact(1)->fields.value(Field::custom(2)).toString(),
                 QStringLiteral("next spring"));     // not blocked
        QTest::keyClick(renewal, Qt::Key_Backspace); // typing again hides it
        QVERIFY(!hint->isVisibleTo(&panel));
        type(QStringLiteral("2027-03-31"));
        QVERIFY(!hint->isVisibleTo(&panel));
        QCOMPARE(m_store->contact(1)->fields.value(Field::custom(2)).toString(),
                 QStringLiteral("2027-03-31"));

        // The hint belongs to the value typed: another contact does not show it.
        type(QStringLiteral("soon"));
        QVERIFY(hint->isVisibleTo(&panel));
        panel.showContact(2);
        QVERIFY(!hint->isVisibleTo(&panel));
        QCOMPARE(renewal->text(), QString());
    }

    void aStoreThatCannotWriteIsShownAndTheEditKept()
    {
        openStore();
        const QString path = m_store->path();
        {
            Models::ContactTableModel table;
            Models::ContactFilterModel filtered;
            filtered.setSourceModel(&table);
            table.setStore(m_store.get());
            Views::MainWindow window;
            window.setContacts(&filtered);
            window.setStore(m_store.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(filtered.rowCount(), 3);
            QVERIFY(window.selectContact(1));
            auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
            QVERIFY(!error->isVisible());

            // The database refuses writes (as a read-only file does).
            QSqlQuery(m_store->database()).exec(QStringLiteral("PRAGMA query_only = ON"));
            auto *first = window.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"));
            first->setFocus();
            first->selectAll();
            QTest::keyClicks(first, QStringLiteral("Kept"));
            QTest::keyClick(first, Qt::Key_Return);
            QTRY_VERIFY(error->isVisible());
            QCOMPARE(error->text(), m_store->lastError().describe());
            QVERIFY2(!error->text().contains(QLatin1String("readonly")) &&
                         !error->text().contains(QLatin1String("SQL")),
                     qPrintable(error->text())); // a sentence, not SQLite's words
            QCOMPARE(m_store->unwrittenCount(), 1);
            QCOMPARE(window.undoStack()->count(), 1);

            // Writing works again: the banner goes, the edit is written.
            QSqlQuery(m_store->database()).exec(QStringLiteral("PRAGMA query_only = OFF"));
            QVERIFY(m_store->writeUnwritten());
            QVERIFY(!error->isVisible());
            QCOMPARE(m_store->contact(1)->fields.value(Field::first).toString(),
                     QStringLiteral("Kept"));

            // Failing again at close: the edit is kept beside the file.
            QSqlQuery(m_store->database()).exec(QStringLiteral("PRAGMA query_only = ON"));
            first->setFocus();
            first->selectAll();
            QTest::keyClicks(first, QStringLiteral("Later"));
            QTest::keyClick(first, Qt::Key_Return);
            QTRY_VERIFY(error->isVisible());
            window.setStore(nullptr);
            table.setStore(nullptr);
        }
        m_store.reset();
        Store::ContactStore again;
        QCOMPARE(again.open(path).describe(), QString());
        QCOMPARE(again.contact(1)->fields.value(Field::first).toString(), QStringLiteral("Later"));
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_window_parts.moc"
