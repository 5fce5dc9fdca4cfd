#include "api/ContactPager.h"

#include "api/ContactRequests.h"
#include "api/ContactV2Requests.h"
#include "api/HeymarketClient.h"
#include "core/Timestamps.h"

namespace ContactDesk::Api {

ContactPager::ContactPager(HeymarketClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

ContactPager::~ContactPager() = default;

void ContactPager::start()
{
    m_finished = false;
    m_error = {};
    m_warning.clear();
    m_seen.clear();
    m_requests = 0;
    m_barren = 0;
    m_cursor = m_options.resumeCursor;
    m_page = m_options.resumePage;
    m_limit = m_options.pageSize;
    m_inTie = false;
    m_tiePage = 0;
    m_tieFailed = false;
    if (m_options.countFirst && m_options.sinceMs == 0) {
        auto *count = new CountContactsRequest(m_client, {});
        count->setPriority(m_options.priority);
        m_count = m_client->send(count, this, [this](const CountContactsRequest &answered) {
            if (!answered.error().isError()) {
                m_expectedTotal = answered.count();
                Q_EMIT progress(received(), m_expectedTotal);
            }
        });
    }
    requestPage();
}

void ContactPager::abort()
{
    if (m_finished)
        return;
    if (m_request)
        m_request->abort();
    if (m_tieRequest)
        m_tieRequest->abort();
    if (m_count)
        m_count->abort();
    ApiError error;
    error.kind = ApiError::Kind::Aborted;
    finish(error);
}

void ContactPager::requestPage()
{
    ContactListQuery query;
    query.cursor = m_cursor;
    ++m_requests;
    if (m_inTie) {
        query.page = m_tiePage;
        query.limit = m_options.pageSize;
        auto *request = new ListContactsV2Request(m_client, query);
        request->setPriority(m_options.priority);
        m_tieRequest = m_client->send(
            request, this, [this](const ListContactsV2Request &page) { onTiePage(page); });
        return;
    }
    query.page = m_page;
    query.limit = m_limit;
    auto *request = new ListContactsRequest(m_client, query);
    request->setPriority(m_options.priority);
    m_request =
        m_client->send(request, this, [this](const ListContactsRequest &page) { onPage(page); });
}

bool ContactPager::take(const QList<Contact> &items, int *freshCount)
{
    QList<Contact> fresh;
    bool reachedOlder = false;
    for (const Contact &contact : items) {
        if (m_options.sinceMs > 0 && contact.updated < m_options.sinceMs) {
            reachedOlder = true;
            continue;
        }
        if (m_seen.contains(contact.id))
            continue;
        m_seen.insert(contact.id);
        m_newestUpdated = std::max(m_newestUpdated, contact.updated);
        fresh.append(contact);
    }
    *freshCount = static_cast<int>(fresh.size());
    if (!fresh.isEmpty()) {
        Q_EMIT contactsReceived(fresh);
        // A listener that could not keep them aborts: the cursor must not
        // move past contacts that were not kept.
        if (m_finished)
            return false;
        Q_EMIT progress(received(), m_expectedTotal);
    }
    if (reachedOlder) {
        finish({});
        return false;
    }
    m_barren = fresh.isEmpty() ? m_barren + 1 : 0;
    if (m_barren >= maxBarrenPages) {
        finish(noProgress(tr("%1 answers in a row brought no contact not seen before (at the "
                             "cursor %2); the server seems to ignore the paging parameters")
                              .arg(m_barren)
                              .arg(m_cursor)));
        return false;
    }
    return true;
}

ApiError ContactPager::noProgress(const QString &message) const
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.httpStatus = 200;
    error.message = message;
    return error;
}

void ContactPager::onPage(const ListContactsRequest &request)
{
    m_request = nullptr;
    if (m_finished)
        return;
    if (request.error().isError()) {
        finish(request.error()); // cursor() and page() say where to resume
        return;
    }
    m_decodeNs += request.decodeNanoseconds();
    const QList<Contact> &items = request.contacts();
    if (items.isEmpty()) {
        finish({});
        return;
    }
    int fresh = 0;
    if (!take(items, &fresh))
        return;

    const QString last = items.last().updatedText;
    // The page is newest first: when even its last contact is newer than the
    // `date` asked for and nothing in it is new, the server ignores the
    // cursor and the walk would go round forever.
    const auto cursorMs = Timestamps::parse(m_cursor);
    if (fresh == 0 && cursorMs && items.last().updated > *cursorMs) {
        finish(noProgress(tr("the server ignores the date cursor: asked for contacts updated at "
                             "or before %1, it answered with ones updated at %2 again")
                              .arg(m_cursor, last)));
        return;
    }
    // A short page with nothing new at the cursor is the tail of the data:
    // the server has nothing older to give. (Every server honours the
    // documented page size of 30, so a short page is not a clamped limit.)
    if (fresh == 0 && items.size() < m_options.pageSize && last == m_cursor) {
        finish({});
        return;
    }
    if (!m_cursor.isEmpty() && last == m_cursor) {
        // The whole page shares the cursor's value: walk the tie.
        if (fresh > 0 || m_page == 0) {
            ++m_page;
        } else if (!m_tieFailed) {
            // `page` seems to be ignored: walk the tie through the v2 list.
            m_inTie = true;
            m_tiePage = 0;
            requestPage();
            return;
        } else if (!giveUpOnTie()) {
            return;
        }
    } else {
        m_cursor = last;
        m_page = 0;
        m_limit = m_options.pageSize;
        m_tieFailed = false;
    }
    Q_EMIT cursorAdvanced(m_cursor, m_page);
    requestPage();
}

void ContactPager::onTiePage(const ListContactsV2Request &request)
{
    m_tieRequest = nullptr;
    if (m_finished)
        return;
    const ApiError &error = request.error();
    if (error.isError() && error.isTransient()) {
        finish(error); // resumes at the tie's cursor
        return;
    }
    const QList<Contact> &items = request.contacts();
    int fresh = 0;
    if (!error.isError()) {
        if (!take(items, &fresh))
            return;
    }
    if (!error.isError() && !items.isEmpty()) {
        const Contact &lastItem = items.last();
        const auto tieMs = Timestamps::parse(m_cursor);
        const bool pastTie = tieMs ? lastItem.updated < *tieMs : lastItem.updatedText != m_cursor;
        if (pastTie) {
            // Through the tie: the v1 walk goes on below it.
            m_inTie = false;
            m_cursor = lastItem.updatedText;
            m_page = 0;
            m_limit = m_options.pageSize;
            Q_EMIT cursorAdvanced(m_cursor, m_page);
            requestPage();
            return;
        }
        if (items.size() < m_options.pageSize) {
            finish({}); // the tie is the end of the data
            return;
        }
        if (fresh > 0 || m_tiePage == 0) {
            ++m_tiePage;
            requestPage();
            return;
        }
    }
    // Refused, empty, or no progress (page ignored there too).
    m_inTie = false;
    m_tieFailed = true;
    if (!giveUpOnTie())
        return;
    Q_EMIT cursorAdvanced(m_cursor, m_page);
    requestPage();
}

bool ContactPager::giveUpOnTie()
{
    if (m_limit < m_options.maxPageSize) {
        // Ask for more at once.
        m_page = 0;
        m_limit = std::min(m_limit * 4, m_options.maxPageSize);
        return true;
    }
    const auto ms = Timestamps::parse(m_cursor);
    if (!ms) {
        finish(noProgress(tr("cannot step past the cursor %1").arg(m_cursor)));
        return false;
    }
    m_warning = tr("More than %1 contacts share the update time %2 and the server offers no way "
                   "to page through them; some of them may be missing until they change again.")
                    .arg(m_options.maxPageSize)
                    .arg(m_cursor);
    m_cursor = Timestamps::format(*ms - 1);
    m_page = 0;
    m_limit = m_options.pageSize;
    m_tieFailed = false;
    return true;
}

void ContactPager::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ContactDesk::Api
