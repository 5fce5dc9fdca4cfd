#include "api/ContactPager.h"

#include "api/ContactRequests.h"
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
    m_cursor = m_options.resumeCursor;
    m_page = m_options.resumePage;
    m_limit = m_options.pageSize;
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
    query.page = m_page;
    query.limit = m_limit;
    auto *request = new ListContactsRequest(m_client, query);
    request->setPriority(m_options.priority);
    ++m_requests;
    m_request =
        m_client->send(request, this, [this](const ListContactsRequest &page) { onPage(page); });
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
    if (!fresh.isEmpty()) {
        Q_EMIT contactsReceived(fresh);
        // A listener that could not keep them aborts: the cursor must not
        // move past contacts that were not kept.
        if (m_finished)
            return;
        Q_EMIT progress(received(), m_expectedTotal);
    }
    if (reachedOlder) {
        finish({});
        return;
    }

    const QString last = items.last().updatedText;
    // A short page with nothing new at the cursor is the tail of the data:
    // the server has nothing older to give. (Every server honours the
    // documented page size of 30, so a short page is not a clamped limit.)
    if (fresh.isEmpty() && items.size() < m_options.pageSize && last == m_cursor) {
        finish({});
        return;
    }
    if (!m_cursor.isEmpty() && last == m_cursor) {
        // The whole page shares the cursor's value: walk the tie.
        if (!fresh.isEmpty() || m_page == 0) {
            ++m_page;
        } else if (m_limit < m_options.maxPageSize) {
            // `page` seems to be ignored: ask for more at once.
            m_page = 0;
            m_limit = std::min(m_limit * 4, m_options.maxPageSize);
        } else {
            const auto ms = Timestamps::parse(m_cursor);
            if (!ms) {
                finish(ApiError{ApiError::Kind::BadResponse,
                                200,
                                tr("cannot step past the cursor %1").arg(m_cursor),
                                {},
                                {},
                                std::nullopt});
                return;
            }
            m_warning =
                tr("More than %1 contacts share the update time %2 and the server offers no way "
                   "to page through them; some of them may be missing until they change again.")
                    .arg(m_options.maxPageSize)
                    .arg(m_cursor);
            m_cursor = Timestamps::format(*ms - 1);
            m_page = 0;
            m_limit = m_options.pageSize;
        }
    } else {
        m_cursor = last;
        m_page = 0;
        m_limit = m_options.pageSize;
    }
    Q_EMIT cursorAdvanced(m_cursor, m_page);
    requestPage();
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
