#include "cli/Cli.h"
#include "cli/Interrupt.h"
#include "translations/Translations.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char **argv)
{
    // Whatever else this process writes (locks, the sandbox's data, exports)
    // is the user's alone: no permission for the group or others.
    ::umask(::umask(0) | 077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk")); // the app's profile
    ContactDesk::Translations::install(app);
    ContactDesk::Cli::Interrupt::install(); // SIGINT, SIGTERM: see Interrupt.h
    return ContactDesk::Cli::run(QCoreApplication::arguments());
}
