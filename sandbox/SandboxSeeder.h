#pragma once

#include "sandbox/SandboxStore.h"

#include <functional>

namespace ContactDesk::Sandbox {

// Fills an empty store with a deterministic, realistic demo team: members,
// inboxes, tags, custom fields, message templates and `contactCount`
// contacts with varied and non-ASCII names, international numbers, tags,
// custom values, owners, statuses, and extra channels for some. Most
// contacts have a first and a last name, some only one of them, some are a
// business going by its company's name (no person's name), and a few are a
// phone number alone (their display name empty, as the sandbox makes it:
// the phone is not a name); no display name starts with punctuation. With
// contacts there are also three broadcast lists of them. The same count
// always gives the same data. Some contacts share one `updated` value, as
// after an import, so paging code meets ties. The team is `teamId`
// ("Harbour Street Bakery & Café", 7, by default; an empty name keeps the
// demo name).
// `progress`, when given, is told the contacts written so far every
// `seedProgressStep` contacts (and at the end); when it answers false the
// seed stops with a SandboxStore::StoreError and nothing of it is kept.
constexpr qint64 demoTeamId = 7;
constexpr int seedProgressStep = 2000;
using SeedProgress = std::function<bool(int seeded, int total)>;
void seedDemoTeam(SandboxStore &store, int contactCount, qint64 teamId = demoTeamId,
                  const QString &teamName = {}, const SeedProgress &progress = {});

} // namespace ContactDesk::Sandbox
