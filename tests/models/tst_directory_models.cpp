// The channel, custom field, tag and owner models under
// QAbstractItemModelTester, with changes arriving from the store.

#include "models/ContactTableModel.h"
#include "models/DirectoryModels.h"
#include "store/ContactStore.h"
#include "tests/common/TestFiles.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Models;

class TestDirectoryModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::ContactStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store::ContactStore>();
        QCOMPARE(m_store->open(Tests::fileForTest(m_dir)).describe(), QString());
        m_store->replaceTags({Tag{1, QStringLiteral("VIP"), QStringLiteral("#FFD700"), 0, 0, {}, 1},
                              Tag{2, QStringLiteral("Lead"), QString(), 0, 0, {}, 1}});
        m_store->replaceFields({CustomField{12, QStringLiteral("Plan"), false}});
        m_store->replaceMembers({TeamMember{101, QStringLiteral("Maya"), QStringLiteral("owner")}});
        Contact a;
        a.id = 1;
        a.first = QStringLiteral("Ana");
        a.phone = QStringLiteral("14155550100");
        a.email = QStringLiteral("ana@example.com");
        a.tagIds = {1, 2};
        a.custom.insert(QStringLiteral("12"), QStringLiteral("Premium"));
        a.channels = {Channel{QStringLiteral("c1"),
                              {},
                              QStringLiteral("phone"),
                              QStringLiteral("14155550100"),
                              {},
                              {},
                              0,
                              0},
                      Channel{QStringLiteral("c2"),
                              {},
                              QStringLiteral("email"),
                              QStringLiteral("ana@example.com"),
                              {},
                              {},
                              0,
                              0}};
        Contact b;
        b.id = 2;
        b.first = QStringLiteral("Bo");
        b.phone = QStringLiteral("14155550101");
        b.tagIds = {1};
        m_store->applyServerContacts({a, b});
    }
    void cleanup() { m_store.reset(); }

    void channelsAreListedEditedAddedAndRemoved()
    {
        ChannelListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContact(1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ChannelListModel::Type).data().toString(), QStringLiteral("Phone"));
        QCOMPARE(model.index(0, ChannelListModel::Value).data().toString(),
                 QStringLiteral("+1 415-555-0100"));
        QCOMPARE(model.index(0, ChannelListModel::Value).data(Qt::EditRole).toString(),
                 QStringLiteral("14155550100"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.addChannel(ChannelType::phone, QStringLiteral("14155550199")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!model.addChannel(ChannelType::phone, QStringLiteral("555")));
        QVERIFY(!model.addChannel(ChannelType::email, QStringLiteral("nope")));
        QVERIFY(model.setData(model.index(1, ChannelListModel::Value),
                              QStringLiteral("ana@example.org")));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model
                    .match(model.index(0, ChannelListModel::Value), ChannelListModel::ValueRole,
                           QStringLiteral("ana@example.org"))
                    .size() == 1);
        QVERIFY(model.removeChannel(0));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(removed.size() >= 2);
        const QList<Store::OutboxEntry> outbox = m_store->outbox();
        QCOMPARE(outbox.size(), 4); // add phone, add new email, remove old email, remove phone
        QCOMPARE(outbox.at(0).kind, Store::OutboxEntry::Kind::ChannelAdd);
        QCOMPARE(outbox.at(3).kind, Store::OutboxEntry::Kind::ChannelRemove);
        // A contact known only from a v1 listing shows its phone as a channel.
        model.setContact(2);
        QCOMPARE(model.rowCount(), 1);
        model.setContact(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void customFieldsShowAndEditOneContactsValues()
    {
        CustomFieldModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        model.setContact(1);
        QCOMPARE(model.index(0, CustomFieldModel::Title).data().toString(), QStringLiteral("Plan"));
        QCOMPARE(model.index(0, CustomFieldModel::Value).data().toString(),
                 QStringLiteral("Premium"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            model.setData(model.index(0, CustomFieldModel::Value), QStringLiteral("Enterprise")));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.index(0, CustomFieldModel::Value).data().toString(),
                 QStringLiteral("Enterprise"));
        QCOMPARE(m_store->outbox().at(0).patch.value(QStringLiteral("custom.12")).toString(),
                 QStringLiteral("Enterprise"));
        QVERIFY(!model.setData(model.index(0, CustomFieldModel::Title), QStringLiteral("x")));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_store->replaceFields({CustomField{12, QStringLiteral("Plan"), false},
                                CustomField{19, QStringLiteral("Account"), false}});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CustomFieldModel::Value).data().toString(), QString());
    }

    void tagsCarryColourAndUsage()
    {
        ContactTableModel contacts;
        QSignalSpy loaded(&contacts, &ContactTableModel::loadingFinished);
        contacts.setStore(m_store.get());
        QVERIFY(loaded.wait(10000));
        TagModel model(m_store.get(), &contacts);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.recount();
        QCOMPARE(model.rowCount(), 2);
        const int vip = model.rowOfTag(1);
        QCOMPARE(model.index(vip, TagModel::Name).data().toString(), QStringLiteral("VIP"));
        QCOMPARE(model.index(vip, TagModel::Name).data(Qt::DecorationRole).value<QColor>(),
                 QColor(QStringLiteral("#FFD700")));
        QCOMPARE(model.index(vip, TagModel::Usage).data().toInt(), 2);
        QCOMPARE(model.index(model.rowOfTag(2), 0).data(TagModel::UsageRole).toInt(), 1);
        QVERIFY(!model.index(model.rowOfTag(2), TagModel::Name).data(Qt::DecorationRole).isValid());
        m_store->replaceTags(
            {Tag{1, QStringLiteral("VIP"), QStringLiteral("#FFD700"), 0, 0, {}, 1}});
        QCOMPARE(model.rowCount(), 1);
    }

    void ownersStartWithUnassigned()
    {
        TeamMemberModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Unassigned"));
        QCOMPARE(model.index(0, 0).data(TeamMemberModel::MemberIdRole).toLongLong(), 0);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Maya"));
        QCOMPARE(model.rowOfMember(101), 1);
        QCOMPARE(model.rowOfMember(0), 0);
        QCOMPARE(model.rowOfMember(999), -1);
        m_store->replaceMembers(
            {TeamMember{101, QStringLiteral("Maya"), QStringLiteral("owner")},
             TeamMember{102, QStringLiteral("Lucía"), QStringLiteral("admin")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data(TeamMemberModel::RoleNameRole).toString(),
                 QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryModels)
#include "tst_directory_models.moc"
