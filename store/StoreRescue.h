#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ContactDesk::Store {

// What a rescue of a damaged store file did (see StoreRescue).
struct RescueReport
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Store::RescueReport)

public:
    QString damagedPath;     // where the damaged file is now (with its -wal, -shm, .unsaved)
    QString reason;          // what SQLite said about it: for the log
    int editsCarried = 0;    // local edits (outbox rows) carried into the new file
    int messagesCarried = 0; // unsent messages (message_out rows) carried over
    int unreadable = 0;      // rows known to be waiting that could not be read
    // A table could not be listed to its end (or the file is no database
    // at all): rows beyond what was read may be missing from the count.
    bool incomplete = false;
    QList<qint64> contacts; // the contacts whose edits were carried (their views are recomputed)

    bool happened() const { return !damagedPath.isEmpty(); }
    // One sentence for people: what happened, what was kept, what was not.
    QString describe() const;
};

// A store file that cannot be read as a database (it fails PRAGMA
// quick_check, is not a database, is truncated) is never deleted: it is
// moved aside under a new name with its companions, a fresh file takes its
// place and is rebuilt by the first sync, and what was waiting to go to the
// server (the local edits in `outbox`, the messages in `message_out` not yet
// sent, and the file's binding) is read from the damaged file, read-only and
// row by row, skipping what cannot be read, and carried into the fresh one
// with its order, base and ids. ContactStore::open() runs it
// (store/README.md, "A damaged file").
class StoreRescue final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Store::StoreRescue)

public:
    // Whether open() runs quick_check on this file now: after a failure
    // that said "damaged" (markForCheck), after a session that did not close
    // it (its -wal is left), and always for a file small enough for the
    // check to cost little (store/README.md argues the threshold).
    static bool shouldCheck(const QString &path);
    static constexpr qint64 alwaysCheckBelowBytes = 64LL * 1024 * 1024;
    // Asks for a check at the next open (a read or write said the file is damaged).
    static void markForCheck(const QString &path);
    static void clearCheckMark(const QString &path);
    // PRAGMA quick_check: no error when the file is sound; Kind::Corrupt
    // with SQLite's first complaint otherwise.
    static StoreError quickCheck(const QSqlDatabase &db);
    // The same on a read-only connection of its own, before the store's
    // opens the file: a damaged file's WAL is neither recovered nor
    // checkpointed into it, so what is moved aside is what was there.
    static StoreError checkFile(const QString &path);
    // Renames the closed file and its -wal, -shm and .unsaved to
    // `<file>.damaged-<yyyyMMdd-HHmmss>` (-wal, -shm, .unsaved after that):
    // the new name, or empty when the file could not be moved (then nothing
    // was).
    static QString moveAside(const QString &path);
    // Carries what can be read from the damaged file into `fresh` (a new,
    // migrated store file at `freshPath`); the edits kept in the damaged
    // file's .unsaved are put back beside the fresh one (ContactStore::open
    // writes them). Never changes the damaged file.
    static RescueReport carry(const QString &damagedPath, const QSqlDatabase &fresh,
                              const QString &freshPath);
};

} // namespace ContactDesk::Store
