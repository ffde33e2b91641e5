#include "SandboxServer.h"

#include "RequestBodyLimit.h"
#include "RequestRules.h"
#include "SandboxListener.h"
#include "SandboxMembers.h"
#include "SandboxProjectInfo.h"
#include "SandboxStore.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "fjord.sandbox", QtInfoMsg)

namespace fjord {

namespace {

QLoggingCategory::CategoryFilter g_previousLogFilter = nullptr;

// Qt HttpServer's debug output prints each request with its headers, Authorization
// included. Whoever runs the sandbox (fjord-sandbox, the app, a test), that category stays
// quiet even with "*.debug=true", so a token never reaches a log.
void quietHttpServerDebug(QLoggingCategory* category)
{
    if (g_previousLogFilter)
        g_previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

// Why QAbstractHttpServer with our own response writer instead of QHttpServer routes: in Qt 6.4
// route handlers must return their response synchronously, and tests run client and server on
// one thread, so a delay inside a handler would freeze the client too. A dropped connection or a
// body cut short cannot be expressed as a QHttpServerResponse at all, and a QHttpServerResponder
// kept for later holds a reference to a request object that Qt deletes with its socket.
// QAbstractHttpServer still does the listening, connection handling and HTTP parsing; we get
// the request together with its socket, copy what we need, and write the answer to the socket
// (guarded by a QPointer) now or from a timer, which keeps the server responsive during delays.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;
    explicit HttpFrontend(Handler handler)
        : m_handler(std::move(handler))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}

private:
    Handler m_handler;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

constexpr qsizetype kMaxRecordedRequests = 5000;

struct Response
{
    int status = 200;
    QByteArray body;
    HeaderList headers;
};

struct Incoming
{
    QString method;
    QString path; // percent-encoded, as received
    QString query;
    QByteArray authorization;
    QByteArray body;
    bool closeAfter = false;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 510:
        return "Not Extended";
    default:
        return "Status";
    }
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Response json(const QJsonObject& object, int status = 200)
{
    return {status, compact(object), {}};
}

Response error(int status, const QString& message, const QString& errorCode = {})
{
    QJsonObject item{{u"message"_s, message}, {u"status"_s, status}};
    if (!errorCode.isEmpty())
        item.insert(u"error_code"_s, errorCode);
    return json({{u"errors"_s, QJsonArray{item}}, {u"message"_s, message}}, status);
}

Response invalid(const QString& field, const QString& problem)
{
    return error(400, u"Invalid input for %1: %2"_s.arg(field, problem));
}

// What a user may change, from every role and permission the user holds on the project
// (project_memberships), per Aiven's permissions table: `admin` changes everything, `operator`
// adds, edits and deletes project tags only, `developer` and `read_only` change nothing; the
// organization-level `organization:projects:write` (what ProjectUpdate and ProjectDelete
// require) and `role:organization:admin` grant the project's settings too.
bool mayChangeProject(const QStringList& memberships)
{
    return memberships.contains("admin"_L1) ||
           memberships.contains("organization:projects:write"_L1) ||
           memberships.contains("role:organization:admin"_L1);
}

bool mayChangeTags(const QStringList& memberships)
{
    return mayChangeProject(memberships) || memberships.contains("operator"_L1);
}

Response readAnswer(const sandbox::ReadAnswer& answer)
{
    return answer.status == 200 ? json(answer.body)
                                : error(answer.status, answer.message, answer.errorCode);
}

Response projectNotFound()
{
    return error(404, u"Project does not exist"_s, u"project_does_not_exist"_s);
}

QString decimalString(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 2);
}

bool isZeroAmount(const QJsonValue& value)
{
    bool ok = false;
    const double amount = decimalString(value).toDouble(&ok);
    return !ok || amount == 0.0;
}

// ---- request body validation (the rules are in RequestRules) -----------------------------

std::optional<Response> validateBody(const QJsonObject& body, const sandbox::BodyRules& rules,
                                     QHash<QString, QJsonArray>* emails = nullptr)
{
    if (auto problem = sandbox::checkBody(body, rules, emails))
        return error(problem->status, problem->message);
    return std::nullopt;
}

// The English country name for an ISO 3166-1 alpha-2 code, empty when unknown.
QString countryName(const QString& code)
{
    if (code.size() != 2 || code != code.toUpper())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToString(territory);
}

struct User
{
    QString email;
    QString password;
    QString otp;
    QString realName;
    QString userId;
};

QList<User> users()
{
    return {{SandboxServer::demoEmail(),
             SandboxServer::demoPassword(),
             {},
             u"Demo User"_s,
             u"u4d3m0a1b2c3"_s},
            {SandboxServer::otpEmail(), SandboxServer::demoPassword(), SandboxServer::demoOtp(),
             u"Otto Two-Factor"_s, u"u07f2a9c4e81"_s}};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

} // namespace

// ---- private state ---------------------------------------------------------------------------

struct SandboxServer::Private
{
    struct FaultRule
    {
        QString method;
        QString pattern;
        Fault fault;
    };

    explicit Private(SandboxServer* owner)
        : q(owner)
    {
        saveTimer.setSingleShot(true);
        saveTimer.setInterval(0);
        QObject::connect(&saveTimer, &QTimer::timeout, q, [this] { persist(); });
    }

