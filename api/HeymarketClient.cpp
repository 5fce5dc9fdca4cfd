#include "api/HeymarketClient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ContactDesk::Api {

std::optional<QString> insecureUrlProblem(const QUrl &url)
{
    if (isSecureServer(url)) // the one rule (api/Credentials.h)
        return std::nullopt;
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (url.host().isEmpty())
        return QCoreApplication::translate("ContactDesk::Api::HeymarketClient",
                                           "the server address %1 names no host")
            .arg(shown);
    return QCoreApplication::translate("ContactDesk::Api::HeymarketClient",
                                       "ContactDesk sends your key only over HTTPS: %1 is not "
                                       "https (plain http is allowed only to this computer)")
        .arg(shown);
}

HeymarketClient::HeymarketClient(QNetworkAccessManager *network, Config config, QObject *parent)
    : QObject(parent)
    , wallClockSeconds([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_network(network)
    , m_config(std::move(config))
    , m_scheduler(m_config.limits)
    , m_random(QRandomGenerator::securelySeeded())
{}

HeymarketClient::~HeymarketClient()
{
    // Requests still alive (their owner outlives this client) end here,
    // aborted, while the scheduler they hold a place in still exists.
    const QSet<ApiRequest *> live = m_live;
    for (ApiRequest *request : live)
        request->detachFromClient();
}

void RequestGroup::dropAll()
{
    const QList<ApiRequest *> requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : requests) {
        request->disconnect(); // no callback, now or when it is deleted
        request->abort();      // its place in the scheduler is free at once
        delete request;        // not the one that is finishing: that one left the group
    }
}

int RequestGroup::size() const
{
    return int(findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly).size());
}

} // namespace ContactDesk::Api
