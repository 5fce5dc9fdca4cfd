#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace ContactDesk::Store {

// Where one user's settings and data files live. The default follows the
// platform (QStandardPaths); `contactdesk --profile DIR` puts everything
// under DIR instead, for tests and for trying things on a clean slate.
class Profile final
{
public:
    static Profile standard();
    static Profile inDirectory(const QString &directory);

    QString dataDirectory() const { return m_dataDirectory; }
    QString settingsFile() const { return m_settingsFile; }
    // The embedded sandbox workspace's database.
    QString sandboxDataFile() const;

    // Creates the folders; returns why not on failure, or an empty string.
    QString ensureExists() const;
    std::unique_ptr<QSettings> openSettings() const;

private:
    QString m_dataDirectory;
    QString m_settingsFile;
};

} // namespace ContactDesk::Store
