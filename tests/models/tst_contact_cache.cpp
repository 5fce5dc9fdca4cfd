// The contact cache's limits: very long text, many distinct tags and
// owners, 64-bit tag ids, and arenas that neither grow for ever nor wrap.
#include "models/ContactCache.h"

#include <QTest>

#include <string>

using namespace ContactDesk;
using Models::ByteArena;
using Models::ContactCache;

namespace {

// A row's texts, kept alive for the view that points into them.
struct RowText
{
    std::string display, first, last, phone, email, tags, custom, search, error;
    qint64 id = 0;
    std::optional<qint64> owner;

    Store::ContactRowView view() const
    {
        Store::ContactRowView v;
        v.id = id;
        v.displayName = display;
        v.first = first;
        v.last = last;
        v.phone = phone;
        v.email = email;
        v.tags = tags;
        v.custom = custom;
        v.search = search;
        v.error = error;
        v.owner = owner;
        return v;
    }
};

RowText plainRow(qint64 id, const std::string &name)
{
    RowText r;
    r.id = id;
    r.display = name;
    r.first = name;
    r.phone = "1415555" + std::to_string(1000 + id);
    r.email = name + "@example.com";
    r.search = name + " \x1f " + r.phone;
    return r;
}

std::string customOf(int fields, int length)
{
    std::string custom;
    for (int f = 1; f <= fields; ++f)
        custom += std::to_string(f) + '\x1f' +
                  std::string(static_cast<size_t>(length), 'a' + f % 26) + '\x1e';
    return custom;
}

QString latin(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestContactCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 17 custom values of 4,096 characters and a 70 kB error: the row's
    // text passes 65,535 bytes. Handed from a worker's chunk to the
    // model's cache (take), every value reads back whole, the error cut at
    // a character, and the next row is untouched (the lengths used to
    // point past what was copied).
    void longTextSurvivesTheHandOverFromAWorker()
    {
        RowText big = plainRow(1, "Big");
        big.custom = customOf(17, 4096);
        std::string error;
        while (error.size() < 70000)
            error += "Fehler \xc3\xa4 "; // "ä" is two bytes: a cut may fall inside one
        big.error = error;
        const RowText next = plainRow(2, "Next");

        ContactCache chunk;
        chunk.appendUnindexed(big.view());
        chunk.appendUnindexed(next.view());
        ContactCache cache;
        const RowText before = plainRow(3, "Before");
        cache.append(before.view());
        cache.take(std::move(chunk));

        QCOMPARE(cache.size(), 3);
        const int row = cache.rowOf(1);
        QCOMPARE(row, 1);
        for (int field = 1; field <= 17; ++field)
            QCOMPARE(cache.customValue(row, field),
                     QString(4096, QLatin1Char(static_cast<char>('a' + field % 26))));
        const QString shown = cache.error(row);
        QVERIFY(!shown.contains(QChar::ReplacementCharacter));
        QVERIFY(shown.toUtf8().size() <= 65535);
        QVERIFY(shown.toUtf8().size() > 65530);
        QVERIFY(latin(error).startsWith(shown));
        QCOMPARE(cache.displayName(row), QStringLiteral("Big"));
        QCOMPARE(cache.phone(row), latin(big.phone));
        QCOMPARE(cache.email(row), latin(big.email));

        const int after = cache.rowOf(2);
        QCOMPARE(cache.displayName(after), QStringLiteral("Next"));
        QCOMPARE(cache.email(after), QStringLiteral("Next@example.com"));
        QCOMPARE(cache.error(after), QString());
        QCOMPARE(cache.displayName(cache.rowOf(3)), QStringLiteral("Before"));
    }

    // More custom text than a block: whole values are kept, the rest is
    // left to the store (never half a value, never a read past the block).
    void customValuesPastABlockAreCutAtAWholeValue()
    {
        RowText huge = plainRow(1, "Huge");
        huge.custom = customOf(300, 4096); // 1.2 MB
        ContactCache cache;
        cache.append(huge.view());
        const std::string_view kept = cache.customView(0);
        QVERIFY(kept.size() <= ByteArena::blockSize);
        QVERIFY(kept.size() > ByteArena::blockSize - 5000);
        QCOMPARE(kept.back(), '\x1e');
        QCOMPARE(cache.customValue(0, 1), QString(4096, QLatin1Char('b')));
        QCOMPARE(cache.customValue(0, 300), QString());
    }

    // 70,000 distinct tags and owners: each row keeps its own (they used
    // to become "none" past 65,535), and a filter finds them.
    void manyDistinctTagsAndOwnersKeepTheirIds()
    {
        ContactCache cache;
        std::vector<RowText> rows;
        for (qint64 i = 1; i <= 70000; ++i) {
            RowText r = plainRow(i, "P" + std::to_string(i));
            r.tags = std::to_string(1000 + i);
            r.owner = 500000 + i;
            rows.push_back(std::move(r));
        }
        for (const RowText &r : rows)
            cache.append(r.view());
        for (int row : {0, 65534, 65535, 65536, 69999}) {
            QCOMPARE(cache.tagCount(row), 1);
            QCOMPARE(cache.tagId(row, 0), 1001 + row);
            QCOMPARE(cache.ownerId(row), 500001 + row);
        }
        QVERIFY(cache.tagIndex(71000) > 65535);
        QCOMPARE(cache.tagIndex(1), qint64(-1));
    }

    // Tag ids are 64-bit; a piece that is not a number is passed over.
    void tagIdsAreSixtyFourBit()
    {
        RowText r = plainRow(1, "T");
        r.tags = "5000000000,x,99999999999999999999999,7,,12";
        ContactCache cache;
        cache.append(r.view());
        QCOMPARE(cache.tagCount(0), 3);
        QCOMPARE(cache.tagId(0, 0), Q_INT64_C(5000000000));
        QCOMPARE(cache.tagId(0, 1), 7);
        QCOMPARE(cache.tagId(0, 2), 12);
    }

    // A long session replaces rows again and again: what the old values
    // left behind is dropped once it is as much as the rows use, so the
    // arenas stay near the live size (they used to grow until their 32-bit
    // offsets wrapped at 4 GiB).
    void replacingRowsKeepsTheArenasNearTheirLiveSize()
    {
        ContactCache cache;
        std::vector<RowText> rows;
        for (qint64 i = 1; i <= 100; ++i)
            rows.push_back(plainRow(i, "R" + std::to_string(i)));
        for (const RowText &r : rows)
            cache.append(r.view());
        for (int round = 0; round < 300; ++round) {
            for (int i = 0; i < 100; ++i) {
                RowText r = rows[static_cast<size_t>(i)];
                r.custom = customOf(1, 1000 + round);
                r.search = r.display + " round" + std::to_string(round);
                cache.replace(i, r.view());
            }
        }
        // 300 rounds appended about 38 MB of text; the rows use 0.13 MB.
        QVERIFY2(cache.textBytes() <= 9 * size_t(ByteArena::blockSize),
                 qPrintable(QString::number(cache.textBytes())));
        QVERIFY(cache.liveTextBytes() < 200000);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(cache.customValue(i, 1), QString(1299, QLatin1Char('b')));
            QCOMPARE(cache.displayName(i), QStringLiteral("R%1").arg(i + 1));
            QVERIFY(cache.searchText(i).find("round299") != std::string_view::npos);
        }
    }

