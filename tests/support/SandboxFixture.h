#pragma once

// A SandboxServer on 127.0.0.1:<free port> with its own data file in a temporary directory,
// for tests that talk to it over real loopback sockets:
//
//     fjord::test::SandboxFixture sandbox;
//     QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
//     sandbox.configure(client); // or use sandbox.client(), a client configured so
//     sandbox.server().setFault(u"GET"_s, u"/v1/project"_s, fault);

#include "SandboxServer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace fjord {
class AivenClient;
}

namespace fjord::test {

class SandboxFixture final
{
    Q_DISABLE_COPY_MOVE(SandboxFixture)

public:
    // Starts at once; check isRunning().
    SandboxFixture();
    ~SandboxFixture();

    bool isRunning() const;
    QString errorString() const { return m_error; }

    SandboxServer& server() { return *m_server; }
    QUrl baseUrl() const; // "http://127.0.0.1:<port>", without /v1 (what AivenClient takes)
    QUrl apiUrl(const QString& path = {}) const; // baseUrl + "/v1" + path
    QString token() const;            // the token the server accepts (not the default one)
    QByteArray authorization() const; // "aivenv1 <token>"
    QString dataFile() const;         // the server's JSON state file
    QString dataDir() const;          // its temporary directory (removed with the fixture)

    // Points `client` at this sandbox with its token, with a 10 s timeout (a busy machine
    // must not turn a slow answer into a failure).
    void configure(AivenClient& client) const;
    // A client of its own network manager, configured as above; made on first use.
    AivenClient& client();
    // How many requests client() has sent with `method` to paths starting with `pathPrefix`,
    // counted as they leave (the client sends at once), not as the server gets them: a test
    // can check that an action sent nothing right after the action.
    int sentCount(const QString& method, const QString& pathPrefix = QStringLiteral("/v1/")) const;

    // Replaces the server with a fresh one on the same data file (a restart); the port changes
    // (client() follows it).
    bool restart();

private:
    bool startServer();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    QString m_error;
    // Declared after the server: the client goes first.
    class CountingNetworkAccessManager;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_client;
};

} // namespace fjord::test
