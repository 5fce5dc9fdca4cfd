#include "views/MainWindowActions.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace ContactDesk::Views {

namespace {

QAction *action(QMainWindow *window, const QString &text, const QString &objectName,
                const QString &iconName = {})
{
    auto *made = new QAction(text, window);
    made->setObjectName(objectName);
    if (!iconName.isEmpty())
        made->setProperty("iconName", iconName);
    return made;
}

} // namespace

QList<QKeySequence> MainWindowActions::redoKeys()
{
    // The platform's redo keys (Ctrl+Shift+Z, and Ctrl+Y where that is the
    // custom), each once: a key bound twice is ambiguous to Qt, which then
    // does nothing. Ctrl+Y and Ctrl+Shift+Z both work everywhere, as in
    // office suites and browsers.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &also :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!keys.contains(also))
            keys.append(also);
    return keys;
}

MainWindowActions::MainWindowActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
{
    importContacts = action(window, tr("&Import contacts…"), QStringLiteral("importAction"),
                            QStringLiteral("import"));
    importContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importContacts->setToolTip(tr("Import contacts from a CSV file (or drop one on the window)"));
    exportContacts = action(window, tr("E&xport contacts…"), QStringLiteral("exportAction"),
                            QStringLiteral("export"));
    exportContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    undoImport = action(window, tr("Undo the &last import…"), QStringLiteral("undoImportAction"));
    resumeImport =
        action(window, tr("&Resume the stopped import"), QStringLiteral("resumeImportAction"));
    newContact = action(window, tr("&New contact…"), QStringLiteral("newContactAction"),
                        QStringLiteral("contact-new"));
    newContact->setShortcut(QKeySequence::New);
    sync = action(window, tr("&Sync now"), QStringLiteral("refreshAction"), QStringLiteral("sync"));
    sync->setShortcut(QKeySequence::Refresh);
    settings = action(window, tr("Se&ttings…"), QStringLiteral("settingsAction"));
    // The platform's key (empty on most Linux desktops) and Ctrl+, never
    // an empty one first: the menu shows the first.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsKeys.removeAll(QKeySequence());
    if (const QKeySequence comma(Qt::CTRL | Qt::Key_Comma); !settingsKeys.contains(comma))
        settingsKeys.append(comma);
    settings->setShortcuts(settingsKeys);
    settings->setMenuRole(QAction::PreferencesRole);
    quit = action(window, tr("&Quit"), QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    undo = undoStack->createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setProperty("iconName", QStringLiteral("undo"));
    redo = undoStack->createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setProperty("iconName", QStringLiteral("redo"));
    redo->setShortcuts(redoKeys());
    find = action(window, tr("&Find…"), QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    bulkEdit = action(window, tr("&Bulk edit…"), QStringLiteral("bulkEditAction"),
                      QStringLiteral("bulk-edit"));
    bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    deleteContacts = action(window, tr("&Delete contacts…"), QStringLiteral("deleteContactsAction"),
                            QStringLiteral("delete"));
    deleteContacts->setShortcut(QKeySequence::Delete);
    // Delete is the table's key (the window adds the action to it), not a
    // text field's.
    deleteContacts->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    messageSelected = action(window, tr("Message the &selected contacts…"),
                             QStringLiteral("messageSelectedAction"), QStringLiteral("message"));
    messageSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    messageShown =
        action(window, tr("Message &everyone shown…"), QStringLiteral("messageShownAction"));
    messageShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    sendUnsent =
        action(window, tr("Send &unsent messages again"), QStringLiteral("sendUnsentAction"));

    // The toolbar's words: short and fixed, so the bar keeps its width (the
    // menus say the whole thing, "Undo Add tag “VIP” on 5 contacts", and
    // so does the tooltip, which follows the text).
    newContact->setIconText(tr("New"));
    bulkEdit->setIconText(tr("Bulk edit"));
    deleteContacts->setIconText(tr("Delete"));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    sync->setIconText(tr("Sync"));
    importContacts->setIconText(tr("Import"));
    messageSelected->setIconText(tr("Message"));
}

MainWindowActions::~MainWindowActions() = default;

QMenu *MainWindowActions::addMenusAndToolBar(QMainWindow *window) const
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(importContacts);
    file->addAction(exportContacts);
    file->addAction(undoImport);
    file->addAction(resumeImport);
    file->addSeparator();
    file->addAction(newContact);
    file->addAction(sync);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(bulkEdit);
    edit->addAction(deleteContacts);
    QMenu *message = window->menuBar()->addMenu(tr("&Message"));
    message->addAction(messageSelected);
    message->addAction(messageShown);
    message->addSeparator();
    message->addAction(sendUnsent);

    QToolBar *tools = window->addToolBar(tr("Contacts"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(newContact);
    tools->addAction(bulkEdit);
    tools->addAction(deleteContacts);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addAction(sync);
    tools->addSeparator();
    tools->addAction(importContacts);
    tools->addAction(messageSelected);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return file;
}

} // namespace ContactDesk::Views