    SandboxServer* q;
    SandboxStore store;
    std::unique_ptr<HttpFrontend> http;
    QPointer<SandboxListener> listener; // owned by `http`
    int maxConnections = SandboxListener::kDefaultMaxConnections;
    std::chrono::milliseconds idleTimeout = SandboxListener::kDefaultIdleTimeout;
    quint16 port = 0;
    QString acceptedToken = defaultToken();
    bool acceptedTokenRevoked = false;
    QList<FaultRule> faults;
    bool recording = false;
    QList<RecordedRequest> recorded;
    QTimer saveTimer;
    SandboxStore::Snapshot beforeRequest;
    bool dirty = false;
    mutable QHash<QString, QJsonObject> templates; // billing group id -> new project

    bool persist(QString* error = nullptr)
    {
        saveTimer.stop();
        dirty = false;
        QString problem;
        if (store.save(&problem))
            return true;
        dirty = true; // tried again on destruction
        qCWarning(lcSandbox, "Could not save the sandbox state: %s", qPrintable(problem));
        if (error)
            *error = problem;
        return false;
    }

    // Saves a change already made to the store. When the file cannot take it (disk full,
    // read-only folder, data file in use elsewhere), the store goes back to how it was before
    // the request and the answer is a 503 in the API's error shape: nothing is acknowledged
    // that is not on disk.
    std::optional<Response> keep()
    {
        QString problem;
        if (persist(&problem))
            return std::nullopt;
        store.restore(std::move(beforeRequest));
        return error(
            503, u"The sandbox could not save the change, so it was not made: %1"_s.arg(problem));
    }

    static Incoming incoming(const QString& method, const QUrl& url, const HeaderList& headers,
                             const QByteArray& body);
    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    void respond(const Incoming& in, QTcpSocket* socket, const std::optional<Fault>& fault);
    std::optional<Fault> takeFault(const QString& method, const QString& path);
    Response route(const Incoming& in);

    // Returns the signed-in user's email, or sets *failure.
    QString authenticate(const Incoming& in, Response* failure) const;
    static QString bearerToken(const QByteArray& authorization);
    std::optional<Response> parseObject(const Incoming& in, QJsonObject* out) const;

    Response listProjects() const;
    Response createProject(const Incoming& in);
    Response getProject(const QString& name) const;
    Response updateProject(const QString& name, const Incoming& in);
    Response deleteProject(const QString& name);
    Response projectClouds(const QString& name) const;
    Response me(const QString& email) const;
    Response userAuth(const Incoming& in);
    Response logout(const Incoming& in);
    // /v1/project/{project}/users, /invite[/{email}], /user/{email} and /tags.
    static QStringList peopleMethods(const QStringList& segments);
    Response people(const Incoming& in, const QStringList& segments, const QString& user);

    QJsonObject projectTemplate(const QJsonObject& billingGroup) const;
    static void applyBillingGroup(QJsonObject* project, const QJsonObject& group);
    void applyBillingDetails(QJsonObject* project, const QJsonObject& body,
                             const QHash<QString, QJsonArray>& emails) const;
    QJsonObject defaultBillingGroup() const;
};

Incoming SandboxServer::Private::incoming(const QString& method, const QUrl& url,
                                          const HeaderList& headers, const QByteArray& body)
{
    Incoming in;
    in.method = method;
    in.path = url.path(QUrl::FullyEncoded);
    in.query = url.query(QUrl::FullyEncoded);
    in.body = body;
    for (const auto& header : headers) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            in.authorization = header.second;
        else if (header.first.compare("connection", Qt::CaseInsensitive) == 0)
            in.closeAfter = header.second.toLower().contains("close");
    }
    return in;
}

void SandboxServer::Private::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const HeaderList headers = request.headers();
    const Incoming in =
        incoming(methodName(request.method()), request.url(), headers, request.body());

    if (recording) {
        RecordedRequest record;
        record.method = in.method;
        record.path = in.path;
        record.query = in.query;
        record.authorization = in.authorization;
        record.body = in.body;
        for (const auto& header : headers) {
            if (header.first.compare("user-agent", Qt::CaseInsensitive) == 0)
                record.userAgent = header.second;
        }
        if (recorded.size() >= kMaxRecordedRequests)
            recorded.removeFirst();
        recorded.append(record);
    }

    const std::optional<Fault> fault = takeFault(in.method, in.path);
    if (fault && fault->delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, q, [this, in, guard, fault] {
            if (guard)
                respond(in, guard, fault);
        });
        return;
    }
    respond(in, socket, fault);
}

std::optional<SandboxServer::Fault> SandboxServer::Private::takeFault(const QString& method,
                                                                      const QString& path)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        FaultRule& rule = faults[i];
        const bool methodMatches = rule.method.isEmpty() || rule.method == "*"_L1 ||
                                   rule.method.compare(method, Qt::CaseInsensitive) == 0;
        const bool pathMatches = rule.pattern.endsWith(u'*')
                                     ? path.startsWith(rule.pattern.chopped(1))
                                     : path == rule.pattern;
        if (!methodMatches || !pathMatches)
            continue;
        const Fault fault = rule.fault;
        if (rule.fault.times > 0 && --rule.fault.times == 0)
            faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

