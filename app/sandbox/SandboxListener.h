#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace fjord {

// The sandbox's listening socket, with the limits of a server that other programs can reach:
// a connection idle for longer than the idle timeout is closed, and at most maxConnections are
// open: a new one closes the connection that has been idle longest to make room. A flood of
// idle sockets therefore never uses up the process's file descriptors, and a real request is
// still accepted and answered.
class SandboxListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxListener)

public:
    static constexpr int kDefaultMaxConnections = 200;
    static constexpr std::chrono::milliseconds kDefaultIdleTimeout{60000};

    explicit SandboxListener(QObject* parent = nullptr);
    ~SandboxListener() override;

    // Applies to connections open now and later. maxConnections >= 1.
    void setLimits(int maxConnections, std::chrono::milliseconds idleTimeout);
    int maxConnections() const { return m_maxConnections; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    int openConnections() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        QTcpSocket* socket = nullptr;
        qint64 lastActive = 0; // m_clock milliseconds
    };

    void closeConnection(QTcpSocket* socket);
    bool closeLongestIdle();
    void closeIdle();

    QHash<QObject*, Connection> m_connections;
    QElapsedTimer m_clock;
    QTimer m_idleCheck;
    int m_maxConnections = kDefaultMaxConnections;
    std::chrono::milliseconds m_idleTimeout = kDefaultIdleTimeout;
};

} // namespace fjord
