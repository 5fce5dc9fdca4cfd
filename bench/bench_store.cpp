// The local store at scale: opening a store of 100k and of 1M contacts until
// the first 100 rows are readable, reading all rows, peak memory, applying
// a pulled batch of 10k changed contacts, and what PRAGMA quick_check costs
// over the whole file (store/README.md, "A damaged file").
//
// Baselines, measured in the same run on the same files: plain QSqlQuery
// reads of the same rows without decoding them (the floor for reading), and
// plain INSERT OR REPLACE of the same 10k rows (the floor for applying).
//
//   bench_store [--full | --contacts N]   (full: 100k and 1M; default 20k)
// Each measurement runs in a child process of its own, so memory figures
// are not polluted by generating the data.

#include "bench/BenchData.h"
#include "bench/BenchSupport.h"
#include "store/ContactStore.h"
#include "store/StoreRescue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ContactDesk;
using namespace ContactDesk::Bench;

namespace {

// Child: open the store, read the first 100 rows, then all rows.
int measureOpen(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Store::ContactStore store;
    if (store.open(path).isError())
        return 1;
    int rows = 0;
    store.forEachContact([&rows](const Store::StoredContact &) { return ++rows < 100; });
    const double first = timer.nsecsElapsed() / 1e6;
    timer.restart();
    qint64 all = 0;
    qint64 check = 0;
    store.forEachContact([&](const Store::StoredContact &c) {
        ++all;
        check += c.fields.size();
        return true;
    });
    const double loadAll = timer.nsecsElapsed() / 1e6;
    std::printf("%f %f %f %lld\n", first, loadAll, rssPeakMb(),
                static_cast<long long>(all + check * 0));
    return 0;
}

// Child: the same, as plain SQL without decoding (the baseline).
int measureRaw(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    qint64 all = 0;
    double first = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT id, uuid, local_id, fields, server, rev, updated, state, error FROM contacts"
            " WHERE deleted = 0 ORDER BY id"));
        qint64 bytes = 0;
        while (q.next()) {
            bytes += q.value(3).toString().size();
            if (++all == 100)
                first = timer.nsecsElapsed() / 1e6;
        }
        std::fprintf(stderr, "raw bytes %lld\n", static_cast<long long>(bytes));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const double loadAll = timer.nsecsElapsed() / 1e6;
    std::printf("%f %f %f %lld\n", first, loadAll, rssPeakMb(), static_cast<long long>(all));
    return 0;
}

struct OpenFigures
{
    double firstMs = 0;
    double allMs = 0;
    double rssMb = 0;
    bool ok = false;
};

OpenFigures runChild(const QString &mode, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {mode, path});
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitCode() != 0)
        return {};
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() < 3)
        return {};
    return {parts.at(0).toDouble(), parts.at(1).toDouble(), parts.at(2).toDouble(), true};
}

