#pragma once

// A local, Aiven-compatible REST server on 127.0.0.1 (Qt HttpServer). It follows the real
// API's contract (paths, wrappers, validation, error bodies, status codes) so that the app,
// the tests and benchmarks run the real network code over real sockets.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QLockFile;
class QTcpServer;

namespace fjord {

class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // The token accepted when none is configured, and the seeded sign-in users.
    static QString defaultToken(); // "fjord-sandbox-token"
    static QString demoEmail();    // password demoPassword(), no second factor
    static QString demoPassword();
    static QString otpEmail(); // same password, needs otp demoOtp() (510 without it)
    static QString demoOtp();

    // A fault applied to requests matching method + path (path may end in "*").
    struct Fault
    {
        int delayMs = 0;             // answer late (the server stays responsive meanwhile)
        int status = 0;              // override the status (0 = keep); body becomes an error body
        QByteArray body;             // override the body verbatim (with `status`)
        bool dropConnection = false; // close without answering (QNAM may resend!)
        bool truncateBody = false;   // send half of the body, then close
        bool malformedBody = false;  // send a body that is not JSON
        int retryAfterSeconds = -1;  // with status 429: Retry-After header
        int times = -1;              // apply to this many matching requests, -1 = always
    };

    // What the server received, for tests that check headers and bodies.
    struct RecordedRequest
    {
        QString method;
        QString path; // without query
        QString query;
        QByteArray authorization; // the Authorization header as received (tests only)
        QByteArray userAgent;
        QByteArray body;
    };

    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads (or seeds) the state. With an empty file name the state lives in memory only.
    // A corrupt file is moved aside to "<file>.corrupt-<timestamp>" and reported through
    // *warning; the server then starts from the seed.
    // The file is locked ("<file>.lock") while the server uses it; with the lock held by
    // another process the file is only read, changes are answered 503, and this returns false.
    // False with *warning too when the folder takes no new files. Every change over HTTP is
    // answered only once it is in the file; one that cannot be saved is undone and answered 503.
    bool setDataFile(const QString& fileName, QString* warning = nullptr);
    // For a caller that locked "<fileName>.lock" itself (SandboxStore::tryLock) before calling
    // setDataFile(fileName): the server takes the lock over.
    void adoptDataFileLock(const QString& fileName, QLockFile* lock);
    QString dataFile() const;
    // Writes the state now. Changes made over HTTP are written before the answer goes out;
    // changes through addProject() are coalesced and written from the event loop (or here,
    // or on destruction), so that loading 10,000 projects does not rewrite the file 10,000 times.
    bool save(QString* error = nullptr);

    void setAcceptedToken(const QString& token);
    QString acceptedToken() const;

    // Connection limits (SandboxListener): at most `maxConnections` open at once (a new one
    // closes the one idle longest), and a connection idle for `idleTimeoutMs` is closed.
    // Defaults: 200 and 60 s. Applies now and to later starts.
    void setConnectionLimits(int maxConnections, int idleTimeoutMs);

    // Listens on 127.0.0.1:port (0 = pick a free port). Returns false with *error set.
    bool start(quint16 port = 0, QString* error = nullptr);
    // A server listening on 127.0.0.1:port (0 = pick a free port), or null with *error set.
    // It is a SandboxListener, whose limits serve() sets.
    static std::unique_ptr<QTcpServer> listenOnLoopback(quint16 port, QString* error = nullptr);
    // Serves on a server that already listens (on 127.0.0.1), taking it over. Connections that
    // queued on it meanwhile are answered once this thread's event loop runs.
    void serve(std::unique_ptr<QTcpServer> listening);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>" (no /v1)

    // Fault injection (C++ only, for tests; no command-line flag).
    void setFault(const QString& method, const QString& pathPattern, const Fault& fault);
    void clearFaults();

    // One request answered without a socket, as route and handlers see it (no faults, no
    // recording, no delay): a seam for fuzzing the request handling. `target` is the
    // request target as sent ("/v1/project?x=1", percent-encoded).
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    Answer answer(const QByteArray& method, const QByteArray& target,
                  const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);

    // The request log keeps bodies and Authorization headers, so it is for tests only: it is
    // off until a test turns it on, and fjord and fjord-sandbox never do.
    void setRecordingRequests(bool on);
    bool isRecordingRequests() const;
    QList<RecordedRequest> recordedRequests() const; // the latest 5000 while recording
    void clearRecordedRequests();

    // Direct state access for tests and benchmarks.
    // `memberships`: every role and permission the user holds on it (project_memberships);
    // empty means just `role`.
    void addProject(const QJsonObject& project, const QString& role = QStringLiteral("admin"),
                    const QStringList& memberships = {});
    QJsonObject project(const QString& name) const;
    int projectCount() const;

Q_SIGNALS:
    void requestServed(const QString& method, const QString& path, int status);

private:
    struct Private;
    Private* d;
};

} // namespace fjord
