#include "store/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cerrno>
#include <sys/stat.h>

namespace ContactDesk::Store {

Profile Profile::standard()
{
    Profile profile;
    profile.m_dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    profile.m_settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                             QStringLiteral("/settings.ini");
    return profile;
}

Profile Profile::inDirectory(const QString &directory)
{
    const QString root = QDir(directory).absolutePath();
    Profile profile;
    profile.m_dataDirectory = root + QStringLiteral("/data");
    profile.m_settingsFile = root + QStringLiteral("/settings.ini");
    return profile;
}

QString Profile::sandboxDataFile() const
{
    return m_dataDirectory + QStringLiteral("/sandbox.sqlite");
}

bool Profile::makePrivateFolder(const QString &path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), 0700) == 0;
}

bool Profile::makePrivateFile(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0 || errno == ENOENT;
}

QString Profile::ensureExists() const
{
    for (const QString &directory : {m_dataDirectory, QFileInfo(m_settingsFile).absolutePath()}) {
        if (!makePrivateFolder(directory)) {
            return QCoreApplication::translate("ContactDesk::Store::Profile",
                                               "cannot create the folder %1")
                .arg(directory);
        }
    }
    return {};
}

std::unique_ptr<QSettings> Profile::openSettings() const
{
    // Made 0600 before QSettings writes it: its later saves keep the mode.
    // NewOnly: a file another program made meanwhile is never truncated.
    QFile file(m_settingsFile);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        file.close();
    makePrivateFile(m_settingsFile);
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

} // namespace ContactDesk::Store
