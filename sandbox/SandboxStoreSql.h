#pragma once

// SandboxStore's own helpers, shared by SandboxStore.cpp and
// SandboxStoreMessaging.cpp: every SQLite failure becomes a StoreError.

#include "sandbox/SandboxStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace ContactDesk::Sandbox::StoreSql {

[[noreturn]] inline void fail(const QSqlQuery &query)
{
    throw SandboxStore::StoreError{query.lastError().text()};
}

inline void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query);
}

inline void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        fail(query);
}

// Binds the values in order to a prepared (cached) statement and runs it.
inline QSqlQuery &run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

inline void prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        fail(query);
}

inline QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// SQLite stores a null QString as NULL; the schema wants empty text.
inline QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace ContactDesk::Sandbox::StoreSql
