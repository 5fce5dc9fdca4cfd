#pragma once

#include "store/ContactStore.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// The store layer's own helpers, for the classes that keep tables in the
// store's file (ContactStore, ImportJournal, MessageOutbox). Inside the
// layer a failing statement throws Sql::Failure; every public method
// catches it at its boundary with Sql::guard, which reports it through the
// ContactStore and returns the method's "nothing" value. No exception
// leaves the store layer.
namespace ContactDesk::Store::Sql {

struct Failure
{
    StoreError error;
};

inline QString pathOf(const QSqlDatabase &db)
{
    return db.databaseName();
}

[[noreturn]] inline void fail(const QSqlError &error, const QSqlDatabase &db)
{
    throw Failure{StoreError::fromSql(error, pathOf(db))};
}

inline QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query.lastError(), db);
    return query;
}

// (The store fills in its file's path when it reports the failure.)
inline void run(QSqlQuery &query)
{
    if (!query.exec())
        throw Failure{StoreError::fromSql(query.lastError(), {})};
}

// Runs a statement with no parameters.
inline void execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), db);
}

// The scope of a write that must survive a power loss once it returns: a
// local edit, and every mark made before a request (an outbox entry sent, a
// message sending, import rows sent). It runs with synchronous=FULL (the
// WAL is synced at each commit); every other write keeps NORMAL: what the
// server said, which the next pull brings again, may be lost back to the
// last checkpoint on a power loss (never on a crash of the program). Made
// outside any transaction (SQLite applies the setting to the next commit).
class Durable
{
public:
    explicit Durable(const ContactStore &store)
        : m_db(store.database())
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    ~Durable() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); }
    Durable(const Durable &) = delete;
    Durable &operator=(const Durable &) = delete;

private:
    QSqlDatabase m_db;
};

// One write transaction, rolled back unless committed. It begins
// IMMEDIATE: the write lock is taken at the start (waiting up to the busy
// timeout), so a transaction that reads first never fails half-way when
// another program writes.
class Transaction
{
public:
    explicit Transaction(const ContactStore &store)
        : m_store(store)
        , m_db(store.database())
    {
        // A statement still holding an old read snapshot would make the
        // write lock fail at once (SQLITE_BUSY_SNAPSHOT) once another
        // program has written: release them first.
        m_store.releaseStatements();
        execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (!m_done) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit()
    {
        execute(m_db, QStringLiteral("COMMIT"));
        m_done = true;
        m_store.noteWritten();
    }

private:
    const ContactStore &m_store;
    QSqlDatabase m_db;
    bool m_done = false;
};

// The boundary of a public method: runs work, and on a failure reports it
// (ContactStore::lastError(), failed()) and returns fallback.
// Statements are released on the way out, so no read snapshot outlives the
// call (another program's writes are seen by the next one).
template<typename T, typename Work>
T guard(const ContactStore &store, T fallback, Work &&work)
{
    try {
        T result = work();
        store.releaseStatements();
        return result;
    } catch (const Failure &failure) {
        store.releaseStatements();
        store.reportFailure(failure.error);
        return fallback;
    }
}

// For work that returns nothing: true when it went through.
template<typename Work>
bool guardVoid(const ContactStore &store, Work &&work)
{
    return guard(store, false, [&work] {
        work();
        return true;
    });
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace ContactDesk::Store::Sql
