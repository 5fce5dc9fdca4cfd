#pragma once

#include "api/ApiError.h"
#include "core/Domain.h"

#include <QList>

#include <functional>

class QObject;

namespace ContactDesk::Api {
class HeymarketClient;
}

// Every page of the team's templates (POST /v1/templates, spec 12.6), not
// only the 30 most recent the first page holds. The list pages backwards by
// `date` ("updated before"); a page is asked for before the last one's
// newest-but-last time plus a millisecond, so templates sharing that time
// are not skipped, and those seen already are not taken twice. The walk
// ends at a page shorter than a full one, at a page with nothing new, or
// after `maxPages` (a server that ignores `date`).
namespace ContactDesk::Sync::TemplatePages {

inline constexpr int pageSize = 30;
inline constexpr int maxPages = 1000;

// `done` gets the templates, newest first (archived ones included: the
// caller decides), or the first error with those read before it. It runs
// unless `context` is gone first.
void readAll(
    Api::HeymarketClient *client, QObject *context,
    std::function<void(const QList<Template> &templates, const Api::ApiError &error)> done);

} // namespace ContactDesk::Sync::TemplatePages
