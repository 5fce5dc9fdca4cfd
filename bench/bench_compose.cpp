// Composing to a whole filtered view: reading the recipients of every
// contact from the store (Sync::recipientsFor) and the preflight that
// renders the message for each and counts its SMS segments
// (Compose::preflight), at 100k recipients.
//
// Baselines, measured in the same run on the same store: reading every
// contact with ContactStore::forEachContact (the floor for getting them out
// of the file), and rendering the same text by QString::replace of each
// token per recipient (the obvious way), without the preflight's checks.
//
//   bench_compose [--full | --contacts N]   (full: 100k; default 2k)

#include "bench/BenchData.h"
#include "bench/BenchSupport.h"
#include "core/Compose.h"
#include "store/ContactStore.h"
#include "sync/MessageSender.h"
#include "sync/Recipients.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ContactDesk;
using namespace ContactDesk::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = sizeFromArguments(2000, 100000);
    if (count < 0)
        return 2;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compose.sqlite"));
    generateStore(path, count);
    Store::ContactStore store;
    if (store.open(path).isError())
        return 1;
    QList<qint64> ids;
    store.forEachContact([&ids](const Store::StoredContact &c) {
        ids.append(c.id);
        return true;
    });
    const QString label =
        count >= 1000 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);

    QElapsedTimer timer;
    timer.start();
    qint64 read = 0;
    store.forEachContact([&read](const Store::StoredContact &c) {
        read += c.fields.size();
        return true;
    });
    const double baselineRead = timer.nsecsElapsed() / 1e6;

    timer.restart();
    const QList<Compose::Recipient> recipients = Sync::recipientsFor(store, ids);
    const double recipientsMs = timer.nsecsElapsed() / 1e6;
    if (recipients.size() != ids.size()) {
        std::fprintf(stderr, "recipientsFor returned %lld of %lld\n",
                     static_cast<long long>(recipients.size()), static_cast<long long>(ids.size()));
        return 1;
    }

    const QString text = QStringLiteral("Hi {{first_name}} {{last_name}}, your {{plan}} plan "
                                        "renews soon — reply STOP to opt out.");
    timer.restart();
    const Compose::Preflight preflight = Compose::preflight(recipients, text, Compose::Medium::Sms);
    const double preflightMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    qint64 rendered = 0;
    for (const Compose::Recipient &r : recipients) {
        QString out = text;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            out.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value(), Qt::CaseInsensitive);
        rendered += out.size();
    }
    const double baselineRender = timer.nsecsElapsed() / 1e6;

    std::printf("%lld recipients, %d sending, %d excluded, longest %d segment(s) (%lld/%lld)\n",
                static_cast<long long>(recipients.size()), preflight.sending, preflight.excluded,
                preflight.longest.segments, static_cast<long long>(read),
                static_cast<long long>(rendered));
    const QByteArray recipientsName =
        QStringLiteral("compose_recipients_%1_ms").arg(label).toUtf8();
    const QByteArray preflightName = QStringLiteral("compose_preflight_%1_ms").arg(label).toUtf8();
    metric(recipientsName.constData(), recipientsMs, "ms");
    metric(QByteArray(recipientsName + "_vs_baseline").constData(), recipientsMs / baselineRead,
           "x");
    metric(preflightName.constData(), preflightMs, "ms");
    metric(QByteArray(preflightName + "_vs_baseline").constData(), preflightMs / baselineRender,
           "x");
    return 0;
}
