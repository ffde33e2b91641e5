#include "api/AivenClient.h"

#include "api/JsonCodec.h"
#include "api/ProjectInfoCodec.h"
#include "util/HugePages.h"
#include "util/Version.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace fjord {

namespace {

// The size cap belongs to the kind of answer: most are small, the project list of a large
// organization is not (100,000 projects are about 120 MB), and an error page never needs much.
constexpr qint64 kDefaultMaxResponseBytes = 64LL * 1024 * 1024;
constexpr qint64 kMaxListBytes = 1024LL * 1024 * 1024;
constexpr qint64 kMaxErrorBytes = 4LL * 1024 * 1024;
constexpr int kDefaultTimeoutMs = 30000;
constexpr int kMaxRedirects = 5;
// What Qt may hold of an answer before this client has read it. Unbounded, a large answer
// piled up there in blocks of its own (fresh memory, a page fault every 4 KiB), as large
// again as the buffer it is read into; bounded, the same few blocks are used over and over.
constexpr qint64 kReplyReadAhead = 1024 * 1024;
// A buffer this large is asked to be backed by huge pages.
constexpr qint64 kHugePageBuffer = 8 * 1024 * 1024;

using Parser = std::function<QVariant(const QJsonObject&, QString*, bool*)>;
// Straight from the body's bytes; sets *handled only for answers it fully understands.
using BytesParser = std::function<QVariant(const QByteArray&, bool* handled)>;

template <typename T> QVariant wrap(std::optional<T>&& value, bool* ok)
{
    *ok = value.has_value();
    return *ok ? QVariant::fromValue(std::move(*value)) : QVariant();
}

template <typename T, typename F> Parser listParser(F parse)
{
    return [parse](const QJsonObject& body, QString* error, bool* ok) {
        return wrap<T>(parse(body, error), ok);
    };
}

// The project list is the one large answer (thousands of projects): read as records
// without a QJsonDocument when possible, see json::tryReadProjectRecords.
BytesParser projectListBytesParser()
{
    return [](const QByteArray& body, bool* handled) {
        return wrap<ProjectRecords>(json::tryReadProjectRecords(body), handled);
    };
}

// {"project": {...}} answers of get, create and update.
Parser projectParser()
{
    return [](const QJsonObject& body, QString* error, bool* ok) {
        const QJsonValue inner = body.value(QLatin1String("project"));
        if (!inner.isObject()) {
            *ok = false;
            *error = QStringLiteral("Required key \"project\" is missing or not an object.");
            return QVariant();
        }
        return wrap<Project>(json::parseProject(inner.toObject(), error), ok);
    };
}

QString encodeSegment(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString hostLabel(const QUrl& url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

// Retry-After is either delta-seconds or an HTTP date.
int parseRetryAfter(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace

struct AivenClient::Private
{
    // One entry of the call table: what to send and how to read the answer. Built by name,
    // field by field, in the AivenClient function of each call.
    struct Spec
    {
        Spec() = default;
        Spec(QByteArray verb, QString path)
            : verb(std::move(verb))
            , path(std::move(path))
        {
        }

        QByteArray verb;
        QString path;              // below /v1, percent-encoded
        QByteArray jsonBody;       // sent as application/json when not empty
        bool authenticated = true; // false: never sends the Authorization header
        Parser parse;              // the answer's body to a typed value; none: no value
        BytesParser parseBytes;    // optional fast path in front of parse
        bool largeAnswer = false;  // a list that grows with the organization: kMaxListBytes
        bool readsProjectsAsTheyCome = false; // GET /v1/project: json::ProjectListStream
        QStringList secrets; // besides the token: what an error answer must never show
    };

    struct CallState
    {
        Spec spec;
        QPointer<ApiCall> call;
        QPointer<QNetworkReply> reply;
        QTimer* attemptTimer = nullptr; // children of the call
        QTimer* retryTimer = nullptr;
        QUrl url;
        bool sendAuthorization = true;
        QString sentToken; // the token of the last attempt; a 401 is about that one
        int redirects = 0;
        QByteArray buffer;
        // Reads a successful project list from `buffer` while it fills. After the buffer, so
        // that it is gone (its threads done) before the buffer is.
        std::unique_ptr<json::ProjectListStream> stream;
        bool timedOut = false;
        bool tooLarge = false;
        qint64 cap = 0; // for the answer on its way; lowered when it turns out an error
        QDateTime started;
        QElapsedTimer elapsed;
    };
    using StatePtr = std::shared_ptr<CallState>;

    AivenClient* q;
    QPointer<QNetworkAccessManager> network;
    QUrl baseUrl = defaultBaseUrl();
    QString token;
    int timeoutMs = kDefaultTimeoutMs;
    RetryPolicy policy;
    qint64 maxBytes = kDefaultMaxResponseBytes;
    QList<QPointer<ApiCall>> inFlight;

    QUrl urlFor(const QString& path) const
    {
        QUrl url = baseUrl;
        url.setPath(baseUrl.path(QUrl::FullyEncoded) + QLatin1String("/v1") + path,
                    QUrl::TolerantMode);
        return url;
    }

    ApiCall* start(Spec spec)
    {
        auto* call = new ApiCall(QString::fromLatin1(spec.verb), QLatin1String("/v1") + spec.path);
        auto state = std::make_shared<CallState>();
        state->call = call;
        state->url = urlFor(spec.path);
        state->spec = std::move(spec);
        state->attemptTimer = new QTimer(call);
        state->attemptTimer->setSingleShot(true);
        state->retryTimer = new QTimer(call);
        state->retryTimer->setSingleShot(true);
        inFlight.append(call);

        QObject::connect(state->attemptTimer, &QTimer::timeout, call, [state] {
            state->timedOut = true;
            if (state->reply)
                state->reply->abort();
        });
        QObject::connect(state->retryTimer, &QTimer::timeout, call,
                         [this, state] { startAttempt(state); });
        QObject::connect(call, &ApiCall::abandonRequested, call, [this, state] { abandon(state); });

        // With a network manager the request goes out now (its answer always comes from the
        // event loop); without one the call fails at once, so that is deferred until the
        // caller has connected to finished().
        if (network) {
            startAttempt(state);
            return call;
        }
        QTimer::singleShot(0, call, [this, state] {
            if (state->call && !state->call->isFinished()) // the client may be gone by now
                startAttempt(state);
        });
        return call;
    }

    void startAttempt(const StatePtr& state)
    {
        ApiCall* call = state->call;
        if (!call || call->isFinished())
            return;
        ++call->m_attempts;
        send(state);
    }

    void send(const StatePtr& state)
    {
        ApiCall* call = state->call;
        state->stream.reset();
        state->buffer.clear();
        state->timedOut = false;
        state->tooLarge = false;
        state->cap = state->spec.largeAnswer ? std::max(maxBytes, kMaxListBytes) : maxBytes;
        state->started = QDateTime::currentDateTime();
        state->elapsed.start();

        if (!network) {
            finish(state, ApiError(ApiError::Kind::Network, QStringLiteral("No network access")), 0,
                   {}, {});
            return;
        }

        QNetworkRequest request(state->url);
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setRawHeader("Accept", "application/json");
        if (!state->spec.jsonBody.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        state->sentToken.clear();
        if (state->spec.authenticated && state->sendAuthorization && !token.isEmpty()) {
            request.setRawHeader("Authorization", "aivenv1 " + token.toUtf8());
            state->sentToken = token;
        }
        // Redirects are followed here, not by Qt, so that the Authorization header never
        // travels to another origin.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);

        QNetworkReply* reply = nullptr;
        const QByteArray& verb = state->spec.verb;
        if (verb == "GET")
            reply = network->get(request);
        else if (verb == "DELETE" && state->spec.jsonBody.isEmpty())
            reply = network->deleteResource(request);
        else
            reply = network->sendCustomRequest(request, verb, state->spec.jsonBody);
        reply->setReadBufferSize(kReplyReadAhead);
        reply->setParent(call); // an abandoned or deleted call takes its reply with it
        state->reply = reply;

        auto overCap = [state] {
            state->tooLarge = true;
            if (state->reply)
                state->reply->abort();
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, call, [state, overCap] {
            if (!state->reply)
                return;
            // Not over HTTP/2: the bound is for HTTP/1's reading of the socket, and other
            // clients found Qt's HTTP/2 holding more with it, not less.
            if (state->reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
                state->reply->setReadBufferSize(0);
            const int status =
                state->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 300)
                state->cap = std::min(state->cap, kMaxErrorBytes);
            bool ok = false;
            const qint64 length =
                state->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
            if (ok && length > state->cap)
                overCap();
            else if (ok && length > 0) {
                // One allocation, not a doubling series, with the slack the JSON reader
                // needs to read the body in place.
                state->stream.reset(); // its threads read the buffer that moves now
                state->buffer.reserve(length + json::kReadPadding);
                if (length >= kHugePageBuffer)
                    adviseHugePages(state->buffer.data(), std::size_t(state->buffer.capacity()));
            }
            if (state->spec.readsProjectsAsTheyCome && status == 200 && state->buffer.isEmpty() &&
                !state->stream)
                state->stream = std::make_unique<json::ProjectListStream>();
        });
        QObject::connect(reply, &QNetworkReply::readyRead, call, [state, overCap] {
            if (!state->reply || state->tooLarge)
                return;
            const qint64 room = state->cap - state->buffer.size();
            if (state->reply->bytesAvailable() > room) {
                overCap();
                return;
            }
            appendAvailable(*state);
        });
        QObject::connect(reply, &QNetworkReply::finished, call,
                         [this, state] { onFinished(state); });
        state->attemptTimer->start(timeoutMs);
    }

    // What the reply holds, read straight into the end of `buffer` (reserved from
    // Content-Length) rather than into a chunk of its own that is then copied: with a large
    // answer that would be a second copy of it and twice the page faults.
    // A project list's stream reads on from there.
    static void appendAvailable(CallState& state)
    {
        QByteArray* buffer = &state.buffer;
        const qsizetype at = buffer->size();
        const auto incoming = qsizetype(state.reply->bytesAvailable());
        if (state.stream && at + incoming > buffer->capacity())
            state.stream->bufferWillMove();
        buffer->resize(at + incoming);
        const qint64 read = state.reply->read(buffer->data() + at, incoming);
        buffer->truncate(at + qsizetype(std::max<qint64>(read, 0)));
        if (state.stream)
            state.stream->feed(buffer->data(), buffer->size(), buffer->capacity());
    }

    void releaseReply(const StatePtr& state)
    {
        state->attemptTimer->stop();
        if (QNetworkReply* reply = state->reply) {
            state->reply = nullptr;
            QObject::disconnect(reply, nullptr, state->call, nullptr);
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        }
    }

    void log(const StatePtr& state, int httpStatus, const ApiError& error)
    {
        RequestLogEntry entry;
        entry.started = state->started;
        entry.method = QString::fromLatin1(state->spec.verb);
        entry.path = state->call ? state->call->path() : QString();
        entry.httpStatus = httpStatus;
        entry.durationMs = state->elapsed.isValid() ? state->elapsed.elapsed() : 0;
        entry.attempt = state->call ? state->call->attempts() : 1;
        entry.error = error.isError() ? error.userMessage() : QString();
        Q_EMIT q->requestLogged(entry);
    }

    bool followRedirect(const StatePtr& state, QNetworkReply* reply, int status)
    {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
            return false;
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (!location.isValid() || location.isEmpty())
            return false;
        const QUrl target = state->url.resolved(location);
        if (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http"))
            return false;
        // Only safe methods follow every redirect; others only where the method is kept.
        const bool isGet = state->spec.verb == "GET";
        if (!isGet && status != 307 && status != 308)
            return false;
        if (state->redirects >= kMaxRedirects)
            return false;
        ++state->redirects;
        if (!sameOrigin(state->url, target))
            state->sendAuthorization = false;
        state->url = target;
        return true;
    }

    void onFinished(const StatePtr& state)
    {
        QNetworkReply* reply = state->reply;
        ApiCall* call = state->call;
        if (!reply || !call || call->isFinished())
            return;
        if (!state->tooLarge && !state->timedOut) {
            const qint64 room = state->cap - state->buffer.size();
            if (reply->bytesAvailable() > room)
                state->tooLarge = true;
            else
                appendAvailable(*state);
        }
        // What it read is used only for a complete answer.
        std::unique_ptr<json::ProjectListStream> stream = std::move(state->stream);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError networkError = reply->error();
        const QString networkErrorString = reply->errorString();
        const QByteArray retryAfterHeader = reply->rawHeader("Retry-After");
        const QUrl requestUrl = state->url;
        const bool redirected = !state->tooLarge && !state->timedOut &&
                                networkError == QNetworkReply::NoError &&
                                followRedirect(state, reply, status);
        releaseReply(state);

        // A large answer's stream gives back pages of the buffer as it packs what they held:
        // whole again for anything but the answer it reads (a stream is only made for a 200,
        // so what is left is a complete answer, which finish() reads).
        if (stream && (redirected || state->tooLarge || state->timedOut ||
                       networkError != QNetworkReply::NoError)) {
            stream->restore(&state->buffer);
            stream.reset(); // before send() empties the buffer
        }

        if (redirected) {
            log(state, status, {});
            send(state);
            return;
        }

        ApiError error;
        if (state->tooLarge) {
            error = ApiError(ApiError::Kind::TooLarge,
                             QStringLiteral("The answer exceeded %1 bytes").arg(state->cap));
        } else if (state->timedOut) {
            error = ApiError(ApiError::Kind::Timeout,
                             QStringLiteral("No complete answer within %1 ms").arg(timeoutMs));
        } else {
            error =
                ApiError::fromResponse(networkError, networkErrorString, status, state->buffer,
                                       QStringList{token, state->sentToken} + state->spec.secrets);
            if (error.kind() == ApiError::Kind::Http && (status == 429 || status == 503)) {
                const int seconds = parseRetryAfter(retryAfterHeader);
                if (seconds >= 0)
                    error.setRetryAfterSeconds(seconds);
            }
        }
        error.setHost(hostLabel(requestUrl));

        QJsonObject body;
        AnswerText unparsedBody; // handled by the fast path; json() parses it on demand
        QVariant result;
        if (stream && !error.isError()) {
            // The buffer goes: its text is in the records.
            if (std::optional<ProjectRecords> records = stream->finish(&state->buffer)) {
                unparsedBody = records->text;
                result = QVariant::fromValue(std::move(*records));
            }
        }
        stream.reset(); // its threads are done with the buffer
        if (!error.isError() && unparsedBody.isEmpty()) {
            QJsonParseError parseError;
            // Trimmed in place: the body may be a hundred megabytes.
            QByteArray trimmed = std::move(state->buffer).trimmed();
            // The fast path answers only for bodies it fully understands; everything else,
            // errors included, goes the QJsonDocument way below, which words the errors.
            if (state->spec.parseBytes && !trimmed.isEmpty()) {
                bool handled = false;
                result = state->spec.parseBytes(trimmed, &handled);
                if (handled)
                    unparsedBody = std::move(trimmed);
            }
            // DELETE and logout may answer with an empty body; that is an empty object.
            if (unparsedBody.isEmpty() && !trimmed.isEmpty()) {
                const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
                if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                    error = ApiError(ApiError::Kind::InvalidResponse,
                                     parseError.error != QJsonParseError::NoError
                                         ? QStringLiteral("The answer is not valid JSON: %1")
                                               .arg(parseError.errorString())
                                         : QStringLiteral("The answer is not a JSON object"));
                } else {
                    body = doc.object();
                }
            }
            if (!error.isError() && unparsedBody.isEmpty() && state->spec.parse) {
                QString message;
                bool ok = false;
                result = state->spec.parse(body, &message, &ok);
                if (!ok)
                    error = ApiError(ApiError::Kind::InvalidResponse, message);
            }
            if (error.isError())
                error.setHost(hostLabel(requestUrl));
        }
        state->buffer.clear();
        state->buffer.squeeze();
        log(state, status, error);

        // Sent with a token the session has since replaced (the user signed in again while the
        // call was on its way): the 401 is about the old token and nothing was done, so the
        // call goes again with the new one rather than failing a view that is now signed in.
        if (error.kind() == ApiError::Kind::Http && status == 401 && state->spec.authenticated &&
            !state->sentToken.isEmpty() && !token.isEmpty() && state->sentToken != token) {
            startAttempt(state);
            return;
        }
        if (error.isError() && error.isTransient() && state->spec.verb == "GET" &&
            call->attempts() < policy.maxAttempts) {
            state->retryTimer->start(retryDelayMs(call->attempts(), error));
            return;
        }
        // The body moves on: the call is then its only holder and can let go of it early.
        finish(state, error, status, body, std::move(result), std::move(unparsedBody));
    }

    int retryDelayMs(int attemptsSoFar, const ApiError& error) const
    {
        const int cap = qMax(0, policy.maxDelayMs);
        if (error.retryAfterSeconds() >= 0)
            return int(qMin<qint64>(qint64(error.retryAfterSeconds()) * 1000, cap));
        qint64 delay = qMax(0, policy.initialDelayMs);
        for (int i = 1; i < attemptsSoFar && delay < cap; ++i)
            delay *= 2;
        return int(qMin<qint64>(delay, cap));
    }

    void finish(const StatePtr& state, const ApiError& error, int status, const QJsonObject& body,
                QVariant result, AnswerText unparsedBody = {})
    {
        QPointer<ApiCall> call = state->call;
        if (!call || call->isFinished())
            return;
        state->retryTimer->stop();
        inFlight.removeAll(call);
        // A 401 to a token the session has since dropped (signed out while the call was on its
        // way) says nothing about the token in use now.
        if (error.kind() == ApiError::Kind::Http && status == 401 && state->spec.authenticated &&
            state->sentToken == token) {
            Q_EMIT q->unauthorized(call);
            if (!call || call->isFinished())
                return;
        }
        call->finish(error, status, body, std::move(result), std::move(unparsedBody));
        if (call)
            Q_EMIT q->callFinished(call);
    }

    void abandon(const StatePtr& state)
    {
        ApiCall* call = state->call;
        if (!call || call->isFinished())
            return;
        const bool wasRunning = state->reply;
        releaseReply(state);
        state->stream.reset();
        const ApiError error(ApiError::Kind::Canceled, QStringLiteral("Abandoned by the caller"));
        if (wasRunning)
            log(state, 0, error);
        finish(state, error, 0, {}, {});
    }
};

QUrl AivenClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.aiven.io"));
}

QString AivenClient::userAgent()
{
    return QLatin1String("fjord/") + versionString();
}

AivenClient::AivenClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->network = network;
    qRegisterMetaType<fjord::Project>();
    qRegisterMetaType<fjord::ProjectList>();
    qRegisterMetaType<fjord::ProjectRecords>();
    qRegisterMetaType<fjord::Cloud>();
    qRegisterMetaType<fjord::BillingGroup>();
    qRegisterMetaType<fjord::Account>();
    qRegisterMetaType<fjord::UserInfo>();
    qRegisterMetaType<fjord::LoginResult>();
    qRegisterMetaType<fjord::ProjectPeople>();
    qRegisterMetaType<fjord::RequestLogEntry>();
    qRegisterMetaType<QVector<fjord::Cloud>>();
    qRegisterMetaType<QVector<fjord::BillingGroup>>();
    qRegisterMetaType<QVector<fjord::Account>>();
    qRegisterMetaType<fjord::CaCertificate>();
    qRegisterMetaType<QVector<fjord::Service>>();
    qRegisterMetaType<QVector<fjord::ProjectEvent>>();
}

AivenClient::~AivenClient()
{
    // Callers waiting on finished() still get exactly one answer.
    abandonAll();
    delete d;
}

void AivenClient::setBaseUrl(const QUrl& baseUrl)
{
    QUrl url =
        baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // Accept ".../v1" as given by people who copy it from the docs; it is appended anyway.
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    d->baseUrl = url;
}

QUrl AivenClient::baseUrl() const
{
    return d->baseUrl;
}

void AivenClient::setToken(const QString& token)
{
    d->token = token.trimmed();
}

bool AivenClient::hasToken() const
{
    return !d->token.isEmpty();
}

void AivenClient::setTimeoutMs(int timeoutMs)
{
    d->timeoutMs = timeoutMs > 0 ? timeoutMs : kDefaultTimeoutMs;
}

int AivenClient::timeoutMs() const
{
    return d->timeoutMs;
}

void AivenClient::setRetryPolicy(const RetryPolicy& policy)
{
    d->policy = policy;
    d->policy.maxAttempts = qMax(1, policy.maxAttempts);
}

RetryPolicy AivenClient::retryPolicy() const
{
    return d->policy;
}

void AivenClient::setMaxResponseBytes(qint64 bytes)
{
    d->maxBytes = bytes > 0 ? bytes : kDefaultMaxResponseBytes;
}

qint64 AivenClient::maxResponseBytes() const
{
    return d->maxBytes;
}

ApiCall* AivenClient::listProjects()
{
    Private::Spec spec("GET", QStringLiteral("/project"));
    spec.parse = listParser<ProjectRecords>(&json::readProjectRecords);
    spec.parseBytes = projectListBytesParser();
    spec.largeAnswer = true;
    spec.readsProjectsAsTheyCome = true;
    return d->start(std::move(spec));
}

ApiCall* AivenClient::getProject(const QString& project)
{
    Private::Spec spec("GET", QLatin1String("/project/") + encodeSegment(project));
    spec.parse = projectParser();
    return d->start(std::move(spec));
}

ApiCall* AivenClient::createProject(const ProjectCreateRequest& request)
{
    Private::Spec spec("POST", QStringLiteral("/project"));
    spec.jsonBody = QJsonDocument(json::toJson(request)).toJson(QJsonDocument::Compact);
    spec.parse = projectParser();
    return d->start(std::move(spec));
}

ApiCall* AivenClient::updateProject(const QString& project, const ProjectUpdate& update)
{
    Private::Spec spec("PUT", QLatin1String("/project/") + encodeSegment(project));
    spec.jsonBody = QJsonDocument(json::toJson(update)).toJson(QJsonDocument::Compact);
    spec.parse = projectParser();
    return d->start(std::move(spec));
}

ApiCall* AivenClient::deleteProject(const QString& project)
{
    return d->start(Private::Spec("DELETE", QLatin1String("/project/") + encodeSegment(project)));
}

ApiCall* AivenClient::listClouds()
{
    Private::Spec spec("GET", QStringLiteral("/clouds"));
    spec.authenticated = false;
    spec.parse = listParser<QVector<Cloud>>(&json::parseCloudList);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::listProjectClouds(const QString& project)
{
    Private::Spec spec("GET", QLatin1String("/project/") + encodeSegment(project) +
                                  QLatin1String("/clouds"));
    spec.parse = listParser<QVector<Cloud>>(&json::parseCloudList);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::listBillingGroups()
{
    Private::Spec spec("GET", QStringLiteral("/billing-group"));
    spec.parse = listParser<QVector<BillingGroup>>(&json::parseBillingGroupList);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::listAccounts()
{
    Private::Spec spec("GET", QStringLiteral("/account"));
    spec.parse = listParser<QVector<Account>>(&json::parseAccountList);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::getMe()
{
    Private::Spec spec("GET", QStringLiteral("/me"));
    spec.parse = listParser<UserInfo>(&json::parseUserInfo);
    // In a large organization the answer lists every project and membership (1.2 MB with
    // 10,000), none of which is kept: read without a QJsonDocument of it all.
    spec.parseBytes = [](const QByteArray& body, bool* handled) {
        return wrap<UserInfo>(json::tryReadUserInfo(body), handled);
    };
    spec.largeAnswer = true;
    return d->start(std::move(spec));
}

ApiCall* AivenClient::login(const QString& email, const QString& password, const QString& otp)
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    Private::Spec spec("POST", QStringLiteral("/userauth"));
    spec.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.authenticated = false;
    spec.parse = listParser<LoginResult>(&json::parseLoginResult);
    spec.secrets = {password};
    return d->start(std::move(spec));
}

ApiCall* AivenClient::logout()
{
    // The document's MeLogout takes no request body: send none (Content-Length: 0).
    return d->start(Private::Spec("POST", QStringLiteral("/me/logout")));
}

ApiCall* AivenClient::listProjectMembers(const QString& project)
{
    Private::Spec spec("GET", QLatin1String("/project/") + encodeSegment(project) +
                                  QLatin1String("/users"));
    spec.parse = listParser<ProjectPeople>(&json::parseProjectPeople);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::inviteProjectMember(const QString& project, const QString& email,
                                          const QString& memberType)
{
    Private::Spec spec("POST", QLatin1String("/project/") + encodeSegment(project) +
                                   QLatin1String("/invite"));
    spec.jsonBody = QJsonDocument(QJsonObject{{QStringLiteral("user_email"), email},
                                              {QStringLiteral("member_type"), memberType}})
                        .toJson(QJsonDocument::Compact);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::updateProjectMember(const QString& project, const QString& email,
                                          const QString& memberType)
{
    Private::Spec spec("PUT", QLatin1String("/project/") + encodeSegment(project) +
                                  QLatin1String("/user/") + encodeSegment(email));
    spec.jsonBody = QJsonDocument(QJsonObject{{QStringLiteral("member_type"), memberType}})
                        .toJson(QJsonDocument::Compact);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::removeProjectMember(const QString& project, const QString& email)
{
    return d->start(Private::Spec("DELETE", QLatin1String("/project/") + encodeSegment(project) +
                                                QLatin1String("/user/") + encodeSegment(email)));
}

ApiCall* AivenClient::cancelProjectInvitation(const QString& project, const QString& email)
{
    return d->start(Private::Spec("DELETE", QLatin1String("/project/") + encodeSegment(project) +
                                                QLatin1String("/invite/") + encodeSegment(email)));
}

ApiCall* AivenClient::patchProjectTags(const QString& project, const TagChanges& changes)
{
    Private::Spec spec("PATCH", QLatin1String("/project/") + encodeSegment(project) +
                                    QLatin1String("/tags"));
    spec.jsonBody = QJsonDocument(json::tagChangesBody(changes)).toJson(QJsonDocument::Compact);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::listServices(const QString& project)
{
    Private::Spec spec("GET", QLatin1String("/project/") + encodeSegment(project) +
                                  QLatin1String("/service"));
    spec.parse = listParser<QVector<Service>>(&json::parseServiceList);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::listProjectEvents(const QString& project)
{
    Private::Spec spec("GET", QLatin1String("/project/") + encodeSegment(project) +
                                  QLatin1String("/events"));
    spec.parse = listParser<QVector<ProjectEvent>>(&json::parseProjectEventList);
    return d->start(std::move(spec));
}

ApiCall* AivenClient::getProjectCaCertificate(const QString& project)
{
    Private::Spec spec("GET", QLatin1String("/project/") + encodeSegment(project) +
                                  QLatin1String("/kms/ca"));
    spec.parse = listParser<CaCertificate>(&json::parseCaCertificate);
    return d->start(std::move(spec));
}

void AivenClient::abandonAll()
{
    const QList<QPointer<ApiCall>> calls = d->inFlight;
    for (const QPointer<ApiCall>& call : calls) {
        if (call)
            call->abandon();
    }
    d->inFlight.clear();
}

} // namespace fjord
