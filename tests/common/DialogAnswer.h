#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace ContactDesk::Tests {

// Clicks `button` on the next message box once the event loop runs (the box
// the code under test is about to open with exec()).
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
    });
}

} // namespace ContactDesk::Tests
