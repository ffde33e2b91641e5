#include "CaCertificateDialog.h"

#include "FileDialogs.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "util/SafeFile.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fjord {

namespace {

const auto kLastDirKey = QLatin1String("certificates/lastDir");

QLabel* valueLabel(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

// "CN=Fjord Sandbox Project CA, O=Fjord Sandbox": the names a person reads, most specific first.
QString describeName(const QSslCertificate& certificate, bool issuer)
{
    const QList<QPair<QSslCertificate::SubjectInfo, QString>> parts{
        {QSslCertificate::CommonName, QStringLiteral("CN")},
        {QSslCertificate::OrganizationalUnitName, QStringLiteral("OU")},
        {QSslCertificate::Organization, QStringLiteral("O")},
        {QSslCertificate::LocalityName, QStringLiteral("L")},
        {QSslCertificate::StateOrProvinceName, QStringLiteral("ST")},
        {QSslCertificate::CountryName, QStringLiteral("C")}};
    QStringList out;
    for (const auto& [attribute, key] : parts) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values)
            out.append(key + u'=' + value);
    }
    if (out.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return out.join(QStringLiteral(", "));
}

} // namespace

CaCertificateDialog::CaCertificateDialog(AivenClient* client, const QString& project,
                                         QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_subject(valueLabel(QStringLiteral("subjectValueLabel"), tr("Subject"), this))
    , m_issuer(valueLabel(QStringLiteral("issuerValueLabel"), tr("Issuer"), this))
    , m_validFrom(valueLabel(QStringLiteral("validFromValueLabel"), tr("Valid from"), this))
    , m_validUntil(valueLabel(QStringLiteral("validUntilValueLabel"), tr("Valid until"), this))
    , m_fingerprint(
          valueLabel(QStringLiteral("fingerprintValueLabel"), tr("SHA-256 fingerprint"), this))
    , m_serial(valueLabel(QStringLiteral("serialValueLabel"), tr("Serial number"), this))
    , m_pemText(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy as PEM"), this))
    , m_save(new QPushButton(tr("&Save as .pem…"), this))
{
    setObjectName(QStringLiteral("caCertificateDialog"));
    setWindowTitle(tr("CA Certificate \u2013 %1").arg(project));
    resize(640, 560);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint->setFont(fixed);
    m_serial->setFont(fixed);
    m_pemText->setObjectName(QStringLiteral("pemPlainTextEdit"));
    m_pemText->setAccessibleName(tr("Certificate in PEM format"));
    m_pemText->setReadOnly(true);
    m_pemText->setFont(fixed);
    m_pemText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pemText->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("certificateStatusLabel"));
    m_status->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyPemPushButton"));
    m_copy->setAccessibleName(tr("Copy the certificate as PEM"));
    m_copy->setAutoDefault(false);
    m_save->setObjectName(QStringLiteral("savePemPushButton"));
    m_save->setAccessibleName(tr("Save the certificate as a PEM file"));
    m_save->setAutoDefault(false);

    auto* intro = new QLabel(
        tr("The services of %1 present certificates signed by this authority. Clients that "
           "connect to them over TLS trust it by this certificate.")
            .arg(project),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("Valid from:"), m_validFrom);
    form->addRow(tr("Valid until:"), m_validUntil);
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    form->addRow(tr("Serial number:"), m_serial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(m_copy);
    row->addWidget(m_save);
    row->addStretch(1);
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pemText, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);

    connect(m_copy, &QPushButton::clicked, this, &CaCertificateDialog::copyPem);
    connect(m_save, &QPushButton::clicked, this, &CaCertificateDialog::savePemInteractively);
    display(QString());
    reload();
}

CaCertificateDialog::~CaCertificateDialog()
{
    if (ApiCall* call = m_call) {
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

QString CaCertificateDialog::fingerprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void CaCertificateDialog::reload()
{
    if (!m_client || m_project.isEmpty())
        return;
    if (ApiCall* old = m_call) {
        disconnect(old, nullptr, this, nullptr);
        old->abandon();
    }
    ApiCall* call = m_client->getProjectCaCertificate(m_project);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { finish(call); });
    setStatus(tr("Loading the certificate…"));
}

void CaCertificateDialog::finish(ApiCall* call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    if (call->error().kind() == ApiError::Kind::Canceled)
        return;
    if (!call->isSuccess()) {
        setStatus(call->httpStatus() == 403
                      ? tr("Your access to this project does not include its CA certificate.")
                      : tr("Could not load the certificate: %1").arg(call->error().userMessage()));
        return;
    }
    display(call->value<CaCertificate>().pem);
}

void CaCertificateDialog::display(const QString& pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.toLatin1());
    m_certificate = certificates.isEmpty() ? QSslCertificate() : certificates.first();
    m_pem = pem;
    const bool valid = !m_certificate.isNull();
    const QLocale locale;
    const auto when = [&locale](const QDateTime& time) {
        return locale.toString(time.toLocalTime(), QLocale::LongFormat);
    };
    m_subject->setText(valid ? describeName(m_certificate, false) : QString());
    m_issuer->setText(valid ? describeName(m_certificate, true) : QString());
    m_validFrom->setText(valid ? when(m_certificate.effectiveDate()) : QString());
    QString until;
    if (valid) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        until = when(m_certificate.expiryDate());
        if (m_certificate.expiryDate() < now)
            until = tr("%1 (expired)").arg(until);
        else if (m_certificate.effectiveDate() > now)
            until = tr("%1 (not yet valid)").arg(until);
    }
    m_validUntil->setText(until);
    m_fingerprint->setText(valid ? fingerprint(m_certificate) : QString());
    m_serial->setText(valid ? QString::fromLatin1(m_certificate.serialNumber()).toUpper()
                            : QString());
    m_pemText->setPlainText(pem);
    m_copy->setEnabled(!pem.isEmpty());
    m_save->setEnabled(!pem.isEmpty());
    if (!pem.isEmpty())
        setStatus(valid ? QString()
                        : tr("The server sent text that is not a readable certificate; it is "
                             "shown as it came."));
}

void CaCertificateDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CaCertificateDialog::copyPem()
{
    if (m_pem.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_pem);
    setStatus(tr("Copied the certificate as PEM."));
}

bool CaCertificateDialog::savePem(const QString& fileName, QString* error) const
{
    QByteArray data = m_pem.toLatin1();
    if (!data.endsWith('\n'))
        data += '\n';
    return writeFileSafely(fileName, data, error);
}

void CaCertificateDialog::savePemInteractively()
{
    if (m_pem.isEmpty())
        return;
    QString fileName;
    const QString suggested = m_project + QStringLiteral("-ca.pem");
    if (m_nextSaveFileName) {
        fileName = *m_nextSaveFileName;
        m_nextSaveFileName.reset();
    } else {
        const QString dir = FileDialogs::startDirectory(kLastDirKey);
        fileName = QFileDialog::getSaveFileName(this, tr("Save CA Certificate"),
                                                QDir(dir).filePath(suggested),
                                                tr("PEM certificates (*.pem);;All files (*)"));
        FileDialogs::rememberDirectory(kLastDirKey, fileName);
    }
    if (fileName.isEmpty())
        return;
    QString error;
    if (!savePem(fileName, &error)) {
        QMessageBox::warning(this, tr("Save Failed"),
                             tr("Could not write %1: %2.\n\nThe file was not changed; a file that "
                                "was there before is as it was.")
                                 .arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    setStatus(tr("Saved the certificate to %1.").arg(QDir::toNativeSeparators(fileName)));
}

} // namespace fjord
