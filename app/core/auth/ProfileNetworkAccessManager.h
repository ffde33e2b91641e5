#pragma once

#include "auth/TlsDetails.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace fjord {

// The network manager under AivenClient when profiles are in use: it applies a profile's
// TLS configuration (custom CA file) to every request to that profile's host, and keeps the
// last TLS failure with its certificates so that the user can be shown them.
class ProfileNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileNetworkAccessManager)

public:
    explicit ProfileNetworkAccessManager(QObject* parent = nullptr);
    ~ProfileNetworkAccessManager() override;

    // Applies to requests with the same scheme, host and port as apiUrl.
    void setSslConfigurationFor(const QUrl& apiUrl, const QSslConfiguration& configuration);
    void clearSslConfigurationFor(const QUrl& apiUrl);

    TlsFailure lastTlsFailure() const { return m_lastTlsFailure; }
    void clearLastTlsFailure() { m_lastTlsFailure = {}; }

Q_SIGNALS:
    void tlsFailed(const fjord::TlsFailure& failure);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    static QString originOf(const QUrl& url);

    QHash<QString, QSslConfiguration> m_configurations;
    TlsFailure m_lastTlsFailure;
};

} // namespace fjord

Q_DECLARE_METATYPE(fjord::TlsFailure)
