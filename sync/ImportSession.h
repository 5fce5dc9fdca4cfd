#pragma once

#include "core/CsvReader.h"
#include "core/ImportValidator.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSettings>

#include <functional>
#include <memory>
#include <optional>

namespace ContactDesk::Api {
class HeymarketClient;
}

namespace ContactDesk::Sync {

// What the user chose for one CSV file.
struct ImportPlan
{
    QString path;
    Csv::Options csv;
    Import::Mapping mapping;
    Import::Options options;
    QHash<qint64, QStringList> fixes; // line -> the row's fields as the user corrected them
    // The file as the preview checked it (Preview::checked): stage() refuses
    // a file that is no longer so. Not known: stage() takes the file as it is.
    Store::FileCheck checked;
    // The owner emails of the file (ImportSession::ownerEmails), collected
    // already (the wizard does it off the GUI thread): resolveOwnerEmails
    // then does not read the file.
    std::optional<QStringList> ownerEmails;
    // The account's store file (ContactStore::path()): a row matching a
    // contact is compared with it there, on a read-only connection of the
    // reading thread's own, and counted unchanged when it would change
    // nothing. Empty: matched rows are updates (or skips) unseen.
    QString storeFile;

    QJsonObject toJson() const; // what the journal remembers of it
};

// What staging read from the file (ImportSession::readForStaging), before
// anything is written: the rows to create, and those that may update a
// contact (their values; what they change is decided with the store).
struct StagingRead
{
    QString error;        // nothing can be staged (the file, changed or unreadable, or stopped)
    bool changed = false; // error: the file is not the one checked
    Store::FileCheck checked;
    struct Pending
    {
        qint64 line = 0;
        qint64 existingId = 0; // 0: a new contact
        QJsonObject incoming;  // the row's values as a field map
    };
    QList<Pending> rows; // in file order
    QJsonArray newFields;
};

// A row the preview shows: every row that needs attention (invalid or
// skipped), and the first rows of the file whatever they are.
struct PreviewRow
{
    qint64 line = 0;
    Import::Row::Action action = Import::Row::Action::Invalid;
    QStringList problems;
    QStringList fields; // as read (or as fixed)
    qint64 existingId = 0;
    QStringList warnings; // what the row is imported without (Import::Row::warnings)
    QString unknownOwner;
};

// The result of checking a whole file before anything is sent.
class Preview
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Sync::Preview)

public:
    QString error; // the file could not be read (then errorLine says where, if known)
    qint64 errorLine = 0;
    QStringList warnings; // what the reader said about rows it read (Csv::Reader::warnings)
    QStringList header;
    Csv::Encoding encoding = Csv::Encoding::Utf8;
    QChar delimiter;
    qint64 rows = 0;
    // Invalid and skipped rows, and rows with a warning, in file order (at most maxKept).
    QList<PreviewRow> attention;
    QList<PreviewRow> first;   // the first rows of the file
    bool attentionCut = false; // more rows needed attention than were kept
    Store::FileCheck checked;  // the file's size, time and hash as it was checked
    // Owner cells no team member answers to (as written, the first spelling
    // of each), with how many rows have them: what the wizard lets the user
    // map to members. At most maxUnknownOwners of them.
    QMap<QString, int> unknownOwners;
    static constexpr int maxUnknownOwners = 500;

    static constexpr int maxKept = 100000;
    static constexpr int firstRows = 200;

    const Import::Counts &counts() const;
    // The user corrected a row (all its fields): it is checked again, against
    // the team and the rest of the file, and the counts follow. Returns the
    // row as it now is.
    PreviewRow fix(qint64 line, const QStringList &fields);

private:
    friend class ImportSession;
    std::unique_ptr<Import::Validator> m_validator;
    QString m_storeFile;
    QHash<qint64, PreviewRow> m_byLine; // rows fixed so far, as they are now
};

