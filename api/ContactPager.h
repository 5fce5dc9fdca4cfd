#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "core/Domain.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace ContactDesk::Api {

class HeymarketClient;
class ListContactsRequest;
class ListContactsV2Request;
class CountContactsRequest;

// Walks POST /v1/contacts by the `updated` date cursor, newest first, and
// hands over every contact exactly once.
//
// Pages overlap where the cursor is inclusive, so ids are de-duplicated
// across the whole walk. When a whole page shares the cursor's `updated`
// value (a batch import), the cursor cannot advance: the pager walks the tie
// with `page`. A server that ignores `page` on the v1 list (it is not
// documented there; 30 a page) has the tie walked through
// `POST /v2/contacts/list`, which documents `limit`, `page` and `date`, until
// a page reaches contacts older than the tie; the v1 walk then goes on from
// there. If that does not help either (v2 refused, or ignoring `page` too),
// a larger `limit` is tried; only when everything fails does it step past the
// tie and say so in warning(). It always ends: on an empty page, on reaching
// contacts older than `sinceMs` (an incremental sync), on an error, or when
// aborted. A server that makes no progress ends the walk with a BadResponse:
// one that answers contacts newer than the `date` asked for with nothing new
// (it ignores the cursor), or maxBarrenPages answers in a row that bring no
// contact not seen before (no honest walk needs that many).
class ContactPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPager)

public:
    static constexpr int maxBarrenPages = 40;

    struct Options
    {
        int pageSize = 30;
        int maxPageSize = 1000; // the largest `limit` tried to get through a tie
        QString resumeCursor;   // continue an interrupted walk from here
        int resumePage = 0;
        qint64 sinceMs = 0;     // > 0: only contacts updated at or after this
        bool countFirst = true; // ask for the total, to report progress against
        RequestScheduler::Priority priority = RequestScheduler::Priority::Background;
    };

    ContactPager(HeymarketClient *client, Options options, QObject *parent = nullptr);
    ~ContactPager() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    QString warning() const { return m_warning; }

    qint64 received() const { return m_seen.size(); }
    qint64 expectedTotal() const { return m_expectedTotal; } // -1 when unknown
    // Where to resume if the walk stops early.
    QString cursor() const { return m_cursor; }
    int page() const { return m_page; }
    // The newest `updated` seen: the `sinceMs` of the next incremental walk.
    qint64 newestUpdated() const { return m_newestUpdated; }
    int requests() const { return m_requests; }
    qint64 decodeNanoseconds() const { return m_decodeNs; }

Q_SIGNALS:
    void contactsReceived(const QList<ContactDesk::Contact> &contacts);
    void progress(qint64 received, qint64 expectedTotal);
    void cursorAdvanced(const QString &cursor, int page);
    void finished();

private:
    void requestPage();
    void onPage(const ListContactsRequest &request);
    void onTiePage(const ListContactsV2Request &request);
    // Hands over the contacts not seen yet; false when the walk is over
    // (aborted by a listener, or past sinceMs: then it has finished).
    bool take(const QList<Contact> &items, int *fresh);
    // The v1 tie walk failed: a larger limit, else step past with a warning.
    // False when the walk has finished (a cursor it cannot step past).
    bool giveUpOnTie();
    void finish(const ApiError &error);
    ApiError noProgress(const QString &message) const;

    HeymarketClient *m_client;
    Options m_options;
    QPointer<ListContactsRequest> m_request;
    QPointer<ListContactsV2Request> m_tieRequest;
    QPointer<CountContactsRequest> m_count;
    QSet<qint64> m_seen;
    QString m_cursor;
    int m_page = 0;
    int m_limit = 30;
    bool m_inTie = false;     // walking a tie through the v2 list
    int m_tiePage = 0;        // the v2 page asked for
    bool m_tieFailed = false; // the v2 list did not get through this tie
    qint64 m_expectedTotal = -1;
    qint64 m_newestUpdated = 0;
    int m_requests = 0;
    int m_barren = 0; // answers in a row with no contact not seen before
    qint64 m_decodeNs = 0;
    QString m_warning;
    ApiError m_error;
    bool m_finished = false;
};

} // namespace ContactDesk::Api
