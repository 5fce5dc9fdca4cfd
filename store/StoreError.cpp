#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace ContactDesk::Store {

namespace {

// SQLite's primary result codes (sqlite3.h), as the Qt driver reports them
// in QSqlError::nativeErrorCode().
enum SqliteCode
{
    Perm = 3,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26
};

StoreError::Kind kindOfCode(int code)
{
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return StoreError::Kind::Busy;
    case Perm:
    case ReadOnly:
        return StoreError::Kind::ReadOnly;
    case Corrupt:
    case NotADatabase:
        return StoreError::Kind::Corrupt;
    case Full:
        return StoreError::Kind::DiskFull;
    case IoError:
        return StoreError::Kind::Io;
    case CantOpen:
        return StoreError::Kind::CannotOpen;
    default:
        return StoreError::Kind::Other;
    }
}

// When the driver gives no code (some failures of prepare or open), the
// text is all there is.
StoreError::Kind kindOfText(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("disk is full")) || t.contains(QLatin1String("database or disk")))
        return StoreError::Kind::DiskFull;
    if (t.contains(QLatin1String("readonly")) || t.contains(QLatin1String("read-only")))
        return StoreError::Kind::ReadOnly;
    if (t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy")))
        return StoreError::Kind::Busy;
    if (t.contains(QLatin1String("malformed")) || t.contains(QLatin1String("not a database")))
        return StoreError::Kind::Corrupt;
    if (t.contains(QLatin1String("unable to open")))
        return StoreError::Kind::CannotOpen;
    return StoreError::Kind::Other;
}

} // namespace

StoreError StoreError::fromSql(const QSqlError &error, const QString &path)
{
    StoreError e;
    e.path = path;
    e.detail = error.text();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    e.kind = numeric ? kindOfCode(code) : Kind::Other;
    if (e.kind == Kind::Other)
        e.kind = kindOfText(e.detail);
    return e;
}

StoreError StoreError::fromCode(int code, const QString &detail, const QString &path)
{
    StoreError e;
    e.path = path;
    e.detail = detail;
    e.kind = kindOfCode(code);
    if (e.kind == Kind::Other)
        e.kind = kindOfText(detail);
    return e;
}

StoreError StoreError::of(Kind kind, const QString &path, const QString &detail)
{
    StoreError e;
    e.kind = kind;
    e.path = path;
    e.detail = detail;
    return e;
}

QString StoreError::describe() const
{
    const QString file = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        return tr("The disk that holds your contacts is full. Free some space on the disk of %1; "
                  "ContactDesk keeps your changes and saves them as soon as it can.")
            .arg(folder);
    case Kind::ReadOnly:
        return tr("The local copy of your contacts (%1) cannot be written: the file or its "
                  "folder is read-only. Make it writable; ContactDesk keeps your changes and "
                  "saves them as soon as it can.")
            .arg(file);
    case Kind::Busy:
        return tr("Another program holds the local copy of your contacts (%1) locked. Close the "
                  "other program that holds it; ContactDesk keeps your changes and saves them as "
                  "soon as it can.")
            .arg(file);
    case Kind::Corrupt:
        return tr("The local copy of your contacts (%1) is damaged. Quit ContactDesk (the window "
                  "and any contactdesk-cli using this profile) and start it again: it sets the "
                  "damaged file aside, keeps the changes it can read and fetches your contacts "
                  "again from the server.")
            .arg(file);
    case Kind::NewerVersion:
        return tr("The local copy of your contacts (%1) was written by a newer ContactDesk; "
                  "nothing in it was changed. Update ContactDesk, or move that file elsewhere "
                  "to start a new copy from the server.")
            .arg(file);
    case Kind::Io:
        return tr("The system would not read or write the local copy of your contacts (%1): "
                  "check that the disk is there and that you may write to its folder. "
                  "ContactDesk keeps your changes and saves them as soon as it can.")
            .arg(file);
    case Kind::CannotOpen:
        return tr("The local copy of your contacts (%1) cannot be opened. Check that its folder "
                  "exists and that you may write to it.")
            .arg(file);
    case Kind::Other:
        break;
    }
    return tr("Something went wrong with the local copy of your contacts (%1); the details are "
              "in the log.")
        .arg(file);
}

} // namespace ContactDesk::Store
