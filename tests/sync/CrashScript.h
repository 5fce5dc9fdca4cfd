#pragma once

// The edits the crash test makes, shared by the pushing child process and
// the test that checks the result: a fixed, seeded sequence over contacts
// known by phone, and the state the server must end in.

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace ContactDesk::Tests::CrashScript {

struct Edit
{
    enum class Kind
    {
        Create,
        Rename,
        Custom,
        Tags,
        Status,
        Delete
    };
    Kind kind = Kind::Create;
    int contact = 0;
    QString value; // name, custom value or status
    QList<qint64> tags;
};

struct Expected
{
    QString first;
    QString custom12;
    QList<qint64> tags;
    bool optedOut = false;
    bool blocked = false;
    bool deleted = false;
};

inline QString phone(int contact)
{
    return QStringLiteral("1415900%1").arg(contact, 4, 10, QLatin1Char('0'));
}

inline QList<Edit> edits(int count, int contacts)
{
    QRandomGenerator random(1234);
    QList<Edit> script;
    QList<int> alive;
    static const QStringList statuses = {QStringLiteral("blocked"), QStringLiteral("unblocked"),
                                         QStringLiteral("unsubscribed"),
                                         QStringLiteral("subscribed"), QStringLiteral("active")};
    for (int i = 0; i < count; ++i) {
        Edit edit;
        if (i < contacts) {
            edit.kind = Edit::Kind::Create;
            edit.contact = i;
            edit.value = QStringLiteral("C%1").arg(i);
            alive.append(i);
            script.append(edit);
            continue;
        }
        edit.contact =
            alive.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(alive.size()))));
        const int roll = static_cast<int>(random.bounded(100));
        if (roll < 35) {
            edit.kind = Edit::Kind::Rename;
            edit.value = QStringLiteral("N%1-%2").arg(edit.contact).arg(i);
        } else if (roll < 60) {
            edit.kind = Edit::Kind::Custom;
            edit.value = QStringLiteral("v%1").arg(i);
        } else if (roll < 75) {
            edit.kind = Edit::Kind::Tags;
            const int n = static_cast<int>(random.bounded(6));
            while (edit.tags.size() < n) {
                const qint64 tag = 1 + random.bounded(12);
                if (!edit.tags.contains(tag))
                    edit.tags.append(tag);
            }
        } else if (roll < 92 || alive.size() < contacts / 2) {
            edit.kind = Edit::Kind::Status;
            edit.value = statuses.at(
                static_cast<qsizetype>(random.bounded(static_cast<quint32>(statuses.size()))));
        } else {
            edit.kind = Edit::Kind::Delete;
            alive.removeAll(edit.contact);
        }
        script.append(edit);
    }
    return script;
}

inline QMap<int, Expected> expectedState(const QList<Edit> &script)
{
    QMap<int, Expected> state;
    for (const Edit &edit : script) {
        Expected &e = state[edit.contact];
        switch (edit.kind) {
        case Edit::Kind::Create:
            e.first = edit.value;
            break;
        case Edit::Kind::Rename:
            e.first = edit.value;
            break;
        case Edit::Kind::Custom:
            e.custom12 = edit.value;
            break;
        case Edit::Kind::Tags:
            e.tags = edit.tags;
            break;
        case Edit::Kind::Status:
            if (edit.value == QLatin1String("active")) {
                e.blocked = false;
                e.optedOut = false;
            } else if (edit.value == QLatin1String("blocked")) {
                e.blocked = true;
            } else if (edit.value == QLatin1String("unblocked")) {
                e.blocked = false;
            } else if (edit.value == QLatin1String("subscribed")) {
                e.optedOut = false;
            } else {
                e.optedOut = true;
            }
            break;
        case Edit::Kind::Delete:
            e.deleted = true;
            break;
        }
    }
    return state;
}

} // namespace ContactDesk::Tests::CrashScript
