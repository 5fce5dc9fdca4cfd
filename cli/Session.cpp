#include "cli/Session.h"

#include "api/Credentials.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

namespace ContactDesk::Cli {

Session::Session(const Account &account)
{
    Sync::Workspace::Options options;
    options.profile = account.profile.isEmpty() ? Store::Profile::standard()
                                                : Store::Profile::inDirectory(account.profile);
    if (!account.apiUrl.isEmpty())
        options.server = Sync::Workspace::Server{QUrl(account.apiUrl),
                                                 Api::Credentials::fromApiKey(account.apiKey)};
    Sync::SyncEngine::Options sync;
    sync.intervalMs = 24 * 3600 * 1000; // one pull, driven below
    options.sync = sync;
    m_workspace = std::make_unique<Sync::Workspace>(std::move(options));
}

Session::~Session() = default;

bool Session::open(QString *problem)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(m_workspace.get(), &Sync::Workspace::connected, &loop, &QEventLoop::quit);
    QObject::connect(m_workspace.get(), &Sync::Workspace::connectionFailed, &loop,
                     [&](const QString &why) {
                         failure = why;
                         loop.quit();
                     });
    if (const QString why = m_workspace->open(); !why.isEmpty()) {
        *problem = why;
        return false;
    }
    if (!m_workspace->isConnected() && failure.isEmpty())
        loop.exec();
    if (!m_workspace->isConnected()) {
        *problem = failure;
        return false;
    }
    // One pull (and whatever the outbox holds), or give up when the
    // server stays unreachable.
    Sync::SyncEngine *engine = m_workspace->engine();
    QEventLoop sync;
    QObject::connect(engine, &Sync::SyncEngine::idle, &sync, &QEventLoop::quit);
    QObject::connect(engine, &Sync::SyncEngine::statusChanged, &sync, [engine, &sync] {
        if (engine->status().connection == Sync::SyncEngine::Status::Connection::Offline)
            sync.quit();
    });
    engine->start();
    sync.exec();
    const auto &status = engine->status();
    if (status.connection != Sync::SyncEngine::Status::Connection::Online) {
        *problem =
            tr("%1 cannot be reached: %2").arg(m_workspace->baseUrl().toString(), status.lastError);
        return false;
    }
    engine->stop();
    return true;
}

Store::ContactStore &Session::store() const
{
    return *m_workspace->store();
}

Api::HeymarketClient &Session::client() const
{
    return *m_workspace->client();
}

QSettings &Session::settings() const
{
    return m_workspace->settings();
}

QString Session::defaultRegion() const
{
    return m_workspace->defaultRegion();
}

} // namespace ContactDesk::Cli
