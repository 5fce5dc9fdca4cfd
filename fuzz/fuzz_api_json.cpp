// Every decoder of what Heymarket answers (core/ApiJson.h) over any JSON:
// each is given the whole document, and its first member or element too.
#include "core/ApiJson.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ContactDesk;

namespace {

void decodeAll(const QJsonValue &value)
{
    QString problem;
    (void)ApiJson::readId(value);
    (void)ApiJson::decodeContact(value, &problem);
    (void)ApiJson::decodeContacts(value, &problem);
    (void)ApiJson::decodeChannel(value, &problem);
    (void)ApiJson::decodeChannels(value, &problem);
    (void)ApiJson::decodeTag(value, &problem);
    (void)ApiJson::decodeTags(value, &problem);
    (void)ApiJson::decodeWriteResult(value, &problem);
    (void)ApiJson::decodeContactStatus(value, &problem);
    (void)ApiJson::decodeCustomFields(value, &problem);
    (void)ApiJson::decodeTeam(value, &problem);
    (void)ApiJson::decodeMessage(value, &problem);
    (void)ApiJson::decodeMessages(value, &problem);
    (void)ApiJson::decodeSentMessage(value, &problem);
    (void)ApiJson::decodeConversation(value, &problem);
    (void)ApiJson::decodeConversations(value, &problem);
    (void)ApiJson::decodeTemplate(value, &problem);
    (void)ApiJson::decodeTemplates(value, &problem);
    (void)ApiJson::decodeTeamUsers(value, &problem);
    (void)ApiJson::decodeInboxes(value, &problem);
    (void)ApiJson::decodeCount(value, &problem);
    (void)ApiJson::decodeBatchResult(value, &problem);
    (void)ApiJson::decodeBulkResult(value, &problem);
    (void)ApiJson::isAcknowledgement(value);
    if (value.isString()) {
        (void)ApiJson::statusChangeFromName(value.toString());
        (void)ApiJson::stripPlus(value.toString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (document.isObject()) {
        const QJsonObject object = document.object();
        decodeAll(object);
        if (!object.isEmpty())
            decodeAll(*object.begin());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        decodeAll(array);
        if (!array.isEmpty())
            decodeAll(array.first());
    }
    return 0;
}