QString sizeName(int count)
{
    return count >= 1000000 ? QStringLiteral("1m")
           : count >= 1000  ? QStringLiteral("%1k").arg(count / 1000)
                            : QString::number(count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--measure-open"))
        return measureOpen(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("--measure-raw"))
        return measureRaw(args.at(2));

    QList<int> sizes;
    if (args.contains(QStringLiteral("--full"))) {
        sizes = {100000, 1000000};
    } else {
        const int size = sizeFromArguments(20000, 100000);
        if (size < 0)
            return 2;
        sizes = {size};
    }
    QTemporaryDir dir;
    for (int count : std::as_const(sizes)) {
        const QString path = dir.filePath(QStringLiteral("store-%1.sqlite").arg(count));
        QElapsedTimer timer;
        timer.start();
        generateStore(path, count);
        std::printf("generated %d contacts in %.1f s\n", count, timer.nsecsElapsed() / 1e9);
        std::fflush(stdout);
        const OpenFigures ours = runChild(QStringLiteral("--measure-open"), path);
        const OpenFigures raw = runChild(QStringLiteral("--measure-raw"), path);
        if (!ours.ok || !raw.ok) {
            std::fprintf(stderr, "measurement failed\n");
            return 1;
        }
        const QString n = sizeName(count);
        // PRAGMA quick_check over the whole file, as open() runs it when it
        // is due (StoreRescue::shouldCheck; the file is in the page cache
        // here, as after a recent session).
        {
            QElapsedTimer check;
            check.start();
            const Store::StoreError verdict = Store::StoreRescue::checkFile(path);
            const double checkMs = check.nsecsElapsed() / 1e6;
            if (verdict.isError()) {
                std::fprintf(stderr, "quick_check failed: %s\n", qPrintable(verdict.detail));
                return 1;
            }
            metric(QStringLiteral("store_quick_check_%1_ms").arg(n).toLatin1().constData(), checkMs,
                   "ms");
            metric(QStringLiteral("store_file_%1_mb").arg(n).toLatin1().constData(),
                   QFileInfo(path).size() / 1048576.0, "MB");
        }
        const QByteArray first = QStringLiteral("store_first_rows_%1_ms").arg(n).toLatin1();
        metric(first.constData(), ours.firstMs, "ms");
        metric(QByteArray(first + "_vs_baseline").constData(),
               ours.firstMs / std::max(0.001, raw.firstMs), "x");
        const QByteArray all = QStringLiteral("store_load_all_%1_ms").arg(n).toLatin1();
        metric(all.constData(), ours.allMs, "ms");
        metric(QByteArray(all + "_vs_baseline").constData(),
               ours.allMs / std::max(0.001, raw.allMs), "x");
        const QByteArray rss = QStringLiteral("store_rss_%1_mb").arg(n).toLatin1();
        metric(rss.constData(), ours.rssMb, "MB");
        metric(QByteArray(rss + "_vs_baseline").constData(),
               ours.rssMb / std::max(0.001, raw.rssMb), "x");
    }

    // Apply a pulled batch of 10k changed contacts to the largest store,
    // against plain INSERT OR REPLACE of the same rows.
    const int largest = sizes.last();
    const QString path = dir.filePath(QStringLiteral("store-%1.sqlite").arg(largest));
    QList<Contact> changed;
    for (int i = 0; i < 10000; ++i)
        changed.append(makeContact(1 + (static_cast<qint64>(i) * 7919) % largest, 1));
    double applyMs = 0;
    {
        Store::ContactStore store;
        store.open(path);
        store.editContact(changed.at(5).id,
                          {{Field::first, QStringLiteral("Pending")}}); // one with an edit on top
        QElapsedTimer timer;
        timer.start();
        store.applyServerContacts(changed);
        applyMs = timer.nsecsElapsed() / 1e6;
    }
    double rawMs = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("apply"));
        db.setDatabaseName(path);
        db.open();
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO contacts(id, fields, server, rev, "
                                 "updated, display_name, phone, email)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Contact &c : std::as_const(changed)) {
            const QByteArray json = QByteArray("{\"first\":\"") + c.first.toUtf8() + "\"}";
            q.addBindValue(c.id);
            q.addBindValue(QString::fromUtf8(json));
            q.addBindValue(QString::fromUtf8(json));
            q.addBindValue(c.rev);
            q.addBindValue(c.updated);
            q.addBindValue(c.displayName);
            q.addBindValue(c.phone);
            q.addBindValue(c.email);
            q.exec();
        }
        db.commit();
        rawMs = timer.nsecsElapsed() / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("apply"));
    metric("store_apply_10k_ms", applyMs, "ms");
    metric("store_apply_10k_ms_vs_baseline", applyMs / std::max(0.001, rawMs), "x");

    // What durable local edits cost: 500 edits, each its own transaction
    // with synchronous=FULL (Store::Durable), against the same count of raw
    // one-row transactions with synchronous=NORMAL (the setting before).
    constexpr int edits = 500;
    double editMs = 0;
    {
        Store::ContactStore store;
        store.open(path);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < edits; ++i)
            store.editContact(changed.at(i).id, {{Field::last, QStringLiteral("Edit %1").arg(i)}});
        editMs = timer.nsecsElapsed() / 1e6;
    }
    double normalMs = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("normal"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.prepare(QStringLiteral("UPDATE contacts SET last = ? WHERE id = ?"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < edits; ++i) {
            db.transaction();
            q.addBindValue(QStringLiteral("Raw %1").arg(i));
            q.addBindValue(changed.at(i).id);
            q.exec();
            db.commit();
        }
        normalMs = timer.nsecsElapsed() / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("normal"));
    metric("store_durable_edit_ms", editMs / edits, "ms");
    metric("store_durable_edit_ms_vs_normal_commit", editMs / std::max(0.001, normalMs), "x");
    return 0;
}
