// contactdesk-cli and the key: --api-url must be https:// (or loopback
// http://, the sandbox); the key comes from CONTACTDESK_API_KEY, a private
// --api-key-file or --api-key-stdin, and --api-key still works but warns.
// Text the server sends (names with terminal escapes) is printed escaped.

#include "tests/cli/CliRunner.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/TestFiles.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestCliSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;

    QString profile() const { return m_dir.filePath(QStringLiteral("profile")); }

    // The environment without CONTACTDESK_API_KEY unless `key` is given.
    static QProcessEnvironment environment(const QString &key = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CONTACTDESK_API_KEY"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("CONTACTDESK_API_KEY"), key);
        return env;
    }

    CliResult run(const QStringList &arguments, const QProcessEnvironment &env,
                  const QByteArray &input = {}) const
    {
        CliRunner runner(QStringLiteral(CLI_EXECUTABLE), {QStringLiteral("--profile"), profile()},
                         env);
        auto process = runner.start(arguments);
        if (process->waitForStarted(15000)) {
            process->write(input);
            process->closeWriteChannel();
        }
        return CliRunner::finish(*process);
    }

    QStringList server() const
    {
        return {QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()};
    }

    QString keyFile(const QByteArray &content, mode_t mode) const
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("key.txt"), content);
        if (::chmod(QFile::encodeName(path).constData(), mode) != 0)
            qFatal("chmod failed");
        return path;
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        m_sandbox = std::make_unique<SandboxFixture>(3, options);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
        QDir(profile()).removeRecursively();
    }
    void cleanup() { m_sandbox.reset(); }

    void plainHttpToAnotherHostIsRefused()
    {
        const QString key = QString::fromLatin1(SandboxFixture::apiKey);
        for (const QString &url :
             {QStringLiteral("http://x.test"), QStringLiteral("http://192.168.1.5:8080/api")}) {
            const CliResult result =
                run({QStringLiteral("--api-url"), url, QStringLiteral("list")}, environment(key));
            QCOMPARE(result.exitCode, 2); // usage: nothing was sent
            QVERIFY2(result.err.contains(url.toUtf8()), result.err.constData());
            QVERIFY2(result.err.contains("https://"), result.err.constData());
            // After the command's name too.
            const CliResult after =
                run({QStringLiteral("list"), QStringLiteral("--api-url"), url}, environment(key));
            QCOMPARE(after.exitCode, 2);
            QVERIFY2(after.err.contains(url.toUtf8()), after.err.constData());
        }
        // The sandbox on loopback http:// is allowed.
        const CliResult loopback =
            run(server() + QStringList{QStringLiteral("list")}, environment(key));
        QCOMPARE(loopback.exitCode, 0);
        QVERIFY2(loopback.err.isEmpty(), loopback.err.constData());
    }

    void theKeyComesFromAPrivateFile()
    {
        const QByteArray key = SandboxFixture::apiKey;
        const QString path = keyFile(key + "\n", 0600); // one line end is not the key
        const CliResult ok = run(
            server() + QStringList{QStringLiteral("--api-key-file"), path, QStringLiteral("list")},
            environment());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.err.isEmpty(), ok.err.constData());
        QCOMPARE(ok.out.count('\n'), 3);

        // A file others can read is refused, naming it and the fix.
        keyFile(key + "\n", 0644);
        const CliResult shared = run(
            server() + QStringList{QStringLiteral("--api-key-file"), path, QStringLiteral("list")},
            environment());
        QCOMPARE(shared.exitCode, 2);
        QVERIFY2(shared.err.contains(path.toUtf8()), shared.err.constData());
        QVERIFY2(shared.err.contains("chmod 600"), shared.err.constData());
        QVERIFY(shared.out.isEmpty());

        keyFile("", 0600);
        const CliResult empty = run(
            server() + QStringList{QStringLiteral("--api-key-file"), path, QStringLiteral("list")},
            environment());
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("holds no key"), empty.err.constData());

        const CliResult missing =
            run(server() + QStringList{QStringLiteral("--api-key-file"),
                                       m_dir.filePath(QStringLiteral("none.txt")),
                                       QStringLiteral("list")},
                environment());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("none.txt"), missing.err.constData());
    }

    void theKeyComesFromStandardInput()
    {
        const CliResult ok =
            run(server() + QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("list")},
                environment(), QByteArray(SandboxFixture::apiKey) + "\r\n");
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.err.isEmpty(), ok.err.constData());
        QCOMPARE(ok.out.count('\n'), 3);

        const CliResult none =
            run(server() + QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("list")},
                environment(), {});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("holds no key"), none.err.constData());
    }

    void theKeyOnTheCommandLineWorksButWarns()
    {
        const CliResult result =
            run(server() + QStringList{QStringLiteral("--api-key"),
                                       QString::fromLatin1(SandboxFixture::apiKey),
                                       QStringLiteral("list")},
                environment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 3);
        QVERIFY2(result.err.contains("Warning: --api-key"), result.err.constData());
        QVERIFY(result.err.contains("CONTACTDESK_API_KEY"));
        QVERIFY(result.err.contains("--api-key-file"));
        QVERIFY(result.err.contains("--api-key-stdin"));
        QVERIFY(!result.err.contains(SandboxFixture::apiKey)); // the warning does not repeat it

        // The environment alone: no warning.
        const CliResult quiet = run(server() + QStringList{QStringLiteral("list")},
                                    environment(QString::fromLatin1(SandboxFixture::apiKey)));
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());

        // One way at a time; and a server needs a key.
        const CliResult two =
            run(server() + QStringList{QStringLiteral("--api-key"), QStringLiteral("k"),
                                       QStringLiteral("--api-key-stdin"), QStringLiteral("list")},
                environment());
        QCOMPARE(two.exitCode, 2);
        QVERIFY2(two.err.contains("one way"), two.err.constData());
        const CliResult without =
            run(server() + QStringList{QStringLiteral("list")}, environment());
        QCOMPARE(without.exitCode, 2);
        QVERIFY2(without.err.contains("--api-key-file"), without.err.constData());
    }

    void terminalEscapesFromTheServerArePrintedEscaped()
    {
        // A name that would retitle the terminal, and one with a C1 CSI and a
        // line break that would forge a line of its own.
        const QString title = QStringLiteral("\x1b]0;pwned\x07");
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact"),
                            QJsonObject{
                                {QStringLiteral("phone"), QStringLiteral("14155550199")},
                                {QStringLiteral("first"), title},
                                {QStringLiteral("last"), QStringLiteral("X\u009b31m\nFAKE\tLINE")}})
                     .status,
                 200);
        const QProcessEnvironment env = environment(QString::fromLatin1(SandboxFixture::apiKey));
        const auto clean = [](const QByteArray &bytes) {
            for (const char c : bytes)
                if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                    return false;
            return !bytes.contains("\xc2\x9b"); // U+009B in UTF-8
        };
        const CliResult list = run(server() + QStringList{QStringLiteral("list")}, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(clean(list.out), list.out.toHex().constData());
        QVERIFY2(list.out.contains("\\e]0;pwned\\a"), list.out.constData());
        QVERIFY2(list.out.contains("\\x9b31m\\nFAKE\\tLINE"), list.out.constData());
        QCOMPARE(list.out.count('\n'), 4); // one line per contact, the forged one is not

        const CliResult show = run(
            server() + QStringList{QStringLiteral("show"), QStringLiteral("+14155550199")}, env);
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(clean(show.out), show.out.toHex().constData());
        QVERIFY2(show.out.contains("\\e]0;pwned\\a"), show.out.constData());
        QVERIFY(!show.out.contains("\nFAKE"));

        // JSON stays JSON, with the controls written as \uXXXX.
        const CliResult json =
            run(server() + QStringList{QStringLiteral("show"), QStringLiteral("+14155550199"),
                                       QStringLiteral("--json")},
                env);
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(clean(json.out), json.out.toHex().constData());
        QCOMPARE(json.json().toObject().value(QStringLiteral("first")).toString(), title);
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
