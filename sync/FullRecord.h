#pragma once

#include "core/Domain.h"

#include <QJsonObject>

namespace ContactDesk::Sync {

// The body of a contact update that means the same whichever way the spec's
// open points are read (sandbox/README.md, 4.3 and 4.10): the complete record
// (spec 4.3's safe pattern: read the contact, apply the edits, send all of
// it), so a server that clears what a PUT omits keeps every field the user
// did not change, and one that leaves omitted fields alone is told nothing
// new.
struct FullRecord
{
    ContactWrite write;
    bool overwriteCustom = false; // ?overwrite=true: `write.custom` is the whole set
};

// How the custom values go.
enum class CustomValues
{
    // overwrite=false with only the values set (a merge); when a value is
    // cleared, overwrite=true with the whole desired object instead (4.3:
    // the documented way to clear one; null is not a documented value).
    AsNeeded,
    // Always the whole desired object, with overwrite=true (the v1 batch
    // with ?overwrite=true replaces the contact: 4.10).
    Whole
};

// `server`: the contact as the server has it now (a v1 or v2 answer).
// `changes`: field-map keys (core/ContactFields.h) with their new values; a
// custom value "" clears it, owner null unassigns. What `server` does not
// tell (is_opted_out is optional in a v1 answer) is never sent unless
// changed: opted_out goes only when `changes` has it (status has its own
// endpoint). Channels are not part of it (they have their own endpoints).
FullRecord fullRecord(const Contact &server, const QJsonObject &changes, CustomValues custom);

// The custom values of a create without the empty ones (a create has
// nothing to clear, and an empty value would go as null, which the strict
// reading refuses).
void dropEmptyCustom(ContactWrite &write);

} // namespace ContactDesk::Sync
