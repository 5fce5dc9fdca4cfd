// The real main window over a store and sync engine connected to a sandbox
// started here: edits made with the keyboard and mouse arrive on the
// server, bad input is refused inline, undo reverts, a failed edit is shown
// and retried.

#include "core/ApiJson.h"
#include "core/Phone.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "sandbox/SandboxServer.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "tests/common/DialogAnswer.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"
#include "tests/common/SyncedTeam.h"
#include "tests/common/TeamWindow.h"
#include "views/BulkEditDialog.h"
#include "views/ContactDetailPanel.h"
#include "views/Dialogs.h"
#include "views/MainWindow.h"
#include "views/NewContactDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Tests::TeamWindow m_fixture; // the account, opened as the programs open one, and the window
    SandboxFixture *m_sandbox = nullptr;
    Store::ContactStore *m_store = nullptr;
    Sync::SyncEngine *m_engine = nullptr;
    Models::ContactTableModel *m_contacts = nullptr;
    Models::ContactFilterModel *m_filtered = nullptr;
    Views::MainWindow *m_window = nullptr;

    bool settled(int timeoutMs = 30000)
    {
        return Tests::waitUntilSettled(*m_engine, *m_store, timeoutMs);
    }

    Contact serverContact(qint64 id)
    {
        QString problem;
        const auto c = ApiJson::decodeContact(
            m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object(), &problem);
        return c.value_or(Contact{});
    }

    template<typename T>
    T *child(const QString &name)
    {
        return m_fixture.child<T>(name);
    }

    // Selects the table's first row and returns its contact id.
    qint64 selectFirst()
    {
        auto *table = child<QTableView>(QStringLiteral("contactTable"));
        table->setFocus();
        const qint64 id =
            m_filtered->index(0, 0).data(Models::ContactTableModel::IdRole).toLongLong();
        if (!m_window->selectContact(id))
            return 0;
        // Showing it reads its channels and status from the server: done
        // before the test changes the server behind the app's back (else
        // that read may or may not see the change).
        if (!QTest::qWaitFor([this] { return m_engine->isIdle(); }, 30000))
            return 0;
        return m_window->detailPanel()->contactId();
    }

    // Types `text` into `edit` as a person would and presses Return.
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        for (const QChar ch : text) // keyClicks() takes ASCII only
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // ---- channels, as the server has them (straight from the sandbox)

    QString uuidOf(qint64 id)
    {
        const QString phone = serverContact(id).phone;
        const QJsonArray found = m_sandbox->searchByChannel(QStringLiteral("phone"), phone);
        for (const QJsonValue &c : found)
            if (c.toObject().value(QStringLiteral("id")).toInteger() == id)
                return c.toObject().value(QStringLiteral("uuid")).toString();
        return {};
    }

    // "type:value" of every channel, sorted.
    QStringList serverChannels(qint64 id)
    {
        QStringList all;
        const QJsonArray channels =
            m_sandbox->get(QStringLiteral("/v2/contact/%1/channels").arg(uuidOf(id))).array();
        for (const QJsonValue &c : channels)
            all.append(c.toObject().value(QStringLiteral("channel_type")).toString() +
                       QLatin1Char(':') +
                       c.toObject().value(QStringLiteral("channel_id")).toString());
        all.sort();
        return all;
    }

    // The channel the API addresses by this type: the primary.
    QString serverPrimary(qint64 id, const QString &type)
    {
        return m_sandbox->get(QStringLiteral("/v2/contact/%1/channel/%2").arg(uuidOf(id), type))
            .object()
            .value(QStringLiteral("channel_id"))
            .toString();
    }

    // A pulled contact with a phone, an email and no other channel.
    qint64 contactWithPhoneAndEmail(bool withEmail = true)
    {
        for (const Store::StoredContact &c : m_store->allContacts()) {
            if (c.id <= 0 || c.server.value(Field::email).toString().isEmpty() == withEmail)
                continue;
            if (serverChannels(c.id).size() == (withEmail ? 2 : 1))
                return c.id;
        }
        return 0;
    }

    // Someone adds a channel in Heymarket's web app; the app pulls.
    void addOnServer(qint64 id, const QString &type, const QString &value)
    {
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v2/contact/%1/channel").arg(uuidOf(id)),
                            QJsonObject{{QStringLiteral("channel_type"), type},
                                        {QStringLiteral("channel_id"), value}})
                     .status,
                 200);
        m_engine->syncNow();
        QVERIFY(settled());
    }

    QListWidgetItem *channelItem(const QString &shown)
    {
        auto *list = child<QListWidget>(QStringLiteral("channelList"));
        const auto items = list->findItems(shown, Qt::MatchContains);
        return items.isEmpty() ? nullptr : items.first();
    }

    static QString secondValue(const QString &type)
    {
        return type == QLatin1String("phone") ? QStringLiteral("14155550177")
                                              : QStringLiteral("second@example.org");
    }
    static QString shownValue(const QString &type, const QString &value)
    {
        return type == QLatin1String("phone") ? Phone::formatForDisplay(value) : value;
    }

    void addInBox(const QString &type, const QString &value)
    {
        auto *kind = child<QComboBox>(QStringLiteral("channelTypeCombo"));
        kind->setCurrentIndex(kind->findData(type));
        type_(child<QLineEdit>(QStringLiteral("channelValueEdit")), shownValue(type, value));
    }
    static void type_(QLineEdit *edit, const QString &text) { type(edit, text); }

