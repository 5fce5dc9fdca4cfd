#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QSqlError;

namespace ContactDesk::Store {

// What went wrong with the local database, as a value. The store layer's
// error policy (docs/ARCHITECTURE.md, "Errors"): no store method throws; a
// failed write leaves the database as it was, a failed read returns
// nothing, and either way the store reports a StoreError (lastError() and
// the failed() signal). Engines turn it into status, views show describe().
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Store::StoreError)

public:
    enum class Kind
    {
        None,
        DiskFull,     // no space left (or the file reached its size limit)
        ReadOnly,     // the file, its folder or the connection cannot be written
        Busy,         // another program holds the database longer than we wait
        Corrupt,      // the file is damaged or is not a database
        NewerVersion, // written by a newer ContactDesk
        CannotOpen,   // the file or its folder cannot be opened at all
        Io,           // the system refused to read or write it (disk, permissions)
        Other
    };

    Kind kind = Kind::None;
    QString path;   // the database file
    QString detail; // SQLite's own words: for the log, never for a dialog

    bool isError() const { return kind != Kind::None; }
    // One sentence for people: what happened and what to do.
    QString describe() const;

    // Classifies what the SQLite driver reported.
    static StoreError fromSql(const QSqlError &error, const QString &path);
    // Classifies an SQLite result code (sqlite3_errcode) and its message.
    static StoreError fromCode(int code, const QString &detail, const QString &path);
    static StoreError of(Kind kind, const QString &path, const QString &detail = {});

    friend bool operator==(const StoreError &a, const StoreError &b)
    {
        return a.kind == b.kind && a.path == b.path && a.detail == b.detail;
    }
};

} // namespace ContactDesk::Store

Q_DECLARE_METATYPE(ContactDesk::Store::StoreError)
