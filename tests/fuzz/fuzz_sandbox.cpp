// The sandbox's request handling (routing, authentication, validation, the handlers) over
// requests written as HTTP/1.1 text: a request line, headers, an empty line and a body of
// Content-Length bytes (the rest of the input without one); up to eight requests in a row
// against one fresh in-memory sandbox, so that a create can meet a rename or a delete.
// Every answer is a JSON object with an error or success status, never a 500; and after
// the requests, the project list the sandbox sends can be read by the app's own parser.

#include "FuzzCheck.h"

#include "SandboxServer.h"
#include "api/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fjord;

namespace {

struct Request
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

QByteArrayView takeLine(QByteArrayView* input)
{
    const qsizetype end = input->indexOf('\n');
    QByteArrayView line = end < 0 ? *input : input->first(end);
    *input = end < 0 ? QByteArrayView() : input->sliced(end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool nextRequest(QByteArrayView* input, Request* request)
{
    if (input->isEmpty())
        return false;
    const QByteArrayView line = takeLine(input);
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    request->method = line.first(space).toByteArray();
    QByteArrayView target = line.sliced(space + 1);
    if (const qsizetype version = target.indexOf(' '); version >= 0)
        target = target.first(version);
    request->target = target.toByteArray();
    qsizetype length = -1;
    while (!input->isEmpty()) {
        const QByteArrayView header = takeLine(input);
        if (header.isEmpty())
            break;
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = header.first(colon).trimmed().toByteArray();
        const QByteArray value = header.sliced(colon + 1).trimmed().toByteArray();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = qMax<qsizetype>(0, value.toLongLong());
        request->headers.append({name, value});
    }
    if (length < 0 || length > input->size())
        length = input->size();
    request->body = input->first(length).toByteArray();
    *input = input->sliced(length);
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    SandboxServer server;
    server.setDataFile({}); // in memory
    QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    Request request;
    for (int i = 0; i < 8 && nextRequest(&input, &request); ++i) {
        const SandboxServer::Answer answer =
            server.answer(request.method, request.target, request.headers, request.body);
        FUZZ_CHECK(answer.status >= 200 && answer.status < 600, "a status out of range");
        FUZZ_CHECK(answer.status != 500, "an internal server error");
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(),
                   "an answer that is not a JSON object");
        request = Request();
    }

    const QByteArray token = "aivenv1 " + server.acceptedToken().toUtf8();
    const SandboxServer::Answer list =
        server.answer("GET", "/v1/project", {{"Authorization", token}}, {});
    if (list.status == 401)
        return 0; // the requests signed the sandbox's own token out
    FUZZ_CHECK(list.status == 200, "the project list is not available");
    QString error;
    const std::optional<ProjectList> projects = json::parseProjectListUtf8(list.body, &error);
    FUZZ_CHECK(projects.has_value(), "the app cannot read the sandbox's project list");
    FUZZ_CHECK(projects->projects.size() == server.projectCount(), "projects lost in the list");
    return 0;
}
