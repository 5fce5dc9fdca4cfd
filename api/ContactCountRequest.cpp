#include "ContactCountRequest.h"

#include <QJsonObject>

namespace ContactDesk::Api {

std::optional<qint64> ContactCountRequest::decode(const QJsonValue &json)
{
    QJsonValue value = json;
    if (json.isObject()) {
        const QJsonObject object = json.toObject();
        value = object.contains(QStringLiteral("count")) ? object.value(QStringLiteral("count"))
                                                         : object.value(QStringLiteral("total"));
    }
    if (!value.isDouble() || value.toDouble() < 0 ||
        value.toDouble() != static_cast<double>(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

ApiError ContactCountRequest::parse(const QJsonValue &json)
{
    const auto count = decode(json);
    if (!count)
        return badResponse(tr("expected a contact count, got something else"));
    m_count = *count;
    return {};
}

} // namespace ContactDesk::Api