void SandboxServer::Private::respond(const Incoming& in, QTcpSocket* socket,
                                     const std::optional<Fault>& fault)
{
    const Fault f = fault.value_or(Fault{});
    QPointer<QTcpSocket> guard(socket);
    // Closing is always deferred: closing inside QAbstractHttpServer's read handler would
    // delete the request object it is still using.
    const auto closeLater = [guard](bool abort) {
        QTimer::singleShot(0, guard, [guard, abort] {
            if (!guard)
                return;
            if (abort)
                guard->abort();
            else
                guard->disconnectFromHost();
        });
    };

    if (f.dropConnection) {
        // No byte of an answer. Note: QNetworkAccessManager then silently sends the request
        // again (up to twice per connection, even a POST), so a client may never see a single
        // drop; truncateBody gives an error that always reaches the client.
        closeLater(true);
        Q_EMIT q->requestServed(in.method, in.path, 0);
        return;
    }

    Response response;
    if (f.status >= 400) {
        if (f.status == 429) {
            const int seconds = f.retryAfterSeconds >= 0 ? f.retryAfterSeconds : 28;
            response =
                error(429, u"The user has sent too many requests in a given amount of "
                           "time: Rate limit 120 exceeded - try again in %1s"_s.arg(seconds));
        } else {
            response = error(f.status, QString::fromLatin1(reasonPhrase(f.status)));
        }
    } else {
        // What a change that cannot be saved is taken back to (shared, so cheap to keep).
        beforeRequest = store.snapshot();
        response = route(in);
        beforeRequest = {}; // a later change need not copy what this one kept
        if (f.status > 0)
            response.status = f.status;
    }
    if (f.retryAfterSeconds >= 0)
        response.headers.append({"Retry-After", QByteArray::number(f.retryAfterSeconds)});
    if (!f.body.isEmpty())
        response.body = f.body;
    if (f.malformedBody) // an unclosed "{" at the end: never valid JSON
        response.body = response.body.left(response.body.size() / 2) + "}}]]{";

    const QByteArray body =
        f.truncateBody ? response.body.left(response.body.size() / 2) : response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    // An override body that looks like a proxy's HTML page is labelled as one; an empty body
    // (DELETE) has no type.
    if (!response.body.isEmpty())
        head += response.body.startsWith('<') ? "Content-Type: text/html\r\n"
                                              : "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Server: fjord-sandbox/" FJORD_VERSION "\r\n";
    for (const auto& header : std::as_const(response.headers))
        head += header.first + ": " + header.second + "\r\n";
    const bool close = in.closeAfter || f.truncateBody;
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    // A client that gave up during a delay has closed its end; the change (if any) stands.
    if (socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(head);
        socket->write(body); // shared with the store's copy, not copied (a list may be 100 MB)
    }
    if (close)
        closeLater(false);
    Q_EMIT q->requestServed(in.method, in.path, response.status);
}

QString SandboxServer::Private::bearerToken(const QByteArray& authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return {};
    const QByteArray scheme = value.left(space).toLower();
    if (scheme != "aivenv1" && scheme != "bearer")
        return {};
    return QString::fromUtf8(value.mid(space + 1).trimmed());
}

QString SandboxServer::Private::authenticate(const Incoming& in, Response* failure) const
{
    const QString token = bearerToken(in.authorization);
    if (token.isEmpty()) {
        *failure = error(401, u"Invalid token"_s);
        return {};
    }
    if (token == acceptedToken && !acceptedTokenRevoked)
        return demoEmail();
    const QString user = store.sessionUser(token);
    if (user.isEmpty())
        *failure = error(401, u"Missing (expired) db token"_s);
    return user;
}

std::optional<Response> SandboxServer::Private::parseObject(const Incoming& in,
                                                            QJsonObject* out) const
{
    if (in.body.trimmed().isEmpty())
        return error(400, u"Missing request body: expected a JSON object"_s);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(in.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400, u"Invalid JSON in request body at offset %1: %2"_s.arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!document.isObject())
        return error(400, u"Invalid input: the request body must be a JSON object"_s);
    *out = document.object();
    return std::nullopt;
}

