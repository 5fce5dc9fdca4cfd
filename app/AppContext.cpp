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
    m_vault.reset();
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

    m_vault = std::make_unique<Api::SecretVault>(
        m_config.secretBackend ? m_config.secretBackend()
                               : Api::makeKeychainBackend(QStringLiteral("ContactDesk")));
    connect(m_vault.get(), &Api::SecretVault::noticeChanged, m_window.get(),
            &Views::MainWindow::setNotice);

    const QString kind = m_settings->value(QLatin1String(accountKindKey)).toString();
    if (kind == QLatin1String("heymarket")) {
        const QUrl baseUrl(m_settings
                               ->value(QLatin1String(accountBaseUrlKey),
                                       QStringLiteral("https://api.heymarket.com"))
                               .toString());
        const QString name = m_settings->value(QLatin1String(accountNameKey)).toString();
        if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || name.isEmpty())
            return tr("The account settings in %1 are incomplete: account/name and a valid "
                      "account/baseUrl are needed.")
                .arg(m_config.profile.settingsFile());
        startAccount(name, baseUrl);
        return {};
    }
    return startSandbox();
}

QString AppContext::startSandbox()
{
    // No Heymarket account is configured: open the local sandbox workspace.
    // A fresh key for each run keeps other local programs out.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sandbox::Options options;
    options.dataFile = m_config.profile.sandboxDataFile();
    options.apiKeys = {key};
    options.seedContacts = m_config.sandboxContacts;
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    if (!m_sandbox->start(options))
        return tr("The local sandbox could not start: %1").arg(m_sandbox->errorString());
    m_window->setWorkspace(tr("Local sandbox"), m_sandbox->baseUrl());
    connectClient(m_sandbox->baseUrl(), Api::Credentials::fromApiKey(key));
    return {};
}

void AppContext::startAccount(const QString &name, const QUrl &baseUrl)
{
    m_window->setWorkspace(tr("Heymarket account “%1”").arg(name), baseUrl);
    m_window->setCountPending();
    m_vault->load(name, [this, name, baseUrl](std::optional<Api::Credentials> credentials) {
        if (!credentials) {
            m_window->setError(
                tr("No credentials for the account “%1” are stored in this computer's keychain. "
                   "Connect the account again in Settings.")
                    .arg(name));
            Q_EMIT countRefreshed();
            return;
        }
        connectClient(baseUrl, *credentials);
    });
}

void AppContext::connectClient(const QUrl &baseUrl, const Api::Credentials &credentials)
{
    Api::HeymarketClient::Config clientConfig;
    clientConfig.baseUrl = baseUrl;
    clientConfig.credentials = credentials;
    m_client = std::make_unique<Api::HeymarketClient>(m_network.get(), clientConfig);
    refreshCount();
}

void AppContext::refreshCount()
{
    if (m_countRequest || !m_client)
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
