#pragma once

#include "store/ContactStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk::Store {

// One row of an import as the journal keeps it: what it sends (`body`, a
// field map as ContactFields uses, with "phone" always set), what an update
// replaced (`before`, the same keys with the contact's values then), and
// where it is.
struct ImportRow
{
    enum class Kind
    {
        Create = 1,
        Update = 2
    };
    enum class State
    {
        Pending = 0, // to send
        Sent = 1,    // sent, answer not recorded: a crash resends it (safely, see ImportUploader)
        Done = 2,    // the server has it
        Failed = 3,  // the server refused it (error says why)
        UndoPending = 4, // to undo
        UndoSent = 5,
        Undone = 6,
        UndoFailed = 7,
        Unknown = 8 // a create sent by an earlier run, or whose answer was lost: look it up first
    };

    qint64 importId = 0;
    qint64 line = 0; // the file's line, as the preview showed it
    Kind kind = Kind::Create;
    QJsonObject body;
    QJsonObject before;
    State state = State::Pending;
    qint64 contactId = 0; // the server's id, once known
    QString uuid;         // the v2 id, once known (needed to delete it again)
    QString error;
};

// What an import's file was when it was checked: its size, modification
// time and the SHA-256 of its bytes. Recorded with the import (schema 9)
// and compared before the upload starts and when a run resumes
// (Sync::ImportSession::fileCheck, ::describeChange).
struct FileCheck
{
    qint64 size = -1;    // bytes; -1: not known (an import from before schema 9)
    qint64 modified = 0; // ms since the epoch (UTC)
    QByteArray sha256;   // hex, lower case
    bool isKnown() const { return size >= 0 && !sha256.isEmpty(); }
    friend bool operator==(const FileCheck &a, const FileCheck &b)
    {
        return a.size == b.size && a.modified == b.modified && a.sha256 == b.sha256;
    }
    friend bool operator!=(const FileCheck &a, const FileCheck &b) { return !(a == b); }
};

struct ImportRecord
{
    enum class State
    {
        Staged = 0,    // rows written, nothing sent
        Uploading = 1, // started (a crash leaves it here: resume)
        Done = 2,      // every row answered (some may have failed)
        Cancelled = 3, // stopped by the user; pending rows stay to resume
        Undoing = 4,
        Undone = 5
    };

    qint64 id = 0;
    QString file;
    qint64 started = 0; // ms since the epoch
    State state = State::Staged;
    QJsonObject options;
    FileCheck checked; // the file as it was checked (not known before schema 9)
    // Rows by state.
    int total = 0;
    int pending = 0; // pending or sent
    int done = 0;
    int failed = 0;
    int undone = 0;
    int undoPending = 0;
    int undoFailed = 0;
    int created = 0; // done rows that created a contact
    int updated = 0; // done rows that updated one
};

// The imports of an account and their rows, in the account's store file.
// Rows are written in one transaction when an import is staged; each batch
// is marked sent before its request and answered row by row after it.
// Errors as ContactStore's: nothing throws; a write that fails returns
// false (0, -1) and a read nothing, and the store reports why.
class ImportJournal
{
public:
    explicit ImportJournal(ContactStore *store);
    static QList<Schema::Step> schemaSteps();

    qint64 begin(const QString &file, const QJsonObject &options, const QList<ImportRow> &rows,
                 const FileCheck &checked = {});
    QList<ImportRecord> imports() const; // newest first
    std::optional<ImportRecord> import(qint64 id) const;
    // The newest import that still has work: staged but not sent yet (no
    // connection then), interrupted while sending (a crash), or an undo
    // under way; 0 when there is none. The window resumes it when the
    // account connects, unless another process is sending it
    // (Sync::ImportUploader::claim). An import the user stopped
    // (Cancelled: the wizard's Cancel, Ctrl+C or SIGTERM of the CLI) is
    // never returned: it is resumed only when the user asks (stopped()).
    qint64 unfinished() const;
    // The newest import the user stopped with rows still to send, if it is
    // the newest import of all (an import started after it supersedes the
    // offer); 0 when there is none.
    qint64 stopped() const;
    // What "undo the last import" takes back, for the window and the CLI
    // alike: an undo under way, else the newest finished (or stopped)
    // import if it changed anything; imports already undone are passed
    // over, and nothing older than the newest finished one is offered.
    std::optional<ImportRecord> lastUndoable() const;

    // At the start of an uploader run: rows an earlier run left sent (a
    // crash) become Unknown (creates: looked up before they go again) or
    // pending again (updates and deletes are safe to repeat).
    bool beginRun(qint64 importId);
    // Up to max rows to send next: Unknown creates first, then pending ones;
    // one kind per batch. Rows on their way (Sent) are never returned.
    QList<ImportRow> nextBatch(qint64 importId, int max, bool undo) const;
    bool setState(qint64 importId, ImportRecord::State state);
    bool markSent(qint64 importId, const QList<qint64> &lines, bool undo);
    bool markPending(qint64 importId, const QList<qint64> &lines, bool undo = false);
    bool markUnknown(qint64 importId, const QList<qint64> &lines);
    // The answers to one batch, written in one transaction.
    struct Answer
    {
        qint64 line = 0;
        bool done = false;
        qint64 contactId = 0;
        QString uuid;
        QString error; // when not done
    };
    bool record(qint64 importId, const QList<Answer> &answers, bool undo);
    // Done rows become UndoPending; returns how many, or -1.
    int startUndo(qint64 importId);
    QList<ImportRow> rows(qint64 importId, const QList<ImportRow::State> &states) const;

private:
    ImportRow rowFrom(const QSqlQuery &query) const;
    void setRowState(qint64 importId, const QList<qint64> &lines, ImportRow::State state);

    ContactStore *m_store;
};

} // namespace ContactDesk::Store