Response SandboxServer::Private::route(const Incoming& in)
{
    QStringList segments = in.path.split(u'/');
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    if (segments.size() > 1 && segments.constLast().isEmpty())
        segments.removeLast();
    for (QString& segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());

    enum class Route {
        None,
        Projects,
        Project,
        ProjectClouds,
        ProjectServices,
        ProjectEvents,
        ProjectCaCertificate,
        Clouds,
        BillingGroups,
        Accounts,
        Me,
        UserAuth,
        Logout,
        People, // members, invitations and tag merges: SandboxMembers
    };
    Route matched = Route::None;
    QStringList allowed;
    QString project;
    const qsizetype n = segments.size();
    if (n >= 2 && segments[0] == "v1"_L1) {
        const QString& area = segments[1];
        if (area == "project"_L1 && n == 2) {
            matched = Route::Projects;
            allowed = {u"GET"_s, u"POST"_s};
        } else if (area == "project"_L1 && n == 3) {
            matched = Route::Project;
            allowed = {u"GET"_s, u"PUT"_s, u"DELETE"_s};
            project = segments[2];
        } else if (area == "project"_L1 && n == 4 && segments[3] == "clouds"_L1) {
            matched = Route::ProjectClouds;
            allowed = {u"GET"_s};
            project = segments[2];
        } else if (area == "project"_L1 && !peopleMethods(segments).isEmpty()) {
            matched = Route::People;
            allowed = peopleMethods(segments);
            project = segments[2];
        } else if (area == "project"_L1 && n == 4 && segments[3] == "service"_L1) {
            matched = Route::ProjectServices;
            allowed = {u"GET"_s};
            project = segments[2];
        } else if (area == "project"_L1 && n == 4 && segments[3] == "events"_L1) {
            matched = Route::ProjectEvents;
            allowed = {u"GET"_s};
            project = segments[2];
        } else if (area == "project"_L1 && n == 5 && segments[3] == "kms"_L1 &&
                   segments[4] == "ca"_L1) {
            matched = Route::ProjectCaCertificate;
            allowed = {u"GET"_s};
            project = segments[2];
        } else if (area == "clouds"_L1 && n == 2) {
            matched = Route::Clouds;
            allowed = {u"GET"_s};
        } else if (area == "billing-group"_L1 && n == 2) {
            matched = Route::BillingGroups;
            allowed = {u"GET"_s};
        } else if (area == "account"_L1 && n == 2) {
            matched = Route::Accounts;
            allowed = {u"GET"_s};
        } else if (area == "me"_L1 && n == 2) {
            matched = Route::Me;
            allowed = {u"GET"_s};
        } else if (area == "me"_L1 && n == 3 && segments[2] == "logout"_L1) {
            matched = Route::Logout;
            allowed = {u"POST"_s};
        } else if (area == "userauth"_L1 && n == 2) {
            matched = Route::UserAuth;
            allowed = {u"POST"_s};
        }
    }
    if (matched == Route::None)
        return error(404, u"Not found: %1 %2"_s.arg(in.method, in.path.left(200)));
    if (!allowed.contains(in.method)) {
        Response response = error(405, u"Method %1 not allowed for %2"_s.arg(in.method, in.path));
        response.headers.append({"Allow", allowed.join(u", "_s).toLatin1()});
        return response;
    }

    if (matched == Route::Clouds)
        return {200, store.cloudListJson(), {}};
    if (matched == Route::UserAuth)
        return userAuth(in);

    Response failure;
    const QString user = authenticate(in, &failure);
    if (user.isEmpty())
        return failure;

    switch (matched) {
    case Route::Projects:
        return in.method == "GET"_L1 ? listProjects() : createProject(in);
    case Route::Project:
        if (in.method == "GET"_L1)
            return getProject(project);
        return in.method == "PUT"_L1 ? updateProject(project, in) : deleteProject(project);
    case Route::ProjectClouds:
        return projectClouds(project);
    case Route::ProjectServices:
        return readAnswer(sandbox::projectServices(store, project));
    case Route::ProjectEvents: {
        const int limit = QUrlQuery(in.query).queryItemValue(u"limit"_s).toInt();
        return readAnswer(sandbox::projectEvents(store, project, qMax(0, limit)));
    }
    case Route::ProjectCaCertificate:
        return readAnswer(sandbox::projectCaCertificate(store, project));
    case Route::BillingGroups:
        return json({{u"billing_groups"_s, store.billingGroups()}});
    case Route::Accounts:
        return json({{u"accounts"_s, store.accounts()}});
    case Route::Me:
        return me(user);
    case Route::Logout:
        return logout(in);
    case Route::People:
        return people(in, segments, user);
    default:
        break;
    }
    return error(500, u"Internal server error"_s, u"internal_server_error"_s);
}

Response SandboxServer::Private::listProjects() const
{
    return {200, store.projectListJson(), {}};
}

Response SandboxServer::Private::getProject(const QString& name) const
{
    const SandboxStore::ProjectEntry* entry = store.project(name);
    if (!entry)
        return projectNotFound();
    return {200, "{\"project\":" + entry->json + '}', {}};
}

Response SandboxServer::Private::projectClouds(const QString& name) const
{
    if (!store.project(name))
        return projectNotFound();
    return {200, store.projectCloudListJson(name), {}};
}

QJsonObject SandboxServer::Private::defaultBillingGroup() const
{
    return store.billingGroups().isEmpty() ? QJsonObject{}
                                           : store.billingGroups().first().toObject();
}

void SandboxServer::Private::applyBillingGroup(QJsonObject* project, const QJsonObject& group)
{
    for (const auto key :
         {"billing_group_id"_L1, "billing_group_name"_L1, "billing_currency"_L1,
          "payment_method"_L1, "billing_emails"_L1, "card_info"_L1, "company"_L1,
          "address_lines"_L1, "city"_L1, "state"_L1, "zip_code"_L1, "country"_L1, "country_code"_L1,
          "vat_id"_L1, "billing_address"_L1, "billing_extra_text"_L1}) {
        if (group.contains(key))
            project->insert(key, group.value(key));
    }
}

