#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace ContactDesk::Store {

// Where one user's settings and data files live. The default follows the
// platform (QStandardPaths); `contactdesk --profile DIR` puts everything
// under DIR instead, for tests and for trying things on a clean slate.
//
// Other local users have no business there: the profile's folders are made
// (and kept) 0700 and its files 0600, whatever the umask.
class Profile final
{
public:
    static Profile standard();
    static Profile inDirectory(const QString &directory);

    QString dataDirectory() const { return m_dataDirectory; }
    QString settingsFile() const { return m_settingsFile; }
    // The embedded sandbox workspace's database.
    QString sandboxDataFile() const;

    // Creates the folders (0700; folders already there are narrowed to
    // 0700); returns why not on failure, or an empty string.
    QString ensureExists() const;
    // The settings, in a file made 0600 (narrowed when it is there).
    std::unique_ptr<QSettings> openSettings() const;

    // Owner only, whatever the umask: a folder 0700 (made with its parents
    // when missing), a file 0600 (when it is there; a missing file is no
    // failure). False when it cannot be made so.
    static bool makePrivateFolder(const QString &path);
    static bool makePrivateFile(const QString &path);

private:
    QString m_dataDirectory;
    QString m_settingsFile;
};

} // namespace ContactDesk::Store
