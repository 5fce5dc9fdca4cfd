#include "sandbox/RequestReaders.h"

#include "core/Timestamps.h"
#include "sandbox/ContactCodec.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ContactDesk::Sandbox {

namespace {

QJsonValue parseBody(const Call &call)
{
    if (call.rawBody.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(call.rawBody, &error);
    if (error.error != QJsonParseError::NoError) {
        throw HttpError::badData(QString(), QStringLiteral("malformed JSON body at offset %1: %2")
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    }
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

// An optional array field: empty when absent or null, 400 naming the field
// when it is not an array, and each element as read() reads it (400 naming
// the element, "field[i]", when it reads nothing).
template<typename T, typename Read>
QList<T> readArray(const QJsonObject &body, const QString &field, const QString &notAnArray,
                   const QString &badElement, Read read)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw HttpError::badData(field, notAnArray);
    QList<T> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<T> item = read(array.at(i));
        if (!item)
            throw HttpError::badData(QStringLiteral("%1[%2]").arg(field).arg(i), badElement);
        items.append(*item);
    }
    return items;
}

} // namespace

QJsonObject objectBody(const Call &call)
{
    const QJsonValue body = parseBody(call);
    if (body.isUndefined())
        return {};
    if (!body.isObject())
        throw HttpError::badData(QString(), QStringLiteral("the body must be a JSON object"));
    return body.toObject();
}

QJsonArray arrayBody(const Call &call)
{
    const QJsonValue body = parseBody(call);
    if (!body.isArray())
        throw HttpError::badData(QString(), QStringLiteral("the body must be a JSON array"));
    return body.toArray();
}

bool overwriteParam(const Call &call)
{
    if (!call.query.hasQueryItem(QStringLiteral("overwrite")))
        return false;
    const QString value = call.query.queryItemValue(QStringLiteral("overwrite")).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0") || value.isEmpty())
        return false;
    throw HttpError::badData(QStringLiteral("overwrite"), QStringLiteral("must be true or false"));
}

qint64 pathId(const Call &call, const QString &kind)
{
    const auto id = parsePositiveId(call.captures.at(0));
    if (!id)
        throw HttpError::badData(QStringLiteral("id"),
                                 QStringLiteral("must be an integer %1 id").arg(kind));
    return *id;
}

HttpError noSuch(const QString &kind, qint64 id)
{
    return HttpError::notFound(QStringLiteral("no %1 with id %2").arg(kind).arg(id));
}

std::optional<qint64> cursorValue(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        throw HttpError::badData(key, QStringLiteral("must be an RFC 3339 date-time string"));
    if (value.toString().isEmpty())
        return std::nullopt;
    const auto parsed = Timestamps::parse(value.toString());
    if (!parsed) {
        throw HttpError::badData(key, QStringLiteral("'%1' is not an RFC 3339 date-time such as "
                                                     "2026-04-12T15:30:00Z")
                                          .arg(value.toString()));
    }
    return parsed;
}

qint64 requireId(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        throw HttpError::badData(field, QStringLiteral("required"));
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()) ||
        value.toInteger() <= 0)
        throw HttpError::badData(field, QStringLiteral("must be a positive integer id"));
    return value.toInteger();
}

QString optionalText(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw HttpError::badData(field, QStringLiteral("must be a string"));
    return value.toString();
}

QList<qint64> idArray(const QJsonObject &body, const QString &field)
{
    return readArray<qint64>(body, field, QStringLiteral("must be an array of contact ids"),
                             QStringLiteral("must be a positive integer contact id"),
                             [](const QJsonValue &value) -> std::optional<qint64> {
                                 const auto id = integerValue(value);
                                 if (!id || *id <= 0)
                                     return std::nullopt;
                                 return id;
                             });
}

QStringList textArray(const QJsonObject &body, const QString &field)
{
    return readArray<QString>(body, field, QStringLiteral("must be an array of strings"),
                              QStringLiteral("must be a string"),
                              [](const QJsonValue &value) -> std::optional<QString> {
                                  if (!value.isString())
                                      return std::nullopt;
                                  return value.toString();
                              });
}

} // namespace ContactDesk::Sandbox
