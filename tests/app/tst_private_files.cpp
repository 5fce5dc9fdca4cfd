// Other local users have no business in a profile: its folders are 0700 and
// its files 0600 (settings, the store and SQLite's -wal and -shm, the list
// of unsaved edits and its lock, a CLI export), whatever the umask, and
// modes made wider before are narrowed when the profile opens again.

#include "store/ContactStore.h"
#include "store/Profile.h"
#include "sync/Settings.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/SandboxFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ContactDesk;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777)
                                                                    : -1;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    mode_t m_savedMask = 0;

private Q_SLOTS:
    // Whatever the user's umask says, nothing here depends on it.
    void init() { m_savedMask = ::umask(0); }
    void cleanup() { ::umask(m_savedMask); }

    void aNewProfileIsTheUsersAlone()
    {
        QTemporaryDir dir;
        const Store::Profile profile =
            Store::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
        QCOMPARE(profile.ensureExists(), QString());
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("profile"))), 0700);
        QCOMPARE(modeOf(profile.dataDirectory()), 0700);
        {
            const auto settings = profile.openSettings();
            settings->setValue(Sync::Settings::defaultRegion, QStringLiteral("GB"));
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        QCOMPARE(modeOf(profile.settingsFile()), 0600);

        const QString path = profile.dataDirectory() + QStringLiteral("/store.sqlite");
        {
            Store::ContactStore store;
            QCOMPARE(store.open(path).describe(), QString());
            QVERIFY(store.createContact(QJsonObject{
                        {QStringLiteral("first"), QStringLiteral("Ann")},
                        {QStringLiteral("phone"), QStringLiteral("14155550101")}}) != 0);
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        }
        // Nothing in the profile is open to the group or to others.
        QDirIterator it(dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            QVERIFY2((modeOf(entry) & 077) == 0,
                     qPrintable(entry + QStringLiteral(": ") + QString::number(modeOf(entry), 8)));
        }
    }

    void wideModesFromBeforeAreNarrowed()
    {
        QTemporaryDir dir;
        const Store::Profile profile =
            Store::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
        QVERIFY(QDir().mkpath(profile.dataDirectory()));
        const QString path = profile.dataDirectory() + QStringLiteral("/store.sqlite");
        {
            Store::ContactStore store;
            QCOMPARE(store.open(path).describe(), QString());
        }
        QFile settings(profile.settingsFile());
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[phone]\ndefaultRegion=GB\n");
        settings.close();
        for (const QString &wide :
             {dir.filePath(QStringLiteral("profile")), profile.dataDirectory()})
            QVERIFY(::chmod(QFile::encodeName(wide).constData(), 0777) == 0);
        for (const QString &wide : {path, profile.settingsFile()})
            QVERIFY(::chmod(QFile::encodeName(wide).constData(), 0666) == 0);

        QCOMPARE(profile.ensureExists(), QString());
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("profile"))), 0700);
        QCOMPARE(modeOf(profile.dataDirectory()), 0700);
        QCOMPARE(profile.openSettings()->value(Sync::Settings::defaultRegion).toString(),
                 QStringLiteral("GB"));
        QCOMPARE(modeOf(profile.settingsFile()), 0600);
        Store::ContactStore store;
        QCOMPARE(store.open(path).describe(), QString());
        QCOMPARE(modeOf(path), 0600);
    }

    void aCliExportIsTheUsersAlone()
    {
        // The CLI inherits this umask (0) and still writes 0600 files.
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(Tests::SandboxFixture::apiKey)};
        Tests::SandboxFixture sandbox(5, options);
        QVERIFY(sandbox.isRunning());
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                   QString::fromLatin1(Tests::SandboxFixture::apiKey));
        Tests::CliRunner cli(QStringLiteral(CLI_EXECUTABLE),
                             {QStringLiteral("--profile"), dir.filePath(QStringLiteral("profile")),
                              QStringLiteral("--api-url"), sandbox.baseUrl().toString()},
                             env);
        const QString file = dir.filePath(QStringLiteral("contacts.csv"));
        const Tests::CliResult result = cli.run({QStringLiteral("export"), file});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(modeOf(file), 0600);
        QDirIterator it(dir.filePath(QStringLiteral("profile")),
                        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        while (it.hasNext()) {
            const QString entry = it.next();
            QVERIFY2((modeOf(entry) & 077) == 0,
                     qPrintable(entry + QStringLiteral(": ") + QString::number(modeOf(entry), 8)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
