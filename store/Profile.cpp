#include "store/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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

QString Profile::ensureExists() const
{
    for (const QString &directory : {m_dataDirectory, QFileInfo(m_settingsFile).absolutePath()}) {
        if (!QDir().mkpath(directory)) {
            return QCoreApplication::translate("ContactDesk::Store::Profile",
                                               "cannot create the folder %1")
                .arg(directory);
        }
    }
    return {};
}

std::unique_ptr<QSettings> Profile::openSettings() const
{
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

} // namespace ContactDesk::Store
