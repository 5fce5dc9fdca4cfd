#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ContactDesk::Views {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ContactDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/contactdesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h2>ContactDesk</h2>"), central);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_workspace = new QLabel(central);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_server = new QLabel(central);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contacts = new QLabel(central);
    m_contacts->setObjectName(QStringLiteral("contactCountLabel"));
    form->addRow(tr("Workspace:"), m_workspace);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Contacts:"), m_contacts);
    layout->addLayout(form);

    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b00020; padding: 6px;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addStretch();
    setCentralWidget(central);

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refresh);
    file->addSeparator();
    file->addAction(quit);
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_progress);
    resize(640, 360);
}

MainWindow::~MainWindow() = default;

void MainWindow::setWorkspace(const QString &name, const QUrl &server)
{
    m_workspace->setText(name);
    m_server->setText(server.toString());
    statusBar()->showMessage(tr("%1 is running at %2").arg(name, server.toString()));
}

void MainWindow::setContactCount(qint64 count)
{
    m_contacts->setText(tr("%n contact(s)", "", static_cast<int>(count)));
}

void MainWindow::setSyncStatus(const QString &text, qint64 received, qint64 expected)
{
    m_syncStatus->setText(text);
    m_progress->setVisible(received >= 0);
    if (received >= 0) {
        m_progress->setRange(0, expected > 0 ? 1000 : 0);
        if (expected > 0)
            m_progress->setValue(static_cast<int>(std::min<qint64>(1000, received * 1000 / expected)));
    }
}

void MainWindow::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void MainWindow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace ContactDesk::Views
