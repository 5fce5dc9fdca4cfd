#pragma once

#include "sandbox/SandboxStore.h"

namespace ContactDesk::Sandbox {

// Fills an empty store with a deterministic, realistic demo team: members,
// inboxes, tags, custom fields and `contactCount` contacts with varied and
// non-ASCII names, international numbers, tags, custom values, owners,
// statuses, and extra channels for some. The same count always gives the
// same data. Some contacts share one `updated` value, as after an import,
// so paging code meets ties.
void seedDemoTeam(SandboxStore &store, int contactCount);

} // namespace ContactDesk::Sandbox
