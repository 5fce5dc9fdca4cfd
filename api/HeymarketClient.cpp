#include "api/HeymarketClient.h"

#include <QDateTime>

namespace ContactDesk::Api {

HeymarketClient::HeymarketClient(QNetworkAccessManager *network, Config config, QObject *parent)
    : QObject(parent)
    , wallClockSeconds([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_network(network)
    , m_config(std::move(config))
    , m_scheduler(m_config.limits)
    , m_random(QRandomGenerator::securelySeeded())
{}

HeymarketClient::~HeymarketClient() = default;

void RequestGroup::dropAll()
{
    const QList<ApiRequest *> requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : requests) {
        request->disconnect(); // no callback, now or when it is deleted
        request->setParent(nullptr);
        request->deleteLater();
    }
}

int RequestGroup::size() const
{
    return int(findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly).size());
}

} // namespace ContactDesk::Api
