#pragma once

#include "api/HeymarketClient.h"
#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
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
    // The API key, once Command::readApiKey() found it: CONTACTDESK_API_KEY,
    // --api-key-file FILE, --api-key-stdin or --api-key KEY.
    QString apiKey;
    QString apiKeyFile;       // --api-key-file FILE
    bool apiKeyStdin = false; // --api-key-stdin
    bool apiKeyGiven = false; // --api-key KEY (seen by other local users: warned)
};

// The account, opened as the window opens it (Sync::Workspace: the
// profile's embedded sandbox, its Heymarket account, or the server given
// with --api-url) and brought up to date by one pull. Edits go through the
// store's outbox and are pushed by the same sync engine as the window's.
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

    // Why the contact's edits cannot go now: an earlier edit of it that
    // the server refused or that conflicts, still waiting for the app's
    // retry or discard (a new edit would queue behind it). Empty when
    // nothing stands in the way.
    QString refusedEdit(qint64 contactId) const;

    // How the edits of some contacts fared.
    struct Pushed
    {
        // Refused edits (or edits that conflict with a change made on the
        // server meanwhile), per contact: the server's message. They are
        // taken back (discarded), so the local copy shows the server's
        // values again.
        QHash<qint64, QString> refused;
        // Non-empty when the server could not be reached or asked to wait:
        // what went wrong. The edits stay in the outbox and go with the
        // next command or the app.
        QString waiting;
        bool storeFailed = false; // the store failed a write (see its lastError())
    };
    // Runs the engine's push until every outbox entry of these contacts
    // has gone through or was refused. `ids` follow the contacts: a local
    // create's negative id becomes the server's.
    Pushed push(QList<qint64> &ids);

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
    QString describeRefusal(const Store::OutboxEntry &entry) const;
    Sync::SyncEngine &engine() const;

    std::unique_ptr<Sync::Workspace> m_workspace;
};

} // namespace ContactDesk::Cli
