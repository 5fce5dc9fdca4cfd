#pragma once

#include <QStringList>

namespace ContactDesk::Cli {

// contactdesk-cli: the commands (one class each, see Command.h and
// README.md) on the same engine and account as the app. `arguments` as
// QCoreApplication::arguments() gives them. Returns the process's exit
// code: 0 success; 1 rejected (a row, a recipient, a contact not found, a
// server refusal); 2 bad usage or an unreadable file; 3 no connection to
// the server or the local store; 130 or 143 stopped by SIGINT or SIGTERM
// (cli/Interrupt.h).
int run(const QStringList &arguments);

} // namespace ContactDesk::Cli
