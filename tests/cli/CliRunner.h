#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace ContactDesk::Tests {

// What one run of contactdesk-cli gave.
struct CliResult
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

// Runs the real contactdesk-cli executable with `account` (the options
// naming the account) before each command's arguments. The test's event
// loop turns while it runs, so a sandbox living in the test's thread
// answers it.
class CliRunner
{
public:
    CliRunner(QString executable, QStringList account,
              QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
        : m_executable(std::move(executable))
        , m_account(std::move(account))
        , m_environment(std::move(environment))
    {}

    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(m_executable, m_account + arguments);
        return process;
    }

    static CliResult finish(QProcess &process, int timeoutMs = 60000)
    {
        if (process.state() != QProcess::NotRunning) {
            QEventLoop loop;
            QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        CliResult result;
        result.exitCode =
            process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit
                ? process.exitCode()
                : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    CliResult run(const QStringList &arguments) const
    {
        auto process = start(arguments);
        return finish(*process);
    }

private:
    QString m_executable;
    QStringList m_account;
    QProcessEnvironment m_environment;
};

} // namespace ContactDesk::Tests
