#include "auth/ProfileNetworkAccessManager.h"

#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace fjord {

ProfileNetworkAccessManager::ProfileNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{
    connect(this, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                // Recorded for display only; the reply fails as it would without us.
                TlsFailure failure;
                failure.host = reply->url().host();
                failure.errors = errors;
                failure.peerChain = reply->sslConfiguration().peerCertificateChain();
                if (failure.peerChain.isEmpty()) {
                    for (const QSslError& error : errors) {
                        if (!error.certificate().isNull() &&
                            !failure.peerChain.contains(error.certificate()))
                            failure.peerChain << error.certificate();
                    }
                }
                m_lastTlsFailure = failure;
                Q_EMIT tlsFailed(failure);
            });
}

ProfileNetworkAccessManager::~ProfileNetworkAccessManager() = default;

QString ProfileNetworkAccessManager::originOf(const QUrl& url)
{
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    return url.scheme().toLower() + "://"_L1 + url.host().toLower() + u':' +
           QString::number(url.port(defaultPort));
}

void ProfileNetworkAccessManager::setSslConfigurationFor(const QUrl& apiUrl,
                                                         const QSslConfiguration& configuration)
{
    m_configurations.insert(originOf(apiUrl), configuration);
}

void ProfileNetworkAccessManager::clearSslConfigurationFor(const QUrl& apiUrl)
{
    m_configurations.remove(originOf(apiUrl));
}

QNetworkReply* ProfileNetworkAccessManager::createRequest(Operation op,
                                                          const QNetworkRequest& request,
                                                          QIODevice* outgoingData)
{
    const auto it = m_configurations.constFind(originOf(request.url()));
    if (it == m_configurations.constEnd() || request.url().scheme() != "https"_L1)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QNetworkRequest withCa(request);
    withCa.setSslConfiguration(it.value());
    return QNetworkAccessManager::createRequest(op, withCa, outgoingData);
}

} // namespace fjord
