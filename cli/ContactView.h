#pragma once

#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ContactDesk::Cli {

// A contact as the commands print it: `list` and `search` one line (or the
// field map) each; `show`, `add` and `edit` the whole contact, with the
// team's names for its owner, tags and custom fields.
class ContactView final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::ContactView)

public:
    // The name people know it by: the display name, else first and last
    // name, else the phone number or email address.
    static QString name(const QJsonObject &fields);
    // id, display name, phone and email, tab-separated (list and search).
    static QString line(const Store::StoredContact &contact);
    // What a field key is called ("Last name", a custom field's title).
    static QString fieldLabel(const Store::ContactStore &store, const QString &key);

    // The whole contact as an object: its field map's names and values,
    // with owner {id, name}, tags [{id, name}], custom {title: value},
    // status, channels and sync {state, error}.
    static QJsonObject toJson(const Store::ContactStore &store,
                              const Store::StoredContact &contact);
    // The same as lines of text, a label and a value each.
    static QStringList toText(const Store::ContactStore &store,
                              const Store::StoredContact &contact);
    // Prints the contact (as JSON with json).
    static void print(const Store::ContactStore &store, const Store::StoredContact &contact,
                      bool json);
    // Prints contacts as lines, or their field maps with their ids as a
    // JSON array.
    static void printList(const QList<Store::StoredContact> &contacts, bool json);
};

} // namespace ContactDesk::Cli
