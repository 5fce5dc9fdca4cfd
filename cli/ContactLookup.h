#pragma once

#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace ContactDesk::Cli {

// Finding contacts in the local copy: the ones a search matches (list,
// search, export, send --search).
class ContactLookup final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ContactLookup)

public:
    // The contacts matching a search box query, the same way the window's
    // search box matches (all of them for an empty one), that carry every
    // tag named; empty with problem set for a tag the team does not have.
    static QList<Store::StoredContact> matching(const Store::ContactStore &store,
                                                const QString &text, const QStringList &tagNames,
                                                QString *problem);
};

} // namespace ContactDesk::Cli
