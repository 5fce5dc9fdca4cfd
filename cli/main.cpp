#include "cli/Cli.h"
#include "cli/Interrupt.h"
#include "translations/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk")); // the app's profile
    ContactDesk::Translations::install(app);
    ContactDesk::Cli::Interrupt::install(); // SIGINT, SIGTERM: see Interrupt.h
    return ContactDesk::Cli::run(QCoreApplication::arguments());
}