QJsonObject SandboxServer::Private::projectTemplate(const QJsonObject& billingGroup) const
{
    // Cached per billing group: building this object is most of the cost of addProject().
    const QString groupId = billingGroup.value("billing_group_id"_L1).toString();
    if (const auto cached = templates.constFind(groupId); cached != templates.cend())
        return *cached;
    const QString accountId = billingGroup.value("account_id"_L1).toString();
    const QJsonObject account = store.account(accountId);
    QJsonObject project{
        {u"account_id"_s, accountId},
        {u"account_name"_s, account.value("account_name"_L1).toString()},
        {u"address_lines"_s, QJsonArray{}},
        {u"available_credits"_s, u"0.00"_s},
        {u"billing_address"_s, QString()},
        {u"billing_currency"_s, u"USD"_s},
        {u"billing_emails"_s, QJsonArray{}},
        {u"billing_extra_text"_s, QJsonValue::Null},
        {u"billing_group_id"_s, QString()},
        {u"billing_group_name"_s, QString()},
        {u"card_info"_s, QJsonValue::Null},
        {u"city"_s, QString()},
        {u"company"_s, QString()},
        {u"country"_s, QString()},
        {u"country_code"_s, QString()},
        {u"default_cloud"_s, u"google-europe-west1"_s},
        {u"end_of_life_extension"_s, QJsonObject{}},
        {u"estimated_balance"_s, u"0.00"_s},
        {u"estimated_balance_local"_s, u"0.00"_s},
        {u"features"_s, QJsonObject{}},
        {u"organization_id"_s, account.value("organization_id"_L1).toString()},
        {u"payment_method"_s, u"no_payment_expected"_s},
        {u"project_name"_s, QString()},
        {u"state"_s, QString()},
        {u"tags"_s, QJsonObject{}},
        {u"tech_emails"_s, QJsonArray{}},
        {u"tenant_id"_s, u"aiven"_s},
        {u"trial_expiration_time"_s, QJsonValue::Null},
        {u"vat_id"_s, QString()},
        {u"zip_code"_s, QString()},
    };
    applyBillingGroup(&project, billingGroup);
    templates.insert(groupId, project);
    return project;
}

void SandboxServer::Private::applyBillingDetails(QJsonObject* project, const QJsonObject& body,
                                                 const QHash<QString, QJsonArray>& emails) const
{
    for (const auto key :
         {"company"_L1, "address_lines"_L1, "billing_address"_L1, "billing_currency"_L1,
          "billing_extra_text"_L1, "city"_L1, "state"_L1, "vat_id"_L1, "zip_code"_L1}) {
        if (body.contains(key))
            project->insert(key, body.value(key));
    }
    if (body.contains("country_code"_L1)) {
        const QString code = body.value("country_code"_L1).toString();
        project->insert(u"country_code"_s, code);
        project->insert(u"country"_s, countryName(code));
    }
    for (auto it = emails.cbegin(); it != emails.cend(); ++it)
        project->insert(it.key(), it.value());
}

Response SandboxServer::Private::createProject(const Incoming& in)
{
    QJsonObject body;
    if (auto failure = parseObject(in, &body))
        return *failure;
    QHash<QString, QJsonArray> emails;
    if (auto failure = validateBody(body, sandbox::rulesFor("POST"_L1, "/project"_L1), &emails))
        return *failure;
    if (!body.contains("project"_L1))
        return invalid(u"project"_s, u"this field is required"_s);
    const QString name = body.value("project"_L1).toString();
    if (store.project(name))
        return error(409, u"Project already exists"_s, u"project_already_exists"_s);

    const SandboxStore::ProjectEntry* source = nullptr;
    const QString sourceName = body.value("copy_from_project"_L1).toString();
    if (!sourceName.isEmpty()) {
        source = store.project(sourceName);
        if (!source)
            return error(404,
                         u"Project '%1' to copy from does not exist"_s.arg(sourceName.left(80)),
                         u"project_does_not_exist"_s);
    }
    QJsonObject group = defaultBillingGroup();
    if (body.contains("billing_group_id"_L1)) {
        group = store.billingGroup(body.value("billing_group_id"_L1).toString());
        if (group.isEmpty())
            return error(404, u"Billing group does not exist"_s, u"billing_group_not_found"_s);
    } else if (source && body.value("use_source_project_billing_group"_L1).toBool()) {
        group = store.billingGroup(source->object.value("billing_group_id"_L1).toString());
    }
    const QString cloud = body.value("cloud"_L1).toString();
    if (!cloud.isEmpty() && !store.hasCloud(cloud))
        return invalid(u"cloud"_s, u"unknown cloud '%1'"_s.arg(cloud.left(80)));

    QJsonObject project = projectTemplate(group);
    if (body.contains("account_id"_L1)) {
        const QJsonObject account = store.account(body.value("account_id"_L1).toString());
        if (account.isEmpty())
            return error(404, u"Account does not exist"_s, u"account_not_found"_s);
        if (body.contains("billing_group_id"_L1) &&
            group.value("account_id"_L1) != account.value("account_id"_L1))
            return error(400, u"Billing group belongs to another account"_s);
        project.insert(u"account_id"_s, account.value("account_id"_L1));
        project.insert(u"account_name"_s, account.value("account_name"_L1));
        project.insert(u"organization_id"_s, account.value("organization_id"_L1));
    }
    project.insert(u"project_name"_s, name);
    if (source) {
        project.insert(u"default_cloud"_s, source->object.value("default_cloud"_L1));
        project.insert(u"tech_emails"_s, source->object.value("tech_emails"_L1));
        if (body.value("copy_tags"_L1).toBool())
            project.insert(u"tags"_s, source->object.value("tags"_L1));
    }
    if (!cloud.isEmpty())
        project.insert(u"default_cloud"_s, cloud);
    else if (!source)
        // As the API: created without a cloud, a project has no default cloud, and each
        // service is given its own.
        project.insert(u"default_cloud"_s, QString());
    if (body.contains("tags"_L1))
        project.insert(u"tags"_s, body.value("tags"_L1));
    applyBillingDetails(&project, body, emails);

    store.putProject(project, u"admin"_s);
    if (auto failure = keep())
        return *failure;
    return json({{u"project"_s, project}});
}

