#pragma once

#include "api/ApiError.h"
#include "core/Domain.h"

#include <functional>
#include <optional>

class QObject;

namespace ContactDesk::Api {
class HeymarketClient;
}
namespace ContactDesk::Store {
class ContactStore;
}

// Additions to the directory (the team's tags and custom field
// definitions): made on the server, then added to the store's copy at once,
// so every view offers them before the next sync. The window (a tag typed
// in the detail panel) and imports (tags and fields a file names) both make
// them here. `done` runs unless `context` is gone first.
namespace ContactDesk::Sync::DirectoryWrites {

// A tag of that name: the store's, else the server's (POST /v1/tags, every
// page), else a new one (POST /v1/tag; not safe to repeat blindly: the
// request's recovery probe looks the name up first). Never creates a name
// the team has, as the contract leaves open whether that is refused,
// answered with the existing tag or makes a second tag of the same name.
void createTag(Api::HeymarketClient *client, Store::ContactStore *store, const QString &name,
               QObject *context,
               std::function<void(std::optional<Tag> tag, const Api::ApiError &error)> done);

// POST /v1/custom-fields: every title at once (safe to repeat: a title the
// team has already comes back as that field).
void createCustomFields(
    Api::HeymarketClient *client, Store::ContactStore *store, const QStringList &titles,
    QObject *context,
    std::function<void(const QList<CustomField> &fields, const Api::ApiError &error)> done);

} // namespace ContactDesk::Sync::DirectoryWrites
