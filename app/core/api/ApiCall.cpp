#include "api/ApiCall.h"

#include <QJsonDocument>

namespace fjord {

ApiCall::ApiCall(QString method, QString path, QObject* parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
{
}

ApiCall::~ApiCall() = default;

void ApiCall::abandon()
{
    if (m_finished)
        return;
    // The client aborts the reply and finishes the call itself; the fallback covers a
    // call that no client drives.
    Q_EMIT abandonRequested();
    if (!m_finished)
        finish(ApiError(ApiError::Kind::Canceled, QStringLiteral("Abandoned by the caller")), 0, {},
               {});
}

QJsonObject ApiCall::json() const
{
    if (!m_unparsedJson.isEmpty()) {
        m_json = QJsonDocument::fromJson(m_unparsedJson.whole()).object();
        m_unparsedJson = {};
    }
    return m_json;
}

void ApiCall::releaseBody()
{
    m_json = {};
    m_unparsedJson = {};
}

void ApiCall::finish(const ApiError& error, int httpStatus, const QJsonObject& json,
                     QVariant result, AnswerText unparsedJson)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_httpStatus = httpStatus;
    m_json = json;
    m_unparsedJson = std::move(unparsedJson);
    m_result = std::move(result);
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace fjord
