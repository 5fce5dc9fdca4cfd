#pragma once

#include "store/ContactStore.h"

#include <QIODevice>

namespace ContactDesk::Sync::ContactExport {

// Contacts as CSV in the columns of Heymarket's importer, so an export
// imports back unchanged: First Name, Last Name, Display Name, Phone Number,
// Email, Opt Out (yes/no), Owner (the member's name), List (tag names joined
// by ";"), one column per custom field (by title), then Other Phone and
// Email Address for a further phone and email channel.
QStringList header(const Store::ContactStore &store);

// Writes the contacts with these ids (all of them when ids is empty) in
// that order; returns how many, or -1 with error set.
qint64 write(const Store::ContactStore &store, const QList<qint64> &ids, QIODevice *device,
             bool byteOrderMark, QString *error);

} // namespace ContactDesk::Sync::ContactExport
