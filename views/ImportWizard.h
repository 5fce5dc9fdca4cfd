#pragma once

#include "sync/ImportSession.h"

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QListWidget;

namespace ContactDesk::Models {
class ImportPreviewModel;
}
namespace ContactDesk::Sync {
class ImportUploader;
}

namespace ContactDesk::Views {

// The import wizard for one CSV file, in three steps:
//
// 1. Columns: encoding and separator (detected, can be overridden), the
//    default region for numbers without a country code, what to do with
//    contacts that already exist (skip, or update: fill gaps or overwrite),
//    and what each column becomes (guessed from the headers, or the mapping
//    remembered for files laid out the same way).
// 2. Check: every row read and checked before anything is sent; counts of
//    new, updated, skipped and invalid rows; the rows that need attention,
//    filterable, where a corrected cell is checked again at once; the rows
//    with problems can be saved as CSV with an Error column.
// 3. Upload: progress with the time left and Cancel, then the report: what
//    was created and updated, the failed rows (saved as CSV), and Undo this
//    import.
//
// The file is read on a worker thread, never on the GUI thread: the header
// (and the file's encoding, which reads it through), the owner emails, the
// check and the staging's reading (ImportSession::readForStaging; only the
// journal write is on the GUI thread, the store's). Meanwhile a bar under
// the pages shows what is read, with progress and Stop; the window stays
// responsive. One reading at a time; closing the wizard stops it.
class ImportWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum Page
    {
        ColumnsPage,
        CheckPage,
        UploadPage
    };
    // What the worker thread is doing.
    enum class Work
    {
        None,
        ReadHeader,
        LookUpOwners, // the owner emails of the file (the requests are on the GUI thread)
        CheckRows,
        Stage
    };

    // What undoing `record` leaves behind, said before it starts: the
    // custom fields it created (Heymarket's API cannot delete a field);
    // empty when it created none.
    static QString createdFieldsNote(const Store::ImportRecord &record);

    // None owned; uploader may be nullptr (not connected: the upload waits).
    ImportWizard(const QString &path, Store::ContactStore *store, Sync::ImportUploader *uploader,
                 QSettings *settings, const QString &defaultRegion, QWidget *parent = nullptr);
    ~ImportWizard() override;

    int page() const;
    QString path() const { return m_plan.path; }
    const Sync::ImportPlan &plan() const { return m_plan; }
    Sync::Preview *preview() const { return m_preview.get(); }
    qint64 importId() const { return m_importId; }
    QString errorText() const;
    QString reportText() const;
    // The account connected (or went): a check made without it looks the
    // owners up again, and an import staged meanwhile is sent now.
    void setUploader(Sync::ImportUploader *uploader);

