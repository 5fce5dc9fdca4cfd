#include "app/Translations.h"
#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk")); // the app's profile
    ContactDesk::App::installTranslations(app);
    return ContactDesk::Cli::run(QCoreApplication::arguments());
}