Response SandboxServer::Private::updateProject(const QString& name, const Incoming& in)
{
    const SandboxStore::ProjectEntry* entry = store.project(name);
    if (!entry)
        return projectNotFound();
    const Response denied =
        error(403, u"Only project admins can change project settings"_s, u"permission_denied"_s);
    if (!mayChangeTags(entry->memberships))
        return denied;
    QJsonObject body;
    if (auto failure = parseObject(in, &body))
        return *failure;
    QHash<QString, QJsonArray> emails;
    if (auto failure =
            validateBody(body, sandbox::rulesFor("PUT"_L1, "/project/{project}"_L1), &emails))
        return *failure;
    if (!mayChangeProject(entry->memberships) && !(body.size() == 1 && body.contains("tags"_L1)))
        return denied;

    QJsonObject project = entry->object;
    const QString role = entry->role;
    const QStringList memberships = entry->memberships;
    const QJsonArray ownClouds = store.projectOnlyClouds(name);
    const QString newName = body.value("project_name"_L1).toString(name);
    if (newName != name && store.project(newName))
        return error(409, u"Project already exists"_s, u"project_already_exists"_s);
    if (body.contains("account_id"_L1)) {
        const QJsonObject account = store.account(body.value("account_id"_L1).toString());
        if (account.isEmpty())
            return error(404, u"Account does not exist"_s, u"account_not_found"_s);
        project.insert(u"account_id"_s, account.value("account_id"_L1));
        project.insert(u"account_name"_s, account.value("account_name"_L1));
        project.insert(u"organization_id"_s, account.value("organization_id"_L1));
    }
    if (body.contains("billing_group_id"_L1)) {
        const QJsonObject group = store.billingGroup(body.value("billing_group_id"_L1).toString());
        if (group.isEmpty())
            return error(404, u"Billing group does not exist"_s, u"billing_group_not_found"_s);
        applyBillingGroup(&project, group);
    }
    const QString cloud = body.value("cloud"_L1).toString();
    if (!cloud.isEmpty()) {
        if (!store.hasCloud(name, cloud))
            return invalid(u"cloud"_s, u"unknown cloud '%1'"_s.arg(cloud.left(80)));
        project.insert(u"default_cloud"_s, cloud);
    }
    if (body.contains("tags"_L1))
        project.insert(u"tags"_s, body.value("tags"_L1));
    applyBillingDetails(&project, body, emails);
    project.insert(u"project_name"_s, newName);

    if (newName != name) {
        const QJsonObject people = store.projectPeople(name);
        const QJsonObject info = store.projectInfo(name);
        store.removeProject(name);
        store.setProjectClouds(newName, ownClouds);
        store.setProjectPeople(newName, people);
        store.setProjectInfo(newName, info);
    }
    store.putProject(project, role, memberships);
    if (auto failure = keep())
        return *failure;
    return json({{u"project"_s, project}});
}

Response SandboxServer::Private::deleteProject(const QString& name)
{
    const SandboxStore::ProjectEntry* entry = store.project(name);
    if (!entry)
        return projectNotFound();
    if (!mayChangeProject(entry->memberships))
        return error(403, u"Only project admins can delete the project"_s, u"permission_denied"_s);
    if (!isZeroAmount(entry->object.value("estimated_balance"_L1)))
        return error(403, u"Project with open balance cannot be deleted"_s);
    if (!isZeroAmount(entry->object.value("available_credits"_L1)))
        return error(403, u"Project with unused credits cannot be deleted"_s);
    store.removeProject(name);
    if (auto failure = keep())
        return *failure;
    // "Returns 200 OK with an empty response body on success" (the projects API page).
    return {200, {}, {}};
}

QStringList SandboxServer::Private::peopleMethods(const QStringList& segments)
{
    const qsizetype n = segments.size();
    if (n == 4 && segments[3] == "users"_L1)
        return {u"GET"_s};
    if (n == 4 && segments[3] == "invite"_L1)
        return {u"POST"_s};
    if (n == 4 && segments[3] == "tags"_L1)
        return {u"PATCH"_s};
    if (n == 5 && segments[3] == "invite"_L1 && !segments[4].isEmpty())
        return {u"DELETE"_s};
    if (n == 5 && segments[3] == "user"_L1 && !segments[4].isEmpty())
        return {u"PUT"_s, u"DELETE"_s};
    return {};
}

