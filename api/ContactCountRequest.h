#pragma once

#include "ApiRequest.h"

#include <QJsonObject>

#include <optional>

namespace ContactDesk::Api {

// POST /v1/contacts/count: how many contacts the team holds. The response
// shape is undocumented; a bare number and {"count": N} are both read.
class ContactCountRequest final : public ApiRequest
{
    Q_OBJECT

public:
    using ApiRequest::ApiRequest;
    qint64 count() const { return m_count; }

    static std::optional<qint64> decode(const QJsonValue &json);

protected:
    QByteArray method() const override { return "POST"; }
    QString path() const override { return QStringLiteral("/v1/contacts/count"); }
    QJsonValue body() const override { return QJsonObject(); }
    ApiError parse(const QJsonValue &json) override;

private:
    qint64 m_count = 0;
};

} // namespace ContactDesk::Api
