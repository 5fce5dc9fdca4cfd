#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QAction;
class QLineEdit;
class QProgressBar;
class QSettings;
class QTableView;

namespace ContactDesk::Models {
class ContactFilterModel;
}

namespace ContactDesk::Views {

// The main window: a search bar with live counts, the contact table (the
// store's contacts, sortable by any column), the workspace in a header,
// errors and notices, and the sync state in the status bar. The detail
// panel, filters, editing actions and settings come with the views issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The contacts to show (not owned).
    void setContacts(Models::ContactFilterModel *contacts);
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

Q_SIGNALS:
    void refreshRequested();

private:
    void updateCounts();

    Models::ContactFilterModel *m_contacts = nullptr;
    qint64 m_total = 0;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
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