private Q_SLOTS:
    void init()
    {
        answerDialogsInTests();
        QCOMPARE(m_fixture.start(m_dir, 120), QString());
        m_sandbox = m_fixture.team.sandbox.get();
        m_store = m_fixture.team.store;
        m_engine = m_fixture.team.engine;
        m_contacts = m_fixture.contacts.get();
        m_filtered = m_fixture.filtered.get();
        m_window = m_fixture.window.get();
    }

    void cleanup()
    {
        QCOMPARE(Views::Dialogs::unusedAnswers(), 0); // every answer queued was asked for
        m_window = nullptr;
        m_filtered = nullptr;
        m_contacts = nullptr;
        m_sandbox = nullptr;
        m_store = nullptr;
        m_engine = nullptr;
        m_fixture.reset();
    }

    void editEachKindOfFieldArrivesOnTheServer()
    {
        const qint64 id = selectFirst();
        QVERIFY(id > 0);
        const QList<CustomField> fields = m_store->customFields();
        QVERIFY(!fields.isEmpty());
        const QList<TeamMember> members = m_store->members();
        QVERIFY(!members.isEmpty());
        const QJsonValue ownerBefore = m_store->contact(id)->fields.value(Field::owner);
        // A member who is not the owner already (that would change nothing).
        const qint64 newOwner =
            members.last().id == ownerBefore.toInteger() ? members.first().id : members.last().id;

        type(child<QLineEdit>(QStringLiteral("firstNameEdit")), QStringLiteral("Zoë"));
        type(child<QLineEdit>(QStringLiteral("lastNameEdit")), QStringLiteral("Ångström"));
        type(child<QLineEdit>(QStringLiteral("displayNameEdit")), QStringLiteral("Zoë Å."));
        type(child<QLineEdit>(QStringLiteral("emailEdit")), QStringLiteral("zoe@example.org"));
        // Typed the way people write it; stored as E.164 digits.
        type(child<QLineEdit>(QStringLiteral("phoneEdit")), QStringLiteral("(415) 555-0199"));
        type(child<QLineEdit>(QStringLiteral("customField_%1").arg(fields.first().id)),
             QStringLiteral("Gold"));
        auto *owner = child<QComboBox>(QStringLiteral("ownerCombo"));
        const int ownerIndex = owner->findData(newOwner);
        QVERIFY(ownerIndex > 0);
        owner->setFocus();
        owner->setCurrentIndex(ownerIndex);
        Q_EMIT owner->activated(ownerIndex);
        // Status: blocking asks first; "No" leaves the contact alone.
        auto *status = child<QComboBox>(QStringLiteral("statusCombo"));
        Views::Dialogs::setNextAnswer(QMessageBox::No);
        status->setCurrentIndex(1);
        Q_EMIT status->activated(1);
        QCOMPARE(lastAsked().title, QStringLiteral("Change status"));
        QVERIFY2(lastAsked().answered &&
                     lastAsked().text.startsWith(QStringLiteral("Block Zoë Å.?")),
                 qPrintable(lastAsked().text));
        QCOMPARE(status->currentIndex(), 0);
        QCOMPARE(m_store->contact(id)->fields.value(Field::blocked).toBool(), false);
        Views::Dialogs::setNextAnswer(QMessageBox::Yes);
        status->setCurrentIndex(2);
        Q_EMIT status->activated(2);
        QVERIFY2(lastAsked().text.startsWith(QStringLiteral("Mark Zoë Å. as opted out?")),
                 qPrintable(lastAsked().text));
        QCOMPARE(Views::Dialogs::asked().size(), 2);

        QVERIFY(settled());
        const Contact c = serverContact(id);
        QCOMPARE(c.first, QStringLiteral("Zoë"));
        QCOMPARE(c.last, QStringLiteral("Ångström"));
        QCOMPARE(c.displayName, QStringLiteral("Zoë Å."));
        QCOMPARE(c.email, QStringLiteral("zoe@example.org"));
        QCOMPARE(c.phone, QStringLiteral("14155550199"));
        QCOMPARE(c.custom.value(QString::number(fields.first().id)), QStringLiteral("Gold"));
        QCOMPARE(c.ownerId.value_or(0), newOwner);
        QVERIFY(m_sandbox->statusOf(c.phone).value(QStringLiteral("unsubscribed")).toBool());
        // The table shows the new values too.
        const int row = m_contacts->rowOfId(id);
        QTRY_COMPARE(
            m_contacts->index(row, Models::ContactTableModel::DisplayName).data().toString(),
            QStringLiteral("Zoë Å."));
        QCOMPARE(child<QLabel>(QStringLiteral("syncStateLabel"))->text(),
                 QStringLiteral("Saved on the server."));

        // Undo walks back through the edits: the opt-out, then the owner.
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 8); // the refused block is not an edit
        auto *table = child<QTableView>(QStringLiteral("contactTable"));
        m_window->activateWindow(); // the keys go to the window
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undo->index(), 6);
        QVERIFY(settled());
        const Contact undone = serverContact(id);
        QVERIFY(!m_sandbox->statusOf(undone.phone).value(QStringLiteral("unsubscribed")).toBool());
        QCOMPARE(undone.ownerId.has_value(), ownerBefore.isDouble());
        if (ownerBefore.isDouble())
            QCOMPARE(*undone.ownerId, ownerBefore.toInteger());
        QCOMPARE(undone.first, QStringLiteral("Zoë")); // earlier edits stay
        // Redo brings the owner back.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(settled());
        QCOMPARE(serverContact(id).ownerId.value_or(0), newOwner);
    }

    void invalidInputIsRefusedInline()
    {
        const qint64 id = selectFirst();
        const QString phoneBefore = m_store->contact(id)->fields.value(Field::phone).toString();
        auto *phone = child<QLineEdit>(QStringLiteral("phoneEdit"));
        auto *hint = child<QLabel>(QStringLiteral("phoneHint"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClick(phone, Qt::Key_Backspace);
        QTest::keyClicks(phone, QStringLiteral("+1 415"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("Not a valid phone number: ")),
                 qPrintable(hint->text()));
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(hint->isVisible()); // still there, nothing saved
        QCOMPARE(m_store->contact(id)->fields.value(Field::phone).toString(), phoneBefore);
        QCOMPARE(m_store->pendingCount(), 0);
        // Completing the number shows what will be saved.
        QTest::keyClicks(phone, QStringLiteral("-555-0123 "));
        QCOMPARE(hint->text(), QStringLiteral("Saved as 14155550123"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(m_store->contact(id)->fields.value(Field::phone).toString(),
                 QStringLiteral("14155550123"));
        QCOMPARE(phone->text(), QStringLiteral("+1 415-555-0123"));
        QVERIFY(!hint->isVisible());
        const QString emailBefore = m_store->contact(id)->fields.value(Field::email).toString();

        auto *email = child<QLineEdit>(QStringLiteral("emailEdit"));
        type(email, QStringLiteral("someone@@example"));
        auto *emailHint = child<QLabel>(QStringLiteral("emailHint"));
        QVERIFY(emailHint->isVisible());
        QVERIFY2(emailHint->text().startsWith(QStringLiteral("Not a valid email address")),
                 qPrintable(emailHint->text()));
        QCOMPARE(m_store->contact(id)->fields.value(Field::email).toString(), emailBefore);
    }

    void aSixthTagIsRefused()
    {
        const qint64 id = selectFirst();
        const QList<Tag> tags = m_store->tags();
        QVERIFY(tags.size() >= 6);
        Views::ContactDetailPanel *panel = m_window->detailPanel();
        // Clear the contact's tags by clicking their chips, then add five.
        const QJsonArray existing = m_store->contact(id)->fields.value(Field::tags).toArray();
        for (const QJsonValue &tag : existing) {
            auto *chip = child<QToolButton>(QStringLiteral("tagChip_%1").arg(tag.toInteger()));
            QVERIFY(chip);
            QTest::mouseClick(chip, Qt::LeftButton);
        }
        QCOMPARE(m_store->contact(id)->fields.value(Field::tags).toArray().size(), 0);
        auto *input = child<QLineEdit>(QStringLiteral("tagInput"));
        for (int i = 0; i < 5; ++i)
            type(input, tags.at(i).name.toUpper()); // names match without regard to case
        QCOMPARE(m_store->contact(id)->fields.value(Field::tags).toArray().size(), 5);
        QVERIFY(!input->isEnabled());
        QVERIFY(!panel->addTag(tags.at(5).name));
        auto *hint = child<QLabel>(QStringLiteral("tagHint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("at most five tags")),
                 qPrintable(hint->text()));
        QVERIFY(!panel->addTag(QStringLiteral("no such tag anywhere")));
        QVERIFY(settled());
        QList<qint64> expected;
        for (int i = 0; i < 5; ++i)
            expected.append(tags.at(i).id);
        QList<qint64> onServer = serverContact(id).tagIds;
        std::sort(onServer.begin(), onServer.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(onServer, expected);
    }

    void channelsAreAddedEditedRemovedAndUndone()
    {
        const qint64 id = selectFirst();
        QVERIFY(id > 0);
        const auto channelsOnServer = [this, id] {
            const QString uuid = m_store->contact(id)->uuid;
            return m_sandbox->get(QStringLiteral("/v2/contact/%1/channels").arg(uuid)).raw;
        };
        auto *kind = child<QComboBox>(QStringLiteral("channelTypeCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("email")));
        type(child<QLineEdit>(QStringLiteral("channelValueEdit")),
             QStringLiteral("alt@example.org"));
        QVERIFY(settled());
        QVERIFY(channelsOnServer().contains("alt@example.org"));

        // Enter on a channel edits it; saving replaces it in one undo step.
        auto *list = child<QListWidget>(QStringLiteral("channelList"));
        QTRY_VERIFY(
            !list->findItems(QStringLiteral("alt@example.org"), Qt::MatchContains).isEmpty());
        list->setFocus();
        list->setCurrentItem(
            list->findItems(QStringLiteral("alt@example.org"), Qt::MatchContains).first());
        QTest::keyClick(list, Qt::Key_Return);
        auto *value = child<QLineEdit>(QStringLiteral("channelValueEdit"));
        QCOMPARE(value->text(), QStringLiteral("alt@example.org"));
        type(value, QStringLiteral("alt2@example.org"));
        QVERIFY(settled());
        QByteArray now = channelsOnServer();
        QVERIFY2(now.contains("alt2@example.org") && !now.contains("\"alt@example.org"),
                 now.constData());
        m_window->undoStack()->undo();
        QVERIFY(settled());
        now = channelsOnServer();
        QVERIFY2(!now.contains("alt2@example.org") && now.contains("alt@example.org"),
                 now.constData());

        // A bad address is refused beside the field.
        type(value, QStringLiteral("not an address"));
        QVERIFY(child<QLabel>(QStringLiteral("channelHint"))->isVisible());

        QTRY_VERIFY(
            !list->findItems(QStringLiteral("alt@example.org"), Qt::MatchContains).isEmpty());
        list->setCurrentItem(
            list->findItems(QStringLiteral("alt@example.org"), Qt::MatchContains).first());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeChannelButton")),
                          Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(!channelsOnServer().contains("alt@example.org"));
    }

    // A pulled contact's Channels box lists every channel, the primary phone
    // and email marked, read from the v2 channel endpoints when shown.
    void pulledContactListsEveryChannel()
    {
        const qint64 id = contactWithPhoneAndEmail();
        QVERIFY(id > 0);
        addOnServer(id, QStringLiteral("phone"), secondValue(QStringLiteral("phone")));
        const Store::StoredContact before = *m_store->contact(id);
        QVERIFY(!before.server.contains(Field::channels)); // v1 answers carry none
        QVERIFY(m_window->selectContact(id));
        QVERIFY(settled());
        auto *list = child<QListWidget>(QStringLiteral("channelList"));
        QCOMPARE(list->count(), 3);
        const QString phone = before.server.value(Field::phone).toString();
        const QString email = before.server.value(Field::email).toString();
        QVERIFY(
            channelItem(QStringLiteral("Phone: %1 (primary)").arg(Phone::formatForDisplay(phone))));
        QVERIFY(channelItem(QStringLiteral("Email: %1 (primary)").arg(email)));
        QListWidgetItem *second =
            channelItem(Phone::formatForDisplay(secondValue(QStringLiteral("phone"))));
        QVERIFY(second);
        QVERIFY(!second->text().contains(QStringLiteral("primary")));
        QVERIFY(!child<QLabel>(QStringLiteral("channelsListedLabel"))->isVisible());
        QVERIFY(m_store->channelsRev(id).has_value());
    }

    void addThenUndoBeforeItIsSent_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("phone") << QStringLiteral("phone");
        QTest::newRow("email") << QStringLiteral("email");
    }

    // Undo of an add not sent yet drops it here: nothing reaches the server.
    void addThenUndoBeforeItIsSent()
    {
        QFETCH(QString, type);
        const qint64 id = contactWithPhoneAndEmail();
        QVERIFY(id > 0);
        const QStringList before = serverChannels(id);
        const qint64 rev = serverContact(id).rev;
        QVERIFY(m_window->selectContact(id));
        QVERIFY(settled());
        m_engine->stop(); // not sent yet
        addInBox(type, secondValue(type));
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY(channelItem(shownValue(type, secondValue(type))));
        m_window->undoStack()->undo();
        QCOMPARE(m_store->pendingCount(), 0); // the entry went
        QVERIFY(!channelItem(shownValue(type, secondValue(type))));
        m_engine->start();
        QVERIFY(settled());
        QCOMPARE(serverChannels(id), before);
        QCOMPARE(serverContact(id).rev, rev); // no write at all
    }

    // The same for a removal: taken back before it was sent, nothing goes.
    void removeThenUndoBeforeItIsSent()
    {
        const qint64 id = contactWithPhoneAndEmail();
        QVERIFY(id > 0);
        const QStringList before = serverChannels(id);
        const qint64 rev = serverContact(id).rev;
        const QString email = serverPrimary(id, QStringLiteral("email"));
        QVERIFY(m_window->selectContact(id));
        QVERIFY(settled());
        m_engine->stop();
        auto *list = child<QListWidget>(QStringLiteral("channelList"));
        list->setFocus();
        list->setCurrentItem(channelItem(email));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeChannelButton")),
                          Qt::LeftButton);
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY(!channelItem(email));
        m_window->undoStack()->undo();
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(channelItem(email + QStringLiteral(" (primary)")));
        m_engine->start();
        QVERIFY(settled());
        QCOMPARE(serverChannels(id), before);
        QCOMPARE(serverContact(id).rev, rev);
    }

    void addThenUndoAfterItWasSent_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("hadOne"); // the contact had a channel of that type
        QTest::newRow("second phone") << QStringLiteral("phone") << true;
        QTest::newRow("second email") << QStringLiteral("email") << true;
        QTest::newRow("first email") << QStringLiteral("email") << false;
    }

    // Undo of a sent add removes exactly that channel where the API can
    // address it (it is the primary of its type); a second one stays, with
    // the reason, and the primary is not touched.
    void addThenUndoAfterItWasSent()
    {
        QFETCH(QString, type);
        QFETCH(bool, hadOne);
        const qint64 id = contactWithPhoneAndEmail(type == QLatin1String("phone") || hadOne);
        QVERIFY(id > 0);
        const QStringList before = serverChannels(id);
        const QString primary = serverPrimary(id, type);
        QVERIFY(m_window->selectContact(id));
        QVERIFY(settled());
        addInBox(type, secondValue(type));
        QVERIFY(settled());
        QStringList added = before;
        added.append(type + QLatin1Char(':') + secondValue(type));
        added.sort();
        QCOMPARE(serverChannels(id), added);
        m_window->undoStack()->undo();
        QVERIFY(settled());
        QCOMPARE(m_store->failedCount(), 0);
        if (hadOne) {
            QCOMPARE(serverChannels(id), added); // it stays ...
            QCOMPARE(serverPrimary(id, type), primary);
            auto *hint = child<QLabel>(QStringLiteral("channelHint"));
            QVERIFY(hint->isVisible()); // ... and the panel says why
            QVERIFY2(hint->text().contains(QStringLiteral("not the contact's primary")),
                     qPrintable(hint->text()));
            // Nothing was undone, so there is nothing to redo either.
            QVERIFY(!m_window->undoStack()->canRedo());
        } else {
            QCOMPARE(serverChannels(id), before);
            QVERIFY(m_window->undoStack()->canRedo());
        }
    }

    void secondChannelIsNotEditedOrRemoved_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("phone") << QStringLiteral("phone");
        QTest::newRow("email") << QStringLiteral("email");
    }

    // A second phone (email) cannot be addressed by the API: the box says
    // so and offers no edit or removal; nothing is sent.
    void secondChannelIsNotEditedOrRemoved()
    {
        QFETCH(QString, type);
        const qint64 id = contactWithPhoneAndEmail();
        QVERIFY(id > 0);
        addOnServer(id, type, secondValue(type));
        const QStringList before = serverChannels(id);
        QVERIFY(m_window->selectContact(id));
        QVERIFY(settled());
        auto *list = child<QListWidget>(QStringLiteral("channelList"));
        QListWidgetItem *second = channelItem(shownValue(type, secondValue(type)));
        QVERIFY(second);
        list->setFocus();
        list->setCurrentItem(second);
        auto *remove = child<QPushButton>(QStringLiteral("removeChannelButton"));
        QVERIFY(!remove->isEnabled());
        auto *hint = child<QLabel>(QStringLiteral("channelHint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("not the contact's primary %1").arg(type)),
                 qPrintable(hint->text()));
        QTest::keyClick(list, Qt::Key_Return); // no edit begins
        QCOMPARE(child<QPushButton>(QStringLiteral("addChannelButton"))->text(),
                 QStringLiteral("Add"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(settled());
        QCOMPARE(serverChannels(id), before);
    }

    void primaryIsEditedAndRemovedAlone_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("phone") << QStringLiteral("phone");
        QTest::newRow("email") << QStringLiteral("email");
    }

    // With a second channel of the type, editing the primary changes only
    // its value, removing it removes only it (the second becomes primary),
    // and undo brings each back.
    void primaryIsEditedAndRemovedAlone()
    {
        QFETCH(QString, type);
        const qint64 id = contactWithPhoneAndEmail();
        QVERIFY(id > 0);
        addOnServer(id, type, secondValue(type));
        const QStringList before = serverChannels(id);
        const QString primary = serverPrimary(id, type);
        const QString edited = type == QLatin1String("phone") ? QStringLiteral("14155550178")
                                                              : QStringLiteral("new@example.org");
        QVERIFY(m_window->selectContact(id));
        QVERIFY(settled());
        auto *list = child<QListWidget>(QStringLiteral("channelList"));
        list->setFocus();
        list->setCurrentItem(channelItem(shownValue(type, primary) + QStringLiteral(" (primary)")));
        QTest::keyClick(list, Qt::Key_Return);
        auto *value = child<QLineEdit>(QStringLiteral("channelValueEdit"));
        QCOMPARE(value->text(), shownValue(type, primary));
        type_(value, shownValue(type, edited));
        QVERIFY(settled());
        QStringList expected = before;
        expected.replace(expected.indexOf(type + QLatin1Char(':') + primary),
                         type + QLatin1Char(':') + edited);
        expected.sort();
        QCOMPARE(serverChannels(id), expected);
        QCOMPARE(serverPrimary(id, type), edited);
        m_window->undoStack()->undo();
        QVERIFY(settled());
        QCOMPARE(serverChannels(id), before);
        QCOMPARE(serverPrimary(id, type), primary);

        QTRY_VERIFY(channelItem(shownValue(type, primary) + QStringLiteral(" (primary)")));
        list->setCurrentItem(channelItem(shownValue(type, primary) + QStringLiteral(" (primary)")));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeChannelButton")),
                          Qt::LeftButton);
        QVERIFY(settled());
        expected = before;
        expected.removeAll(type + QLatin1Char(':') + primary);
        QCOMPARE(serverChannels(id), expected);
        QCOMPARE(serverPrimary(id, type), secondValue(type));
        m_window->undoStack()->undo();
        QVERIFY(settled());
        QCOMPARE(serverChannels(id), before); // back, as another one
        QCOMPARE(serverPrimary(id, type), secondValue(type));
        QCOMPARE(m_store->failedCount(), 0);
    }

    void aContactToSelectIsSelectedWhenItsRowComes()
    {
        // The window is asked to select a contact it does not list yet (a
        // new contact whose row the model adds later: under load, after the
        // step that made it had returned). It is selected when the row comes.
        const Tests::HttpResult made =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550177")},
                                        {QStringLiteral("first"), QStringLiteral("Late")}});
        QCOMPARE(made.status, 200);
        const qint64 id = made.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(!m_window->selectContact(id)); // not listed: not pulled yet
        m_window->selectWhenListed(id);
        m_engine->syncNow();
        QVERIFY(settled());
        QTRY_COMPARE(m_window->detailPanel()->contactId(), id);
        QCOMPARE(m_window->selectedIds(), QList<qint64>{id});
    }

    // The new contact dialog, opened as a person opens it: Ctrl+N.
    Views::NewContactDialog *openNewContact(QWidget *focus)
    {
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_N, Qt::ControlModifier);
        return m_window->findChild<Views::NewContactDialog *>(QStringLiteral("newContactDialog"));
    }

    void newContactAndDelete()
    {
        // Ctrl+N works wherever the focus is, the detail panel included.
        selectFirst();
        QPointer<Views::NewContactDialog> dialog =
            openNewContact(child<QLineEdit>(QStringLiteral("firstNameEdit")));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("newContactCreate"));
        // Nothing to reach the contact by yet: Create waits, and says why.
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newContactNeeds"))->isVisible());
        // A number that cannot be one is refused with the reason.
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("newPhone"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("newFirstName")), QStringLiteral("Ann"));
        type(phone, QStringLiteral("555-01"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("newPhoneHint"));
        QVERIFY2(hint->text().startsWith(QStringLiteral("Not a valid phone number: ")),
                 qPrintable(hint->text()));
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog->isVisible()); // Return did not take the invalid number
        // A number another contact has is refused too.
        const QString taken =
            m_filtered->index(0, 0).data(Models::ContactTableModel::IdRole).isValid()
                ? m_store->contact(m_window->detailPanel()->contactId())
                      ->server.value(Field::phone)
                      .toString()
                : QString();
        type(phone, Phone::formatForDisplay(taken));
        QVERIFY2(hint->text().contains(QStringLiteral("already belongs to a contact")),
                 qPrintable(hint->text()));
        QVERIFY(!create->isEnabled());
        type(phone, QStringLiteral("(415) 555-0166")); // Return creates
        QTRY_VERIFY(!dialog);
        QVERIFY(settled());
        const auto created = m_store->contactByPhone(QStringLiteral("14155550166"));
        QVERIFY(created);
        QVERIFY(created->id > 0); // confirmed by the server
        QCOMPARE(created->server.value(Field::first).toString(), QStringLiteral("Ann"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(created->id)).status, 200);
        QTRY_COMPARE(m_window->detailPanel()->contactId(), created->id);
        // Creating is an undoable step like any other.
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("New contact Ann"));
        QCOMPARE(Views::Dialogs::asked().size(), 0); // no prompt but the dialog

        // Delete asks first, its button saying what it does and Enter on
        // Cancel; Cancel keeps the contact.
        Views::Dialogs::setNextAnswer(QMessageBox::Cancel);
        m_window->deleteSelected();
        QCOMPARE(lastAsked().title, QStringLiteral("Delete contacts"));
        QCOMPARE(lastAsked().defaultButton, QMessageBox::Cancel);
        QCOMPARE(lastAsked().buttons, QMessageBox::Yes | QMessageBox::Cancel);
        QVERIFY(
            lastAsked().buttonTexts.value(0).second.startsWith(QStringLiteral("Delete 1 contact")));
        QVERIFY2(lastAsked().text.contains(QStringLiteral("removed from the team on Heymarket")),
                 qPrintable(lastAsked().text));
        QVERIFY(m_store->contact(created->id));
        Views::Dialogs::setNextAnswer(QMessageBox::Yes);
        m_window->deleteSelected();
        QVERIFY(settled());
        QVERIFY(!m_store->contact(created->id));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(created->id)).status, 404);
        QCOMPARE(m_window->detailPanel()->contactId(), 0);

        // Undo brings it back (a new contact on the server with the same values).
        m_window->undoStack()->undo();
        QVERIFY(settled());
        const auto back = m_store->contactByPhone(QStringLiteral("14155550166"));
        QVERIFY(back);
        QVERIFY(back->id > 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(back->id)).status, 200);
        m_window->undoStack()->redo();
        QVERIFY(settled());
        QVERIFY(!m_store->contactByPhone(QStringLiteral("14155550166")));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(back->id)).status, 404);
    }

    void aConflictShowsBothValuesAndTheChoiceIsKept()
    {
        const qint64 id = selectFirst();
        // Someone else renames the contact; this app has not pulled since.
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v1/contact/%1").arg(id),
                           QJsonObject{{QStringLiteral("phone"), serverContact(id).phone},
                                       {QStringLiteral("first"), QStringLiteral("Theirs")}})
                     .status,
                 200);
        type(child<QLineEdit>(QStringLiteral("firstNameEdit")), QStringLiteral("Mine"));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->conflictCount(), 1, 15000);
        auto *mine = child<QPushButton>(QStringLiteral("keepMineButton"));
        QTRY_VERIFY(mine && mine->isVisible());
        QVERIFY2(mine->text().contains(QStringLiteral("Mine")), qPrintable(mine->text()));
        QVERIFY(child<QPushButton>(QStringLiteral("takeTheirsButton"))
                    ->text()
                    .contains(QStringLiteral("Theirs")));
        QTest::mouseClick(mine, Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(serverContact(id).first, QStringLiteral("Mine"));
    }

    void filterBarNarrowsByTagOwnerAndStatus()
    {
        const QList<Tag> tags = m_store->tags();
        const QList<TeamMember> members = m_store->members();
        QVERIFY(!tags.isEmpty() && !members.isEmpty());
        int withTag = 0;
        int ownedAndActive = 0;
        for (const Store::StoredContact &c : m_store->allContacts()) {
            if (c.fields.value(Field::tags).toArray().contains(QJsonValue(tags.first().id)))
                ++withTag;
            if (c.fields.value(Field::owner).toInteger() == members.first().id &&
                !c.fields.value(Field::optedOut).toBool() &&
                !c.fields.value(Field::blocked).toBool())
                ++ownedAndActive;
        }
        QVERIFY(withTag > 0 && withTag < 120);
        auto *tag = child<QComboBox>(QStringLiteral("tagFilter"));
        auto *owner = child<QComboBox>(QStringLiteral("ownerFilter"));
        auto *status = child<QComboBox>(QStringLiteral("statusFilter"));
        tag->setCurrentIndex(tag->findData(tags.first().id));
        QTRY_COMPARE(m_filtered->rowCount(), withTag);
        QVERIFY(child<QLabel>(QStringLiteral("contactCountLabel"))
                    ->text()
                    .contains(QStringLiteral("of 120")));
        tag->setCurrentIndex(0);
        owner->setCurrentIndex(owner->findData(members.first().id));
        status->setCurrentIndex(1); // active
        QTRY_COMPARE(m_filtered->rowCount(), ownedAndActive);
        owner->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QTRY_COMPARE(m_filtered->rowCount(), 120);
    }

    void bulkEditOfAHundredContactsAndUndo()
    {
        QVERIFY(m_filtered->rowCount() >= 100);
        const QList<Tag> tags = m_store->tags();
        QVERIFY(!tags.isEmpty());
        const qint64 tagId = tags.last().id;
        auto *table = child<QTableView>(QStringLiteral("contactTable"));
        table->selectionModel()->select(
            QItemSelection(m_filtered->index(0, 0),
                           m_filtered->index(99, m_filtered->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        const QList<qint64> ids = m_window->selectedIds();
        QCOMPARE(ids.size(), 100);
        QHash<qint64, QList<qint64>> tagsBefore;
        int haveIt = 0;
        int full = 0;
        for (qint64 id : ids) {
            tagsBefore.insert(id, serverContact(id).tagIds);
            if (tagsBefore.value(id).contains(tagId))
                ++haveIt;
            else if (tagsBefore.value(id).size() >= 5)
                ++full;
        }
        // Give one contact five other tags so the preview has one to refuse.
        qint64 crowded = 0;
        for (qint64 id : ids)
            if (!tagsBefore.value(id).contains(tagId) && tagsBefore.value(id).size() < 5) {
                crowded = id;
                break;
            }
        QVERIFY(crowded);
        QJsonArray five;
        for (const Tag &tag : tags)
            if (tag.id != tagId && five.size() < 5)
                five.append(tag.id);
        QVERIFY(m_store->editContact(crowded, {{Field::tags, five}}));
        QVERIFY(settled());
        QList<qint64> crowdedTags;
        for (const QJsonValue &tag : five)
            crowdedTags.append(tag.toInteger());
        tagsBefore[crowded] = crowdedTags;
        ++full;
        const int expected = 100 - haveIt - full;

        QString preview;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = m_window->findChild<Views::BulkEditDialog *>();
            QVERIFY(dialog);
            dialog->setEdit({Views::BulkEdit::Action::AddTag, tagId});
            preview = dialog->previewText();
            dialog->accept();
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(preview.startsWith(QStringLiteral("%1 contact(s) will change.").arg(expected)),
                 qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("already have five tags")), qPrintable(preview));
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(settled());
        for (qint64 id : ids) {
            const QList<qint64> now = serverContact(id).tagIds;
            if (tagsBefore.value(id).size() >= 5 && !tagsBefore.value(id).contains(tagId))
                QCOMPARE(now, tagsBefore.value(id)); // refused, untouched
            else
                QVERIFY2(now.contains(tagId), qPrintable(QString::number(id)));
            QVERIFY(now.size() <= 5);
        }

        // One undo takes the whole bulk edit back.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(settled());
        for (qint64 id : ids) {
            QList<qint64> now = serverContact(id).tagIds;
            QList<qint64> before = tagsBefore.value(id);
            std::sort(now.begin(), now.end());
            std::sort(before.begin(), before.end());
            QCOMPARE(now, before);
        }

        // Status for many at once: undo puts each back where it was.
        const QList<qint64> some = ids.mid(0, 10);
        Views::BulkEdit block{Views::BulkEdit::Action::SetStatus,
                              static_cast<qint64>(Views::MessagingState::Blocked)};
        Views::BulkEdit::Plan plan = block.plan(*m_store, some);
        QCOMPARE(plan.changing() + plan.unchanged, 10);
        Views::run(m_window->undoStack(),
                   new Views::StatusCommand(m_store, plan.statuses, QStringLiteral("block")));
        QVERIFY(settled());
        for (qint64 id : some)
            QVERIFY(m_store->contact(id)->fields.value(Field::blocked).toBool());
        m_window->undoStack()->undo();
        QVERIFY(settled());
        QSet<qint64> changed;
        for (const auto &change : std::as_const(plan.statuses))
            changed.insert(change.id);
        for (qint64 id : some) // those that were blocked already stay blocked
            QCOMPARE(m_store->contact(id)->fields.value(Field::blocked).toBool(),
                     !changed.contains(id));
    }

    void aFailedEditIsShownAndRetried()
    {
        const qint64 id = selectFirst();
        // Another contact's number: the client cannot know, the server refuses.
        const qint64 otherId =
            m_filtered->index(1, 0).data(Models::ContactTableModel::IdRole).toLongLong();
        const QString taken = m_store->contact(otherId)->fields.value(Field::phone).toString();
        type(child<QLineEdit>(QStringLiteral("phoneEdit")), QLatin1Char('+') + taken);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->failedCount(), 1, 15000);
        auto *failed = child<QLabel>(QStringLiteral("failedEditLabel"));
        QTRY_VERIFY(failed && failed->isVisible());
        QVERIFY2(failed->text().contains(QStringLiteral("already has the phone")),
                 qPrintable(failed->text()));
        auto *attention = child<QToolButton>(QStringLiteral("outboxButton"));
        QTRY_VERIFY(attention->isVisible());
        QCOMPARE(attention->text(), QStringLiteral("1 edit(s) need attention"));
        // The status filter finds it; the button leads back to it from elsewhere.
        auto *status = child<QComboBox>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("attention")));
        QTRY_COMPARE(m_filtered->rowCount(), 1);
        QCOMPARE(m_filtered->index(0, 0).data(Models::ContactTableModel::IdRole).toLongLong(), id);
        status->setCurrentIndex(0);
        QTRY_COMPARE(m_filtered->rowCount(), 120);
        QVERIFY(m_window->selectContact(otherId));
        QCOMPARE(m_window->detailPanel()->contactId(), otherId);
        QTest::mouseClick(attention, Qt::LeftButton);
        QCOMPARE(m_window->detailPanel()->contactId(), id);

        // Free the number on the server, then retry from the panel.
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v1/contact/%1").arg(otherId),
                           QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550142")}})
                     .status,
                 200);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("retryEditButton")), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(m_store->failedCount(), 0);
        QCOMPARE(serverContact(id).phone, taken);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("syncStateLabel"))->text(),
                     QStringLiteral("Saved on the server."));
        QVERIFY(!attention->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
