#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// The store file's schema: numbered steps, each taking it from version - 1
// to version in one transaction. Every feature that keeps tables in the
// file declares its own steps next to its code (ContactStore::schemaSteps,
// ImportJournal::schemaSteps, MessageOutbox::schemaSteps); this joins them.
namespace ContactDesk::Store::Schema {

struct Step
{
    int version = 0;
    QString feature; // which part of the store owns the change
    QStringList statements;
    // Runs after the statements, in the same transaction: data the
    // statements alone cannot move. Throws Sql::Failure.
    std::function<void(const QSqlDatabase &)> after;
};

// Every feature's steps, in version order (1, 2, … without gaps).
const QList<Step> &steps();
int latest();
// Brings an open database to `target` (default: the latest), setting the
// connection's pragmas first. A file newer than this build is refused
// (Kind::NewerVersion); nothing is changed then.
StoreError migrate(const QSqlDatabase &db, int target = latest());
// The version the file is at (0 for a new file), or -1 when it cannot be read.
int versionOf(const QSqlDatabase &db);

} // namespace ContactDesk::Store::Schema
