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

void out(const QString &text); // a line on stdout
void err(const QString &text); // a line on stderr
// An object or array, indented, on stdout.
void printJson(const QJsonValue &value);

} // namespace ContactDesk::Cli
