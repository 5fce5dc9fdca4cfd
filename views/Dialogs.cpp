#include "views/Dialogs.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace ContactDesk::Views::Dialogs {

namespace {

struct ChoiceAnswer
{
    int option = -1;
    bool checked = false;
};

// The seam's state: what tests queued and what was asked. The views run on
// the GUI thread only, so one instance without locking serves.
struct Answers
{
    QList<QMessageBox::StandardButton> buttons;
    QList<ChoiceAnswer> choices;
    QStringList fileNames;
    QList<std::optional<QString>> texts;
    QList<Asked> asked;
    bool showUnanswered = true;
};

Answers &answers()
{
    static Answers state;
    return state;
}

// The answer closing the box (Escape) gives, as QMessageBox picks it.
QMessageBox::StandardButton escapeButton(QMessageBox::StandardButtons buttons)
{
    for (QMessageBox::StandardButton button :
         {QMessageBox::Cancel, QMessageBox::Close, QMessageBox::Abort, QMessageBox::No,
          QMessageBox::NoToAll, QMessageBox::Ignore})
        if (buttons.testFlag(button))
            return button;
    // One button alone (an Ok box) is its own escape.
    const int bits = int(buttons.toInt());
    if (bits != 0 && (bits & (bits - 1)) == 0)
        return QMessageBox::StandardButton(bits);
    return QMessageBox::NoButton;
}

// Takes the oldest queued answer, recording `what`; nothing (and, when
// dialogs are not to show, a record of an unanswered one) without one.
template<typename T>
std::optional<T> takeAnswer(QList<T> &queue, Asked what)
{
    Answers &state = answers();
    if (!queue.isEmpty()) {
        what.answered = true;
        state.asked.append(what);
        return queue.takeFirst();
    }
    if (!state.showUnanswered) {
        what.answered = false;
        state.asked.append(what);
    }
    return std::nullopt;
}

bool mayShow()
{
    return answers().showUnanswered;
}

Asked asking(Kind kind, const QString &title, const QString &text, const QString &detail = {},
             const QString &initial = {})
{
    Asked what;
    what.kind = kind;
    what.title = title;
    what.text = text;
    what.detail = detail;
    what.initial = initial;
    return what;
}

} // namespace

QMessageBox::StandardButton ask(QWidget *parent, const Message &message)
{
    Asked what = asking(Kind::Message, message.title, message.text, message.informativeText);
    what.buttons = message.buttons;
    what.defaultButton = message.defaultButton;
    what.buttonTexts = message.buttonTexts;
    if (const auto answer = takeAnswer(answers().buttons, what))
        return *answer;
    if (!mayShow())
        return escapeButton(message.buttons);
    QMessageBox box(message.icon, message.title, message.text, message.buttons, parent);
    box.setTextFormat(Qt::PlainText); // the texts carry contact names and file names
    if (!message.informativeText.isEmpty()) {
        box.setInformativeText(message.informativeText);
        if (auto *label = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
            label->setTextFormat(Qt::PlainText);
    }
    if (message.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(message.defaultButton);
    for (const auto &[button, label] : message.buttonTexts)
        if (QAbstractButton *shown = box.button(button))
            shown->setText(label);
    // As QMessageBox::question() and its siblings answer.
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

namespace {

QMessageBox::StandardButton simple(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                   const QString &text, QMessageBox::StandardButtons buttons,
                                   QMessageBox::StandardButton defaultButton)
{
    Message message;
    message.icon = icon;
    message.title = title;
    message.text = text;
    message.buttons = buttons;
    message.defaultButton = defaultButton;
    return ask(parent, message);
}

} // namespace

bool confirm(QWidget *parent, const Confirmation &confirmation)
{
    Message message;
    message.icon = confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question;
    message.title = confirmation.title;
    message.text = confirmation.text;
    message.informativeText = confirmation.informativeText;
    message.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    message.defaultButton = confirmation.destructive ? QMessageBox::Cancel : QMessageBox::Yes;
    message.buttonTexts = {{QMessageBox::Yes, confirmation.action}};
    return ask(parent, message) == QMessageBox::Yes;
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    return simple(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton)
{
    return simple(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton)
{
    return simple(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

int choose(QWidget *parent, Choice &choice)
{
    Asked what = asking(Kind::Choice, choice.title, choice.text, choice.checkBox);
    what.options = choice.options;
    if (const auto answer = takeAnswer(answers().choices, what)) {
        if (!choice.checkBox.isEmpty())
            choice.checked = answer->checked;
        return answer->option >= 0 && answer->option < choice.options.size() ? answer->option : -1;
    }
    if (!mayShow())
        return -1;
    QMessageBox box(QMessageBox::Question, choice.title, choice.text, QMessageBox::NoButton,
                    parent);
    box.setTextFormat(Qt::PlainText);
    QList<QPushButton *> buttons;
    for (const QString &option : std::as_const(choice.options))
        buttons.append(box.addButton(option, QMessageBox::AcceptRole));
    box.addButton(QMessageBox::Cancel);
    QCheckBox *check = nullptr;
    if (!choice.checkBox.isEmpty()) {
        check = new QCheckBox(choice.checkBox, &box);
        check->setChecked(choice.checked);
        box.setCheckBox(check);
    }
    box.exec();
    if (check)
        choice.checked = check->isChecked();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter)
{
    if (const auto answer =
            takeAnswer(answers().fileNames, asking(Kind::OpenFile, caption, {}, filter, directory)))
        return *answer;
    if (!mayShow())
        return {};
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter)
{
    if (const auto answer =
            takeAnswer(answers().fileNames, asking(Kind::SaveFile, caption, {}, filter, directory)))
        return *answer;
    if (!mayShow())
        return {};
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, caption, directory, filter, &selected);
    // A name typed without a suffix gets the chosen kind's ("*.vcf").
    static const QRegularExpression firstPattern(QStringLiteral("\\(\\*(\\.[A-Za-z0-9]+)"));
    if (const QRegularExpressionMatch match = firstPattern.match(selected);
        !path.isEmpty() && QFileInfo(path).suffix().isEmpty() && match.hasMatch())
        path += match.captured(1);
    return path;
}

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                            const QString &initial)
{
    if (const auto answer =
            takeAnswer(answers().texts, asking(Kind::Text, title, label, {}, initial)))
        return *answer;
    if (!mayShow())
        return std::nullopt;
    bool ok = false;
    const QString typed =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(typed) : std::nullopt;
}

void setNextAnswer(QMessageBox::StandardButton button)
{
    answers().buttons.append(button);
}

void setNextChoice(int option, bool checked)
{
    answers().choices.append({option, checked});
}

void setNextFileName(const QString &path)
{
    answers().fileNames.append(path);
}

void setNextText(const std::optional<QString> &text)
{
    answers().texts.append(text);
}

void setShowUnanswered(bool show)
{
    answers().showUnanswered = show;
}

QList<Asked> asked()
{
    return answers().asked;
}

int unusedAnswers()
{
    const Answers &state = answers();
    return int(state.buttons.size() + state.choices.size() + state.fileNames.size() +
               state.texts.size());
}

void reset()
{
    answers() = Answers();
}

} // namespace ContactDesk::Views::Dialogs
