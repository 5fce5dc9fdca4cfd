#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ContactDesk::Sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What an endpoint answers: a status and a JSON value (object, array or a
// bare string such as "ok").
struct Reply
{
    int status = 200;
    QJsonValue body;
    HeaderList headers;
};

// A refused request. Thrown inside endpoint code and turned into a JSON error
// body {"error", "message", "field"?, ...extra} by the dispatcher.
struct HttpError
{
    int status = 400;
    QString error; // bad_data, Unauthorized, Denied, not_found, ...
    QString message;
    QString field; // the request field at fault, when there is one
    QJsonObject extra;
    HeaderList headers;

    static HttpError badData(const QString &field, const QString &message)
    {
        return {400, QStringLiteral("bad_data"), message, field, {}, {}};
    }
    static HttpError notFound(const QString &message)
    {
        return {404, QStringLiteral("not_found"), message, {}, {}, {}};
    }

    // The body of the error reply: {"error", "message", "field"?, ...extra}.
    QJsonObject replyBody() const
    {
        QJsonObject json = extra;
        json.insert(QStringLiteral("error"), error);
        json.insert(QStringLiteral("message"), message);
        if (!field.isEmpty())
            json.insert(QStringLiteral("field"), field);
        return json;
    }
    // How a batch answer names what was wrong with one item:
    // {"message", "field"?}.
    QJsonObject itemBody() const
    {
        QJsonObject json{{QStringLiteral("message"), message}};
        if (!field.isEmpty())
            json.insert(QStringLiteral("field"), field);
        return json;
    }
};

// One request as the endpoint code sees it.
struct Call
{
    QByteArray method;
    QString path;
    QStringList captures; // the path's variable parts, decoded
    QUrlQuery query;
    QByteArray rawBody;
};

} // namespace ContactDesk::Sandbox
