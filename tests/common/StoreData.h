#pragma once

#include "core/Domain.h"

namespace ContactDesk::Tests {

// A contact as the server would send it, for tests that fill a store
// without a server: "<first> Silva", phone 1415555<id>, custom field 12 =
// "Starter", tag 1.
inline Contact serverContact(qint64 id, const QString &first, qint64 rev = 1)
{
    Contact c;
    c.id = id;
    c.first = first;
    c.last = QStringLiteral("Silva");
    c.displayName = first + QStringLiteral(" Silva");
    c.phone = QStringLiteral("1415555%1").arg(id, 4, 10, QLatin1Char('0'));
    c.rev = rev;
    c.updated = 1776007800000 + id;
    c.updatedText = QStringLiteral("2026-04-12T15:30:00.000Z");
    c.custom.insert(QStringLiteral("12"), QStringLiteral("Starter"));
    c.tagIds = {1};
    return c;
}

} // namespace ContactDesk::Tests
