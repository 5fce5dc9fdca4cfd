#pragma once

#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "tests/common/SyncedTeam.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QDebug>
#include <QTest>

#include <memory>

namespace ContactDesk::Tests {

// The real main window over a synced team (SyncedTeam), its models wired
// as AppContext wires them, shown and active (the keys go to it).
struct TeamWindow
{
    Tests::SyncedTeam team;
    std::unique_ptr<Models::ContactTableModel> contacts;
    std::unique_ptr<Models::ContactFilterModel> filtered;
    std::unique_ptr<Views::MainWindow> window;

    // Empty on success, else what failed.
    QString start(const QTemporaryDir &dir, int seed, Sandbox::Options options = {})
    {
        // The test reads the server with the app's key; its reads must not
        // eat the app's 500 requests a minute.
        options.rateLimitPerMinute = 100000;
        // Nor may the app's own budget: a bulk edit of a hundred contacts,
        // its undo and what follows are more than 500 requests, and the
        // rest would wait a minute (the budget has tests of its own,
        // tests/api/tst_api_scheduler).
        team.clientLimits = Api::RequestScheduler::Limits{0, 4};
        if (options.dataFile.isEmpty())
            options.dataFile =
                dir.filePath(QStringLiteral("server-%1.sqlite")
                                 .arg(QString::fromLatin1(QTest::currentTestFunction())));
        if (const QString problem = team.startForTest(dir, seed, options); !problem.isEmpty())
            return problem;
        contacts = std::make_unique<Models::ContactTableModel>();
        filtered = std::make_unique<Models::ContactFilterModel>();
        filtered->setSourceModel(contacts.get());
        new QAbstractItemModelTester(
            filtered.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, filtered.get());
        contacts->setStore(team.store);
        window = std::make_unique<Views::MainWindow>();
        window->setContacts(filtered.get());
        window->setStore(team.store);
        window->setSyncEngine(team.engine);
        window->setContactCount(team.store->contactCount()); // as AppContext does
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return QStringLiteral("the window did not become active");
        if (!QTest::qWaitFor([this, seed] { return filtered->rowCount() == seed; }, 30000))
            return QStringLiteral("the window lists %1 of %2 contacts")
                .arg(filtered->rowCount())
                .arg(seed);
        return {};
    }

    // The window's child called `name` (a warning when there is none).
    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = window ? window->findChild<T *>(name) : nullptr;
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }

    void reset()
    {
        window.reset();
        filtered.reset();
        contacts.reset();
        team.reset();
    }
};

} // namespace ContactDesk::Tests
