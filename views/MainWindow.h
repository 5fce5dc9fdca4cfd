#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QAction;
class QProgressBar;

namespace ContactDesk::Views {

// The main window. For now it shows which workspace is open (the embedded
// sandbox or a Heymarket account), where its server is and how many
// contacts it holds; the contact table and detail panel come next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setWorkspace(const QString &name, const QUrl &server);
    void setContactCount(qint64 count);
    void setError(const QString &message);
    // Something the user should know that is not an error (empty hides it).
    void setNotice(const QString &message);
    // The sync state in the status bar; a progress bar while `received` >= 0.
    void setSyncStatus(const QString &text, qint64 received, qint64 expected);

Q_SIGNALS:
    void refreshRequested();

private:
    QLabel *m_workspace = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_contacts = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_syncStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace ContactDesk::Views
