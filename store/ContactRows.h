#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ContactDesk::Store {

// One contact row as the fast reader sees it: views into SQLite's memory,
// valid only during the callback. Text is UTF-8.
struct ContactRowView
{
    qint64 id = 0;
    std::string_view displayName;
    std::string_view first;
    std::string_view last;
    std::string_view phone;
    std::string_view email;
    std::string_view tags;   // "1,5,7"
    std::string_view custom; // "12\x1fPremium\x1e19\x1fAC-1\x1e"
    std::string_view search; // folded, see SearchText
    std::string_view error;
    std::optional<qint64> owner;
    bool optedOut = false;
    bool blocked = false;
    int state = 0; // StoredContact::State
    qint64 updated = 0;
};

// Reads a store's contacts with the SQLite C API, a second read-only
// connection beside ContactStore's (WAL lets both in): no QVariant per
// value, so a million rows load in well under a second. Safe to use from a
// thread of its own.
class ContactRowReader final
{
public:
    ContactRowReader() = default;
    ~ContactRowReader();
    ContactRowReader(const ContactRowReader &) = delete;
    ContactRowReader &operator=(const ContactRowReader &) = delete;

    // Opens the file read-only; an error when it cannot.
    StoreError open(const QString &path);
    qint64 count();
    // Visible contacts in id order, from the first id greater than afterId;
    // stops when visit returns false. Returns false on an SQLite error.
    bool read(qint64 afterId, const std::function<bool(const ContactRowView &)> &visit);
    // The same, for ids in (afterId, untilId].
    bool read(qint64 afterId, qint64 untilId,
              const std::function<bool(const ContactRowView &)> &visit);
    // The id that splits the visible rows in two halves (0 when empty).
    qint64 medianId();
    // The listed rows only (after a change notification).
    bool readIds(const QList<qint64> &ids,
                 const std::function<bool(const ContactRowView &)> &visit);
    // A visible contact's field map (its `fields` column, JSON), or nullopt
    // when there is none with this id (or on an error: error() says).
    std::optional<QByteArray> fieldsJson(qint64 id);
    // Why the last call failed (what SQLite said is in its detail).
    StoreError error() const { return m_error; }

private:
    void noteError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_fieldsStatement = nullptr; // fieldsJson's, prepared once
    QString m_path;
    StoreError m_error;
};

} // namespace ContactDesk::Store
