#pragma once

#include "models/ContactFilterModel.h"
#include "models/ContactTableModel.h"
#include "store/ContactStore.h"
#include "views/MainWindow.h"

#include <QTest>

#include <memory>

namespace ContactDesk::Tests {

// The main window showing a store's contacts as the app wires it: the table
// model, the filter model over it, the window. For tests linking
// ContactDesk::views.
struct ShownContacts
{
    std::unique_ptr<Models::ContactTableModel> contacts;
    std::unique_ptr<Models::ContactFilterModel> filtered;
    std::unique_ptr<Views::MainWindow> window;

    // Builds the window on `store`; the caller gives it what else it needs,
    // then show().
    Views::MainWindow *open(Store::ContactStore *store)
    {
        contacts = std::make_unique<Models::ContactTableModel>();
        filtered = std::make_unique<Models::ContactFilterModel>();
        filtered->setSourceModel(contacts.get());
        contacts->setStore(store);
        window = std::make_unique<Views::MainWindow>();
        window->setContacts(filtered.get());
        window->setStore(store);
        return window.get();
    }

    bool show()
    {
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void reset()
    {
        window.reset();
        filtered.reset();
        contacts.reset();
    }
};

} // namespace ContactDesk::Tests
