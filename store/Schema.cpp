#include "store/Schema.h"

#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "store/MessageOutbox.h"
#include "store/StoreBinding.h"
#include "store/StoreSql.h"

#include <algorithm>

namespace ContactDesk::Store::Schema {

namespace {

QList<Step> collect()
{
    QList<Step> all = ContactStore::schemaSteps();
    all += ImportJournal::schemaSteps();
    all += MessageOutbox::schemaSteps();
    all += StoreBinding::schemaSteps();
    std::sort(all.begin(), all.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < all.size(); ++i)
        Q_ASSERT_X(all.at(i).version == i + 1, "Schema::steps",
                   "schema steps must be numbered 1, 2, 3, … without gaps or repeats");
    return all;
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all = collect();
    return all;
}

int latest()
{
    return int(steps().size());
}

int versionOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'schema_version'")))
        return -1;
    if (!q.next())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

StoreError migrate(const QSqlDatabase &db, int target)
{
    using namespace Sql;
    target = std::clamp(target, 0, latest());
    try {
        // A file from a newer build is refused before anything in it changes.
        int version = versionOf(db);
        if (version < 0) // unreadable: say why
            execute(db, QStringLiteral("SELECT name FROM sqlite_master LIMIT 1"));
        if (version > latest())
            return StoreError::of(
                StoreError::Kind::NewerVersion, db.databaseName(),
                QStringLiteral("schema %1; this build reads up to %2").arg(version).arg(latest()));
        // A page cache of up to 64 MiB (SQLite's default is 2 MiB): a first
        // pull writes 200,000 contacts in random id order through the
        // table and its covering index, and with 2 MiB most page visits
        // were reads and spills (bench_startup).
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536"})
            execute(db, QLatin1String(pragma));
        execute(db, QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        version = std::max(version, 0);
        while (version < target) {
            execute(db, QStringLiteral("BEGIN IMMEDIATE"));
            try {
                // Read again under the write lock: another program opening
                // the same new file may have taken this step already.
                version = versionOf(db);
                if (version < 0 || version >= target) {
                    execute(db, QStringLiteral("COMMIT"));
                    break;
                }
                const Step &step = steps().at(version);
                for (const QString &statement : step.statements)
                    execute(db, statement);
                if (step.after)
                    step.after(db);
                execute(db, QStringLiteral("DELETE FROM schema_version"));
                QSqlQuery set =
                    prepared(db, QStringLiteral("INSERT INTO schema_version(version) VALUES (?)"));
                set.addBindValue(step.version);
                run(set);
                execute(db, QStringLiteral("COMMIT"));
            } catch (const Failure &) {
                QSqlQuery rollback(db);
                rollback.exec(QStringLiteral("ROLLBACK"));
                throw;
            }
            ++version;
        }
    } catch (const Failure &failure) {
        StoreError error = failure.error;
        error.path = db.databaseName();
        return error;
    }
    return {};
}

} // namespace ContactDesk::Store::Schema
