#include "sync/TemplatePages.h"

#include "api/HeymarketClient.h"
#include "api/MessageRequests.h"
#include "core/Timestamps.h"

#include <QSet>

#include <memory>

namespace ContactDesk::Sync::TemplatePages {

namespace {

struct Walk
{
    Api::HeymarketClient *client = nullptr;
    QObject *context = nullptr;
    std::function<void(const QList<Template> &, const Api::ApiError &)> done;
    QList<Template> templates;
    QSet<qint64> seen;
    int pages = 0;
};

void page(const std::shared_ptr<Walk> &walk, const QString &before)
{
    walk->client->send(new Api::ListTemplatesRequest(walk->client, before), walk->context,
                       [walk, before](const Api::ListTemplatesRequest &request) {
                           if (request.error().isError()) {
                               walk->done(walk->templates, request.error());
                               return;
                           }
                           const QList<Template> &got = request.templates();
                           qint64 oldest = 0;
                           bool fresh = false;
                           for (const Template &t : got) {
                               if (t.updated > 0 && (oldest == 0 || t.updated < oldest))
                                   oldest = t.updated;
                               if (walk->seen.contains(t.id))
                                   continue;
                               walk->seen.insert(t.id);
                               walk->templates.append(t);
                               fresh = true;
                           }
                           ++walk->pages;
                           // Templates updated at the oldest time may go on past this page:
                           // asked for again (the time plus a millisecond), those seen
                           // already left out.
                           const QString next =
                               oldest > 0 ? Timestamps::format(oldest + 1) : QString();
                           if (!fresh || got.size() < pageSize || next.isEmpty() ||
                               next == before || walk->pages >= maxPages) {
                               walk->done(walk->templates, {});
                               return;
                           }
                           page(walk, next);
                       });
}

} // namespace

void readAll(Api::HeymarketClient *client, QObject *context,
             std::function<void(const QList<Template> &, const Api::ApiError &)> done)
{
    auto walk = std::make_shared<Walk>();
    walk->client = client;
    walk->context = context;
    walk->done = std::move(done);
    page(walk, {});
}

} // namespace ContactDesk::Sync::TemplatePages
