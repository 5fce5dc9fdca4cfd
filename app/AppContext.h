#pragma once

#include "sync/Workspace.h"
#include "views/SettingsDialog.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ContactDesk::Models {
class ContactFilterModel;
class ContactTableModel;
class MessageHistoryModel;
class TemplateListModel;
} // namespace ContactDesk::Models
namespace ContactDesk::Views {
class MainWindow;
}

namespace ContactDesk::App {

// The window's composition root: the main window and its models over a
// Sync::Workspace (the account, opened), wired together; applies the
// settings dialog (switching account while running). main() only parses
// the command line and runs this.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Config
    {
        Store::Profile profile = Store::Profile::standard();
        int sandboxContacts = 5000;                                 // demo team size on first start
        Sandbox::Reading sandboxReading = Sandbox::Reading::Strict; // the embedded sandbox's
        // Where account secrets live; the OS keychain unless a test says otherwise.
        std::function<std::unique_ptr<Api::SecretBackend>()> secretBackend;
        // Tests: this server instead of the profile's account (the store file
        // contactdesk-cli --api-url opens for it).
        std::optional<Sync::Workspace::Server> server;
    };

    explicit AppContext(Config config, QObject *parent = nullptr);
    ~AppContext() override;

    // Empty on success, otherwise what stopped the start, for people. The
    // window shows the stored contacts as soon as the workspace allows it
    // (at once when the credentials were verified for the store's team,
    // else once the server confirmed the team; never another team's:
    // Sync::Workspace).
    QString start();

    Views::MainWindow *mainWindow() const { return m_window.get(); }
    Sync::Workspace &workspace() const { return *m_workspace; }
    Models::ContactTableModel *contacts() const { return m_contacts.get(); }

    // What the settings dialog shows, and saving what it returns: the
    // region applies at once; a changed account (or credentials, or sync
    // interval) closes the current one and opens the new one.
    Views::AppSettings currentSettings() const;
    void applySettings(const Views::AppSettings &settings);
    // Asks the server at baseUrl for the team with these credentials.
    void testConnection(const QUrl &baseUrl, const Api::Credentials &credentials,
                        std::function<void(const QString &problem)> done);

Q_SIGNALS:
    // The engine has nothing left to do for now (or cannot start).
    void synced();

private:
    QString openAccount();
    void closeAccount();
    void showStore();
    void hideStore();
    void onConnected();
    void applyRegion();
    void openSettingsDialog();
    void showCount();
    void resumeInterruptedImport();
    void followImport(qint64 id, const QString &file);

    Config m_config;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<Models::ContactTableModel> m_contacts;
    std::unique_ptr<Models::ContactFilterModel> m_filtered;
    // The messaging models of the account connected (through its client).
    std::unique_ptr<Models::TemplateListModel> m_templates;
    std::unique_ptr<Models::MessageHistoryModel> m_history;
    QTimer m_countTimer;
    // An interrupted import another process is sending: looked at again
    // after each sync, resumed if that process went away without finishing.
    qint64 m_importElsewhere = 0;
};

} // namespace ContactDesk::App
