#include "store/StoreBinding.h"

#include "store/ContactStore.h"
#include "store/StoreSql.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ContactDesk::Store {

using namespace Sql;

StoreBinding::StoreBinding(ContactStore *store)
    : m_store(store)
{}

QList<Schema::Step> StoreBinding::schemaSteps()
{
    // One row: the team, server and credential fingerprint the file is for.
    // A file from before this step stays unbound until its first check.
    return {{7,
             QStringLiteral("binding"),
             {QStringLiteral("CREATE TABLE binding (id INTEGER PRIMARY KEY CHECK (id = 1),"
                             " team_id INTEGER NOT NULL, team_name TEXT NOT NULL,"
                             " server TEXT NOT NULL, credential TEXT NOT NULL,"
                             " salt BLOB NOT NULL, verified INTEGER NOT NULL)")},
             {}}};
}

QString StoreBinding::fingerprint(const QByteArray &salt, const QString &credentialIdentity)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(credentialIdentity.toUtf8(), salt,
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

std::optional<Binding> StoreBinding::binding() const
{
    return guard(*m_store, std::optional<Binding>(), [this]() -> std::optional<Binding> {
        QSqlQuery q = prepared(m_store->database(),
                               QStringLiteral("SELECT team_id, team_name, server, credential, "
                                              "salt, verified FROM binding WHERE id = 1"));
        run(q);
        if (!q.next())
            return std::nullopt;
        Binding b;
        b.teamId = q.value(0).toLongLong();
        b.teamName = q.value(1).toString();
        b.server = q.value(2).toString();
        b.credential = q.value(3).toString();
        b.salt = q.value(4).toByteArray();
        b.verifiedMs = q.value(5).toLongLong();
        return b;
    });
}

bool StoreBinding::knows(const QString &server, const QString &credentialIdentity) const
{
    const std::optional<Binding> b = binding();
    return b && b->server == server && b->credential == fingerprint(b->salt, credentialIdentity);
}

QSet<qint64> StoreBinding::directoryTeams() const
{
    QSet<qint64> teams;
    for (const Inbox &inbox : m_store->inboxes())
        if (inbox.teamId != 0)
            teams.insert(inbox.teamId);
    return teams;
}

StoreBinding::Verdict StoreBinding::check(const QString &server, qint64 teamId,
                                          const QString &credentialIdentity) const
{
    const std::optional<Binding> b = binding();
    if (!b) {
        // From before the binding (or new): its directory is the only
        // witness of the team it was filled for.
        const QSet<qint64> teams = directoryTeams();
        if (!teams.isEmpty() && (teams.size() > 1 || !teams.contains(teamId)))
            return Verdict::OtherTeam;
        return Verdict::Unbound;
    }
    if (b->server != server)
        return Verdict::OtherServer;
    if (b->teamId != teamId)
        return Verdict::OtherTeam;
    return b->credential == fingerprint(b->salt, credentialIdentity) ? Verdict::Same
                                                                     : Verdict::NewCredential;
}

bool StoreBinding::bind(const QString &server, qint64 teamId, const QString &teamName,
                        const QString &credentialIdentity, qint64 nowMs)
{
    if (!allows(check(server, teamId, credentialIdentity)))
        return false;
    return guardVoid(*m_store, [&] {
        Transaction transaction(*m_store);
        const QSqlDatabase db = m_store->database();
        QByteArray salt;
        {
            QSqlQuery q = prepared(db, QStringLiteral("SELECT salt FROM binding WHERE id = 1"));
            run(q);
            if (q.next())
                salt = q.value(0).toByteArray();
        }
        if (salt.isEmpty()) {
            for (int i = 0; i < 4; ++i) {
                const quint32 word = QRandomGenerator::system()->generate();
                salt.append(reinterpret_cast<const char *>(&word), sizeof word);
            }
        }
        QSqlQuery q = prepared(
            db, QStringLiteral("INSERT OR REPLACE INTO binding(id, team_id, team_name, server, "
                               "credential, salt, verified) VALUES (1, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(teamId);
        q.addBindValue(teamName);
        q.addBindValue(server);
        q.addBindValue(fingerprint(salt, credentialIdentity));
        q.addBindValue(salt);
        q.addBindValue(nowMs);
        run(q);
        transaction.commit();
    });
}

} // namespace ContactDesk::Store
