#pragma once

#include <QStringList>

namespace ContactDesk::Cli {

// contactdesk-cli: import, export, list and search on the same engine and
// account as the app (see Cli.cpp for the commands). Returns the process's
// exit code: 0 success, 1 rows rejected or failed, 2 bad usage or an
// unreadable file, 3 no connection to the server or the store.
int run(const QStringList &arguments);

} // namespace ContactDesk::Cli
