// contactdesk: the desktop application. Parses the command line and hands
// over to the composition root.

#include "app/AppContext.h"
#include "app/ScreenshotTour.h"
#include "app/SingleInstance.h"
#include "translations/Translations.h"
#include "views/Dialogs.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <sys/stat.h>

namespace {

// The options the command line takes.
struct Options
{
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Keep every setting and data file under DIR instead of "
                                            "the usual places."),
        QStringLiteral("DIR")};
    QCommandLineOption demoSize{
        QStringLiteral("sandbox-contacts"),
        QCoreApplication::translate(
            "main", "Size of the demo team seeded when the sandbox workspace is first created."),
        QStringLiteral("N"), QStringLiteral("5000")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "main", "After the first sync, save pictures of the window and dialogs to DIR, then "
                    "quit (used by scripts/screenshots)."),
        QStringLiteral("DIR")};
    QCommandLineOption screenshotPalette{
        QStringLiteral("screenshot-palette"),
        QCoreApplication::translate("main", "The palette of the pictures --screenshots takes."),
        QStringLiteral("light|dark"), QStringLiteral("light")};
    QCommandLineOption reading{
        QStringLiteral("reading"),
        QCoreApplication::translate(
            "main", "How the sandbox workspace reads the points the Heymarket docs leave open: "
                    "\"strict\" (the default: the reading hardest for ContactDesk, so what works "
                    "here works on any real account) or \"lenient\"."),
        QStringLiteral("strict|lenient"), QStringLiteral("strict")};
};

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));
}

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "ContactDesk manages and messages your team's Heymarket contacts. With no account "
                "configured it opens a local sandbox workspace with demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.profile, options.demoSize, options.reading, options.screenshots,
                       options.screenshotPalette});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "CSV files to import (each opens the import wizard)."),
        QStringLiteral("[FILE…]"));
}

// --help and --version print and quit: they need no display (a terminal
// over ssh, a container), so they are answered before the GUI starts.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Whatever else this process writes (locks, the sandbox's data, exports)
    // is the user's alone: no permission for the group or others.
    ::umask(::umask(0) | 077);
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameTheApplication();
        ContactDesk::Translations::install(core);
        const Options options;
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("ContactDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.contactdesk.ContactDesk"));
    ContactDesk::Translations::install(app);

    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    ContactDesk::App::AppContext::Config config;
    if (parser.isSet(options.profile))
        config.profile = ContactDesk::Store::Profile::inDirectory(parser.value(options.profile));
    bool ok = false;
    config.sandboxContacts = parser.value(options.demoSize).toInt(&ok);
    if (!ok || config.sandboxContacts < 0) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "--sandbox-contacts takes a number (0 or more)")
                            << Qt::endl;
        return 2;
    }

    const std::optional<ContactDesk::Sandbox::Reading> readingValue =
        ContactDesk::Sandbox::readingFromName(parser.value(options.reading));
    if (!readingValue) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "--reading takes \"strict\" or \"lenient\"")
                            << Qt::endl;
        return 2;
    }
    config.sandboxReading = *readingValue;

    // One window per profile: a file opened while ContactDesk runs goes to
    // the running window (the screenshot tour always runs on its own).
    QString noSocket;
    ContactDesk::App::SingleInstance instance(
        ContactDesk::App::SingleInstance::nameFor(config.profile.dataDirectory(), &noSocket));
    if (!parser.isSet(options.screenshots)) {
        if (instance.handOff(parser.positionalArguments()))
            return 0;
        QString why;
        if (!instance.listen(&why))
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "Other launches will open a second window: %1")
                                       .arg(noSocket.isEmpty() ? why : noSocket)
                                << Qt::endl;
    }

    ContactDesk::App::AppContext context(config);
    const QString problem = context.start();
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << Qt::endl;
        ContactDesk::Views::Dialogs::warning(
            nullptr, QCoreApplication::translate("main", "ContactDesk cannot start"), problem);
        return 1;
    }
    ContactDesk::App::openHandedFiles(instance, context.mainWindow());
    context.mainWindow()->show();
    for (const QString &file : parser.positionalArguments())
        context.mainWindow()->openImport(file);
    std::unique_ptr<ContactDesk::App::ScreenshotTour> tour;
    if (parser.isSet(options.screenshots)) {
        if (parser.value(options.screenshotPalette) == QLatin1String("dark"))
            ContactDesk::App::ScreenshotTour::useDarkPalette();
        context.mainWindow()->resize(1280, 780);
        tour = std::make_unique<ContactDesk::App::ScreenshotTour>(
            &context, parser.value(options.screenshots));
        tour->start();
    }
    return QApplication::exec();
}
