#pragma once

#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace ContactDesk::Cli {

// Contacts as the commands print them: `list` and `search` one line (or the
// field map) each.
class ContactView final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ContactView)

public:
    // id, display name, phone and email, tab-separated (list and search).
    static QString line(const Store::StoredContact &contact);
    // Prints contacts as lines, or their field maps with their ids as a
    // JSON array.
    static void printList(const QList<Store::StoredContact> &contacts, bool json);
};

} // namespace ContactDesk::Cli
