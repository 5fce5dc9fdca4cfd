#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace ContactDesk::Sandbox {

// Reading a request: its JSON body, query parameters, path ids and the
// typed fields every area reads the same way. Each throws HttpError 400
// naming the field at fault (the body's root has no field name). Pure: no
// database access.

// The body as an object. Bodies of read endpoints may be omitted: an empty
// body reads as {}.
QJsonObject objectBody(const Call &call);
QJsonArray arrayBody(const Call &call);

// ?overwrite=true|false|1|0; absent or empty = false.
bool overwriteParam(const Call &call);

// The integer id in the path's first variable part; `kind` names it in the
// refusal ("must be an integer tag id").
qint64 pathId(const Call &call, const QString &kind);
// 404 "no <kind> with id <id>".
HttpError noSuch(const QString &kind, qint64 id);
// What find(pathId) finds (an optional), or 400 / 404 naming the kind.
template<typename Find>
auto findByPathId(const Call &call, const QString &kind, Find find)
{
    const qint64 id = pathId(call, kind);
    auto found = find(id);
    if (!found)
        throw noSuch(kind, id);
    return *found;
}

// A date cursor field (RFC 3339); nothing when absent, null or empty.
std::optional<qint64> cursorValue(const QJsonObject &body, const QString &key);
// A required positive integer id.
qint64 requireId(const QJsonObject &body, const QString &field);
// A string field; empty when absent or null.
QString optionalText(const QJsonObject &body, const QString &field);
// An array of positive integer contact ids; empty when absent or null.
QList<qint64> idArray(const QJsonObject &body, const QString &field);
// An array of strings; empty when absent or null.
QStringList textArray(const QJsonObject &body, const QString &field);

} // namespace ContactDesk::Sandbox
