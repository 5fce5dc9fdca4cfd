#pragma once

#include "api/ApiError.h"
#include "api/HeymarketClient.h"
#include "api/RequestScheduler.h"
#include "store/ContactStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ContactDesk::Sync {

// Reads contacts' messaging status from Heymarket into the store: blocked
// and opted out, one `POST /v1/contact/status` per contact. The contact
// object carries `is_opted_out` at most and never `blocked`, so a block made
// in Heymarket's web app is learned only here. Used for the contact the
// window shows, the contacts a sync found changed (SyncEngine), and every
// recipient of a send's preflight (the compose dialog, contactdesk-cli).
//
// Each read() is a job of its own: a few requests on their way at a time
// (the client's scheduler keeps them within the team's rate limit), each
// answer written to the store as it arrives (contactsChanged tells the
// models). Contacts not yet on the server, and those it no longer knows
// (404), are passed over.
class StatusReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusReader)

public:
    struct Result
    {
        int read = 0;         // answers written to the store
        int changed = 0;      // of those, the ones whose status differed
        Api::ApiError error;  // the first failure (other than 404), if any
        QString storeProblem; // the store could not keep an answer: what it said
        // By contact id: the server's answer with the user's unpushed
        // status change laid over it (what the store's contact says now).
        QHash<qint64, ContactStatus> statuses;
    };
    using Done = std::function<void(const Result &)>;

    StatusReader(Store::ContactStore *store, Api::HeymarketClient *client,
                 QObject *parent = nullptr);
    ~StatusReader() override;

    // Reads the status of every contact in `ids` (in order, duplicates
    // once); done runs once every answer is in (at once for nothing to read).
    // Returns the job's number, as progress() names it (0: nothing to read).
    quint64 read(const QList<qint64> &ids, Api::RequestScheduler::Priority priority,
                 Done done = {});
    // Drops every job; their done callbacks do not run.
    void cancelAll();
    bool isReading() const { return !m_jobs.empty(); }

    static constexpr int maxInFlight = 4; // per job

Q_SIGNALS:
    // A job moved on: answers in so far, and its size.
    void progress(quint64 job, int done, int total);
    // Every job finished.
    void idle();

private:
    struct Job;
    void pump(const std::shared_ptr<Job> &job);
    void answered(const std::shared_ptr<Job> &job, qint64 id, const Api::ApiError &error,
                  ContactStatus status);

    Store::ContactStore *m_store;
    QPointer<Api::HeymarketClient> m_client;
    Api::RequestGroup m_requests;
    std::vector<std::shared_ptr<Job>> m_jobs;
    quint64 m_lastJob = 0;
};

} // namespace ContactDesk::Sync
