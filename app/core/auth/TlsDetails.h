#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace fjord {

// What went wrong in a TLS handshake, kept so the user sees the certificate, not just
// "handshake failed". Fjord never ignores these errors.
struct TlsFailure
{
    QString host;
    QList<QSslError> errors;
    QList<QSslCertificate> peerChain;

    bool isEmpty() const { return errors.isEmpty(); }
    QString summary() const; // one line: the first error's description
    QString details() const; // errors, then subject/issuer/validity/SHA-256 of each certificate
};

// The default configuration plus the CA certificates of a PEM file (like avn's AIVEN_CA_CERT).
std::optional<QSslConfiguration> sslConfigurationWithCaFile(const QString& caFile,
                                                            QString* problem = nullptr);

QString describeCertificate(const QSslCertificate& certificate);

} // namespace fjord
