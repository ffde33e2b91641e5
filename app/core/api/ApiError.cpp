#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace fjord {

namespace {

constexpr int kMaxServerMessage = 500;

QString tr(const char* text)
{
    return QCoreApplication::translate("fjord::ApiError", text);
}

// Server texts end up in dialogs and logs: keep one line, bounded, printable.
QString cleanText(QString s)
{
    s = s.simplified();
    if (s.size() > kMaxServerMessage)
        s = s.left(kMaxServerMessage - 1) + QChar(0x2026);
    return s;
}

// Error bodies may echo request data (the Go client drops them for that reason), so
// anything that looks like a credential is blanked before it reaches text we show or log.
QString redact(QString s)
{
    static const QRegularExpression scheme(
        QStringLiteral("\\b(aivenv1|bearer|basic)\\s+[^\\s\"',;]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonField(
        QStringLiteral(
            "\"(token|full_token|auth_token|password|new_password|otp)\"\\s*:\\s*\"[^\"]*\""),
        QRegularExpression::CaseInsensitiveOption);
    s.replace(scheme, QStringLiteral("\\1 [redacted]"));
    s.replace(jsonField, QStringLiteral("\"\\1\": \"[redacted]\""));
    return s;
}

// The caller's own secrets, wherever they appear: a server may echo a token without any
// "aivenv1 " in front of it, which the patterns above cannot know.
QString redactSecrets(QString s, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        for (const QString& form : {secret, encoded}) {
            // Replacing can join text around "[redacted]" into a new match only if the secret
            // contains brackets; the loop is bounded by the text's length either way.
            for (qsizetype guard = s.size(); guard >= 0 && s.contains(form); --guard)
                s.replace(form, QStringLiteral("[redacted]"));
        }
    }
    return s;
}

QString htmlTitle(const QString& html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(html);
    return m.hasMatch() ? cleanText(m.captured(1)) : QString();
}

bool looksLikeHtml(const QString& text)
{
    const QString head = text.left(512).trimmed();
    return head.startsWith(u'<') &&
           (head.contains(QLatin1String("<html"), Qt::CaseInsensitive) ||
            head.contains(QLatin1String("<!doctype"), Qt::CaseInsensitive) ||
            head.contains(QLatin1String("<head"), Qt::CaseInsensitive) ||
            head.contains(QLatin1String("<body"), Qt::CaseInsensitive) ||
            head.contains(QLatin1String("<title"), Qt::CaseInsensitive));
}

int retryHintSeconds(const QString& message)
{
    // "Rate limit 120 exceeded - try again in 28s"
    static const QRegularExpression hint(QStringLiteral("try again in\\s+(\\d{1,6})\\s*s"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = hint.match(message);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString statusText(int status)
{
    return QString::number(status);
}

} // namespace

ApiError::ApiError(Kind kind, QString technicalMessage)
    : m_kind(kind)
    , m_technicalMessage(std::move(technicalMessage))
{
}

ApiError ApiError::fromResponse(QNetworkReply::NetworkError networkError,
                                const QString& networkErrorString, int httpStatus,
                                const QByteArray& body, const QStringList& secrets)
{
    ApiError e;
    e.m_networkError = networkError;
    e.m_httpStatus = httpStatus;
    if (networkError != QNetworkReply::NoError)
        e.m_technicalMessage = cleanText(redact(redactSecrets(networkErrorString, secrets)));

    const bool httpAnswer = httpStatus > 0;
    const bool success = httpStatus >= 200 && httpStatus < 300;

    if (!httpAnswer || (success && networkError != QNetworkReply::NoError)) {
        // No (complete) HTTP answer: classify by the transport error.
        switch (networkError) {
        case QNetworkReply::NoError:
            // Neither a transport error nor a status line: not an HTTP server.
            e.m_kind = Kind::InvalidResponse;
            if (e.m_technicalMessage.isEmpty())
                e.m_technicalMessage = QStringLiteral("No HTTP status in the answer");
            break;
        case QNetworkReply::OperationCanceledError:
            e.m_kind = Kind::Canceled;
            break;
        case QNetworkReply::TimeoutError:
            e.m_kind = Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e.m_kind = Kind::Tls;
            break;
        default:
            e.m_kind = Kind::Network;
            break;
        }
        return e;
    }

    if (success)
        return e; // Kind::None: the caller still checks that the body is what it expects

    e.m_kind = Kind::Http;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject obj = doc.object();
        const QJsonValue message = obj.value(QLatin1String("message"));
        if (message.isString())
            e.m_serverMessage = message.toString();
        const QJsonValue errors = obj.value(QLatin1String("errors"));
        if (errors.isArray() && !errors.toArray().isEmpty()) {
            const QJsonValue first = errors.toArray().first();
            if (first.isObject()) {
                const QJsonObject item = first.toObject();
                const QJsonValue code = item.value(QLatin1String("error_code"));
                if (code.isString())
                    e.m_errorCode = code.toString();
                const QJsonValue itemMessage = item.value(QLatin1String("message"));
                if (e.m_serverMessage.isEmpty() && itemMessage.isString())
                    e.m_serverMessage = itemMessage.toString();
            } else if (first.isString() && e.m_serverMessage.isEmpty()) {
                e.m_serverMessage = first.toString();
            }
        }
        // Some services put the code at the top level.
        const QJsonValue topCode = obj.value(QLatin1String("error_code"));
        if (e.m_errorCode.isEmpty() && topCode.isString())
            e.m_errorCode = topCode.toString();
        if (e.m_serverMessage.isEmpty()) {
            const QJsonValue error = obj.value(QLatin1String("error"));
            if (error.isString())
                e.m_serverMessage = error.toString();
        }
    } else if (!body.isEmpty()) {
        // Redacted before it is cut, so that a secret across the cut leaves no first half.
        constexpr qsizetype kMaxText = 64 * 1024;
        qsizetype margin = 0;
        for (const QString& secret : secrets)
            margin = qMax(margin, secret.size() * 12); // UTF-8, then percent-encoded
        const QString text =
            redactSecrets(QString::fromUtf8(body.left(kMaxText + margin)), secrets).left(kMaxText);
        if (looksLikeHtml(text))
            e.m_serverMessage = htmlTitle(text); // a proxy's page: only its title is useful
        else
            e.m_serverMessage = text;
    }
    e.m_serverMessage = cleanText(redact(redactSecrets(e.m_serverMessage, secrets)));
    e.m_errorCode = cleanText(redactSecrets(e.m_errorCode, secrets)).left(128);
    e.m_retryAfterSeconds = retryHintSeconds(e.m_serverMessage);
    return e;
}

QString ApiError::userMessage() const
{
    const QString host = m_host.isEmpty() ? tr("the server") : m_host;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Canceled:
        return tr("The request was canceled.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Check your connection and try again.");
    case Kind::TooLarge:
        return tr("The server's answer was too large to accept.");
    case Kind::InvalidResponse:
        return tr("The server sent an answer Fjord does not understand. Check the API URL.");
    case Kind::Tls:
        return tr("Could not establish a secure connection to %1. Check the API URL and the "
                  "system certificates.")
            .arg(host);
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::HostNotFoundError:
            return tr("Could not find %1. Check the API URL and your network connection.")
                .arg(host);
        case QNetworkReply::RemoteHostClosedError:
            return tr("The connection to %1 was closed before the answer arrived. Try again.")
                .arg(host);
        case QNetworkReply::TimeoutError:
            return tr("The server did not answer in time. Check your connection and try again.");
        default:
            return tr("Could not connect to %1. Check your network connection and the API URL.")
                .arg(host);
        }
    case Kind::Http:
        break;
    }

