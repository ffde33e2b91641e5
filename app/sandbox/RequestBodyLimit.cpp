#include "RequestBodyLimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

constexpr auto kGuardedProperty = "fjordRequestBodyLimit";
constexpr qint64 kMaxHead = 64 * 1024;    // request line + headers
constexpr qint64 kDrainChunk = 64 * 1024; // what is read (and dropped) at a time
constexpr int kDrainTimeoutMs = 5000;     // then the connection is closed anyway

struct Connection
{
    QPointer<QObject> httpServer;
    qint64 limit = 0;
    qint64 counted = 0; // bytes of the current request the HTTP server has been given
    bool refused = false;
    qint64 toDrain = -1; // body bytes the client still sends after a refusal, -1 unknown
};

// The Content-Length of a complete request head, -1 when it has none; -2 for a chunked body.
qint64 bodyLength(const QByteArray& head)
{
    qint64 length = -1;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            length = ok && parsed >= 0 ? parsed : std::numeric_limits<qint64>::max();
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            return -2;
        }
    }
    return length;
}

void drain(QTcpSocket* socket, Connection* state)
{
    char buffer[kDrainChunk];
    while (socket->bytesAvailable() > 0) {
        const qint64 read = socket->read(buffer, sizeof buffer);
        if (read <= 0)
            break;
        if (state->toDrain > 0)
            state->toDrain = std::max<qint64>(0, state->toDrain - read);
    }
    if (state->toDrain == 0)
        socket->disconnectFromHost();
}

void refuse(QTcpSocket* socket, Connection* state, qint64 toDrain)
{
    state->refused = true;
    state->toDrain = toDrain;
    // The HTTP server never sees this connection again; its other slots (which delete the
    // socket when it disconnects) stay.
    if (state->httpServer)
        QObject::disconnect(socket, &QTcpSocket::readyRead, state->httpServer, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction(); // drop what it kept of this request
    const QString message =
        u"Request body is larger than the limit of %1 bytes"_s.arg(state->limit);
    const QByteArray body = QJsonDocument(QJsonObject{
                                              {u"errors"_s, QJsonArray{QJsonObject{
                                                                {u"message"_s, message},
                                                                {u"status"_s, 413},
                                                            }}},
                                              {u"message"_s, message},
                                          })
                                .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QTimer::singleShot(kDrainTimeoutMs, socket, [socket] { socket->disconnectFromHost(); });
    drain(socket, state);
}

void check(QTcpSocket* socket, Connection* state)
{
    if (state->refused) {
        drain(socket, state);
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (!socket->isTransactionStarted()) {
        // The HTTP server is between requests: what is unread starts a new request.
        state->counted = 0;
        const QByteArray peeked = socket->peek(std::min(available, kMaxHead));
        qsizetype end = peeked.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        if (end < 0) {
            end = peeked.indexOf("\n\n");
            separator = 2;
        }
        if (end >= 0) {
            const qint64 length = bodyLength(peeked.left(end + 1));
            if (length > state->limit) {
                socket->skip(end + separator); // the head; the body is drained from here
                refuse(socket, state, length);
                return;
            }
        } else if (available >= kMaxHead) {
            refuse(socket, state, -1); // a head this long is no API request
            return;
        }
    }
    // What the HTTP server is about to read for the current request (a head that came in
    // pieces, a chunked body): refused once it passes the limit, so at most the limit (and a
    // head) is ever held.
    state->counted += available;
    if (state->counted > state->limit + kMaxHead)
        refuse(socket, state, -1);
}

void watch(QTcpSocket* socket, QObject* httpServer, qint64 limit)
{
    socket->setProperty(kGuardedProperty, true);
    auto state = std::make_shared<Connection>();
    state->httpServer = httpServer;
    state->limit = limit;
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [socket, state] { check(socket, state.get()); });
}

} // namespace

void RequestBodyLimit::guard(QTcpServer* server, QObject* httpServer, qint64 limit)
{
    // Qt HttpServer 6.4 takes a connection on pendingConnectionAvailable. Connected before
    // it, this slot sees the new socket first (pending, a child of `server`), so the guard's
    // readyRead slot comes before the HTTP server's on it.
    QObject::connect(
        server, &QTcpServer::pendingConnectionAvailable, server, [server, httpServer, limit] {
            const auto sockets = server->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
            for (QTcpSocket* socket : sockets) {
                if (!socket->property(kGuardedProperty).toBool())
                    watch(socket, httpServer, limit);
            }
        });
}

} // namespace fjord
