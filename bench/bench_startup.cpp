// The start of a big team on the embedded workspace, through the app's own
// composition root (App::AppContext over Sync::Workspace, the real window):
// how long until the window shows (the first start, and the next one with
// the team stored), and how long the first sync of N contacts takes (the
// sandbox seeding its demo team, then the pull), and how long the window's
// event loop stalls at most meanwhile.
//
// Baselines, measured in the same run:
// - the window: starting the embedded sandbox the way that stood before the
//   window until #18, waited for (SandboxHost::start seeds a fresh data file
//   before it returns);
// - the pull: the same contacts walked over plain HTTP (30 a page, no typed
//   values, no store) from that seeded sandbox, with no rate limit: what
//   the wire and the sandbox alone cost.
//
//   bench_startup [--full | --contacts N]     (full: 200,000 contacts)

#include "app/AppContext.h"
#include "bench/BenchSupport.h"
#include "sandbox/SandboxHost.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace ContactDesk;
using namespace ContactDesk::Bench;

namespace {

// The app on the bench's profile, as `contactdesk --sandbox-contacts N` starts it.
App::AppContext::Config appConfig(const QTemporaryDir &dir, int contacts)
{
    App::AppContext::Config config;
    config.profile = Store::Profile::inDirectory(dir.filePath(QStringLiteral("app")));
    config.sandboxContacts = contacts;
    return config;
}

// Shows the window and returns once it is on the screen and painted.
void showAndPaint(Views::MainWindow *window)
{
    window->show();
    while (!window->windowHandle() || !window->windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    QCoreApplication::processEvents(); // the first paint
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_startup"));
    const int contacts = sizeFromArguments(2000, 200000);
    if (contacts < 0)
        return 2;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    double windowMs = 0;
    double seedS = -1;
    double connectedS = 0;
    double firstSyncS = 0;
    qint64 maxStallMs = 0;
    {
        QElapsedTimer clock;
        clock.start();
        App::AppContext context(appConfig(dir, contacts));
        if (const QString problem = context.start(); !problem.isEmpty()) {
            std::fprintf(stderr, "the app did not start: %s\n", qPrintable(problem));
            return 1;
        }
        Views::MainWindow *window = context.mainWindow();
        showAndPaint(window);
        windowMs = clock.nsecsElapsed() / 1e6;

        QObject::connect(&context.workspace(), &Sync::Workspace::preparing, &context,
                         [&](int seeded, int total) {
                             if (seeded == total)
                                 seedS = clock.nsecsElapsed() / 1e9;
                         });
        QObject::connect(&context.workspace(), &Sync::Workspace::connected, &context,
                         [&] { connectedS = clock.nsecsElapsed() / 1e9; });
        // The window's responsiveness: the longest gap between two ticks of
        // a 10 ms timer while the team is seeded and pulled.
        QElapsedTimer gap;
        gap.start();
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, &context,
                         [&] { maxStallMs = std::max(maxStallMs, gap.restart() - 10); });
        tick.start();
        QEventLoop loop;
        bool failed = false;
        QObject::connect(&context, &App::AppContext::synced, &loop, [&] {
            Store::ContactStore *store = context.workspace().store();
            if (store && store->contactCount() >= contacts) {
                loop.quit();
            } else if (!context.workspace().isConnected()) {
                failed = true;
                loop.quit();
            }
        });
        QTimer::singleShot(30 * 60 * 1000, &loop, [&] {
            failed = true;
            loop.quit();
        });
        loop.exec();
        firstSyncS = clock.nsecsElapsed() / 1e9;
        if (failed || !context.workspace().store()) {
            std::fprintf(stderr, "the first sync did not finish\n");
            return 1;
        }
        std::printf("window shown after %.0f ms; demo team of %d seeded after %.2f s, connected "
                    "after %.2f s; first sync done after %.2f s (%lld contacts in the store)\n",
                    windowMs, contacts, seedS, connectedS, firstSyncS,
                    static_cast<long long>(context.workspace().store()->contactCount()));
    }

    // The next start on that profile: the team is in the store (the table
    // loads it on its own thread) and the sandbox's data file is seeded.
    double againMs = 0;
    {
        QElapsedTimer clock;
        clock.start();
        App::AppContext context(appConfig(dir, contacts));
        if (const QString problem = context.start(); !problem.isEmpty()) {
            std::fprintf(stderr, "the app did not start again: %s\n", qPrintable(problem));
            return 1;
        }
        showAndPaint(context.mainWindow());
        againMs = clock.nsecsElapsed() / 1e6;
        std::printf("the next start: window shown after %.0f ms\n", againMs);
    }

    // Baselines: the start that stood before the window, and the raw walk.
    Sandbox::Options options;
    options.dataFile = dir.filePath(QStringLiteral("baseline.sqlite"));
    options.apiKeys = {QStringLiteral("bench-key")};
    options.rateLimitPerMinute = 0;
    options.seedContacts = contacts;
    Sandbox::SandboxHost host;
    QElapsedTimer blocking;
    blocking.start();
    if (!host.start(options)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    const double blockingMs = blocking.nsecsElapsed() / 1e6;
    QNetworkAccessManager network;
    const RawWalk raw = walkRaw(network, host.baseUrl(), "Bearer bench-key");
    if (!raw.ok || raw.contacts != contacts) {
        std::fprintf(stderr, "baseline walk failed\n");
        return 1;
    }
    std::printf("baseline: the waited-for sandbox start %.0f ms; raw walk %d requests (%.2f s); at "
                "Heymarket's 500 requests a minute the pull alone would take %.1f min\n",
                blockingMs, raw.requests, raw.seconds, raw.requests / 500.0);

    const double pullS = firstSyncS - connectedS;
    metric("startup_window_shown_ms", windowMs, "ms");
    metric("startup_window_shown_ms_vs_baseline", windowMs / blockingMs, "x");
    metric("startup_window_shown_again_ms", againMs, "ms");
    metric("startup_seed_s", seedS, "s");
    metric("startup_first_sync_s", firstSyncS, "s");
    metric("startup_pull_s", pullS, "s");
    metric("startup_pull_s_vs_baseline", pullS / raw.seconds, "x");
    metric("startup_max_stall_ms", static_cast<double>(maxStallMs), "ms");
    return 0;
}
