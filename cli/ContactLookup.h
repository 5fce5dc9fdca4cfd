#pragma once

#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ContactDesk::Cli {

class Session;

// Finding contacts in the local copy: the ones a search matches (list,
// search, export, send --search), and the one a CONTACT argument names
// (show, edit, rm).
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

    // The contact CONTACT names: its v1 id (digits), its v2 UUID (looked
    // up on the server when the local copy does not know it), its email
    // address (anything with an '@'), or its phone number in any form
    // people type (normalised with the profile's default region). Every
    // reading that fits is tried. Prints why and sets exit (1, or 3 when
    // the server could not be asked) when it names no contact or several.
    static std::optional<Store::StoredContact> one(Session &session, const QString &text,
                                                   int *exit);
};

} // namespace ContactDesk::Cli
