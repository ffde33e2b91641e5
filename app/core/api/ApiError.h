#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace fjord {

// One error value for every way a call can fail. Built by exactly one mapping
// (fromResponse) from what the network layer and the server gave us.
class ApiError
{
public:
    enum class Kind {
        None,            // success
        Network,         // connection refused, host not found, dropped connection, ...
        Tls,             // certificate or handshake problem
        Timeout,         // no complete answer within the call's timeout
        Canceled,        // abandoned by the caller
        Http,            // the server answered with a non-2xx status
        InvalidResponse, // 2xx but the body is not what the API promises
        TooLarge,        // the body exceeded the size cap
    };

    ApiError() = default;
    ApiError(Kind kind, QString technicalMessage);

    // The single mapping: Qt network error + HTTP status + raw body -> ApiError.
    // Copes with {"errors":[...],"message":...}, only "message", an empty "errors",
    // plain text, proxy HTML and an empty body. Each of `secrets` (the token, a password),
    // as it is and percent-encoded, is replaced by "[redacted]" wherever the answer echoes
    // it, before any text is shortened, so no part of it reaches a message.
    static ApiError fromResponse(QNetworkReply::NetworkError networkError,
                                 const QString& networkErrorString, int httpStatus,
                                 const QByteArray& body, const QStringList& secrets = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }           // 0 when there was no HTTP answer
    QString errorCode() const { return m_errorCode; }         // e.g. "project_already_exists"
    QString serverMessage() const { return m_serverMessage; } // the API's own "message"
    QString technicalMessage() const { return m_technicalMessage; } // Qt's error text etc.
    // Seconds the server asked us to wait (Retry-After or "try again in Ns"), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // A short sentence a person can act on, e.g. "This project name is taken. ..."
    QString userMessage() const;
    // Everything known, for a details pane or a bug report. Never contains credentials.
    QString details() const;
    // True for failures a GET may be retried on: connection errors, 429, 502, 503, 504.
    bool isTransient() const;

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    // Additions to the contract: the host the call went to (for "Could not connect to
    // <host>") and the raw Qt network error, both set by AivenClient.
    QString host() const { return m_host; }
    void setHost(const QString& host) { m_host = host; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_errorCode;
    QString m_serverMessage;
    QString m_technicalMessage;
    int m_retryAfterSeconds = -1;
    QString m_host;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};

} // namespace fjord
