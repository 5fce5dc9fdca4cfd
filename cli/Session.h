#pragma once

#include "api/HeymarketClient.h"
#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QString>

#include <memory>

class QSettings;

namespace ContactDesk::Sync {
class SyncEngine;
class Workspace;
} // namespace ContactDesk::Sync

namespace ContactDesk::Cli {

// The account a command works on, as the shared options name it.
struct Account
{
    QString profile; // --profile DIR; the standard profile when empty
    QString apiUrl;  // --api-url URL: this server instead of the profile's account
    QString apiKey;  // --api-key KEY, else CONTACTDESK_API_KEY
};

// The account, opened as the window opens it (Sync::Workspace: the
// profile's embedded sandbox, its Heymarket account, or the server given
// with --api-url) and brought up to date by one pull.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Cli::Session)
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(const Account &account);
    ~Session();

    // Connects and pulls; false with problem set (exit 3).
    bool open(QString *problem);

    Store::ContactStore &store() const;
    Api::HeymarketClient &client() const;
    QSettings &settings() const;
    QString defaultRegion() const;

    // Runs one request to its end (a command has nothing else to do
    // meanwhile) and hands it to `read`.
    template<typename Request, typename Read>
    void runToEnd(Request *request, Read read)
    {
        QEventLoop loop;
        bool done = false;
        client().send(request, &loop, [&](const Request &answered) {
            read(answered);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
    }

private:
    std::unique_ptr<Sync::Workspace> m_workspace;
};

} // namespace ContactDesk::Cli
