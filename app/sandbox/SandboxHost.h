#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace fjord {

// Runs a SandboxServer on a thread of its own, so that the GUI thread neither waits for it
// to start nor serves its requests. The server is created, started and destroyed on that
// thread; this object is used from the thread that owns it, and its getters from any thread.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(QObject* parent = nullptr);
    // Stops the server on its thread (which writes its data file) and joins the thread.
    ~SandboxHost() override;

    // Starts the server on 127.0.0.1:port (0, the default, picks a free one), asynchronously;
    // ready() or failed() follows on this object's thread as soon as the port listens. `dataFile`
    // as SandboxServer::setDataFile (empty keeps the state in memory; only the first start reads
    // it). Does nothing while starting or running; after a failure it tries again.
    // The data file's lock is taken here: when another process holds it, the sandbox that
    // process runs is used (found through "<dataFile>.endpoint"; no server starts here, and
    // dataFileWarning() says so), or, without one to use, the start fails saying the file is in
    // use. A second sandbox never writes over the first one's file.
    void start(const QString& dataFile = {}, quint16 port = 0);
    // Blocks until the start has ended (without running the caller's event loop); true when
    // the server runs. ready() or failed() is still delivered afterwards.
    bool waitForReady(int timeoutMs);

    bool isStarting() const;
    bool isRunning() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>" while running
    QString acceptedToken() const;
    // Why the data file was moved aside or cannot take changes, or that another Fjord's sandbox
    // is used; known once the server serves, which is shortly after ready() (the server
    // listens first and loads its state meanwhile).
    QString dataFileWarning() const;
    QString problem() const; // why the last start failed

Q_SIGNALS:
    void ready();
    void failed(const QString& problem);
    // The running sandbox cannot save changes to its data file (read-only or impossible
    // folder, or the file in use by a program with no sandbox to share), so it refuses them;
    // shortly after ready(), on this object's thread.
    void dataFileProblem(const QString& problem);

private:
    struct Private;
    Private* d;
};

} // namespace fjord
