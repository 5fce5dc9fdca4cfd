#pragma once

#include "store/Schema.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace ContactDesk::Store {

class ContactStore;

// What a store file was filled for: one team on one server, and the
// credential last verified for that team there. The secret itself is never
// kept: only a salted HMAC-SHA256 of the credential's identity (the API
// key, or the Secret ID of a JWT secret), with a random salt per file, so
// that another key is recognised and the file tells nothing about the key.
struct Binding
{
    qint64 teamId = 0;
    QString teamName;
    QString server;        // the normalised API base URL (Sync::Workspace::serverIdentity)
    QString credential;    // hex HMAC-SHA256(salt, credential identity)
    QByteArray salt;       // 16 random bytes, made when the file is first bound
    qint64 verifiedMs = 0; // when the team was last confirmed (GET /v1/team)
};

// The binding of one store file (table `binding`, one row) and the one rule
// for whether a session may read or push the file:
//
// - unbound (a new file, or one from before the binding): the first team
//   verified binds it, unless the directory the file keeps (its inboxes'
//   `team`) names another team;
// - the same team on the same server with the same credential: yes;
// - the same team and server with another credential (a rotated key, the
//   second API Secret): yes, after the team check, and the new credential
//   is recorded; the data is the team's, not the key's;
// - another server, or another team: never.
//
// Before any request (an offline start) only a credential already verified
// for the bound team on that server may read the file (knows()).
class StoreBinding final
{
public:
    enum class Verdict
    {
        Unbound,       // may be bound to the team now
        Same,          // bound to this team, server and credential
        NewCredential, // this team and server, another credential: allowed, then recorded
        OtherServer,   // bound to another server: never
        OtherTeam      // bound to (or its directory names) another team: never
    };

    explicit StoreBinding(ContactStore *store);

    static QList<Schema::Step> schemaSteps();

    // The binding; nothing for an unbound file (or when it cannot be read).
    std::optional<Binding> binding() const;
    // Whether this credential was verified for the file's team on this
    // server: what may be shown before the server answers.
    bool knows(const QString &server, const QString &credentialIdentity) const;
    // The rule above, once GET /v1/team answered with teamId.
    Verdict check(const QString &server, qint64 teamId, const QString &credentialIdentity) const;
    static bool allows(Verdict verdict)
    {
        return verdict == Verdict::Unbound || verdict == Verdict::Same ||
               verdict == Verdict::NewCredential;
    }
    // Records the team, server and credential (first bind, or a credential
    // verified for the same team). False when the write failed (reported by
    // the store) or the file is bound to another team or server.
    bool bind(const QString &server, qint64 teamId, const QString &teamName,
              const QString &credentialIdentity, qint64 nowMs);
    // The teams the file's stored inboxes name (a file from before the binding).
    QSet<qint64> directoryTeams() const;

    // The fingerprint of a credential identity with a salt.
    static QString fingerprint(const QByteArray &salt, const QString &credentialIdentity);

private:
    ContactStore *m_store;
};

} // namespace ContactDesk::Store
