#pragma once

#include "store/ContactStore.h"
#include "sync/SyncEngine.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QTest>

namespace ContactDesk::Tests {

// Runs the event loop until the engine is idle with nothing left in the
// outbox; false (and a warning saying what is left) after timeoutMs.
inline bool waitUntilSettled(const Sync::SyncEngine &engine, const Store::ContactStore &store,
                             int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(20);
        if (engine.isIdle() && store.pendingCount() == 0)
            return true;
    }
    qWarning() << "not settled: pending" << store.pendingCount() << engine.status().lastError;
    return false;
}

} // namespace ContactDesk::Tests
