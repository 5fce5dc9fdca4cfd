#include "MainWindow.h"

#include "ContactFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
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

    auto *header = new QHBoxLayout;
    m_workspace = new QLabel(central);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_server = new QLabel(central);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_workspace);
    header->addWidget(m_server);
    header->addStretch();
    layout->addLayout(header);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search names, phone numbers, email, custom values…"));
    m_search->setClearButtonEnabled(true);
    m_counts = new QLabel(central);
    m_counts->setObjectName(QStringLiteral("contactCountLabel"));
    m_counts->setAccessibleName(tr("Contact count"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_counts);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b00020; padding: 6px;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->hide();
    layout->addWidget(m_notice);
    setCentralWidget(central);

    // Typing filters as you go; a short pause coalesces fast typing.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] {
        if (m_contacts)
            m_contacts->setFilterText(m_search->text());
    });

    m_refresh = new QAction(tr("&Sync now"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    auto *find = new QAction(tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refresh);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);

    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_progress);
    resize(1100, 650);
}

MainWindow::~MainWindow() = default;

void MainWindow::setContacts(Models::ContactFilterModel *contacts)
{
    m_contacts = contacts;
    m_table->setModel(contacts);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(contacts, signal, this, &MainWindow::updateCounts);
    connect(contacts, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    updateCounts();
}

void MainWindow::setWorkspace(const QString &name, const QUrl &server)
{
    m_workspace->setText(name);
    m_server->setText(server.toString());
    statusBar()->showMessage(tr("%1 is running at %2").arg(name, server.toString()));
}

void MainWindow::setContactCount(qint64 count)
{
    m_total = count;
    updateCounts();
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    const qint64 shown = m_contacts ? m_contacts->rowCount() : m_total;
    if (m_contacts && !m_search->text().isEmpty())
        m_counts->setText(
            tr("%1 of %n contact(s)", "", static_cast<int>(m_total)).arg(locale.toString(shown)));
    else
        m_counts->setText(tr("%n contact(s)", "", static_cast<int>(m_total)));
}

void MainWindow::setSyncStatus(const QString &text, qint64 received, qint64 expected)
{
    m_syncStatus->setText(text);
    m_progress->setVisible(received >= 0);
    if (received >= 0) {
        m_progress->setRange(0, expected > 0 ? 1000 : 0);
        if (expected > 0)
            m_progress->setValue(
                static_cast<int>(std::min<qint64>(1000, received * 1000 / expected)));
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

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/columns"), m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/columns")).toByteArray());
}

} // namespace ContactDesk::Views
