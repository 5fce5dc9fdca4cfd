#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace ContactDesk::App {

// One running window per profile: a second launch (a CSV opened from the
// file manager while ContactDesk runs) hands its files to the running one
// over a local socket and exits; the running one opens them and comes to
// the front.
//
// The socket lives in a folder only this user can enter (privateDirectory():
// $XDG_RUNTIME_DIR/contactdesk, else the profile's "run" folder), never in
// /tmp under a name another local user could compute and take first. The
// folder must be this user's and mode 0700 (a folder of another user is
// refused; one of ours with a wider mode is narrowed), the socket is made
// with QLocalServer::UserAccessOption, and a socket file of another user is
// neither connected to nor replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // The folder for this user's sockets, made (0700) when missing; empty,
    // with why, when it is not safe (another user's, or not a folder).
    static QString privateDirectory(const QString &profileDirectory, QString *error = nullptr);
    // The socket (a path in privateDirectory()) for this user and profile
    // folder; empty, with why, when there is no private folder.
    static QString nameFor(const QString &profileDirectory, QString *error = nullptr);

    explicit SingleInstance(QString name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands `files` (made absolute) to the running instance; true when it
    // took them, so this launch should end. False when none is running (or
    // the socket is not this user's).
    bool handOff(const QStringList &files, int timeoutMs = 3000);
    // Becomes the instance later launches hand their files to. A socket
    // left by one that crashed is taken over (when it is this user's).
    // False, with why, on failure.
    bool listen(QString *error = nullptr);
    QString name() const { return m_name; }

Q_SIGNALS:
    // A later launch handed these over (empty: it only asked to be shown).
    void filesReceived(const QStringList &files);

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace ContactDesk::App

namespace ContactDesk::Views {
class MainWindow;
}

namespace ContactDesk::App {

// What the running window does with files a later launch handed over:
// comes to the front and opens the import wizard for each.
void openHandedFiles(SingleInstance &instance, Views::MainWindow *window);

} // namespace ContactDesk::App
