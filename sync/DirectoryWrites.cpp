#include "sync/DirectoryWrites.h"

#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "store/ContactStore.h"

#include <QSet>

#include <algorithm>

namespace ContactDesk::Sync::DirectoryWrites {

namespace {

std::optional<Tag> tagNamed(const QList<Tag> &tags, const QString &name)
{
    for (const Tag &tag : tags) {
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
            return tag;
    }
    return std::nullopt;
}

// Adds (or, when its id is known already, replaces) the tag in the store's
// directory. A directory that cannot be read now is left to the next sync
// (never replaced by the new tag alone).
void keep(Store::ContactStore *store, const Tag &tag)
{
    const quint64 failures = store->failureCount();
    QList<Tag> tags = store->tags();
    if (store->failureCount() != failures)
        return;
    const auto known =
        std::find_if(tags.begin(), tags.end(), [&tag](const Tag &t) { return t.id == tag.id; });
    if (known != tags.end())
        *known = tag;
    else
        tags.append(tag);
    store->replaceTags(tags); // a failure is reported by the store
}

void create(Api::HeymarketClient *client, Store::ContactStore *store, const QString &name,
            QObject *context,
            const std::function<void(std::optional<Tag>, const Api::ApiError &)> &done)
{
    client->send(new Api::CreateTagRequest(client, name, {}), context,
                 [store, name, done](const Api::CreateTagRequest &request) {
                     if (request.error().isError()) {
                         done(std::nullopt, request.error());
                         return;
                     }
                     // The id the server answered, even when it is a tag the
                     // team had already (a server that answers an existing
                     // name with its tag).
                     Tag tag;
                     tag.id = request.result().id;
                     tag.name = name;
                     tag.rev = request.result().rev;
                     keep(store, tag);
                     done(tag, {});
                 });
}

// Looks the name up among the server's tags, page by page, and creates the
// tag only when no page has it.
void findOrCreate(Api::HeymarketClient *client, Store::ContactStore *store, const QString &name,
                  QObject *context, const QString &cursor, QSet<qint64> seen,
                  const std::function<void(std::optional<Tag>, const Api::ApiError &)> &done)
{
    client->send(new Api::ListTagsRequest(client, cursor), context,
                 [client, store, name, context, cursor, seen,
                  done](const Api::ListTagsRequest &request) mutable {
                     if (request.error().isError()) {
                         done(std::nullopt, request.error());
                         return;
                     }
                     if (const auto existing = tagNamed(request.tags(), name)) {
                         keep(store, *existing);
                         done(existing, {});
                         return;
                     }
                     bool fresh = false;
                     for (const Tag &tag : request.tags()) {
                         if (!seen.contains(tag.id)) {
                             seen.insert(tag.id);
                             fresh = true;
                         }
                     }
                     const QString next =
                         request.tags().isEmpty()
                             ? QString()
                             : Api::ListTagsRequest::cursorAfter(request.tags().last().updatedText);
                     if (fresh && request.tags().size() >= 30 && !next.isEmpty() && next != cursor)
                         findOrCreate(client, store, name, context, next, seen, done);
                     else
                         create(client, store, name, context, done);
                 });
}

} // namespace

void createTag(Api::HeymarketClient *client, Store::ContactStore *store, const QString &name,
               QObject *context,
               std::function<void(std::optional<Tag>, const Api::ApiError &)> done)
{
    // A name the team has already is that tag: the contract does not say
    // whether a second create refuses, answers the first tag or makes a
    // second one of the same name, so never ask it to.
    if (const auto known = tagNamed(store->tags(), name)) {
        done(known, {});
        return;
    }
    findOrCreate(client, store, name, context, {}, {}, done);
}

void createCustomFields(Api::HeymarketClient *client, Store::ContactStore *store,
                        const QStringList &titles, QObject *context,
                        std::function<void(const QList<CustomField> &, const Api::ApiError &)> done)
{
    client->send(new Api::CreateCustomFieldsRequest(client, titles), context,
                 [store, done](const Api::CreateCustomFieldsRequest &request) {
                     if (request.error().isError()) {
                         done({}, request.error());
                         return;
                     }
                     const quint64 failures = store->failureCount();
                     QList<CustomField> fields = store->customFields();
                     if (store->failureCount() == failures) {
                         for (const CustomField &field : request.fields())
                             if (!field.duplicate)
                                 fields.append(field);
                         store->replaceFields(fields);
                     }
                     done(request.fields(), {});
                 });
}

} // namespace ContactDesk::Sync::DirectoryWrites
