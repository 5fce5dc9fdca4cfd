// The contact models at 100k and 1M contacts against the usual Qt way,
// measured in the same run on the same store: QStandardItemModel (one item
// per cell) + QSortFilterProxyModel filtering across all columns.
//
// Figures: first screen of rows after opening the store, all rows loaded,
// peak memory of the whole process, the slowest keystroke while typing a
// search word, sorting by last name and by the Name column, and data() for
// one visible screen.
//
//   bench_models [--full | --contacts N]   (full: 100k and 1M; default 20k)
// Each side runs in a child process of its own (clean memory figures).

#include "bench/BenchData.h"
#include "bench/BenchSupport.h"
#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "store/ContactRows.h"
#include "store/ContactStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <cstdio>

using namespace ContactDesk;
using namespace ContactDesk::Bench;

namespace {

const QStringList typedWord = {QStringLiteral("a"),     QStringLiteral("an"),
                               QStringLiteral("ana"),   QStringLiteral("ana "),
                               QStringLiteral("ana r"), QStringLiteral("ana ri")};
constexpr int screenRows = 40;

struct Figures
{
    double firstScreenMs = 0;
    double loadAllMs = 0;
    double rssMb = 0;
    double keystrokeMs = 0; // the slowest
    double sortMs = 0;
    double dataScreenMs = 0;
    double nameSortMs = 0; // by the Name column
};

double dataScreen(const QAbstractItemModel &model)
{
    QRandomGenerator random(7);
    QElapsedTimer timer;
    qint64 total = 0;
    int screens = 0;
    for (; screens < 50; ++screens) {
        const int top = model.rowCount() > screenRows
                            ? static_cast<int>(random.bounded(model.rowCount() - screenRows))
                            : 0;
        timer.start();
        for (int row = top; row < std::min(model.rowCount(), top + screenRows); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                model.index(row, column).data();
        }
        total += timer.nsecsElapsed();
    }
    return total / 1e6 / screens;
}

Figures runOurs(const QString &path)
{
    Figures f;
    std::fprintf(stderr, "ours: before loading %.1f MB\n", rssPeakMb());
    QElapsedTimer timer;
    timer.start();
    Store::ContactStore store;
    store.open(path);
    Models::ContactTableModel model;
    Models::ContactFilterModel proxy;
    proxy.setSourceModel(&model);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (f.firstScreenMs == 0 && proxy.rowCount() >= screenRows)
            f.firstScreenMs = timer.nsecsElapsed() / 1e6;
    });
    QEventLoop loop;
    QObject::connect(&model, &Models::ContactTableModel::loadingFinished, &loop, &QEventLoop::quit);
    model.setStore(&store);
    loop.exec();
    f.loadAllMs = timer.nsecsElapsed() / 1e6;
    std::fprintf(stderr, "ours: cache %.1f MB (text %.1f, search %.1f), peak so far %.1f MB\n",
                 model.cache().memoryBytes() / 1048576.0, model.cache().textBytes() / 1048576.0,
                 model.cache().searchBytes() / 1048576.0, rssPeakMb());

    timer.restart();
    proxy.sort(Models::ContactTableModel::DisplayName);
    f.nameSortMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    proxy.sort(Models::ContactTableModel::Last);
    f.sortMs = timer.nsecsElapsed() / 1e6;
    for (const QString &text : typedWord) {
        timer.restart();
        proxy.setFilterText(text);
        const double ms = timer.nsecsElapsed() / 1e6;
        std::fprintf(stderr, "ours: \"%s\" %.2f ms, %d rows\n", qPrintable(text), ms,
                     proxy.rowCount());
        f.keystrokeMs = std::max(f.keystrokeMs, ms);
    }
    std::fprintf(stderr, "ours: %d rows match \"ana ri\"\n", proxy.rowCount());
    proxy.setFilterText({});
    f.dataScreenMs = dataScreen(proxy);
    f.rssMb = rssPeakMb();
    return f;
}

