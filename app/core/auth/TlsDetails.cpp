#include "auth/TlsDetails.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// One translation context for the texts of this file, free functions and TlsFailure alike.
class TlsDetails
{
    Q_DECLARE_TR_FUNCTIONS(TlsDetails)
};

QString joined(const QStringList& parts)
{
    return parts.join(", "_L1);
}

} // namespace

QString describeCertificate(const QSslCertificate& certificate)
{
    QStringList lines;
    lines << TlsDetails::tr("Subject: %1")
                 .arg(joined(certificate.subjectInfo(QSslCertificate::CommonName) +
                             certificate.subjectInfo(QSslCertificate::Organization)));
    lines << TlsDetails::tr("Issuer: %1")
                 .arg(joined(certificate.issuerInfo(QSslCertificate::CommonName) +
                             certificate.issuerInfo(QSslCertificate::Organization)));
    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.constBegin(); it != alternates.constEnd(); ++it)
        names << it.value();
    if (!names.isEmpty())
        lines << TlsDetails::tr("Names: %1").arg(joined(names));
    lines << TlsDetails::tr("Valid: %1 to %2")
                 .arg(certificate.effectiveDate().toString(Qt::ISODate),
                      certificate.expiryDate().toString(Qt::ISODate));
    lines << TlsDetails::tr("SHA-256: %1")
                 .arg(QString::fromLatin1(
                     certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    return lines.join(u'\n');
}

QString TlsFailure::summary() const
{
    if (errors.isEmpty())
        return {};
    return TlsDetails::tr("The secure connection to %1 failed: %2")
        .arg(host, errors.first().errorString());
}

QString TlsFailure::details() const
{
    QStringList parts;
    for (const QSslError& error : errors)
        parts << u"- "_s + error.errorString();
    int index = 0;
    for (const QSslCertificate& certificate : peerChain) {
        parts << QString();
        parts << TlsDetails::tr("Certificate %1:").arg(++index);
        parts << describeCertificate(certificate);
    }
    return parts.join(u'\n');
}

std::optional<QSslConfiguration> sslConfigurationWithCaFile(const QString& caFile, QString* problem)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return configuration;
    if (!QFileInfo(caFile).isReadable()) {
        if (problem)
            *problem = TlsDetails::tr("The CA file %1 cannot be read.").arg(caFile);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (problem)
            *problem = TlsDetails::tr("The CA file %1 contains no PEM certificate.").arg(caFile);
        return std::nullopt;
    }
    configuration.addCaCertificates(certificates);
    return configuration;
}

} // namespace fjord
