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

} // namespace ContactDesk::Api