Figures runBaseline(const QString &path)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    Store::ContactStore store;
    store.open(path);
    QHash<qint64, QString> tags;
    for (const Tag &tag : store.tags())
        tags.insert(tag.id, tag.name);
    QHash<qint64, QString> members;
    for (const TeamMember &member : store.members())
        members.insert(member.id, member.name);
    QStandardItemModel model;
    model.setColumnCount(Models::ContactTableModel::Count + 2);
    Store::ContactRowReader reader;
    reader.open(path);
    const auto text = [](std::string_view v) {
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    };
    reader.read(std::numeric_limits<qint64>::min(), [&](const Store::ContactRowView &row) {
        QStringList tagNames;
        for (const QByteArray &id :
             QByteArray(row.tags.data(), static_cast<qsizetype>(row.tags.size())).split(','))
            if (!id.isEmpty())
                tagNames.append(tags.value(id.toLongLong()));
        QString plan;
        QString account;
        for (const QByteArray &entry :
             QByteArray(row.custom.data(), static_cast<qsizetype>(row.custom.size()))
                 .split('\x1e')) {
            const QList<QByteArray> kv = entry.split('\x1f');
            if (kv.size() == 2 && kv.at(0) == "12")
                plan = QString::fromUtf8(kv.at(1));
            else if (kv.size() == 2 && kv.at(0) == "19")
                account = QString::fromUtf8(kv.at(1));
        }
        const QList<QStandardItem *> items = {
            new QStandardItem(text(row.displayName)),
            new QStandardItem(text(row.first)),
            new QStandardItem(text(row.last)),
            new QStandardItem(text(row.phone)),
            new QStandardItem(text(row.email)),
            new QStandardItem(tagNames.join(QStringLiteral(", "))),
            new QStandardItem(members.value(row.owner.value_or(0), QStringLiteral("Unassigned"))),
            new QStandardItem(row.optedOut ? QStringLiteral("Opted out")
                                           : QStringLiteral("Active")),
            new QStandardItem(QString::number(row.updated)),
            new QStandardItem(QStringLiteral("Synced")),
            new QStandardItem(plan),
            new QStandardItem(account)};
        model.appendRow(items);
        return true;
    });
    QSortFilterProxyModel proxy;
    proxy.setFilterKeyColumn(-1); // across all columns
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortLocaleAware(true);
    proxy.setSourceModel(&model);
    f.firstScreenMs = timer.nsecsElapsed() / 1e6; // nothing shows before the whole model exists
    f.loadAllMs = f.firstScreenMs;
    timer.restart();
    proxy.sort(Models::ContactTableModel::DisplayName);
    f.nameSortMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    proxy.sort(Models::ContactTableModel::Last);
    f.sortMs = timer.nsecsElapsed() / 1e6;
    for (const QString &word : typedWord) {
        timer.restart();
        proxy.setFilterFixedString(word);
        f.keystrokeMs = std::max(f.keystrokeMs, timer.nsecsElapsed() / 1e6);
    }
    std::fprintf(stderr, "baseline: %d rows match \"ana ri\"\n", proxy.rowCount());
    proxy.setFilterFixedString({});
    f.dataScreenMs = dataScreen(proxy);
    f.rssMb = rssPeakMb();
    return f;
}

std::optional<Figures> runChild(const QString &side, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), side, path});
    if (!child.waitForFinished(60 * 60 * 1000) || child.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> p = child.readAllStandardOutput().trimmed().split(' ');
    if (p.size() != 7)
        return std::nullopt;
    return Figures{p[0].toDouble(), p[1].toDouble(), p[2].toDouble(), p[3].toDouble(),
                   p[4].toDouble(), p[5].toDouble(), p[6].toDouble()};
}

void report(const QString &name, double ours, double baseline, const char *unit)
{
    const QByteArray key = name.toLatin1();
    metric(key.constData(), ours, unit);
    if (baseline > 0)
        metric(QByteArray(key + "_vs_baseline").constData(), ours / baseline, "x");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--generate")) {
        generateStore(args.at(3), args.at(2).toInt()); // for profiling one side alone
        return 0;
    }
    if (args.size() == 4 && args.at(1) == QLatin1String("--child")) {
        const Figures f =
            args.at(2) == QLatin1String("ours") ? runOurs(args.at(3)) : runBaseline(args.at(3));
        std::printf("%f %f %f %f %f %f %f\n", f.firstScreenMs, f.loadAllMs, f.rssMb, f.keystrokeMs,
                    f.sortMs, f.dataScreenMs, f.nameSortMs);
        return 0;
    }
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
        const QString path = dir.filePath(QStringLiteral("models-%1.sqlite").arg(count));
        generateStore(path, count);
        const auto ours = runChild(QStringLiteral("ours"), path);
        const auto baseline = runChild(QStringLiteral("baseline"), path);
        if (!ours || !baseline) {
            std::fprintf(stderr, "a measurement failed\n");
            return 1;
        }
        const QString n =
            count >= 1000000 ? QStringLiteral("1m") : QStringLiteral("%1k").arg(count / 1000);
        std::printf("%d contacts: ours / QStandardItemModel+QSortFilterProxyModel\n", count);
        report(QStringLiteral("model_first_screen_%1_ms").arg(n), ours->firstScreenMs,
               baseline->firstScreenMs, "ms");
        report(QStringLiteral("model_load_all_%1_ms").arg(n), ours->loadAllMs, baseline->loadAllMs,
               "ms");
        report(QStringLiteral("model_rss_%1_mb").arg(n), ours->rssMb, baseline->rssMb, "MB");
        report(QStringLiteral("model_search_keystroke_%1_ms").arg(n), ours->keystrokeMs,
               baseline->keystrokeMs, "ms");
        report(QStringLiteral("model_sort_%1_ms").arg(n), ours->sortMs, baseline->sortMs, "ms");
        report(QStringLiteral("model_sort_name_%1_ms").arg(n), ours->nameSortMs,
               baseline->nameSortMs, "ms");
        report(QStringLiteral("model_data_screen_%1_ms").arg(n), ours->dataScreenMs,
               baseline->dataScreenMs, "ms");
    }
    return 0;
}