Response SandboxServer::Private::people(const Incoming& in, const QStringList& segments,
                                        const QString& user)
{
    sandbox::Caller caller{user, {}, {}};
    const QList<User> all = users();
    for (const User& known : all) {
        if (known.email == user) {
            caller.realName = known.realName;
            caller.userId = known.userId;
        }
    }
    const QString& project = segments[2];
    const QString& area = segments[3];
    const bool hasBody = in.method == "POST"_L1 || in.method == "PUT"_L1 || in.method == "PATCH"_L1;
    QJsonObject body;
    if (hasBody && store.project(project)) {
        if (auto failure = parseObject(in, &body))
            return *failure;
    }
    sandbox::Outcome outcome;
    if (area == "users"_L1)
        outcome = sandbox::listProjectUsers(store, project, caller);
    else if (area == "tags"_L1)
        outcome = sandbox::patchProjectTags(store, project, body);
    else if (area == "invite"_L1 && in.method == "POST"_L1)
        outcome = sandbox::inviteProjectMember(store, project, caller, body);
    else if (area == "invite"_L1)
        outcome = sandbox::cancelProjectInvitation(store, project, segments[4]);
    else if (in.method == "PUT"_L1)
        outcome = sandbox::updateProjectMember(store, project, caller, segments[4], body);
    else
        outcome = sandbox::removeProjectMember(store, project, caller, segments[4]);
    if (outcome.status >= 400)
        return error(outcome.status, outcome.message, outcome.errorCode);
    if (outcome.changed) {
        if (auto failure = keep())
            return *failure;
    }
    return json(outcome.body, outcome.status);
}

Response SandboxServer::Private::me(const QString& email) const
{
    User user;
    const QList<User> all = users();
    for (const User& candidate : all) {
        if (candidate.email == email)
            user = candidate;
    }
    const QJsonObject info{
        {u"user"_s, email},
        {u"user_id"_s, user.userId},
        {u"real_name"_s, user.realName},
        {u"state"_s, u"active"_s},
        {u"tenant"_s, u"aiven"_s},
        {u"auth"_s, QJsonArray{u"password"_s}},
        {u"token_validity_begin"_s, u"2025-01-01T00:00:00Z"_s},
        {u"invitations"_s, QJsonArray{}},
        {u"features"_s, QJsonObject{}},
        {u"create_time"_s, u"2023-02-14T10:20:00Z"_s},
        {u"city"_s, QString()},
        {u"country"_s, QString()},
        {u"department"_s, QString()},
        {u"job_title"_s, QString()},
        {u"managed_by_scim"_s, false},
        {u"managing_organization_id"_s, QJsonValue::Null},
    };
    // The per-project members are spliced in as text the store keeps: with 10,000 projects,
    // building them as QJsonObjects made every /v1/me take 80 ms, during which the sandbox
    // answered nothing else.
    QByteArray body = "{\"user\":" + compact(info);
    body.chop(1); // the closing brace
    body +=
        ",\"projects\":" + store.projectNamesJson() + ',' + store.membershipMembersJson() + "}}";
    return {200, body, {}};
}

Response SandboxServer::Private::userAuth(const Incoming& in)
{
    QJsonObject body;
    if (auto failure = parseObject(in, &body))
        return *failure;
    if (auto failure = validateBody(body, sandbox::rulesFor("POST"_L1, "/userauth"_L1)))
        return *failure;
    const QString email = body.value("email"_L1).toString().trimmed().toLower();
    const QString password = body.value("password"_L1).toString();
    const QString otp = body.value("otp"_L1).toString();
    const QList<User> all = users();
    for (const User& user : all) {
        if (user.email != email || user.password != password)
            continue;
        if (!user.otp.isEmpty() && otp.isEmpty())
            return error(510, u"Two-factor authentication code required"_s);
        if (!user.otp.isEmpty() && otp != user.otp)
            return error(403, u"Invalid two-factor authentication code"_s,
                         u"authentication_failed"_s);
        QByteArray random(30, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()),
                                              random.size() / int(sizeof(quint32)));
        const QString token = QString::fromLatin1(random.toBase64());
        store.addSession(token, user.email);
        if (auto failure = keep())
            return *failure;
        return json({{u"token"_s, token},
                     {u"state"_s, u"active"_s},
                     {u"user_email"_s, user.email},
                     {u"tenant"_s, u"aiven"_s}});
    }
    return error(403, u"Authentication failed"_s, u"authentication_failed"_s);
}

Response SandboxServer::Private::logout(const Incoming& in)
{
    const QString token = bearerToken(in.authorization);
    if (token == acceptedToken) {
        acceptedTokenRevoked = true;
    } else if (!store.sessionUser(token).isEmpty()) {
        // A token that still works after a restart was not signed out: say so.
        store.removeSession(token);
        if (auto failure = keep())
            return *failure;
    }
    return json({{u"message"_s, u"Signed out"_s}});
}

// ---- public API ------------------------------------------------------------------------------

QString SandboxServer::defaultToken()
{
    return u"fjord-sandbox-token"_s;
}

QString SandboxServer::demoEmail()
{
    return u"demo@example.com"_s;
}

QString SandboxServer::demoPassword()
{
    return u"fjord-demo"_s;
}

QString SandboxServer::otpEmail()
{
    return u"otp@example.com"_s;
}

QString SandboxServer::demoOtp()
{
    return u"123456"_s;
}

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , d(new Private(this))
{
    static const bool quiet = [] {
        g_previousLogFilter = QLoggingCategory::installFilter(quietHttpServerDebug);
        return true;
    }();
    Q_UNUSED(quiet);
}

SandboxServer::~SandboxServer()
{
    if (d->dirty)
        d->persist();
    d->http.reset();
    delete d;
}

