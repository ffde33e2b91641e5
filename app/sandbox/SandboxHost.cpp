#include "SandboxHost.h"

#include "SandboxServer.h"
#include "SandboxStore.h"
#include "util/SafeFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QThread>
#include <QWaitCondition>

namespace fjord {

namespace {

// Next to a locked data file, where the sandbox that holds the lock listens: another Fjord on
// the same file uses that sandbox instead of a second copy of the data.
QString endpointFile(const QString& dataFile)
{
    return dataFile + QStringLiteral(".endpoint");
}

QUrl endpointOf(const QString& dataFile, qint64 holderPid)
{
    QFile file(endpointFile(dataFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject endpoint = QJsonDocument::fromJson(file.read(4096)).object();
    const QUrl url(endpoint.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    // Written by the process that holds the lock now, and on loopback: nothing else is used.
    if (qint64(endpoint.value(QLatin1String("pid")).toDouble()) != holderPid ||
        url.scheme() != QLatin1String("http") || url.host() != QLatin1String("127.0.0.1") ||
        url.port() <= 0)
        return {};
    return url;
}

} // namespace

// Everything below `mutex` is shared between the two threads and read or written only with
// the mutex held; `server` is touched on the sandbox thread only.
struct SandboxHost::Private
{
    enum class Status { Idle, Starting, Running, Failed };

    QThread thread;
    QObject* anchor = nullptr;       // lives on `thread`: the context of the work queued there
    SandboxServer* server = nullptr; // touched on `thread` only

    mutable QMutex mutex;
    QWaitCondition changed;
    Status status = Status::Idle;
    QUrl baseUrl;
    QString acceptedToken;
    QString dataFileWarning;
    QString problem;
    QString endpointFile; // written while this host's server holds the data file's lock
};

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->thread.setObjectName(QStringLiteral("fjord-sandbox"));
    d->anchor = new QObject;
    d->anchor->moveToThread(&d->thread);
}

SandboxHost::~SandboxHost()
{
    if (d->thread.isRunning()) {
        // Queued after any start, so it runs after it; the server saves its state as it goes.
        QMetaObject::invokeMethod(
            d->anchor,
            [this] {
                if (!d->endpointFile.isEmpty())
                    QFile::remove(d->endpointFile); // before the server lets the lock go
                if (d->server)
                    d->server->stop();
                delete d->server;
                d->server = nullptr;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        d->thread.wait();
    }
    // Nothing runs on the thread any more: the queued signals to this object, if any, are
    // dropped by QObject's destructor.
    delete d->anchor;
    delete d;
}

void SandboxHost::start(const QString& dataFile, quint16 port)
{
    {
        QMutexLocker lock(&d->mutex);
        if (d->status == Private::Status::Starting || d->status == Private::Status::Running)
            return;
        d->status = Private::Status::Starting;
        d->problem.clear();
    }
    // One data file, one sandbox: its lock is taken here, before listening. When another
    // Fjord holds it, that one's sandbox is used (it keeps the data); without one to use, the
    // start fails and says why. Nothing ever writes over the other's file.
    std::unique_ptr<QLockFile> lock;
    if (!dataFile.isEmpty() && !d->server) {
        QString lockProblem;
        qint64 holder = 0;
        lock = SandboxStore::tryLock(dataFile, &lockProblem, &holder);
        if (!lock && holder != 0) {
            const QUrl shared = endpointOf(dataFile, holder);
            QString problem;
            {
                QMutexLocker guard(&d->mutex);
                if (shared.isValid()) {
                    d->status = Private::Status::Running;
                    d->baseUrl = shared;
                    d->acceptedToken = SandboxServer::defaultToken();
                    d->dataFileWarning =
                        tr("Using the sandbox of the Fjord that already runs on %1 (process %2).")
                            .arg(dataFile)
                            .arg(holder);
                } else {
                    d->status = Private::Status::Failed;
                    d->problem = tr("%1. Close the other Fjord, or start this one with another "
                                    "sandbox.")
                                     .arg(lockProblem);
                }
                problem = d->problem;
                d->changed.wakeAll();
            }
            QMetaObject::invokeMethod(
                this,
                [this, ok = shared.isValid(), problem] {
                    if (ok)
                        Q_EMIT ready();
                    else
                        Q_EMIT failed(problem);
                },
                Qt::QueuedConnection);
            return;
        }
        // Without a lock (a folder that takes no new files), the server finds that out itself
        // and refuses changes.
    }

    // Listening happens here and now: the port is all the app waits for. The server and its
    // state are set up on the thread while the first requests wait on the socket.
    QString problem;
    std::unique_ptr<QTcpServer> listening = SandboxServer::listenOnLoopback(port, &problem);
    const bool started = listening != nullptr;
    {
        QMutexLocker lock(&d->mutex);
        if (started) {
            d->status = Private::Status::Running;
            d->baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listening->serverPort()));
            if (d->acceptedToken.isEmpty())
                d->acceptedToken = SandboxServer::defaultToken();
        } else {
            d->status = Private::Status::Failed;
            d->problem = problem;
        }
        d->changed.wakeAll();
    }
    // From the event loop, as before: callers connect after start().
    QMetaObject::invokeMethod(
        this,
        [this, started, problem] {
            if (started)
                Q_EMIT ready();
            else
                Q_EMIT failed(problem);
        },
        Qt::QueuedConnection);
    if (!started)
        return;
    if (lock) {
        const QJsonObject endpoint{
            {QStringLiteral("url"),
             QStringLiteral("http://127.0.0.1:%1").arg(listening->serverPort())},
            {QStringLiteral("pid"), double(QCoreApplication::applicationPid())}};
        if (writeFileSafely(endpointFile(dataFile),
                            QJsonDocument(endpoint).toJson(QJsonDocument::Compact), nullptr,
                            FileAccess::OwnerOnly))
            d->endpointFile = endpointFile(dataFile);
    }

    if (!d->thread.isRunning())
        d->thread.start();
    listening->moveToThread(&d->thread);
    QTcpServer* socket = listening.release(); // owned by the work below, which always runs
    QLockFile* heldLock = lock.release();     // likewise
    QMetaObject::invokeMethod(
        d->anchor,
        [this, dataFile, socket, heldLock] {
            std::unique_ptr<QTcpServer> owned(socket);
            std::unique_ptr<QLockFile> ownedLock(heldLock);
            if (!d->server) {
                d->server = new SandboxServer;
                if (ownedLock)
                    d->server->adoptDataFileLock(dataFile, ownedLock.release());
                QString warning;
                const bool keepsChanges = d->server->setDataFile(dataFile, &warning);
                if (!warning.isEmpty())
                    qWarning("fjord-sandbox: %s", qPrintable(warning));
                if (!keepsChanges) {
                    QMetaObject::invokeMethod(
                        this, [this, warning] { Q_EMIT dataFileProblem(warning); },
                        Qt::QueuedConnection);
                }
                QMutexLocker lock(&d->mutex);
                d->dataFileWarning = warning;
            }
            d->server->serve(std::move(owned));
        },
        Qt::QueuedConnection);
}

bool SandboxHost::waitForReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&d->mutex);
    while (d->status == Private::Status::Starting) {
        if (!d->changed.wait(&d->mutex, deadline))
            break;
    }
    return d->status == Private::Status::Running;
}

bool SandboxHost::isStarting() const
{
    QMutexLocker lock(&d->mutex);
    return d->status == Private::Status::Starting;
}

bool SandboxHost::isRunning() const
{
    QMutexLocker lock(&d->mutex);
    return d->status == Private::Status::Running;
}

QUrl SandboxHost::baseUrl() const
{
    QMutexLocker lock(&d->mutex);
    return d->baseUrl;
}

QString SandboxHost::acceptedToken() const
{
    QMutexLocker lock(&d->mutex);
    return d->acceptedToken;
}

QString SandboxHost::dataFileWarning() const
{
    QMutexLocker lock(&d->mutex);
    return d->dataFileWarning;
}

QString SandboxHost::problem() const
{
    QMutexLocker lock(&d->mutex);
    return d->problem;
}

} // namespace fjord
