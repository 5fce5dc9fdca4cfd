// Contact channels (spec section 5.9): add, update, list, get and delete one
// channel of a v2 contact. A contact keeps at least one channel; its phone
// and email follow its first channel of each type. PUT, GET and DELETE by
// type address that first (primary) channel in both readings; deleting it
// promotes the next. The strict reading lists the channels primary last
// (their order is UNSPECIFIED) and answers PUT and DELETE with "ok" (their
// answers are UNSPECIFIED), so a client must neither take the first listed
// for the primary nor rely on those answers.

#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

namespace ContactDesk::Sandbox {

namespace {

// The contact's channels as a listing answers them (strict: primary last).
QJsonArray listing(const ApiContext &api, const ContactRecord &contact)
{
    const QJsonArray channels = channelsJson(contact, api.teamId());
    if (!api.strict())
        return channels;
    QJsonArray reversed;
    for (qsizetype i = channels.size() - 1; i >= 0; --i)
        reversed.append(channels.at(i));
    return reversed;
}

// Writes a contact whose channels changed and answers its channels (the
// strict reading answers PUT and DELETE, whose answers are UNSPECIFIED,
// with "ok").
Reply saveChannels(ApiContext &api, ContactRecord &contact, qint64 now, const QString &op)
{
    refreshMirrors(contact);
    if (contact.displayNameAuto)
        contact.displayName = autoDisplayName(contact);
    touch(contact, now, op);
    api.store().updateContact(contact);
    if (api.strict() && op != QLatin1String("channel_add"))
        return {200, QStringLiteral("ok"), {}};
    return {200, listing(api, contact), {}};
}

// The contact's first channel of the type in the path, or 404.
ChannelRecord &requireChannel(ContactRecord &contact, const Call &call)
{
    const QString type = call.captures.at(1).toLower();
    ChannelRecord *channel = firstChannel(contact, type);
    if (!channel)
        throw HttpError::notFound(
            QStringLiteral("contact %1 has no %2 channel").arg(contact.uuid, type));
    return *channel;
}

Reply add(ApiContext &api, const Call &call)
{
    ContactRecord contact = api.requireContactV2(call.captures.at(0));
    const ChannelInput channel = parseChannelInput(objectBody(call));
    if (hasChannel(contact, channel))
        return {200, listing(api, contact), {}}; // already there: nothing to change
    SandboxStore::Transaction transaction(api.store());
    const qint64 now = api.store().nextTimestamp();
    api.addChannelTo(contact, channel, now, QStringLiteral("channel_id"));
    Reply reply = saveChannels(api, contact, now, QStringLiteral("channel_add"));
    transaction.commit();
    return reply;
}

Reply update(ApiContext &api, const Call &call)
{
    ContactRecord contact = api.requireContactV2(call.captures.at(0));
    const ChannelInput channel = parseChannelInput(objectBody(call));
    ChannelRecord *existing = firstChannel(contact, channel.type);
    if (!existing) {
        throw HttpError::notFound(QStringLiteral("contact %1 has no %2 channel to update; add one "
                                                 "with POST")
                                      .arg(contact.uuid, channel.type));
    }
    if (channel.type == QLatin1String("phone"))
        api.requirePhoneFree(channel.value, contact, QStringLiteral("channel_id"));
    SandboxStore::Transaction transaction(api.store());
    const qint64 now = api.store().nextTimestamp();
    existing->value = channel.value;
    existing->handle = channel.handle;
    existing->info = channel.info;
    existing->updated = now;
    Reply reply = saveChannels(api, contact, now, QStringLiteral("channel_update"));
    transaction.commit();
    return reply;
}

Reply list(ApiContext &api, const Call &call)
{
    return {200, listing(api, api.requireContactV2(call.captures.at(0))), {}};
}

Reply get(ApiContext &api, const Call &call)
{
    ContactRecord contact = api.requireContactV2(call.captures.at(0));
    return {200, channelJson(requireChannel(contact, call), contact, api.teamId()), {}};
}

Reply remove(ApiContext &api, const Call &call)
{
    ContactRecord contact = api.requireContactV2(call.captures.at(0));
    const QString id = requireChannel(contact, call).id;
    if (contact.channels.size() == 1) {
        throw HttpError::badData(QStringLiteral("channelType"),
                                 QStringLiteral("this is the contact's only channel; a contact "
                                                "needs at least one (delete the contact instead)"));
    }
    contact.channels.removeIf([&id](const ChannelRecord &c) { return c.id == id; });
    SandboxStore::Transaction transaction(api.store());
    const qint64 now = api.store().nextTimestamp();
    Reply reply = saveChannels(api, contact, now, QStringLiteral("channel_delete"));
    transaction.commit();
    return reply;
}

} // namespace

void addChannelsRoutes(ApiRoutes &routes)
{
    const QString channel =
        QStringLiteral("/v2/contact/") + ApiRoutes::part + QStringLiteral("/channel");
    routes.add("POST", channel, add);
    routes.add("PUT", channel, update);
    routes.add("GET", channel + QStringLiteral("s"), list);
    routes.add("GET", channel + QLatin1Char('/') + ApiRoutes::part, get);
    routes.add("DELETE", channel + QLatin1Char('/') + ApiRoutes::part, remove);
}

} // namespace ContactDesk::Sandbox
