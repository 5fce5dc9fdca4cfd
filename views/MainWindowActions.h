#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace ContactDesk::Views {

// Every action of the main window, each with its text, shortcut, icon name
// (drawn by views/Icons) and object name (the handle tests and
// scripts/screenshots find it by), and the File, Edit and Message menus and
// the toolbar that show them. The window connects them to what they do;
// like a uic Ui class, the actions are plain members. The actions belong
// to the window, so they follow its palette and are found among its
// children.
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    // Undo and redo come from `undo`.
    MainWindowActions(QMainWindow *window, QUndoStack *undo);
    ~MainWindowActions() override;

    // Every key that redoes, each once.
    static QList<QKeySequence> redoKeys();

    // Adds the menus and the toolbar to the window.
    // Returns the File menu (its import actions are brought up to date as it opens).
    QMenu *addMenusAndToolBar(QMainWindow *window) const;

    // File
    QAction *importContacts = nullptr;
    QAction *exportContacts = nullptr;
    QAction *undoImport = nullptr;
    QAction *resumeImport = nullptr;
    QAction *newContact = nullptr;
    QAction *sync = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *bulkEdit = nullptr;
    QAction *deleteContacts = nullptr;
    // Message
    QAction *messageSelected = nullptr;
    QAction *messageShown = nullptr;
    QAction *sendUnsent = nullptr;
};

} // namespace ContactDesk::Views
