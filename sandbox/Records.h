#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk::Sandbox {

// The sandbox's own rows. Timestamps are milliseconds since the epoch.

struct ChannelRecord
{
    QString id;    // UUID
    QString type;  // phone, email, facebook, ...
    QString value; // channel_id: phone digits, address, ...
    QString handle;
    QString info;
    qint64 created = 0;
    qint64 updated = 0;
};

struct ContactRecord
{
    qint64 id = 0;
    QString uuid;
    QString first;
    QString last;
    QString displayName;
    bool displayNameAuto = true; // display_name follows first + last until set explicitly
    QString email;               // primary email, mirrors the first email channel
    QString phone;               // primary phone, mirrors the first phone channel
    QJsonObject custom;          // field id (string) -> value
    QList<qint64> tags;
    std::optional<qint64> owner;
    qint64 creatorId = 0;
    bool shared = true;
    QString avatar;
    bool optedOut = false;
    bool blocked = false;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 rev = 0;
    QString op;
    QList<ChannelRecord> channels;
};

struct TagRecord
{
    qint64 id = 0;
    QString uuid;
    QString tag;
    QString color;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 rev = 0;
};

struct FieldRecord
{
    qint64 id = 0;
    QString title;
    qint64 created = 0;
};

struct MemberRecord
{
    qint64 id = 0;
    QString name;
    QString role; // owner, admin, member
    int roleId = 4;
    QString phone;
    QString email;
    qint64 created = 0;
    qint64 updated = 0;
};

struct ConversationRecord
{
    qint64 id = 0;
    qint64 inbox = 0;
    QString target; // E.164 digits, or the email thread's first "to:" target
};

struct TeamRecord
{
    qint64 id = 0;
    QString name;
    int listSize = 0;
};

} // namespace ContactDesk::Sandbox
