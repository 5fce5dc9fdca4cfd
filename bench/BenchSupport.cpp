#include "bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

#include <cstdio>

namespace ContactDesk::Bench {

Exchange send(QNetworkAccessManager &network, const QUrl &base, const QByteArray &authorization,
              const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Exchange exchange{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
    delete reply;
    return exchange;
}

RawWalk walkRaw(QNetworkAccessManager &network, const QUrl &base, const QByteArray &authorization,
                int limit)
{
    RawWalk walk;
    QElapsedTimer timer;
    timer.start();
    QSet<qint64> seen;
    QString cursor;
    int page = 0;
    while (walk.requests < 1000000) {
        QJsonObject body{{QStringLiteral("limit"), limit}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("date"), cursor);
        if (page > 0)
            body.insert(QStringLiteral("page"), page);
        const Exchange exchange =
            send(network, base, authorization, "POST", QStringLiteral("/v1/contacts"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++walk.requests;
        if (exchange.status != 200) {
            std::fprintf(stderr, "page request failed with %d: %s\n", exchange.status,
                         exchange.body.constData());
            return walk;
        }
        const QJsonArray items = QJsonDocument::fromJson(exchange.body).array();
        if (items.isEmpty())
            break;
        for (const QJsonValue &item : items)
            seen.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        const QString last = items.last().toObject().value(QStringLiteral("updated")).toString();
        if (!cursor.isEmpty() && last == cursor) {
            ++page;
        } else {
            cursor = last;
            page = 0;
        }
    }
    walk.seconds = timer.nsecsElapsed() / 1e9;
    walk.contacts = seen.size();
    walk.ok = true;
    return walk;
}

void metric(const char *name, double value, const char *unit)
{
    std::printf("METRIC %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

int sizeFromArguments(int smokeSize, int fullSize)
{
    int size = smokeSize;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--full")) {
            size = fullSize;
        } else if (args.at(i) == QLatin1String("--contacts") && i + 1 < args.size()) {
            bool ok = false;
            size = args.at(++i).toInt(&ok);
            if (!ok || size < 0)
                return -1;
        } else {
            std::fprintf(stderr, "usage: %s [--full | --contacts N]\n", qPrintable(args.at(0)));
            return -1;
        }
    }
    return size;
}

} // namespace ContactDesk::Bench
