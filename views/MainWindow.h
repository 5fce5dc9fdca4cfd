#pragma once

#include <QMainWindow>
#include <QModelIndex>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QUndoStack;

namespace ContactDesk::Models {
class ContactFilterModel;
class ContactTableModel;
class MessageHistoryModel;
class TemplateListModel;
} // namespace ContactDesk::Models
namespace ContactDesk::Store {
class ContactStore;
}
namespace ContactDesk::Sync {
class ImportUploader;
class MessageSender;
class SyncEngine;
} // namespace ContactDesk::Sync

namespace ContactDesk::Views {

class ComposeDialog;
class ContactDetailPanel;
class FilterBar;
class ImportWizard;
class MainWindowActions;
class SyncStatusBar;

// The main window: the workspace in a header, the filter bar, the contact
// table (the store's contacts, sortable by any column) beside the detail
// panel of the selected contact in a splitter, the error and notice
// banners, and the sync status bar. CSV files dropped on it open the import
// wizard. Its actions and menus come from MainWindowActions; edits go
// through one undo stack (Ctrl+Z, Ctrl+Shift+Z). The store's failures show
// in the error banner.
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
    // The engine whose state the status bar shows (not owned; nullptr
    // while not connected).
    void setSyncEngine(Sync::SyncEngine *engine);
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
    // Opens the import wizard for a CSV or vCard file (File ▸ Import, a file
    // dropped on the window, a path on the command line). Before the
    // workspace has a store (it is still starting), the file waits and opens
    // once setStore() gives one; nullptr then.
    ImportWizard *openImport(const QString &path);
    // Writes the selected contacts (or, with selectionOnly false, every
    // contact the table shows) as CSV; returns how many, or -1 with error.
    qint64 exportContacts(const QString &path, bool selectionOnly, bool byteOrderMark,
                          QString *error);
    // Asks, then takes the newest finished import back.
    void undoLastImport();

    // Sends the rest of the import the user stopped (the wizard's Cancel,
    // Ctrl+C or SIGTERM of contactdesk-cli), if it is the newest import:
    // the window never resumes one by itself (Store::ImportJournal::stopped).
    void resumeStoppedImport();
    ContactDetailPanel *detailPanel() const { return m_detail; }
    FilterBar *filterBar() const { return m_filters; }
    SyncStatusBar *syncStatusBar() const { return m_status; }
    QUndoStack *undoStack() const { return m_undo; }
    // Selects the contact with `id` in the table, if it is listed: shown
    // even where the search or a filter hides it (until the filter changes).
    bool selectContact(qint64 id);
    // Selects `id` now, or when its row is listed (a new contact's row comes
    // a moment after it is made; it follows the contact to its server id).
    void selectWhenListed(qint64 id);
    QList<qint64> selectedIds() const;
    // Asks, then deletes the selected contacts.
    void deleteSelected();
    // Opens the new contact dialog; the contact made is selected.
    void newContact();
    // Opens the bulk edit dialog for the selected contacts.
    void bulkEdit();
    void setWorkspace(const QString &name, const QUrl &server);
    void setContactCount(qint64 count);
    void setError(const QString &message);
    // Something the user should know that is not an error (empty hides it).
    void setNotice(const QString &message);

    // Window geometry, the splitter and the table's columns (the columns
    // per account: which show, their order and widths).
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);
    // The header's right-click menu: a check box per column and Reset.
    QMenu *columnMenu();
    // The default columns (name, phone, email, tags, owner, status, sync,
    // updated) at widths that fit the data.
    void resetColumns();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    void refreshRequested();
    void settingsRequested();

private:
    void connectActions();
    void updateMessageActions();
    void showNextNeedingAttention();
    void onSelectionChanged();
    // The table's index of the contact, revealed first if the filter hides
    // it and `reveal` says so; invalid when it is not listed.
    QModelIndex indexOfContact(qint64 id, bool reveal) const;
    const Models::ContactTableModel *allContacts() const;
    QString columnsSettingsKey() const;
    void saveColumns(QSettings &settings) const;
    void restoreColumns(const QSettings &settings);
    void fitColumns();
    void chooseImportFile();
    void chooseExportFile();
    // The folder file dialogs start in, and remembering the one just used.
    QString lastFolder() const;
    void rememberFolder(const QString &file);

    QPointer<Models::ContactFilterModel> m_contacts;
    qint64 m_selectWhenListed = 0; // see selectWhenListed()
    QPointer<Store::ContactStore> m_store;
    QStringList m_pendingImports; // files named before there was a store
    QPointer<Sync::ImportUploader> m_uploader;
    QPointer<Sync::MessageSender> m_messages;
    QPointer<Sync::SyncEngine> m_engine;
    QPointer<Models::TemplateListModel> m_templates;
    QSettings *m_settings = nullptr;
    QString m_region = QStringLiteral("US");
    QLabel *m_workspace = nullptr;
    QLabel *m_server = nullptr;
    FilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    ContactDetailPanel *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QString m_storeError;           // the store's failure the banner shows, if it does
    QWidget *m_noticeBar = nullptr; // the notice and its dismiss button
    QLabel *m_notice = nullptr;
    SyncStatusBar *m_status = nullptr;
    QUndoStack *m_undo = nullptr;
    MainWindowActions *m_actions = nullptr;
    bool m_columnsShown = false;  // this store's columns are laid out (and may be saved)
    bool m_fitWhenListed = false; // default widths wait for the first rows
    QTimer m_columnsSaving;
};

} // namespace ContactDesk::Views
