#include "SandboxListener.h"

#include <QTcpSocket>

#include <algorithm>

namespace fjord {

SandboxListener::SandboxListener(QObject* parent)
    : QTcpServer(parent)
    , m_idleCheck(this)
{
    m_clock.start();
    setLimits(kDefaultMaxConnections, kDefaultIdleTimeout);
    connect(&m_idleCheck, &QTimer::timeout, this, &SandboxListener::closeIdle);
    // Out of descriptors or buffers, QTcpServer stops accepting for good: make room by closing
    // the connection idle longest and listen again shortly (a busy loop of failing accepts
    // would only burn CPU).
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        closeLongestIdle();
        QTimer::singleShot(100, this, [this] { resumeAccepting(); });
    });
}

SandboxListener::~SandboxListener()
{
    // The sockets are children and go with this object; their destroyed() must not find a
    // half-destroyed table.
    for (const Connection& connection : std::as_const(m_connections))
        disconnect(connection.socket, nullptr, this, nullptr);
}

void SandboxListener::setLimits(int maxConnections, std::chrono::milliseconds idleTimeout)
{
    m_maxConnections = std::max(1, maxConnections);
    m_idleTimeout = std::max(std::chrono::milliseconds(1), idleTimeout);
    // Checked a few times per timeout, so a connection is closed at most a quarter late.
    m_idleCheck.setInterval(std::max<qint64>(10, m_idleTimeout.count() / 4));
    if (!m_connections.isEmpty())
        m_idleCheck.start();
    while (m_connections.size() > m_maxConnections && closeLongestIdle()) {
    }
}

void SandboxListener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    while (m_connections.size() >= m_maxConnections && closeLongestIdle()) {
    }
    m_connections.insert(socket, {socket, m_clock.elapsed()});
    const auto touch = [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end())
            it->lastActive = m_clock.elapsed();
    };
    connect(socket, &QTcpSocket::readyRead, this, touch);
    connect(socket, &QTcpSocket::bytesWritten, this, touch);
    connect(socket, &QObject::destroyed, this,
            [this](QObject* gone) { m_connections.remove(gone); });
    if (!m_idleCheck.isActive())
        m_idleCheck.start(); // on this object's thread, which is where connections arrive
    addPendingConnection(socket);
}

void SandboxListener::closeConnection(QTcpSocket* socket)
{
    m_connections.remove(socket);
    // The HTTP server deletes a socket when it disconnects, unless it is still answering on
    // it; then its own guard sees the socket go.
    socket->abort();
}

bool SandboxListener::closeLongestIdle()
{
    if (m_connections.isEmpty())
        return false;
    const auto oldest = std::min_element(
        m_connections.cbegin(), m_connections.cend(),
        [](const Connection& a, const Connection& b) { return a.lastActive < b.lastActive; });
    closeConnection(oldest->socket);
    return true;
}

void SandboxListener::closeIdle()
{
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket*> idle;
    for (const Connection& connection : std::as_const(m_connections)) {
        if (now - connection.lastActive >= m_idleTimeout.count())
            idle.append(connection.socket);
    }
    for (QTcpSocket* socket : std::as_const(idle))
        closeConnection(socket);
    if (m_connections.isEmpty())
        m_idleCheck.stop();
}

} // namespace fjord
