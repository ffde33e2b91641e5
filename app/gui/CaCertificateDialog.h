#pragma once

#include <QDialog>
#include <QPointer>
#include <QSslCertificate>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fjord {

class AivenClient;
class ApiCall;

// A project's CA certificate (GET /v1/project/{project}/kms/ca), the authority the project's
// services present certificates from: subject, issuer, validity and SHA-256 fingerprint as
// QSslCertificate reads them, the PEM text, and Copy as PEM / Save as .pem.
class CaCertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaCertificateDialog)

public:
    CaCertificateDialog(AivenClient* client, const QString& project, QWidget* parent = nullptr);
    ~CaCertificateDialog() override;

    QString project() const { return m_project; }
    bool isLoaded() const { return !m_pem.isEmpty(); }
    QString pem() const { return m_pem; }
    QSslCertificate certificate() const { return m_certificate; }

    // "AB:CD:..." of the certificate's SHA-256 digest.
    static QString fingerprint(const QSslCertificate& certificate);

    // Writes the PEM with writeFileSafely(). False with *error on failure.
    bool savePem(const QString& fileName, QString* error = nullptr) const;

    // Test seam: the next save dialog answers this name instead of opening
    // (an empty string answers "cancelled").
    void setNextSaveFileName(const QString& fileName) { m_nextSaveFileName = fileName; }

public Q_SLOTS:
    void reload();
    void copyPem();
    void savePemInteractively();

private:
    void finish(ApiCall* call);
    void display(const QString& pem);
    void setStatus(const QString& text);

    QPointer<AivenClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_project;
    QString m_pem;
    QSslCertificate m_certificate;
    std::optional<QString> m_nextSaveFileName;

    QLabel* m_subject;
    QLabel* m_issuer;
    QLabel* m_validFrom;
    QLabel* m_validUntil;
    QLabel* m_fingerprint;
    QLabel* m_serial;
    QPlainTextEdit* m_pemText;
    QLabel* m_status;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace fjord