    // An arena that is full refuses the append (the row shows no text)
    // instead of wrapping its offsets onto other rows' text; once rows are
    // replaced, compaction makes room again.
    void aFullArenaRefusesInsteadOfWrapping()
    {
        ContactCache cache(2); // two blocks: 2 MB per arena
        std::vector<RowText> rows;
        for (qint64 i = 1; i <= 3; ++i) {
            RowText r = plainRow(i, "Full" + std::to_string(i));
            r.custom = customOf(200, 4096); // 800 kB each: two fit, one per block
            rows.push_back(std::move(r));
        }
        for (const RowText &r : rows)
            cache.append(r.view());
        QCOMPARE(cache.displayName(0), QStringLiteral("Full1"));
        QCOMPARE(cache.displayName(1), QStringLiteral("Full2"));
        QCOMPARE(cache.customValue(1, 200), QString(4096, QLatin1Char('s')));
        QCOMPARE(cache.displayName(2), QString()); // refused, not someone else's text
        QCOMPARE(cache.customView(2), std::string_view());
        QVERIFY(cache.textBytes() <= 2 * size_t(ByteArena::blockSize));

        // Row 1 gets short: compaction frees its block for row 3's text.
        RowText small = plainRow(2, "Small");
        cache.replace(1, small.view());
        cache.replace(2, rows[2].view());
        QCOMPARE(cache.displayName(0), QStringLiteral("Full1"));
        QCOMPARE(cache.customValue(0, 200), QString(4096, QLatin1Char('s')));
        QCOMPARE(cache.displayName(1), QStringLiteral("Small"));
        QCOMPARE(cache.displayName(2), QStringLiteral("Full3"));
        QCOMPARE(cache.customValue(2, 1), QString(4096, QLatin1Char('b')));
    }

    void byteArenaNeverWraps()
    {
        ByteArena arena(1);
        QVERIFY(arena.addParts({std::string_view("abc")}).has_value());
        const std::string block(ByteArena::blockSize, 'x');
        QVERIFY(!arena.addParts({std::string_view(block)}).has_value()); // a second block
        const std::string tooBig(ByteArena::blockSize + 1, 'y');
        QVERIFY(!ByteArena().addParts({std::string_view(tooBig)}).has_value());
        QCOMPARE(arena.view(0, 3), std::string_view("abc"));
    }
};

QTEST_GUILESS_MAIN(TestContactCache)
#include "tst_contact_cache.moc"
