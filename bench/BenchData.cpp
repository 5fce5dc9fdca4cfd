#include "bench/BenchData.h"

#include "store/ContactStore.h"

#include <QFile>

namespace ContactDesk::Bench {

Contact makeContact(qint64 id, int generation)
{
    static const char *firsts[] = {"Ana",    "José",    "Zoë",    "Łukasz", "Søren", "Ngozi",
                                   "Yūki",   "Дмитрий", "Priya",  "Liam",   "Chloé", "Mateo",
                                   "Olivia", "Fatima",  "Jürgen", "Amara",  "Sofía", "Kwame"};
    static const char *lasts[] = {"Rivera",   "Müller", "O'Brien", "Nakamura", "Okafor", "Dubois",
                                  "Silva",    "Kim",    "Patel",   "Nguyen",   "Rossi",  "Novák",
                                  "Andersen", "Haddad", "Mensah",  "Yılmaz"};
    Contact c;
    c.id = id;
    // Spread names so that there are many distinct ones, as in real teams.
    c.first =
        QString::fromUtf8(firsts[id % 18]) + (id % 7 == 0 ? QString::number(id % 997) : QString());
    c.last = QString::fromUtf8(lasts[(id / 18) % 16]) +
             (id % 5 == 0 ? QStringLiteral("-%1").arg(id % 4001) : QString());
    c.displayName = c.first + QLatin1Char(' ') + c.last +
                    (generation ? QStringLiteral(" (%1)").arg(generation) : QString());
    c.email = QStringLiteral("c%1@example.com").arg(id);
    c.phone = QStringLiteral("1415%1").arg(2000000 + id % 8000000, 7, 10,
                                           QLatin1Char('0')); // valid exchanges
    c.custom.insert(QStringLiteral("12"), QStringLiteral("Premium"));
    c.custom.insert(QStringLiteral("19"), QStringLiteral("AC-%1").arg(id));
    c.tagIds = {1 + id % 12, 1 + (id / 12) % 12};
    c.ownerId = 101 + id % 8;
    c.optedOut = id % 31 == 0;
    c.rev = 1 + generation;
    c.updated = 1700000000000LL + id * 1000 + generation;
    return c;
}

void generateStore(const QString &path, int count)
{
    Store::ContactStore store;
    if (store.open(path).isError())
        qFatal("cannot create %s", qPrintable(path));
    QList<Tag> tags;
    for (int i = 1; i <= 12; ++i)
        tags.append(
            Tag{i, QStringLiteral("Tag %1").arg(i), QStringLiteral("#3498DB"), 0, 0, {}, 1});
    store.replaceTags(tags);
    store.replaceFields({CustomField{12, QStringLiteral("Plan"), false},
                         CustomField{19, QStringLiteral("Account"), false}});
    QList<TeamMember> members;
    for (int i = 0; i < 8; ++i)
        members.append(
            TeamMember{101 + i, QStringLiteral("Member %1").arg(i), QStringLiteral("member")});
    store.replaceMembers(members);
    QList<Contact> batch;
    for (int id = 1; id <= count; ++id) {
        batch.append(makeContact(id, 0));
        if (batch.size() == 10000 || id == count) {
            store.applyServerContacts(batch);
            batch.clear();
        }
    }
}

double rssPeakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace ContactDesk::Bench
