#include "app/SingleInstance.h"

#include "views/MainWindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace ContactDesk::App {

namespace {

constexpr qint64 maxMessage = 1 << 20; // a megabyte of paths is plenty

} // namespace

QString SingleInstance::nameFor(const QString &profileDirectory)
{
    const QByteArray who = qgetenv("USER") + '\n' + QDir(profileDirectory).absolutePath().toUtf8();
    return QStringLiteral("contactdesk-") +
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
