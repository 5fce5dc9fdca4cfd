#pragma once

#include "core/Domain.h"

#include <QString>

namespace ContactDesk::Bench {

// A deterministic contact with varied, non-ASCII names; `generation`
// changes some fields, to play a later version from a pull.
Contact makeContact(qint64 id, int generation);

// Fills a new store file with `count` contacts (and tags, fields, members),
// through ContactStore::applyServerContacts in batches of 10k.
void generateStore(const QString &path, int count);

// Peak resident memory of this process (VmHWM), in MB.
double rssPeakMb();

} // namespace ContactDesk::Bench
