// The contact table and its filter/sort layer under QAbstractItemModelTester,
// with rows arriving, changing and leaving from sync while a filter and a
// sort are active; search semantics; edits going to the outbox.

#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "store/ContactStore.h"
#include "tests/common/TestFiles.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Models;

namespace {

Contact person(qint64 id, const QString &first, const QString &last, const QString &phone,
               QList<qint64> tags = {}, std::optional<qint64> owner = std::nullopt,
               bool optedOut = false)
{
    Contact c;
    c.id = id;
    c.first = first;
    c.last = last;
    c.displayName = QString(first + QLatin1Char(' ') + last).trimmed();
    c.phone = phone;
    c.email = QStringLiteral("%1.%2@example.com").arg(first.toLower(), QString::number(id));
    c.tagIds = tags;
    c.ownerId = owner;
    c.optedOut = optedOut;
    c.rev = 1;
    c.updated = 1776007800000 + id;
    return c;
}

QList<Contact> team()
{
    return {
        person(1, QStringLiteral("José"), QStringLiteral("Rivera"), QStringLiteral("14155553434"),
               {1, 2}, 101),
        person(2, QStringLiteral("Ana"), QStringLiteral("Müller"), QStringLiteral("447400123456"),
               {2}, 102),
        person(3, QStringLiteral("Zoë"), QStringLiteral("O'Brien"), QStringLiteral("14155550000"),
               {}, std::nullopt, true),
        person(4, QStringLiteral("Anatole"), QStringLiteral("Okafor"),
               QStringLiteral("4915123456789"), {1}, 101),
        person(5, QStringLiteral("Дмитрий"), QStringLiteral("Иванов"),
               QStringLiteral("33612345678"), {3}, 103),
        person(6, QStringLiteral("Łukasz"), QStringLiteral("Ó Súilleabháin"),
               QStringLiteral("12125550101"), {1, 3}, 102),
        person(7, QStringLiteral("anna"), QStringLiteral("anderson"),
               QStringLiteral("12125550102")),
    };
}

QStringList column(const QAbstractItemModel &model, int columnIndex)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, columnIndex).data().toString());
    return values;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(ContactTableModel::IdRole).toLongLong());
    return values;
}

} // namespace

class TestContactModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::ContactStore> m_store;
    std::unique_ptr<ContactTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void load()
    {
        QSignalSpy finished(m_model.get(), &ContactTableModel::loadingFinished);
        m_model->setStore(m_store.get());
        QVERIFY(finished.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Names sort by the user's collation; pin one for the test.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_store = std::make_unique<Store::ContactStore>();
        QCOMPARE(m_store->open(Tests::fileForTest(m_dir)).describe(), QString());
        m_store->replaceTags(
            {Tag{1, QStringLiteral("VIP"), QStringLiteral("#FFD700"), 0, 0, {}, 1},
             Tag{2, QStringLiteral("Lead"), QStringLiteral("#3498DB"), 0, 0, {}, 1},
             Tag{3, QStringLiteral("Partner"), QStringLiteral("#34495E"), 0, 0, {}, 1}});
        m_store->replaceFields({CustomField{12, QStringLiteral("Plan"), false},
                                CustomField{19, QStringLiteral("Account"), false}});
        m_store->replaceMembers({TeamMember{101, QStringLiteral("Maya"), QStringLiteral("owner")},
                                 TeamMember{102, QStringLiteral("Lucía"), QStringLiteral("admin")},
                                 TeamMember{103, QStringLiteral("Tom"), QStringLiteral("member")}});
        QList<Contact> contacts = team();
        contacts[0].custom.insert(QStringLiteral("12"), QStringLiteral("Premium"));
        contacts[1].custom.insert(QStringLiteral("19"), QStringLiteral("AC-9823"));
        m_store->applyServerContacts(contacts);
        m_model = std::make_unique<ContactTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void loadsEveryContactWithItsColumns()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        load();
        QCOMPARE(m_model->rowCount(), 7);
        QVERIFY(inserted.size() >= 1);
        QCOMPARE(m_model->columnCount(), ContactTableModel::Count + 2);
        QCOMPARE(m_model->headerData(ContactTableModel::Count, Qt::Horizontal).toString(),
                 QStringLiteral("Plan"));
        QCOMPARE(m_model
                     ->headerData(ContactTableModel::Count + 1, Qt::Horizontal,
                                  ContactTableModel::CustomFieldIdRole)
                     .toLongLong(),
                 19);
        const int row = m_model->rowOfId(1);
        const auto at = [this, row](int c) { return m_model->index(row, c); };
        QCOMPARE(at(ContactTableModel::DisplayName).data().toString(),
                 QStringLiteral("José Rivera"));
        QCOMPARE(at(ContactTableModel::Phone).data().toString(), QStringLiteral("+1 415-555-3434"));
        QCOMPARE(at(ContactTableModel::Phone).data(Qt::EditRole).toString(),
                 QStringLiteral("14155553434"));
        QCOMPARE(at(ContactTableModel::Tags).data().toString(), QStringLiteral("VIP, Lead"));
        QCOMPARE(at(ContactTableModel::Owner).data().toString(), QStringLiteral("Maya"));
        QCOMPARE(at(ContactTableModel::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(at(ContactTableModel::SyncState).data().toString(), QStringLiteral("Synced"));
        QCOMPARE(at(ContactTableModel::Count).data().toString(), QStringLiteral("Premium"));
        QCOMPARE(at(0).data(ContactTableModel::TagIdsRole).value<QList<qint64>>(),
                 (QList<qint64>{1, 2}));
        QCOMPARE(at(0).data(ContactTableModel::OwnerIdRole).toLongLong(), 101);
        QCOMPARE(at(ContactTableModel::Updated).data(ContactTableModel::SortRole).toLongLong(),
                 1776007800001);
        QCOMPARE(m_model->index(m_model->rowOfId(3), ContactTableModel::Status).data().toString(),
                 QStringLiteral("Opted out"));
        QCOMPARE(m_model->index(m_model->rowOfId(3), ContactTableModel::Owner).data().toString(),
                 QStringLiteral("Unassigned"));
        QVERIFY(m_model->flags(at(ContactTableModel::First)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(at(ContactTableModel::Updated)) & Qt::ItemIsEditable));
    }

    void editsGoToTheOutboxAndShowAsPending()
    {
        load();
        const int row = m_model->rowOfId(2);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(row, ContactTableModel::First),
                                 QStringLiteral("Anna")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->index(row, ContactTableModel::First).data().toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(m_model->index(row, 0).data(ContactTableModel::SyncStateRole).toInt(),
                 int(ContactCache::Pending));
        QVERIFY(m_model->index(row, 0).data(Qt::DecorationRole).value<QColor>().isValid());
        QVERIFY(m_model->index(row, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("waiting")));
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(m_store->outbox().at(0).patch.value(Field::first).toString(),
                 QStringLiteral("Anna"));

        QVERIFY(m_model->setData(m_model->index(row, ContactTableModel::Phone),
                                 QStringLiteral("(415) 555-0199")));
        QCOMPARE(m_store->outbox().at(1).patch.value(Field::phone).toString(),
                 QStringLiteral("14155550199"));
        QVERIFY(!m_model->setData(m_model->index(row, ContactTableModel::Phone),
                                  QStringLiteral("call me")));
        QVERIFY(!m_model->setData(m_model->index(row, ContactTableModel::Email),
                                  QStringLiteral("no-at-sign")));
        QVERIFY(m_model->setData(m_model->index(row, ContactTableModel::Count),
                                 QStringLiteral("Enterprise")));
        QCOMPARE(m_model->index(row, ContactTableModel::Count).data().toString(),
                 QStringLiteral("Enterprise"));
        QVERIFY(m_model->setData(m_model->index(row, 0), QVariant::fromValue(QList<qint64>{1, 3}),
                                 ContactTableModel::TagIdsRole));
        QCOMPARE(m_model->index(row, ContactTableModel::Tags).data().toString(),
                 QStringLiteral("VIP, Partner"));
        QVERIFY(!m_model->setData(m_model->index(row, 0),
                                  QVariant::fromValue(QList<qint64>{1, 2, 3, 4, 5, 6}),
                                  ContactTableModel::TagIdsRole));
        QVERIFY(
            m_model->setData(m_model->index(row, 0), qint64(0), ContactTableModel::OwnerIdRole));
        QCOMPARE(m_model->index(row, ContactTableModel::Owner).data().toString(),
                 QStringLiteral("Unassigned"));
        QVERIFY(!m_model->setData(m_model->index(row, ContactTableModel::Updated),
                                  QStringLiteral("x")));

        // A failed edit shows the server's message.
        m_store->failEntry(m_store->outbox().at(0).seq,
                           QStringLiteral("The server refused the request: no"));
        QCOMPARE(m_model->index(row, 0).data(ContactTableModel::SyncStateRole).toInt(),
                 int(ContactCache::Failed));
        QVERIFY(m_model->index(row, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("refused")));
    }

    void searchFindsNamesPhonesEmailAndCustomValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("phone with a space") << QStringLiteral("415 555") << QList<qint64>{1, 3};
        QTest::newRow("phone with parenthesis") << QStringLiteral("(415) 5") << QList<qint64>{1, 3};
        QTest::newRow("phone digits") << QStringLiteral("5553434") << QList<qint64>{1};
        QTest::newRow("plus and spaces") << QStringLiteral("+44 7400") << QList<qint64>{2};
        QTest::newRow("accent folded") << QStringLiteral("jose") << QList<qint64>{1};
        QTest::newRow("accent typed") << QStringLiteral("JOSÉ") << QList<qint64>{1};
        QTest::newRow("umlaut") << QStringLiteral("muller") << QList<qint64>{2};
        QTest::newRow("irish fada") << QStringLiteral("suilleabhain") << QList<qint64>{6};
        QTest::newRow("cyrillic") << QStringLiteral("дмитрий") << QList<qint64>{5};
        QTest::newRow("prefix of several") << QStringLiteral("an") << QList<qint64>{2, 4, 7};
        QTest::newRow("two words") << QStringLiteral("an ok") << QList<qint64>{4};
        QTest::newRow("email") << QStringLiteral("zoe.3@") << QList<qint64>{3};
        QTest::newRow("custom value") << QStringLiteral("premium") << QList<qint64>{1};
        QTest::newRow("custom value 2") << QStringLiteral("ac-98") << QList<qint64>{2};
        QTest::newRow("nothing") << QStringLiteral("xyzzy") << QList<qint64>{};
        QTest::newRow("empty") << QString() << QList<qint64>{1, 2, 3, 4, 5, 6, 7};
    }
    void searchFindsNamesPhonesEmailAndCustomValues()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        load();
        ContactFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setFilterText(query);
        QList<qint64> found = ids(proxy);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    void filtersCombine()
    {
        load();
        ContactFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        const auto found = [&proxy](const ContactFilter &filter) {
            proxy.setFilter(filter);
            QList<qint64> result = ids(proxy);
            std::sort(result.begin(), result.end());
            return result;
        };
        ContactFilter filter;
        filter.tags = {1, 3};
        QCOMPARE(found(filter), (QList<qint64>{1, 4, 5, 6}));
        filter.allTags = true;
        QCOMPARE(found(filter), (QList<qint64>{6}));
        filter = {};
        filter.owner = 101;
        QCOMPARE(found(filter), (QList<qint64>{1, 4}));
        filter.owner = 0;
        QCOMPARE(found(filter), (QList<qint64>{3, 7}));
        filter = {};
        filter.status = ContactFilter::Status::OptedOut;
        QCOMPARE(found(filter), (QList<qint64>{3}));
        filter.status = ContactFilter::Status::Active;
        QCOMPARE(found(filter).size(), 6);
        filter = {};
        filter.tags = {1};
        filter.owner = 101;
        filter.text = QStringLiteral("ana");
        QCOMPARE(found(filter), (QList<qint64>{4}));
        m_model->setData(m_model->index(m_model->rowOfId(7), ContactTableModel::First),
                         QStringLiteral("Annie"));
        filter = {};
        filter.syncState = ContactCache::Pending;
        QCOMPARE(found(filter), (QList<qint64>{7}));
    }

    void sortsEveryColumnWithCollationForNames()
    {
        load();
        ContactFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int c : {int(ContactTableModel::First), int(ContactTableModel::Last)}) {
            proxy.sort(c, Qt::AscendingOrder);
            const QStringList values = column(proxy, c);
            for (qsizetype i = 1; i < values.size(); ++i)
                QVERIFY2(collator.compare(values.at(i - 1), values.at(i)) <= 0,
                         qPrintable(values.join(QLatin1Char('|'))));
            proxy.sort(c, Qt::DescendingOrder);
            const QStringList descending = column(proxy, c);
            for (qsizetype i = 1; i < descending.size(); ++i)
                QVERIFY(collator.compare(descending.at(i - 1), descending.at(i)) >= 0);
        }
        proxy.sort(ContactTableModel::Last, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ContactTableModel::Last).first(),
                 QStringLiteral("anderson")); // case folded
        proxy.sort(ContactTableModel::Updated, Qt::DescendingOrder);
        QCOMPARE(ids(proxy).first(), 7);
        proxy.sort(ContactTableModel::Phone, Qt::AscendingOrder);
        QCOMPARE(ids(proxy).first(), 6); // 1212...
        for (int c = 0; c < proxy.columnCount(); ++c) {
            proxy.sort(c, Qt::AscendingOrder);
            QCOMPARE(proxy.rowCount(), 7);
        }
    }

    void aContactWithNoNameShowsItsPhoneAndBlanksSortLast()
    {
        // What a demo team and Heymarket send: a company under a display
        // name in brackets, phone-only contacts (one whose display name the
        // server made its phone), an email-only one, first names alone.
        const auto nameless = [](qint64 id, const QString &phone, const QString &email) {
            Contact c = person(id, QString(), QString(), phone);
            c.email = email;
            return c;
        };
        Contact bakery = nameless(20, QStringLiteral("12015550100"), {});
        bakery.displayName = QStringLiteral("(Bakery Supplies Ltd)");
        Contact serverNamed = nameless(22, QStringLiteral("12015400759"), {});
        serverNamed.displayName = QStringLiteral("12015400759");
        Contact bea = person(26, QStringLiteral("Bea"), QStringLiteral("Quinn"),
                             QStringLiteral("12015550126"));
        bea.displayName.clear(); // not followed yet: first and last are shown
        m_store->applyServerContacts(
            {bakery, nameless(21, QStringLiteral("12015400758"), {}), serverNamed,
             nameless(23, QString(), QStringLiteral("zed@example.com")),
             person(24, QStringLiteral("Cara"), QString(), QStringLiteral("12015550124")),
             person(25, QStringLiteral("\"Dee\""), QStringLiteral("Young"),
                    QStringLiteral("12015550125")),
             bea});
        load();
        const auto name = [this](qint64 id) {
            return m_model->index(m_model->rowOfId(id), ContactTableModel::DisplayName)
                .data()
                .toString();
        };
        QCOMPARE(name(21), QStringLiteral("+1 201-540-0758")); // never the raw digits
        QCOMPARE(name(22), QStringLiteral("+1 201-540-0759"));
        QCOMPARE(name(23), QStringLiteral("zed@example.com"));
        QCOMPARE(name(26), QStringLiteral("Bea Quinn"));
        QCOMPARE(name(20), QStringLiteral("(Bakery Supplies Ltd)"));

        ContactFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        // Brackets and quotes ignored; rows with no name last, by phone
        // then email, in either order.
        proxy.sort(ContactTableModel::DisplayName, Qt::AscendingOrder);
        QCOMPARE(ids(proxy), (QList<qint64>{2, 4, 7, 20, 26, 24, 25, 1, 3, 6, 5, 21, 22, 23}));
        proxy.sort(ContactTableModel::DisplayName, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), (QList<qint64>{5, 6, 3, 1, 25, 24, 26, 20, 7, 4, 2, 23, 22, 21}));

        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int c : {int(ContactTableModel::First), int(ContactTableModel::Last)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(c, order);
                QStringList values = column(proxy, c);
                const qsizetype blanks = values.count(QString());
                QVERIFY(blanks >= 4);
                QCOMPARE(values.mid(values.size() - blanks), QStringList(blanks, QString()));
                values = values.mid(0, values.size() - blanks);
                for (qsizetype i = 1; i < values.size(); ++i) {
                    const int compared = collator.compare(sortableName(values.at(i - 1)),
                                                          sortableName(values.at(i)));
                    QVERIFY2(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0,
                             qPrintable(values.join(QLatin1Char('|'))));
                }
            }
        }
        proxy.sort(ContactTableModel::First, Qt::AscendingOrder);
        const QStringList firsts = column(proxy, ContactTableModel::First);
        QCOMPARE(firsts.indexOf(QStringLiteral("\"Dee\"")),
                 firsts.indexOf(QStringLiteral("Cara")) + 1); // under D

        // A nameless contact arriving while sorted goes where a fresh sort
        // puts it: among the blanks at the end.
        proxy.sort(ContactTableModel::DisplayName, Qt::DescendingOrder);
        m_store->applyServerContacts({nameless(27, QStringLiteral("12015400760"), {}),
                                      person(28, QStringLiteral("Ola"), QStringLiteral("Berg"),
                                             QStringLiteral("12015550128"))});
        ContactFilterModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(ContactTableModel::DisplayName, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), ids(fresh));
        QCOMPARE(ids(proxy).mid(proxy.rowCount() - 4), (QList<qint64>{23, 27, 22, 21}));
    }

    void namesSortSensiblyWithoutCollationRules()
    {
        QLocale::setDefault(QLocale::c());
        load();
        ContactFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(ContactTableModel::First, Qt::AscendingOrder);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Case and accents ignored: anna next to Ana, Zoë after them.
        const QStringList names = column(proxy, ContactTableModel::First);
        QCOMPARE(names.mid(0, 4), (QStringList{QStringLiteral("Ana"), QStringLiteral("Anatole"),
                                               QStringLiteral("anna"), QStringLiteral("José")}));
        QVERIFY(names.indexOf(QStringLiteral("Zoë")) > names.indexOf(QStringLiteral("José")));
    }

    void sortKeepsSelectionThroughPersistentIndexes()
    {
        load();
        ContactFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        const QPersistentModelIndex jose =
            proxy.index(proxy.sourceRows().size() > 0 ? m_model->rowOfId(1) : 0, 0);
        QCOMPARE(jose.data(ContactTableModel::IdRole).toLongLong(), 1);
        proxy.sort(ContactTableModel::Last, Qt::DescendingOrder);
        QVERIFY(jose.isValid());
        QCOMPARE(jose.data(ContactTableModel::IdRole).toLongLong(), 1);
    }

    void syncChangesArriveWhileFilteredAndSorted()
    {
        load();
        ContactFilterModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.sort(ContactTableModel::Last, Qt::AscendingOrder);
        proxy.setFilterText(QStringLiteral("an"));
        QCOMPARE(ids(proxy), (QList<qint64>{7, 2, 4})); // anderson, Müller, Okafor
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&proxy, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);

        // New contacts from a pull: one matches and sorts into the middle.
        m_store->applyServerContacts({person(8, QStringLiteral("Hana"), QStringLiteral("Nakamura"),
                                             QStringLiteral("81312345678")),
                                      person(9, QStringLiteral("Bo"), QStringLiteral("Kim"),
                                             QStringLiteral("82212345678"))});
        QCOMPARE(ids(proxy), (QList<qint64>{7, 2, 8, 4}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);

        // A change that moves a row within the sort.
        Contact okafor = person(4, QStringLiteral("Anatole"), QStringLiteral("Abara"),
                                QStringLiteral("4915123456789"), {1}, 101);
        m_store->applyServerContacts({okafor});
        QCOMPARE(ids(proxy), (QList<qint64>{4, 7, 2, 8}));
        QCOMPARE(moved.size(), 1);
        // A change that makes a contact match comes in; one that stops
        // matching stays shown (and in its place) until the filter is
        // applied again, as in a spreadsheet's filter.
        m_store->applyServerContacts(
            {person(9, QStringLiteral("Bo"), QStringLiteral("Kang"), QStringLiteral("82212345678")),
             person(2, QStringLiteral("Ulla"), QStringLiteral("Müller"),
                    QStringLiteral("447400123456"))});
        QCOMPARE(ids(proxy), (QList<qint64>{4, 7, 9, 2, 8}));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 2);
        proxy.setFilterText(QStringLiteral("an"));
        QCOMPARE(ids(proxy), (QList<qint64>{4, 7, 9, 8}));
        resets.clear();
        // A change that keeps its place only updates.
        const int changedBefore = static_cast<int>(changed.size());
        Contact hana = person(8, QStringLiteral("Hana"), QStringLiteral("Nakamura"),
                              QStringLiteral("81312345678"));
        hana.email = QStringLiteral("hana@example.jp");
        m_store->applyServerContacts({hana});
        QVERIFY(changed.size() > changedBefore);
        QCOMPARE(ids(proxy), (QList<qint64>{4, 7, 9, 8}));
        // Deletions found by reconciliation.
        m_store->removeServerContacts({1, 2, 3, 4, 5, 6, 8, 9});
        QCOMPARE(ids(proxy), (QList<qint64>{4, 9, 8}));
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(resets.size(), 0); // everything else arrived incrementally
    }

    void localCreateGetsItsServerId()
    {
        load();
        const qint64 local =
            m_store->createContact({{Field::phone, QStringLiteral("14155550777")},
                                    {Field::first, QStringLiteral("New")},
                                    {Field::displayName, QStringLiteral("New Person")}});
        QCOMPARE(m_model->rowCount(), 8);
        const int row = m_model->rowOfId(local);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, 0).data().toString(), QStringLiteral("New Person"));
        Contact server =
            person(500, QStringLiteral("New"), QString(), QStringLiteral("14155550777"));
        server.displayName = QStringLiteral("New Person");
        m_store->completeCreate(m_store->outbox().at(0).seq, 500, {}, server);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->rowOfId(500), row);
        QCOMPARE(m_model->index(row, 0).data(ContactTableModel::IdRole).toLongLong(), 500);
        QCOMPARE(m_model->index(row, 0).data(ContactTableModel::SyncStateRole).toInt(),
                 int(ContactCache::Synced));
    }

    void refiningWhileTypingMatchesAFullSearch()
    {
        QList<Contact> many;
        const QStringList names = {QStringLiteral("Ana"),    QStringLiteral("Anabel"),
                                   QStringLiteral("Hannah"), QStringLiteral("Johanna"),
                                   QStringLiteral("Nana"),   QStringLiteral("Ann")};
        for (int i = 0; i < 400; ++i)
            many.append(person(100 + i, names.at(i % names.size()),
                               QStringLiteral("Family%1").arg(i % 17),
                               QStringLiteral("1415%1").arg(5550000 + i)));
        m_store->applyServerContacts(many);
        load();
        ContactFilterModel typed;
        typed.setSourceModel(m_model.get());
        typed.sort(ContactTableModel::Last);
        const QString word = QStringLiteral("annah family1");
        for (qsizetype n = 1; n <= word.size(); ++n) {
            typed.setFilterText(word.left(n));
            ContactFilterModel fresh;
            fresh.setSourceModel(m_model.get());
            fresh.sort(ContactTableModel::Last);
            fresh.setFilterText(word.left(n));
            QCOMPARE(ids(typed), ids(fresh));
        }
        QVERIFY(typed.rowCount() > 0);
        // Deleting letters widens again.
        typed.setFilterText(QStringLiteral("ann"));
        ContactFilterModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(ContactTableModel::Last);
        fresh.setFilterText(QStringLiteral("ann"));
        QCOMPARE(ids(typed), ids(fresh));
    }

    void aStoreThatCannotBeReadIsReportedInASentence()
    {
        // The loader's own connection finds no contacts table (a damaged
        // file would fail the same way): the model says so, keeps nothing
        // it did not read, and the text is for people, not SQLite's.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            raw.setDatabaseName(m_store->path());
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("DROP TABLE contacts")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
        QSignalSpy failed(m_model.get(), &ContactTableModel::loadFailed);
        m_model->setStore(m_store.get());
        QVERIFY(failed.wait(10000));
        const QString sentence = failed.first().first().toString();
        QVERIFY2(sentence.contains(QLatin1String("local copy of your contacts")),
                 qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1String("no such table")), qPrintable(sentence));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void aDirectoryChangeWithoutCustomFieldsAnnouncesNoHeaders()
    {
        Store::ContactStore bare;
        QCOMPARE(bare.open(Tests::fileForTest(m_dir, QStringLiteral("bare-"))).describe(),
                 QString());
        QVERIFY(bare.applyServerContacts(team()));
        ContactTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &ContactTableModel::loadingFinished);
        model.setStore(&bare);
        QVERIFY(finished.wait(10000));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QVERIFY(bare.replaceTags({Tag{4, QStringLiteral("New"), {}, 0, 0, {}, 1}}));
        QVERIFY(headers.isEmpty()); // no custom field columns: no header to change
        QCOMPARE(model.columnCount(), int(ContactTableModel::Count));
    }

    void anotherAccountResets()
    {
        load();
        Store::ContactStore other;
        QCOMPARE(other.open(m_dir.filePath(QStringLiteral("other.sqlite"))).describe(), QString());
        other.applyServerContacts(
            {person(1, QStringLiteral("Solo"), QString(), QStringLiteral("14155550001"))});
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy finished(m_model.get(), &ContactTableModel::loadingFinished);
        m_model->setStore(&other);
        QVERIFY(finished.wait(10000));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        m_model->setStore(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactModels)
#include "tst_contact_models.moc"
