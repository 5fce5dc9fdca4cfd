#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QAction;
class QComboBox;
class QToolButton;
class QLineEdit;
class QProgressBar;
class QSettings;
class QSplitter;
class QTableView;
class QUndoStack;

namespace ContactDesk::Models {
class ContactFilterModel;
class MessageHistoryModel;
class TemplateListModel;
} // namespace ContactDesk::Models
namespace ContactDesk::Store {
class ContactStore;
} // namespace ContactDesk::Store
namespace ContactDesk::Sync {
class ImportUploader;
class MessageSender;
} // namespace ContactDesk::Sync

namespace ContactDesk::Views {

class ComposeDialog;
class ContactDetailPanel;
class ImportWizard;

// The main window: a search bar with live counts, the contact table (the
// store's contacts, sortable by any column) beside the detail panel of the
// selected contact, the workspace in a header, errors and notices, the sync
// state and the pending/failed edit counts in the status bar. Edits go
// through one undo stack (Ctrl+Z, Ctrl+Shift+Z).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The contacts to show (not owned).
    void setContacts(Models::ContactFilterModel *contacts);
    // The store edits are written to (not owned).
    void setStore(Store::ContactStore *store);
    void setDefaultRegion(const QString &region);
    // What imports use (not owned): the uploader (nullptr while not
    // connected) and the settings that remember column mappings.
    void setImportUploader(Sync::ImportUploader *uploader);
    void setSettings(QSettings *settings);
    // What messaging uses (not owned; all nullptr while not connected):
    // the outbox messages go through, the team's templates for the compose
    // dialog and the model of the detail panel's recent messages.
    void setMessaging(Sync::MessageSender *outbox, Models::TemplateListModel *templates,
                      Models::MessageHistoryModel *history);
    // Opens the compose dialog for the contacts with `ids` (Message ▸ …, the
    // detail panel's button); nullptr when there is nobody to message.
    ComposeDialog *composeMessage(const QList<qint64> &ids);
    // Every contact the table shows (the filtered view), in its order.
    QList<qint64> shownIds() const;
    // Sends every unsent message in the outbox again.
    void sendUnsentMessages();
    // Opens the import wizard for a CSV file (File ▸ Import, a file dropped
    // on the window, a path on the command line).
    ImportWizard *openImport(const QString &path);
    // Writes the selected contacts (or, with selectionOnly false, every
    // contact the table shows) as CSV; returns how many, or -1 with error.
    qint64 exportContacts(const QString &path, bool selectionOnly, bool byteOrderMark,
                          QString *error);
    // Asks, then takes the newest finished import back.
    void undoLastImport();
    ContactDetailPanel *detailPanel() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undo; }
    // Selects the contact with `id` in the table, if it is shown.
    bool selectContact(qint64 id);
    QList<qint64> selectedIds() const;
    // Asks, then deletes the selected contacts.
    void deleteSelected();
    // Asks for a phone number and creates a contact with it.
    void newContact();
    // Opens the bulk edit dialog for the selected contacts.
    void bulkEdit();
    void setWorkspace(const QString &name, const QUrl &server);
    void setContactCount(qint64 count);
    void setError(const QString &message);
    // Something the user should know that is not an error (empty hides it).
    void setNotice(const QString &message);
    // The sync state in the status bar; a progress bar while `received` >= 0.
    void setSyncStatus(const QString &text, qint64 received, qint64 expected);

    // Window geometry and the table's column layout.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    void refreshRequested();
    void settingsRequested();

private:
    void updateCounts();
    void updateOutboxCounts();
    void updateUnsentMessages();
    void fillFilterCombos();
    void applyFilter();
    void showNextNeedingAttention();
    void onSelectionChanged();
    void chooseImportFile();
    void chooseExportFile();

    Models::ContactFilterModel *m_contacts = nullptr;
    qint64 m_total = 0;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    ContactDetailPanel *m_detail = nullptr;
    QUndoStack *m_undo = nullptr;
    Store::ContactStore *m_store = nullptr;
    Sync::ImportUploader *m_uploader = nullptr;
    QSettings *m_settings = nullptr;
    Sync::MessageSender *m_messages = nullptr;
    Models::TemplateListModel *m_templates = nullptr;
    QList<QAction *> m_messageActions;
    QToolButton *m_unsent = nullptr;
    QToolButton *m_outbox = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QString m_region = QStringLiteral("US");
    QLabel *m_workspace = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_syncStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace ContactDesk::Views