    // The steps, as the buttons run them (for tests too).
    void setTarget(int column, Import::Target target, qint64 customFieldId = 0);
    void setUpdateExisting(bool update, bool overwrite);
    // Runs the preview; the Check page shows when done (checked()). Called
    // while the header is still being read, it runs once the header is in.
    void check();
    void startUpload(); // stages (prepared()) and sends
    void stopWork();    // stops the reading on its way (the Stop button)
    Work work() const { return m_work; }
    bool headerReady() const { return m_headerReady; }
    // Tests: runs on the worker thread as each reading starts.
    void setWorkerHook(std::function<void(Work)> hook) { m_workerHook = std::move(hook); }
    void undoImport();
    // Writes the rows needing attention (Check page) or the failed rows
    // (after the upload) as CSV with an Error column.
    bool saveProblemRows(const QString &fileName, QString *error);
    Models::ImportPreviewModel *previewModel() const { return m_model; }

Q_SIGNALS:
    void headerRead(); // the header and first rows are in (or the file failed: errorText())
    void checked();    // the preview is ready (or failed: errorText())
    // Staging ended: ok, the upload page shows (and sends); else why not is
    // in errorText() and nothing was staged.
    void prepared(bool ok);
    void uploaded(); // the upload or the undo ended (reportText())

protected:
    void reject() override;

private:
    void buildColumnsPage();
    void buildCheckPage();
    void buildUploadPage();
    void readHeader();
    void showHeader(const Sync::Preview &head);
    void runPreview(Import::TeamIndex team);
    void finishStaging(const Sync::StagingRead &read, bool stopped);
    void sendStaged(); // the staged import goes (the account is connected)
    // Runs job on a worker thread, then done on this one (not once the
    // wizard is gone). job gets the plan to read, whose csv.stop is this
    // reading's Stop.
    template<typename Result>
    void runWorker(Work work, std::function<Result(const Sync::ImportPlan &)> job,
                   std::function<void(Result, bool stopped)> done);
    void showWork(Work work);
    void workProgress(qint64 done, qint64 total); // from any thread
    void fillMappingTable();
    Import::ColumnMapping mappingFromCombo(int column) const;
    void showCounts();
    void onProgress(qint64 importId, int answered, int total, qint64 etaMs);
    void onFinished(qint64 importId, bool cancelled, const QString &message);
    void rememberMapping();
    // The phone (email) columns in the order they are tried, from the
    // mapping's combos and the order lists; the lists follow the combos.
    void fillOrderLists();
    QList<int> orderFromList(const QListWidget *list) const;
    // Owner values of the file no team member answers to, each with a
    // member (or "unassigned") to take instead; remembered in settings.
    void fillOwnerTable();
    void saveProblemRowsAs();

    Store::ContactStore *m_store;
    Sync::ImportUploader *m_uploader;
    QPushButton *m_saveProblems = nullptr;
    QSettings *m_settings;
    Sync::ImportPlan m_plan;
    QStringList m_header;
    QList<QStringList> m_samples;
    std::unique_ptr<Sync::Preview> m_preview;
    Import::TeamIndex m_team;       // as the check used it (owners looked up by email, and chosen)
    Import::TeamIndex m_teamBase;   // the same before the owners the user chose
    QMap<QString, int> m_ownerRows; // owner values no member answers to, seen by this wizard
    Work m_work = Work::None;
    QFuture<void> m_job;                       // the worker's reading, waited for at the end
    std::shared_ptr<std::atomic<bool>> m_stop; // the reading on its way stops when set
    std::function<void(Work)> m_workerHook;
    bool m_headerReady = false;
    bool m_vCard = false;       // the file is read as vCards: no encoding or separator to choose
    bool m_headerAgain = false; // the encoding or separator changed while the header was read
    bool m_checkWanted = false; // check() while the header was read
    bool m_lookingUp = false;   // owner emails asked of the server, for a check
    bool m_ownersUnresolved = false;  // checked without a connection: owner emails not looked up
    bool m_sendWhenConnected = false; // staged without a connection
    bool m_recheckOwners = false;     // the connection came during a check
    qint64 m_importId = 0;
    bool m_undoing = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_duplicates = nullptr;
    QCheckBox *m_overwrite = nullptr;
    QTableWidget *m_mapping = nullptr;
    QWidget *m_orderBox = nullptr;
    QListWidget *m_phoneOrder = nullptr;
    QListWidget *m_emailOrder = nullptr;
    QWidget *m_ownerBox = nullptr;
    QTableWidget *m_owners = nullptr;
    QPushButton *m_checkButton = nullptr;
    QWidget *m_workBar = nullptr;
    QLabel *m_workLabel = nullptr;
    QProgressBar *m_checking = nullptr;
    QPushButton *m_stopButton = nullptr;

    QLabel *m_counts = nullptr;
    QLabel *m_rowProblems = nullptr; // the current row's problems, under the table
    QComboBox *m_show = nullptr;
    QTableView *m_rows = nullptr;
    Models::ImportPreviewModel *m_model = nullptr;
    QPushButton *m_importButton = nullptr;

    QLabel *m_uploadState = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_report = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_saveFailed = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ContactDesk::Views
