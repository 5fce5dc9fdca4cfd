#pragma once

#include "sync/ImportSession.h"

#include <QDialog>
#include <QFutureWatcher>

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

    // The steps, as the buttons run them (for tests too).
    void setTarget(int column, Import::Target target, qint64 customFieldId = 0);
    void setUpdateExisting(bool update, bool overwrite);
    void check();       // runs the preview; the Check page shows when done
    void startUpload(); // stages and sends
    void undoImport();
    // Writes the rows needing attention (Check page) or the failed rows
    // (after the upload) as CSV with an Error column.
    bool saveProblemRows(const QString &fileName, QString *error);
    Models::ImportPreviewModel *previewModel() const { return m_model; }

Q_SIGNALS:
    void checked();  // the preview is ready (or failed: errorText())
    void uploaded(); // the upload or the undo ended (reportText())

protected:
    void reject() override;

private:
    void buildColumnsPage();
    void buildCheckPage();
    void buildUploadPage();
    void readHeader();
    void fillMappingTable();
    Import::ColumnMapping mappingFromCombo(int column) const;
    void showCounts();
    void onProgress(qint64 importId, int answered, int total, qint64 etaMs);
    void onFinished(qint64 importId, bool cancelled, const QString &message);
    void rememberMapping();
    void saveProblemRowsAs();

    Store::ContactStore *m_store;
    Sync::ImportUploader *m_uploader;
    QSettings *m_settings;
    Sync::ImportPlan m_plan;
    QStringList m_header;
    QList<QStringList> m_samples;
    std::unique_ptr<Sync::Preview> m_preview;
    Import::TeamIndex m_team; // as the check used it (owners looked up by email)
    QFutureWatcher<std::shared_ptr<Sync::Preview>> m_watcher;
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
    QPushButton *m_checkButton = nullptr;
    QProgressBar *m_checking = nullptr;

    QLabel *m_counts = nullptr;
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
