#include "app/SingleInstance.h"

#include "views/MainWindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace ContactDesk::App {

namespace {

constexpr qint64 maxMessage = 1 << 20; // a megabyte of paths is plenty

// A folder that is ours alone: made 0700 when missing; ours with a wider
// mode is narrowed (`narrow`) or refused. Empty, or why not.
QString checkPrivateFolder(const QString &path, bool narrow)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::lstat(native.constData(), &info) != 0) {
        if (!QDir().mkpath(path) || ::chmod(native.constData(), 0700) != 0 ||
            ::lstat(native.constData(), &info) != 0)
            return SingleInstance::tr("cannot create the folder %1").arg(path);
    }
    if (!S_ISDIR(info.st_mode))
        return SingleInstance::tr("%1 is not a folder").arg(path);
    if (info.st_uid != ::geteuid())
        return SingleInstance::tr("the folder %1 belongs to another user (uid %2)")
            .arg(path, QString::number(info.st_uid));
    if ((info.st_mode & 077) != 0) {
        if (!narrow || ::chmod(native.constData(), 0700) != 0)
            return SingleInstance::tr("the folder %1 can be entered by other users (mode %2)")
                .arg(path, QString::number(info.st_mode & 07777, 8));
    }
    return {};
}

// A socket file that is there and not ours: never connected to (it could
// be someone else's listener) nor removed.
bool isForeign(const QString &socketPath)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(socketPath).constData(), &info) == 0 &&
           (info.st_uid != ::geteuid() || !S_ISSOCK(info.st_mode));
}

} // namespace

QString SingleInstance::privateDirectory(const QString &profileDirectory, QString *error)
{
    QString problem;
    QString folder;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        // The session's own folder (0700 and ours, by the spec): checked, never changed.
        problem = checkPrivateFolder(runtime, false);
        if (problem.isEmpty()) {
            folder = runtime + QStringLiteral("/contactdesk");
            problem = checkPrivateFolder(folder, true);
        }
    }
    if (folder.isEmpty() || !problem.isEmpty()) {
        folder = QDir(profileDirectory).absoluteFilePath(QStringLiteral("run"));
        // A socket's path has a short limit (sun_path); a deep profile gets
        // a per-user folder in the temporary directory instead, checked the
        // same way (a folder another user made first is refused).
        if (QFile::encodeName(folder).size() + 32 >= qsizetype(sizeof(sockaddr_un::sun_path)))
            folder =
                QDir::temp().absoluteFilePath(QStringLiteral("contactdesk-%1").arg(::geteuid()));
        problem = checkPrivateFolder(folder, true);
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    return folder;
}

QString SingleInstance::nameFor(const QString &profileDirectory, QString *error)
{
    const QString folder = privateDirectory(profileDirectory, error);
    if (folder.isEmpty())
        return {};
    const QByteArray who =
        QByteArray::number(::geteuid()) + '\n' + QDir(profileDirectory).absolutePath().toUtf8();
    return folder + QStringLiteral("/contactdesk-") +
           QString::fromLatin1(
               QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOff(const QStringList &files, int timeoutMs)
{
    if (m_name.isEmpty() || isForeign(m_name))
        return false; // the paths go to no one but this user's own instance
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(QJsonObject{{QStringLiteral("files"), paths}})
                     .toJson(QJsonDocument::Compact) +
                 '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has the files.
    QElapsedTimer timer;
    timer.start();
    while (!socket.canReadLine() && timer.elapsed() < timeoutMs)
        if (!socket.waitForReadyRead(int(timeoutMs - timer.elapsed())))
            break;
    return socket.canReadLine() && socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    if (m_name.isEmpty()) {
        if (error)
            *error = tr("there is no private folder for the socket");
        return false;
    }
    if (isForeign(m_name)) {
        if (error)
            *error = tr("%1 is not this user's socket; it is left alone").arg(m_name);
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered handOff(), so the socket is left over from a
        // crash: take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            if (error)
                *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument message = QJsonDocument::fromJson(socket->readLine());
            QStringList files;
            for (const QJsonValue &file : message.object().value(QStringLiteral("files")).toArray())
                if (file.isString())
                    files.append(file.toString());
            socket->write("ok\n");
            socket->flush();
            Q_EMIT filesReceived(files);
        });
    }
}

void openHandedFiles(SingleInstance &instance, Views::MainWindow *window)
{
    QObject::connect(&instance, &SingleInstance::filesReceived, window,
                     [window](const QStringList &files) {
                         window->showNormal();
                         window->raise();
                         window->activateWindow();
                         for (const QString &file : files)
                             window->openImport(file);
                     });
}

} // namespace ContactDesk::App
