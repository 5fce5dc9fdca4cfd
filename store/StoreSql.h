#pragma once

#include "store/ContactStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// Small helpers for the classes that keep their own tables in the store's
// file (ImportJournal, MessageOutbox): statements that throw
// ContactStore::Failure instead of returning false, and JSON columns.
namespace ContactDesk::Store::Sql {

inline QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw ContactStore::Failure{query.lastError().text()};
    return query;
}

inline void run(QSqlQuery &query)
{
    if (!query.exec())
        throw ContactStore::Failure{query.lastError().text()};
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
