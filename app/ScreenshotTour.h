#pragma once

#include <QObject>
#include <QString>

namespace ContactDesk::Views {
class MainWindow;
}

namespace ContactDesk::App {

class AppContext;

// Saves pictures of the running app for the README: once the first sync is
// done it shows the main window with a contact selected, then the settings
// bulk edit and new contact dialogs, the compose dialog and the import
// wizard (columns, check), grabs each as a PNG into a folder and quits with
// 0 (1 when a picture could not be written). Driven by --screenshots DIR
// (--screenshot-palette dark for the dark pictures).
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(AppContext *context, QString directory, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    // Starts when the context reports its first sync.
    void start();
    // A dark palette for the pictures of a dark desktop (Fusion's colours
    // turned round), applied to the whole application.
    static void useDarkPalette();

private:
    void take();
    void takeImport(Views::MainWindow *window); // the import wizard's two first steps
    bool save(QWidget *widget, const QString &name);

    AppContext *m_context;
    QString m_directory;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace ContactDesk::App