void SandboxServer::adoptDataFileLock(const QString& fileName, QLockFile* lock)
{
    d->store.adoptLock(fileName, std::unique_ptr<QLockFile>(lock));
}

bool SandboxServer::setDataFile(const QString& fileName, QString* warning)
{
    d->saveTimer.stop();
    d->dirty = false;
    QString problem;
    const bool ok = d->store.load(fileName, &problem);
    d->templates.clear();
    if (!problem.isEmpty()) {
        if (warning) // the caller says it
            *warning = problem;
        else
            qCWarning(lcSandbox, "%s", qPrintable(problem));
    }
    // A new or reseeded file is written at once; one read as it was is left alone.
    if (ok && !fileName.isEmpty() && !d->store.loadedFromFile()) {
        QString error;
        if (!d->persist(&error)) {
            if (warning)
                *warning = error + u"; changes cannot be saved."_s;
            return false;
        }
    }
    return ok;
}

QString SandboxServer::dataFile() const
{
    return d->store.fileName();
}

bool SandboxServer::save(QString* error)
{
    return d->persist(error);
}

void SandboxServer::setAcceptedToken(const QString& token)
{
    d->acceptedToken = token;
    d->acceptedTokenRevoked = false;
}

QString SandboxServer::acceptedToken() const
{
    return d->acceptedToken;
}

std::unique_ptr<QTcpServer> SandboxServer::listenOnLoopback(quint16 port, QString* error)
{
    std::unique_ptr<QTcpServer> listening = std::make_unique<SandboxListener>();
    if (listening->listen(QHostAddress::LocalHost, port))
        return listening;
    if (error)
        *error = tr("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port);
    return nullptr;
}

bool SandboxServer::start(quint16 port, QString* error)
{
    stop();
    std::unique_ptr<QTcpServer> listening = listenOnLoopback(port, error);
    if (!listening)
        return false;
    serve(std::move(listening));
    return true;
}

void SandboxServer::serve(std::unique_ptr<QTcpServer> listening)
{
    Q_ASSERT(listening && listening->isListening());
    stop();
    auto http =
        std::make_unique<HttpFrontend>([this](const QHttpServerRequest& request,
                                              QTcpSocket* socket) { d->handle(request, socket); });
    d->port = listening->serverPort();
    d->listener = qobject_cast<SandboxListener*>(listening.get());
    if (d->listener)
        d->listener->setLimits(d->maxConnections, d->idleTimeout);
    // Before bind(): the guard must see each connection's data before the frontend reads it.
    RequestBodyLimit::guard(listening.get(), http.get());
    http->bind(listening.release()); // the frontend takes it as a child
    d->http = std::move(http);
}

void SandboxServer::setConnectionLimits(int maxConnections, int idleTimeoutMs)
{
    d->maxConnections = maxConnections;
    d->idleTimeout = std::chrono::milliseconds(idleTimeoutMs);
    if (d->listener)
        d->listener->setLimits(d->maxConnections, d->idleTimeout);
}

void SandboxServer::stop()
{
    d->http.reset();
    d->port = 0;
}

bool SandboxServer::isRunning() const
{
    return d->http != nullptr;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

void SandboxServer::setFault(const QString& method, const QString& pathPattern, const Fault& fault)
{
    // One rule per method and pattern; `times == 0` removes it.
    d->faults.removeIf([&](const Private::FaultRule& rule) {
        return rule.method.compare(method, Qt::CaseInsensitive) == 0 && rule.pattern == pathPattern;
    });
    if (fault.times != 0)
        d->faults.append({method, pathPattern, fault});
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

SandboxServer::Answer SandboxServer::answer(const QByteArray& method, const QByteArray& target,
                                            const QList<QPair<QByteArray, QByteArray>>& headers,
                                            const QByteArray& body)
{
    const Response response = d->route(
        Private::incoming(QString::fromLatin1(method), QUrl::fromEncoded(target), headers, body));
    return {response.status, response.body};
}

QList<SandboxServer::RecordedRequest> SandboxServer::recordedRequests() const
{
    return d->recorded;
}

void SandboxServer::clearRecordedRequests()
{
    d->recorded.clear();
}

void SandboxServer::setRecordingRequests(bool on)
{
    d->recording = on;
    if (!on)
        d->recorded.clear();
}

bool SandboxServer::isRecordingRequests() const
{
    return d->recording;
}

void SandboxServer::addProject(const QJsonObject& project, const QString& role,
                               const QStringList& memberships)
{
    // Missing fields are filled in so that every listed project is a complete object.
    QJsonObject group = d->store.billingGroup(project.value("billing_group_id"_L1).toString());
    if (group.isEmpty())
        group = d->defaultBillingGroup();
    QJsonObject full = d->projectTemplate(group);
    for (auto it = project.constBegin(); it != project.constEnd(); ++it)
        full.insert(it.key(), it.value());
    d->store.putProject(full, role, memberships);
    d->dirty = true;
    if (!d->store.fileName().isEmpty())
        d->saveTimer.start();
}

QJsonObject SandboxServer::project(const QString& name) const
{
    const SandboxStore::ProjectEntry* entry = d->store.project(name);
    return entry ? entry->object : QJsonObject{};
}

int SandboxServer::projectCount() const
{
    return d->store.projectCount();
}

} // namespace fjord
