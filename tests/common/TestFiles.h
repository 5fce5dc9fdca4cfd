#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace ContactDesk::Tests {

// Writes `bytes` to `name` in `dir` and returns the path; stops the test
// program when it cannot (nothing after it would mean anything).
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A path in `dir` named after the running test function:
// "<prefix><function>.sqlite", so each test function has a file of its own.
inline QString fileForTest(const QTemporaryDir &dir, const QString &prefix = {})
{
    return dir.filePath(prefix + QString::fromLatin1(QTest::currentTestFunction()) +
                        QStringLiteral(".sqlite"));
}

} // namespace ContactDesk::Tests
