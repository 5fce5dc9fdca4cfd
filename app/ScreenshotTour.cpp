#include "app/ScreenshotTour.h"

#include "app/AppContext.h"
#include "views/BulkEditDialog.h"
#include "views/ComposeDialog.h"
#include "views/ContactDetailPanel.h"
#include "views/ImportWizard.h"
#include "views/MainWindow.h"
#include "views/NewContactDialog.h"
#include "views/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
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

void ScreenshotTour::useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4a));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Light, QColor(0x50, 0x52, 0x56));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
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

    Views::NewContactDialog newContact(m_context->workspace().store(),
                                       m_context->workspace().defaultRegion(), window);
    newContact.show();
    newContact.findChild<QLineEdit *>(QStringLiteral("newFirstName"))->setText(tr("Amara"));
    newContact.findChild<QLineEdit *>(QStringLiteral("newPhone"))->setText(tr("415 555 01"));
    QApplication::processEvents(); // the hint's line, laid out
    newContact.adjustSize();
    save(&newContact, QStringLiteral("new-contact-dialog.png"));
    newContact.hide();

    Views::SettingsDialog settings(m_context->currentSettings(), window);
    settings.show();
    save(&settings, QStringLiteral("settings-dialog.png"));
    settings.hide();

    if (table && table->model()->rowCount() > 40) {
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0),
                           table->model()->index(39, table->model()->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        Views::BulkEditDialog bulk(m_context->workspace().store(), window->selectedIds(), window);
        bulk.show();
        save(&bulk, QStringLiteral("bulk-edit-dialog.png"));
        bulk.hide();
    }
    if (table && table->model()->rowCount() > 6) {
        // Six contacts, a smart apostrophe and a dash: the segment counter
        // names them; any opted-out contact among them shows as excluded.
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0),
                           table->model()->index(5, table->model()->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        if (Views::ComposeDialog *compose = window->composeMessage(window->selectedIds())) {
            compose->setText(tr("Hi {{first_name}}, your order’s ready — see you at the counter!"));
            compose->resize(760, 860);
            save(compose, QStringLiteral("compose-dialog.png"));
            compose->close();
        }
    }
    takeImport(window);
}

void ScreenshotTour::takeImport(Views::MainWindow *window)
{
    // A small spreadsheet as teams bring them: one bad phone, one bad email,
    // one row twice.
    const QString csv = QDir::temp().filePath(QStringLiteral("spring-fair-leads.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly)) {
        QApplication::exit(1);
        return;
    }
    file.write("First Name,Last Name,Phone Number,Email,Opt Out,List,Company\n"
               "Léa,Moreau,+33 6 12 34 56 78,lea.moreau@example.fr,no,Spring Fair,Atelier Lune\n"
               "Tomás,Ortega,(415) 555-0172,tomas@example.com,no,Spring Fair;VIP,Ortega & Co\n"
               "Ingrid,Berg,555-01,ingrid@example.no,no,Spring Fair,\n"
               "Kwame,Mensah,+233 24 123 4567,kwame@,yes,,Mensah Foods\n"
               "Tomás,Ortega,415 555 0172,,,,\n");
    file.close();
    Views::ImportWizard *wizard = window->openImport(csv);
    if (!wizard) {
        QApplication::exit(1);
        return;
    }
    wizard->resize(980, 560);
    connect(wizard, &Views::ImportWizard::checked, this, [this, wizard, csv] {
        save(wizard, QStringLiteral("import-check.png"));
        wizard->close();
        QFile::remove(csv);
        QApplication::exit(m_failed ? 1 : 0);
    });
    // The header is read off the GUI thread: the columns page once it is in.
    const auto columns = [this, wizard] {
        save(wizard, QStringLiteral("import-columns.png"));
        wizard->check();
    };
    if (wizard->headerReady())
        columns();
    else
        connect(wizard, &Views::ImportWizard::headerRead, this, columns, Qt::SingleShotConnection);
}

} // namespace ContactDesk::App
