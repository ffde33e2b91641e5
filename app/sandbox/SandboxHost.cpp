#include "SandboxHost.h"

#include "SandboxServer.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QThread>
#include <QWaitCondition>

namespace fjord {

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

    if (!d->thread.isRunning())
        d->thread.start();
    listening->moveToThread(&d->thread);
    QTcpServer* socket = listening.release(); // owned by the work below, which always runs
    QMetaObject::invokeMethod(
        d->anchor,
        [this, dataFile, socket] {
            std::unique_ptr<QTcpServer> owned(socket);
            if (!d->server) {
                d->server = new SandboxServer;
                QString warning; // SandboxServer logs it as well
                d->server->setDataFile(dataFile, &warning);
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
