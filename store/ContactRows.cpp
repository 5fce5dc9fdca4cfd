#include "store/ContactRows.h"

#include <QList>

#include <limits>
#include <sqlite3.h>

namespace ContactDesk::Store {

namespace {

constexpr auto columns =
    "SELECT id, display_name, first, last, phone, email, tags, custom_flat, search, error,"
    " owner, opted_out, blocked, state, updated FROM contacts";

std::string_view textAt(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (!text)
        return {};
    return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(statement, column)));
}

} // namespace

ContactRowReader::~ContactRowReader()
{
    sqlite3_finalize(m_fieldsStatement); // a no-op when null
    if (m_db)
        sqlite3_close(m_db);
}

void ContactRowReader::noteError()
{
    m_error =
        StoreError::fromCode(m_db ? sqlite3_errcode(m_db) : SQLITE_CANTOPEN,
                             m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(), m_path);
    if (m_error.kind == StoreError::Kind::Other && !m_db)
        m_error.kind = StoreError::Kind::CannotOpen;
}

StoreError ContactRowReader::open(const QString &path)
{
    m_path = path;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        noteError();
        sqlite3_close(m_db);
        m_db = nullptr;
        return m_error;
    }
    return {};
}

qint64 ContactRowReader::count()
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM contacts WHERE deleted = 0", -1, &statement,
                           nullptr) != SQLITE_OK) {
        noteError();
        return -1;
    }
    qint64 n = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    return n;
}

namespace {

ContactRowView rowFrom(sqlite3_stmt *statement)
{
    ContactRowView row;
    row.id = sqlite3_column_int64(statement, 0);
    row.displayName = textAt(statement, 1);
    row.first = textAt(statement, 2);
    row.last = textAt(statement, 3);
    row.phone = textAt(statement, 4);
    row.email = textAt(statement, 5);
    row.tags = textAt(statement, 6);
    row.custom = textAt(statement, 7);
    row.search = textAt(statement, 8);
    row.error = textAt(statement, 9);
    if (sqlite3_column_type(statement, 10) != SQLITE_NULL)
        row.owner = sqlite3_column_int64(statement, 10);
    row.optedOut = sqlite3_column_int(statement, 11) != 0;
    row.blocked = sqlite3_column_int(statement, 12) != 0;
    row.state = sqlite3_column_int(statement, 13);
    row.updated = sqlite3_column_int64(statement, 14);
    return row;
}

} // namespace

qint64 ContactRowReader::medianId()
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT id FROM contacts WHERE deleted = 0 ORDER BY id LIMIT 1 OFFSET"
                           " (SELECT count(*) / 2 FROM contacts WHERE deleted = 0)",
                           -1, &statement, nullptr) != SQLITE_OK) {
        noteError();
        return 0;
    }
    const qint64 id =
        sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return id;
}

bool ContactRowReader::read(qint64 afterId,
                            const std::function<bool(const ContactRowView &)> &visit)
{
    return read(afterId, std::numeric_limits<qint64>::max(), visit);
}

bool ContactRowReader::read(qint64 afterId, qint64 untilId,
                            const std::function<bool(const ContactRowView &)> &visit)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql =
        QByteArray(columns) + " WHERE deleted = 0 AND id > ? AND id <= ? ORDER BY id";
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        noteError();
        return false;
    }
    sqlite3_bind_int64(statement, 1, afterId);
    sqlite3_bind_int64(statement, 2, untilId);
    int result = SQLITE_OK;
    while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!visit(rowFrom(statement))) {
            result = SQLITE_DONE;
            break;
        }
    }
    if (result != SQLITE_DONE)
        noteError();
    sqlite3_finalize(statement);
    return result == SQLITE_DONE;
}

bool ContactRowReader::readIds(const QList<qint64> &ids,
                               const std::function<bool(const ContactRowView &)> &visit)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QByteArray(columns) + " WHERE deleted = 0 AND id = ?";
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        noteError();
        return false;
    }
    bool ok = true;
    for (qint64 id : ids) {
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, id);
        const int result = sqlite3_step(statement);
        if (result == SQLITE_ROW) {
            if (!visit(rowFrom(statement)))
                break;
        } else if (result != SQLITE_DONE) {
            noteError();
            ok = false;
            break;
        }
    }
    sqlite3_finalize(statement);
    return ok;
}

std::optional<QByteArray> ContactRowReader::fieldsJson(qint64 id)
{
    if (!m_fieldsStatement &&
        sqlite3_prepare_v2(m_db, "SELECT fields FROM contacts WHERE deleted = 0 AND id = ?", -1,
                           &m_fieldsStatement, nullptr) != SQLITE_OK) {
        noteError();
        m_fieldsStatement = nullptr;
        return std::nullopt;
    }
    sqlite3_reset(m_fieldsStatement);
    sqlite3_bind_int64(m_fieldsStatement, 1, id);
    const int result = sqlite3_step(m_fieldsStatement);
    if (result == SQLITE_ROW) {
        const auto *text =
            reinterpret_cast<const char *>(sqlite3_column_text(m_fieldsStatement, 0));
        return QByteArray(text ? text : "", sqlite3_column_bytes(m_fieldsStatement, 0));
    }
    if (result != SQLITE_DONE)
        noteError();
    return std::nullopt;
}

} // namespace ContactDesk::Store
