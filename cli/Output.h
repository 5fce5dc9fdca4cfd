#pragma once

#include <QJsonValue>
#include <QString>

// What contactdesk-cli prints: results on stdout (text, or JSON with
// --json), progress, questions and problems on stderr, and the exit codes.
namespace ContactDesk::Cli {

enum Exit
{
    Success = 0,
    Rejected = 1,    // a row, a recipient, a contact not found, a server refusal
    Usage = 2,       // bad usage, an unreadable file
    NoConnection = 3 // no connection to the server or the local store
};

// Text from the server or a file (names, tags, messages, errors) must not
// drive the terminal: every control character (C0 but the line breaks and
// tabs kept, DEL, C1) and the bidirectional overrides are written as a
// visible escape: ESC as \e, BEL as \a, CR as \r, others as \xHH or
// \u{HHHH}. With keepLineBreaks false, "\n" and "\t" are escaped too
// (a value shown on one line).
QString visible(const QString &text, bool keepLineBreaks = false);

void out(const QString &text); // a line on stdout, through visible() (line breaks kept)
void err(const QString &text); // a line on stderr, the same way
// A question on stderr, with no line end.
void prompt(const QString &text);
// Whether standard input is a terminal (a question can be answered).
bool stdinIsTerminal();
// Asks `question` (a "[y/N]" one) and reads the answer from standard input:
// true for yes (y, yes, or the same in the user's language), false for
// anything else, nothing included.
bool askYes(const QString &question);
// An object or array, indented, on stdout (JSON escapes C0 itself; DEL, C1
// and the bidirectional overrides are written as \uXXXX too).
void printJson(const QJsonValue &value);

} // namespace ContactDesk::Cli
