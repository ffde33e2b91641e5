#pragma once

// Refuses a request whose body is over a limit with 413, before the HTTP server reads it.
//
// Qt HttpServer 6.4 (QAbstractHttpServer) reads a whole request, body included, before a
// handler sees it: into the request's body buffer, inside a socket transaction that keeps a
// second copy until the request is complete. A 6 MiB address line would be held twice before
// any rule could refuse it. This guard sees every chunk of data on a connection before the
// HTTP server does (its readyRead slot is connected first): at the start of a request it
// reads the head that has arrived (peeking, without consuming) and refuses a Content-Length
// over the limit at once; for a head that arrives in pieces or a chunked body it counts what
// the HTTP server reads and refuses as soon as that passes the limit. A refused connection is
// taken away from the HTTP server, answered with 413 in the API's error shape and closed
// after the client stops sending (what it still sends is read and dropped, never kept).

#include <QtGlobal>

class QObject;
class QTcpServer;

namespace fjord {

class RequestBodyLimit final
{
public:
    static constexpr qint64 kDefaultLimit = 1024 * 1024; // 1 MiB

    // Guards every connection `server` accepts from now on. Call before the HTTP server
    // (`httpServer`) binds `server`, so that the guard's slots run first.
    static void guard(QTcpServer* server, QObject* httpServer, qint64 limit = kDefaultLimit);
};

} // namespace fjord
