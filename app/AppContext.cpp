#include "AppContext.h"

#include "MainWindow.h"
#include "SandboxHost.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QUuid>

namespace ContactDesk::App {

AppContext::AppContext(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

AppContext::~AppContext()
{
    delete m_countRequest;
    m_window.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

QString AppContext::start()
{
    const QString folderProblem = m_config.profile.ensureExists();
    if (!folderProblem.isEmpty())
        return folderProblem;
    m_settings = m_config.profile.openSettings();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<Views::MainWindow>();
    connect(m_window.get(), &Views::MainWindow::refreshRequested, this, &AppContext::refreshCount);

    // No Heymarket account is configured yet (connecting one arrives with
    // the settings dialog): open the local sandbox workspace. A fresh key
    // for each run keeps other local programs out.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sandbox::Options options;
    options.dataFile = m_config.profile.sandboxDataFile();
    options.apiKeys = {key};
    options.seedContacts = m_config.sandboxContacts;
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    if (!m_sandbox->start(options))
        return tr("The local sandbox could not start: %1").arg(m_sandbox->errorString());

    Api::HeymarketClient::Config clientConfig;
    clientConfig.baseUrl = m_sandbox->baseUrl();
    clientConfig.credentials = Api::Credentials::fromApiKey(key);
    m_client = std::make_unique<Api::HeymarketClient>(m_network.get(), clientConfig);
    m_window->setWorkspace(tr("Local sandbox"), m_sandbox->baseUrl());
    refreshCount();
    return {};
}

void AppContext::refreshCount()
{
    if (m_countRequest)
        return; // one at a time; the running one will answer
    m_window->setCountPending();
    m_countRequest = new Api::CountContactsRequest(m_client.get(), {}, this);
    connect(m_countRequest, &Api::ApiRequest::finished, this, [this] {
        Api::CountContactsRequest *request = m_countRequest;
        m_countRequest = nullptr;
        request->deleteLater();
        if (request->error().isError())
            m_window->setError(request->error().describe());
        else
            m_window->setContactCount(request->count());
        Q_EMIT countRefreshed();
    });
    m_countRequest->start();
}

} // namespace ContactDesk::App
