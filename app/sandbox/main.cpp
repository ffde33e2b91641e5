// fjord-sandbox: runs the local Aiven-compatible server until interrupted.

#include "SandboxListener.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fjord-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FJORD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A local server that answers like the Aiven REST API "
                                            "(projects, clouds, billing groups, sign-in), on "
                                            "127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, QCoreApplication::translate("main", "Port to listen on; 0 picks a free one."),
        u"port"_s, u"0"_s);
    const QCommandLineOption dataOption(
        u"data"_s,
        QCoreApplication::translate("main", "JSON file that keeps the state across restarts "
                                            "(default: in memory only)."),
        u"file"_s);
    const QCommandLineOption tokenOption(
        u"token"_s,
        QCoreApplication::translate("main", "The API token the server accepts (default: %1).")
            .arg(fjord::SandboxServer::defaultToken()),
        u"token"_s);
    const QCommandLineOption maxConnectionsOption(
        u"max-connections"_s,
        QCoreApplication::translate("main", "Connections open at once; a new one closes the one "
                                            "idle longest (default: %1).")
            .arg(fjord::SandboxListener::kDefaultMaxConnections),
        u"count"_s, QString::number(fjord::SandboxListener::kDefaultMaxConnections));
    const QCommandLineOption idleTimeoutOption(
        u"idle-timeout"_s,
        QCoreApplication::translate("main", "Seconds after which an idle connection is closed "
                                            "(default: %1).")
            .arg(fjord::SandboxListener::kDefaultIdleTimeout.count() / 1000),
        u"seconds"_s, QString::number(fjord::SandboxListener::kDefaultIdleTimeout.count() / 1000));
    parser.addOptions(
        {portOption, dataOption, tokenOption, maxConnectionsOption, idleTimeoutOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << QCoreApplication::translate("main", "Invalid port: %1").arg(parser.value(portOption))
            << Qt::endl;
        return 2;
    }

    bool maxOk = false;
    bool idleOk = false;
    const int maxConnections = parser.value(maxConnectionsOption).toInt(&maxOk);
    const double idleSeconds = parser.value(idleTimeoutOption).toDouble(&idleOk);
    if (!maxOk || maxConnections < 1 || !idleOk || idleSeconds <= 0 || idleSeconds > 86400) {
        err << QCoreApplication::translate("main", "Invalid --max-connections or --idle-timeout")
            << Qt::endl;
        return 2;
    }

    fjord::SandboxServer server;
    server.setConnectionLimits(maxConnections, int(idleSeconds * 1000));
    if (parser.isSet(tokenOption))
        server.setAcceptedToken(parser.value(tokenOption));
    if (parser.isSet(dataOption)) {
        QString warning;
        // Refuses to start rather than acknowledge changes it cannot keep.
        if (!server.setDataFile(parser.value(dataOption), &warning)) {
            err << warning << Qt::endl
                << QCoreApplication::translate("main",
                                               "Not starting: nothing could be saved. Free the "
                                               "file or its folder, or pass another --data file.")
                << Qt::endl;
            return 1;
        }
        if (!warning.isEmpty()) // a corrupt file moved aside
            err << warning << Qt::endl;
    }
    // Request lines carry method, path and status only: never a token or header.
    QObject::connect(&server, &fjord::SandboxServer::requestServed, &app,
                     [&out](const QString& method, const QString& path, int status) {
                         out << method << ' ' << path << ' '
                             << (status == 0 ? u"(connection dropped)"_s : QString::number(status))
                             << Qt::endl;
                     });
    QString error;
    if (!server.start(quint16(port), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << "Listening on " << server.baseUrl().toString() << Qt::endl;
    // Every change over HTTP is saved before it is answered, so being killed loses nothing.
    return QCoreApplication::exec();
}
