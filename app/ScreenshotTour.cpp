#include "ScreenshotTour.h"

#include "AppContext.h"
#include "BulkEditDialog.h"
#include "ContactDetailPanel.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace ContactDesk::App {

ScreenshotTour::ScreenshotTour(AppContext *context, QString directory, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_directory(std::move(directory))
{}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    connect(m_context, &AppContext::synced, this, [this] {
        if (m_started)
            return;
        m_started = true;
        // Let the table and the background ranks settle before the pictures.
        QTimer::singleShot(1500, this, &ScreenshotTour::take);
    });
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(m_directory).filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        QTextStream(stderr) << tr("Could not write %1").arg(path) << Qt::endl;
        m_failed = true;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}

void ScreenshotTour::take()
{
    if (!QDir().mkpath(m_directory)) {
        QTextStream(stderr) << tr("Could not create %1").arg(m_directory) << Qt::endl;
        QApplication::exit(1);
        return;
    }
    Views::MainWindow *window = m_context->mainWindow();
    auto *table = window->findChild<QTableView *>(QStringLiteral("contactTable"));
    if (table && table->model()->rowCount() > 2) {
        table->selectRow(2);
        table->setFocus();
    }
    save(window, QStringLiteral("main-window.png"));
    save(window->detailPanel(), QStringLiteral("detail-panel.png"));

    Views::SettingsDialog settings(m_context->currentSettings(), window);
    settings.show();
    save(&settings, QStringLiteral("settings-dialog.png"));
    settings.hide();

    if (table && table->model()->rowCount() > 40) {
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0),
                           table->model()->index(39, table->model()->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        Views::BulkEditDialog bulk(m_context->store(), window->selectedIds(), window);
        bulk.show();
        save(&bulk, QStringLiteral("bulk-edit-dialog.png"));
        bulk.hide();
    }
    QApplication::exit(m_failed ? 1 : 0);
}

} // namespace ContactDesk::App
