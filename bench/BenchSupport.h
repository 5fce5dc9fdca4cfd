#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace ContactDesk::Bench {

// One HTTP exchange, waited for.
struct Exchange
{
    int status = 0;
    QByteArray body;
};
Exchange send(QNetworkAccessManager &network, const QUrl &base, const QByteArray &authorization,
              const QByteArray &method, const QString &path, const QByteArray &body);

// The whole contact list walked with plain HTTP and QJsonDocument, no typed
// decoding: inclusive `updated` cursor, ids de-duplicated, `page` through
// ties. The baseline the API client's pager is compared with.
struct RawWalk
{
    qint64 contacts = 0;
    int requests = 0;
    double seconds = 0;
    bool ok = false;
};
RawWalk walkRaw(QNetworkAccessManager &network, const QUrl &base, const QByteArray &authorization,
                int limit = 30);

void metric(const char *name, double value, const char *unit);

// --full gives fullSize, --contacts N gives N, nothing gives smokeSize.
// Returns -1 (after printing usage) on bad arguments.
int sizeFromArguments(int smokeSize, int fullSize);

} // namespace ContactDesk::Bench
