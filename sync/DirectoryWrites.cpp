#include "sync/DirectoryWrites.h"

#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "store/ContactStore.h"

namespace ContactDesk::Sync::DirectoryWrites {

void createTag(Api::HeymarketClient *client, Store::ContactStore *store, const QString &name,
               QObject *context,
               std::function<void(std::optional<Tag>, const Api::ApiError &)> done)
{
    client->send(new Api::CreateTagRequest(client, name, {}), context,
                 [store, name, done](const Api::CreateTagRequest &request) {
                     if (request.error().isError()) {
                         done(std::nullopt, request.error());
                         return;
                     }
                     Tag tag;
                     tag.id = request.result().id;
                     tag.name = name;
                     tag.rev = request.result().rev;
                     // Added to the directory as it is; a directory that cannot
                     // be read now is left to the next sync (never replaced by
                     // the new tag alone).
                     const quint64 failures = store->failureCount();
                     QList<Tag> tags = store->tags();
                     if (store->failureCount() == failures) {
                         tags.append(tag);
                         store->replaceTags(tags); // a failure is reported by the store
                     }
                     done(tag, {});
                 });
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
