#pragma once

#include "api/HeymarketClient.h"
#include "store/ImportJournal.h"
#include "sync/ImportSession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace ContactDesk::Sync {

// Sends a staged import (ImportJournal) to the server in batches of up to
// 1,000 rows, and undoes a finished one.
//
// - New contacts: POST /v2/contacts (bulk create), which answers with each
//   created contact's id and UUID; they enter the store at once.
// - Updates: POST /v1/batch/contacts?overwrite=true with only the fields the
//   import changes (safe to repeat). Further phones and emails the contact
//   does not have become channel additions in the store's outbox
//   (ContactStore::addChannel), which the sync engine sends; an undo leaves
//   them (the channel API removes only a contact's primary).
// - Undo: DELETE /v2/contacts with the created UUIDs; updated contacts get
//   the values they had before through the same batch endpoint.
//
// Every batch is marked sent before its request; two are on their way at a
// time (the server works on one while the answer to the other is
// recorded). After a crash or a lost answer, a batch of creates is first
// looked up by phone (one v2 search for the whole batch): contacts that are
// there are adopted, only the others are sent again, so nothing is lost or
// doubled. Tag names the
// team does not have yet are created before the first batch.
//
// Requests go through the client's scheduler (500 a minute by default);
// 100,000 new contacts are 100 requests.
//
// One process sends an account's imports at a time: a run holds a lock
// file beside the store file (`<store>.import.lock`, QLockFile, taken over
// when the process that held it is gone, e.g. a SIGKILLed CLI), and a
// run that cannot take it ends at once (finished() says who holds it);
// nothing is sent then. claim() takes it ahead of a run (the CLI holds it
// from before it stages until it exits, so the window never sees its
// import unowned).
class ImportUploader : public QObject
{
    Q_OBJECT

public:
    static constexpr int batchSize = 1000;
    static constexpr int maxInFlight = 2;

    ImportUploader(Api::HeymarketClient *client, Store::ContactStore *store,
                   QObject *parent = nullptr);
    ~ImportUploader() override;

    // Sends (or resumes) the import's rows; undo = take a done import back.
    void start(qint64 importId);
    void startUndo(qint64 importId);
    // Stops after the batch in flight; the rest stays pending (start()
    // resumes). The import is marked stopped by the user (Cancelled) at
    // once, so that even a process that exits before the batch is answered
    // leaves it as a stop the window does not resume by itself.
    void cancel();

    // Takes the account's import lock and keeps it until release() (or
    // this uploader is gone); true when this process holds it. When another
    // process holds it, false, and owner (if given) names it for people.
    bool claim(QString *owner = nullptr);
    void release();
    // Whether another process holds the lock now (owner as claim()).
    bool heldElsewhere(QString *owner = nullptr) const;
    QString lockPath() const;
    bool isRunning() const { return m_importId != 0; }
    // Owners given by email in the plan's file, looked up on this account's
    // server (ImportSession::resolveOwnerEmails) for the window's wizard.
    void resolveOwnerEmails(const ImportPlan &plan, Import::TeamIndex team, QObject *context,
                            std::function<void(Import::TeamIndex, QString)> done);
    qint64 importId() const { return m_importId; }
    // The contacts this uploader queued channel additions for (updates with
    // further phones or emails), for a caller that pushes them itself.
    QList<qint64> channelContacts() const { return m_channelContacts; }

Q_SIGNALS:
    // Rows answered so far (this import, all runs) of total; etaMs < 0 when
    // not known yet.
    void progress(qint64 importId, int answered, int total, qint64 etaMs);
    // Done (every row answered), cancelled, or stopped by an error that
    // leaves the rest pending (message says why).
    void finished(qint64 importId, bool cancelled, const QString &message);
    // Contacts were created, changed or deleted on the server (once, when a
    // run ends).
    void serverChanged();

private:
    void run(qint64 importId, bool undo);
    void next();
    void resolveTags(const QStringList &names);
    void resolveFields();
    void prepareTags();
    void failRows(const QList<qint64> &lines, const QString &error);
    // True when the request failed (the rows are dealt with); lookUpFirst
    // for creates, whose lost answer leaves unknown whether they happened.
    bool handledFailure(const Api::ApiError &error, const QList<qint64> &lines, bool lookUpFirst);
    void transientFailure(const Api::ApiError &error, const QList<qint64> &lines, bool lookUpFirst);
    QJsonObject resolved(const QJsonObject &body, QString *problem) const;
    void recoverCreates(const QList<Store::ImportRow> &batch);
    void sendCreates(const QList<Store::ImportRow> &batch);
    void sendUpdates(const QList<Store::ImportRow> &batch, bool undo);
    void addChannels(const QList<Store::ImportRow> &batch,
                     const QList<Store::ImportJournal::Answer> &answers,
                     const QHash<qint64, qint64> &contactByLine);
    void sendWholeUpdates(const QList<Store::ImportRow> &batch,
                          const QHash<QString, Contact> &server, bool undo);
    void sendDeletes(const QList<Store::ImportRow> &batch);
    void afterBatch(int answered);
    void stop(bool cancelled, const QString &message);
    bool stopIfStoreFailed();
    bool takeLock(QString *owner);
    static QString busyMessage(const QString &owner);
    ContactWrite writeFor(const QJsonObject &body, QString *problem) const;
    template<typename Request, typename Handler>
    void send(Request *request, Handler handler);

    Api::HeymarketClient *m_client;
    Store::ContactStore *m_store;
    Store::ImportJournal m_journal;
    qint64 m_importId = 0;
    bool m_undo = false;
    bool m_cancelled = false;
    QString m_stopMessage; // a stop for an error once the batches on their way are answered
    bool m_tagsResolved = false;
    bool m_fieldsResolved = false;
    QHash<QString, qint64> m_tagIds;   // lower-case name -> id
    QHash<QString, qint64> m_fieldIds; // lower-case title -> id
    Api::RequestGroup m_requests;      // on their way
    int m_inFlight = 0;
    QSet<qint64> m_lookedUp; // lines looked up by phone in this run
    bool m_retryPending = false;
    QElapsedTimer m_clock;
    int m_answeredAtStart = 0;
    int m_answered = 0;
    int m_total = 0;
    bool m_changedServer = false;
    QList<qint64> m_channelContacts; // contacts given channels to add (addChannels)
    int m_transientFailures = 0;
    quint64 m_failuresAtStart = 0;     // the store's failure count when the run began
    std::unique_ptr<QLockFile> m_lock; // held while a run goes (or since claim())
    bool m_claimed = false;            // claim(): kept after the run
};

} // namespace ContactDesk::Sync
