#include "sync/StatusReader.h"

#include "api/ContactRequests.h"
#include "core/ContactFields.h"

#include <QSet>

#include <algorithm>

namespace ContactDesk::Sync {

struct StatusReader::Job
{
    quint64 number = 0;
    QList<qint64> ids; // still to ask
    Api::RequestScheduler::Priority priority = Api::RequestScheduler::Priority::Background;
    Done done;
    Result result;
    int total = 0;
    int answered = 0;
    int inFlight = 0;
};

StatusReader::StatusReader(Store::ContactStore *store, Api::HeymarketClient *client,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{}

StatusReader::~StatusReader()
{
    cancelAll();
}

quint64 StatusReader::read(const QList<qint64> &ids, Api::RequestScheduler::Priority priority,
                           Done done)
{
    auto job = std::make_shared<Job>();
    job->priority = priority;
    job->done = std::move(done);
    QSet<qint64> seen;
    for (qint64 id : ids) {
        // Only the server's contacts have a status there (local ones are < 0).
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            job->ids.append(id);
        }
    }
    job->total = int(job->ids.size());
    if (job->ids.isEmpty() || !m_client) {
        if (job->done)
            job->done(job->result);
        return 0;
    }
    job->number = ++m_lastJob;
    m_jobs.push_back(job);
    Q_EMIT progress(job->number, 0, job->total);
    pump(job);
    return job->number;
}

void StatusReader::cancelAll()
{
    m_jobs.clear();
    m_requests.dropAll();
}

void StatusReader::pump(const std::shared_ptr<Job> &job)
{
    while (job->inFlight < maxInFlight && !job->ids.isEmpty() && m_client) {
        const qint64 id = job->ids.takeFirst();
        ++job->inFlight;
        auto *request = new Api::ContactStatusRequest(m_client, Api::ContactKey::byId(id));
        request->setPriority(job->priority);
        std::weak_ptr<Job> weak = job;
        m_client->send(request, &m_requests, [this, weak, id](const Api::ContactStatusRequest &r) {
            if (const std::shared_ptr<Job> alive = weak.lock())
                answered(alive, id, r.error(), r.status());
        });
    }
}

void StatusReader::answered(const std::shared_ptr<Job> &job, qint64 id, const Api::ApiError &error,
                            ContactStatus status)
{
    --job->inFlight;
    ++job->answered;
    if (!error.isError()) {
        status.id = id; // the one asked about, whatever the answer names
        bool changed = false;
        if (m_store->applyServerStatus(status, &changed)) {
            ++job->result.read;
            if (changed)
                ++job->result.changed;
        } else if (job->result.storeProblem.isEmpty()) {
            job->result.storeProblem = m_store->lastError().describe();
        }
        // What the contact is now: the server's word with the user's
        // unpushed status change laid over it.
        if (const auto contact = m_store->contact(id)) {
            status.blocked = contact->fields.value(Field::blocked).toBool();
            status.unsubscribed = contact->fields.value(Field::optedOut).toBool();
        }
        job->result.statuses.insert(id, status);
    } else if (error.kind != Api::ApiError::Kind::NotFound && !job->result.error.isError()) {
        job->result.error = error;
    }
    // A lost connection: the rest would fail the same way.
    if (error.kind == Api::ApiError::Kind::Network || error.kind == Api::ApiError::Kind::Timeout)
        job->ids.clear();
    Q_EMIT progress(job->number, job->answered, job->total);
    pump(job);
    if (job->inFlight > 0 || !job->ids.isEmpty())
        return;
    const auto it = std::find(m_jobs.begin(), m_jobs.end(), job);
    if (it != m_jobs.end())
        m_jobs.erase(it);
    if (job->done)
        job->done(job->result);
    if (m_jobs.empty())
        Q_EMIT idle();
}

} // namespace ContactDesk::Sync
