#pragma once

#include <QList>
#include <QMessageBox>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// The one way the views open a message box, a file dialog or a one-line
// text prompt, so that tests can answer them (keepassxc's
// MessageBox::setNextAnswer and fileDialog()->setNextFileName are the
// model). Each call takes the oldest answer a test queued for its kind of
// dialog instead of showing anything, and records what it asked; with no
// answer queued it shows the real QMessageBox, QFileDialog or QInputDialog
// (or, once a test said so with setShowUnanswered(false), answers as
// Escape would and records the dialog as unanswered).
namespace ContactDesk::Views::Dialogs {

enum class Kind
{
    Message,  // ask(), question(), warning(), information()
    Choice,   // choose()
    OpenFile, // openFileName()
    SaveFile, // saveFileName()
    Text      // text()
};

// A message box: what it says and the buttons it offers.
struct Message
{
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    // Standard buttons labelled with a text of their own ("Send" for Yes).
    QList<QPair<QMessageBox::StandardButton, QString>> buttonTexts;
};

// The button pressed (the Escape button when the box was closed).
QMessageBox::StandardButton ask(QWidget *parent, const Message &message);
QMessageBox::StandardButton
question(QWidget *parent, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton
warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton
information(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

// Asks before doing something: the button says what is done ("Delete 3
// contacts"), beside Cancel. Enter presses Cancel when `destructive` (what
// cannot be taken back, or is only taken back with work, is never a stray
// keypress away), else the action. True when the action was chosen.
struct Confirmation
{
    QString title;
    QString text;
    QString informativeText;
    QString action;
    bool destructive = false;
};
bool confirm(QWidget *parent, const Confirmation &confirmation);

// A question with ways on of its own: one button per option, in order,
// then Cancel; optionally a check box below the text.
struct Choice
{
    QString title;
    QString text;
    QStringList options;
    QString checkBox;     // the check box's text; empty for none
    bool checked = false; // the check box's state: before, and as chosen
};

// The index of the option taken, or -1 for Cancel (or a closed box).
int choose(QWidget *parent, Choice &choice);

// The file chosen; empty when cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &directory = {},
                     const QString &filter = {});
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory = {},
                     const QString &filter = {});

// One line of text (QInputDialog::getText); nothing when cancelled.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                            const QString &initial = {});

// ---------------------------------------------------------------- for tests

// One dialog as a test reads it back.
struct Asked
{
    Kind kind = Kind::Message;
    QString title;         // the title, or a file dialog's caption
    QString text;          // the message, or a text prompt's label
    QString detail;        // the informative text, or a file dialog's filter
    QString initial;       // a file dialog's directory, or a prompt's initial text
    QStringList options;   // a choice's options
    bool answered = false; // a queued answer was given
    // A message box's buttons, the one Enter presses and the labels of its
    // own ("Delete 3 contacts" on Yes).
    QMessageBox::StandardButtons buttons;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    QList<QPair<QMessageBox::StandardButton, QString>> buttonTexts;
};

// Queue the answer to the next dialog of that kind.
void setNextAnswer(QMessageBox::StandardButton button);
void setNextChoice(int option, bool checked = false); // -1: Cancel
void setNextFileName(const QString &path);            // for open and save; empty: cancelled
void setNextText(const std::optional<QString> &text); // nothing: cancelled
// False: a dialog with no answer queued is not shown but answered as Escape
// would, and recorded with answered = false. True (the default) shows it.
void setShowUnanswered(bool show);
// What was asked through the seam since the last reset, oldest first:
// every dialog answered from the queue, and those not shown.
QList<Asked> asked();
// The answers queued and not yet taken.
int unusedAnswers();
// Forgets the queued answers and the record; unanswered dialogs show again.
void reset();

} // namespace ContactDesk::Views::Dialogs
