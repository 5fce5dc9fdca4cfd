#pragma once

#include "views/Dialogs.h"

namespace ContactDesk::Tests {

// Puts the views' dialog seam (views/Dialogs.h) in test mode: nothing
// queued or recorded from before, and a dialog asked without an answer
// queued is not shown (it would wait for a click no one makes) but
// answered as Escape would and recorded as unanswered. Tests then queue
// answers with Views::Dialogs::setNextAnswer() and its siblings and read
// what was asked with Views::Dialogs::asked(). Call it in init().
inline void answerDialogsInTests()
{
    Views::Dialogs::reset();
    Views::Dialogs::setShowUnanswered(false);
}

// The last dialog asked through the seam (an empty one when none was).
inline Views::Dialogs::Asked lastAsked()
{
    const QList<Views::Dialogs::Asked> asked = Views::Dialogs::asked();
    return asked.isEmpty() ? Views::Dialogs::Asked{} : asked.last();
}

} // namespace ContactDesk::Tests
