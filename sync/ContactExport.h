#pragma once

#include "store/ContactStore.h"

#include <QIODevice>

namespace ContactDesk::Sync::ContactExport {

// Contacts as CSV in the columns of Heymarket's importer, so an export
// imports back unchanged: First Name, Last Name, Display Name, Phone Number,
// Email, Opt Out (yes/no; empty when the store does not know it: the
// strict reading's contacts carry no is_opted_out), Owner (the member's name), List (tag names
// joined by ";"), one column per custom field (by title), then Other Phone and Email Address for a
// further phone and email channel.
QStringList header(const Store::ContactStore &store);

// Writes the contacts with these ids (all of them when ids is empty) in
// that order; returns how many, or -1 with error set.
//
// forExcel ("For Excel" in the window, --bom in the CLI): a UTF-8 byte
// order mark, and formula-safe cells (Csv::Formulas::Neutralised, OWASP): a
// value starting with = + - @ TAB or CR is written quoted with a single
// quote in front ("'=HYPERLINK(…)"); phones too ("'+14155550101"), so Excel
// shows them as text, as written, instead of a number. Without it, cells are
// written as they are (for Heymarket's importer and other programs). Either
// file imports back unchanged: the importer takes the quote away again.
qint64 write(const Store::ContactStore &store, const QList<qint64> &ids, QIODevice *device,
             bool forExcel, QString *error);

// The same contacts as vCard 3.0 (VCard::Writer): FN, N, the phone first
// then the further phone channels, the email then the further ones, tags
// as CATEGORIES, and ORG and NOTE from the custom fields a vCard's
// Organization and Note import into (Import::guessMapping); the owner's
// name, the opt-out and the other custom fields (by title) in ContactDesk's
// X-CONTACTDESK- properties (VCard::Reader reads them back as the Owner,
// Opt Out and titled columns), so the file holds what the CSV export does
// and imports back with nothing to change.
qint64 writeVCard(const Store::ContactStore &store, const QList<qint64> &ids, QIODevice *device,
                  QString *error);

// Whether a file of this name is written as vCard (.vcf, .vcard) rather than CSV.
bool isVCardName(const QString &path);

} // namespace ContactDesk::Sync::ContactExport
