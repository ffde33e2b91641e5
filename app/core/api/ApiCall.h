#pragma once

#include "api/AnswerText.h"
#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QVariant>

#include <utility>

namespace fjord {

// One HTTP call of AivenClient. Contract: finished() is emitted exactly once, also when
// the call fails, times out or is abandoned (then error().kind() == Canceled). After
// finished() the call deletes itself with deleteLater() unless setAutoDelete(false).
// Typed results are read with value<T>() (e.g. value<fjord::ProjectList>()).
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ApiCall(QString method, QString path, QObject* parent = nullptr);
    ~ApiCall() override;

    QString method() const { return m_method; }
    QString path() const { return m_path; } // e.g. "/v1/project/my-project"
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempts; }
    QJsonObject json() const; // the parsed response body
    QVariant result() const { return m_result; }
    template <typename T> T value() const { return m_result.value<T>(); }
    // Moves the typed result out of the call (which then holds none): for a large result
    // read once, such as the project list.
    template <typename T> T takeValue()
    {
        QVariant result = std::exchange(m_result, QVariant());
        if (result.metaType() != QMetaType::fromType<T>())
            return {};
        return std::move(*static_cast<T*>(result.data()));
    }
    // Lets go of the answer's body before the call is deleted, for a caller that has taken
    // what it needs from it (a large list's body is as large as the list). json() is empty
    // from then on.
    void releaseBody();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // Cancels the call. finished() still fires once (with Canceled) if it had not yet.
    void abandon();

Q_SIGNALS:
    void finished();
    void abandonRequested(); // internal: tells the client to abort the network reply

private:
    friend class AivenClient;
    // unparsedJson: a body the client read without a QJsonDocument (the project list's
    // fast path); json() parses it on first use, so that nobody pays for it unasked.
    // The result is moved in: the call is then its only holder, so takeValue() moves it on
    // without copying (a project list of 100,000 would be copied whole otherwise).
    void finish(const ApiError& error, int httpStatus, const QJsonObject& json, QVariant result,
                AnswerText unparsedJson = {});

    QString m_method;
    QString m_path;
    bool m_finished = false;
    bool m_autoDelete = true;
    ApiError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    mutable QJsonObject m_json;
    mutable AnswerText m_unparsedJson;
    QVariant m_result;
};

} // namespace fjord