    const QString code = m_errorCode;
    const QString msg = m_serverMessage;
    auto mentions = [&msg](const char* needle) {
        return msg.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    const QString projectNameTaken =
        tr("This project name is taken. Project names are unique across all Aiven customers: "
           "try another one.");
    if (code == QLatin1String("project_already_exists"))
        return projectNameTaken;
    switch (m_httpStatus) {
    case 400:
        return msg.isEmpty() ? tr("The server rejected the request as invalid.")
                             : tr("The server rejected the request: %1").arg(msg);
    case 401:
        return tr("Your session has expired or the token is not valid. Sign in again.");
    case 403:
        // The refusals of a project delete.
        if (mentions("open balance"))
            return tr("The project has an open balance. Settle it (or ask your billing contact "
                      "to), then try again.");
        if (mentions("unused credits"))
            return tr("The project still has unused credits. Use or move them first, or "
                      "contact Aiven support.");
        if (mentions("not a project member"))
            return tr("You are not a member of this project. A new project can take a moment "
                      "to become available.");
        if (code == QLatin1String("authentication_failed") || mentions("authentication failed"))
            return tr("Sign-in failed. Check your email and password.");
        if (code == QLatin1String("user_deactivated"))
            return tr("This user account is deactivated.");
        if (mentions("service"))
            return tr("The project still has services. Delete them first, then try again.");
        return tr("You do not have permission to do this.");
    case 404:
        if (code == QLatin1String("project_does_not_exist") ||
            code == QLatin1String("project_not_found") || mentions("project does not exist"))
            return tr("The project does not exist. It may have been deleted or renamed.");
        return tr("The requested item was not found.");
    case 409:
        if (mentions("project already exists"))
            return projectNameTaken;
        return msg.isEmpty() ? tr("The request conflicts with the current state.")
                             : tr("The request conflicts with the current state: %1").arg(msg);
    case 429:
        if (m_retryAfterSeconds > 0)
            return tr("Too many requests. Try again in %1 seconds.").arg(m_retryAfterSeconds);
        return tr("Too many requests. Wait a moment and try again.");
    case 510:
        return tr("A two-factor authentication code is needed.");
    case 500:
        return tr("The Aiven API had an internal error. Try again later.");
    case 502:
    case 503:
    case 504:
        return tr("The Aiven API is temporarily unavailable (HTTP %1). Try again later.")
            .arg(m_httpStatus);
    default:
        if (!msg.isEmpty())
            return tr("The request failed (HTTP %1): %2").arg(m_httpStatus).arg(msg);
        return tr("The request failed (HTTP %1).").arg(m_httpStatus);
    }
}

QString ApiError::details() const
{
    static const char* const kinds[] = {
        "none", "network", "tls", "timeout", "canceled", "http", "invalid response", "too large"};
    QStringList lines;
    lines << userMessage();
    lines << QStringLiteral("Kind: %1").arg(QLatin1String(kinds[static_cast<int>(m_kind)]));
    if (!m_host.isEmpty())
        lines << QStringLiteral("Host: %1").arg(m_host);
    if (m_httpStatus > 0)
        lines << QStringLiteral("HTTP status: %1").arg(statusText(m_httpStatus));
    if (!m_errorCode.isEmpty())
        lines << QStringLiteral("Error code: %1").arg(m_errorCode);
    if (!m_serverMessage.isEmpty())
        lines << QStringLiteral("Server message: %1").arg(m_serverMessage);
    if (!m_technicalMessage.isEmpty())
        lines << QStringLiteral("Technical: %1").arg(m_technicalMessage);
    if (m_retryAfterSeconds >= 0)
        lines << QStringLiteral("Retry after: %1 s").arg(m_retryAfterSeconds);
    return redact(lines.join(u'\n'));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 502 || m_httpStatus == 503 ||
               m_httpStatus == 504;
    default:
        // A timeout already cost the whole per-attempt budget; retrying it would multiply
        // the wait the user sees, so it is reported instead.
        return false;
    }
}

} // namespace fjord