// Reads a CSV or vCard file for the import wizard and the command line: the team
// index from the store, the preview, and staging (the journal's rows, what
// each update changes and what it replaces) for ImportUploader.
class ImportSession
{
public:
    // Whether the file is read as vCards (VCard::Reader: a .vcf or .vcard
    // name, or a first line BEGIN:VCARD) rather than CSV. Every step below
    // reads either; a vCard file's header is VCard::Reader::columns().
    static bool isVCard(const QString &path, QIODevice *device = nullptr);
    static Import::TeamIndex teamIndex(const Store::ContactStore &store);
    // Owner values of files mapped to team members by the user (the wizard's
    // owner table), remembered in the profile's settings under
    // "import/owners": value in lower case -> member id, 0 for "nobody".
    static QHash<QString, qint64> ownerChoices(const QSettings *settings);
    // memberId < 0 forgets the choice.
    static void setOwnerChoice(QSettings *settings, const QString &value, qint64 memberId);
    // Adds the remembered choices to team (the wizard and the CLI alike); a
    // member who left the team is no choice any more, so the row is warned
    // again.
    static void applyOwnerChoices(Import::TeamIndex &team, const QSettings *settings,
                                  const QList<TeamMember> &members);
    // Owner cells holding an email address (Heymarket's importer takes the
    // member's email, and GET /v1/team lists names only) are looked up with
    // GET /v1/users/get in groups of 100 and added to team.memberByKey
    // under the lower-case address, as the member of the same name (else
    // the membership id). done(team, error) runs once, on this thread,
    // right away when there is nothing to look up, and never once `context`
    // is gone.
    static void resolveOwnerEmails(Api::HeymarketClient *client, const ImportPlan &plan,
                                   Import::TeamIndex team, QObject *context,
                                   std::function<void(Import::TeamIndex, QString)> done);
    // Reads just the header (and what the reader found out about the file),
    // and the fields of up to `samples` rows after it into `first`, unchecked.
    static Preview header(const QString &path, const Csv::Options &csv, int samples = 0);
    // The mapping remembered for this header layout in settings (by the
    // wizard), else the guess from the headers (*remembered says which).
    static Import::Mapping mappingFor(const QStringList &header, const QSettings *settings,
                                      const QList<CustomField> &teamFields,
                                      bool *remembered = nullptr);
    // progress(bytesRead, totalBytes) may return false to stop.
    static Preview preview(const ImportPlan &plan, const Import::TeamIndex &team,
                           const std::function<bool(qint64, qint64)> &progress = {});
    // The file's size, modification time and SHA-256 as they are now; not
    // known (size -1) when it cannot be read (error says why, if given).
    static Store::FileCheck fileCheck(const QString &path, QString *error = nullptr);
    // Empty when the file holds the bytes that were checked (or the check
    // is not known; a new modification time alone is no change: the file
    // was touched or copied back); else one sentence naming the file and
    // what changed (its size, its modification time, its content), or that
    // it is gone. gone, if given,
    // says whether the file is no longer there.
    static QString changeSince(const QString &path, const Store::FileCheck &checked,
                               bool *gone = nullptr);
    // Writes the import's rows to the journal (new and update rows; rows an
    // update would not change are left out) and returns its id, or 0 with
    // error set. A file that is no longer as plan.checked says is refused
    // (error: changeSince's sentence); nothing is staged then. The journal
    // records the file as it was checked.
    // team: the index the preview used (with owners looked up by email);
    // without it, the store's.
    static qint64 stage(const ImportPlan &plan, Store::ContactStore *store, QString *error,
                        const Import::TeamIndex *team = nullptr);
    // stage() in its two halves, so that the window reads the file on a
    // worker thread: readForStaging() reads and checks the file (no store:
    // safe on any thread; progress(bytesRead, totalBytes) as it goes, stopped
    // by plan.csv.stop), commitStaging() then, on the store's thread, works
    // out what each update changes (one store read per row matching a
    // contact) and writes the journal.
    static StagingRead readForStaging(const ImportPlan &plan, const Import::TeamIndex &team,
                                      const std::function<void(qint64, qint64)> &progress = {});
    static qint64 commitStaging(const ImportPlan &plan, const StagingRead &read,
                                Store::ContactStore *store, QString *error);
    // The owner cells of the file holding an email address the team index
    // does not know (at most 2,000), lower-cased: what resolveOwnerEmails
    // looks up. Reads the file: safe on any thread.
    static QStringList ownerEmails(const ImportPlan &plan, const Import::TeamIndex &team);
    // Copies the rows of the file at these lines (as fixed, where the plan
    // fixed them) to out as CSV, with an "Error" column holding each one's
    // reason: the rows to correct and import again. Returns how many, or -1
    // with error set.
    static qint64 writeRows(const ImportPlan &plan, const QHash<qint64, QString> &reasons,
                            QIODevice *out, QString *error);
};

} // namespace ContactDesk::Sync
