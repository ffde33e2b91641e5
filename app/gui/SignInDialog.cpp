#include "SignInDialog.h"

#include "CallStatusLine.h"
#include "FileDialogs.h"
#include "api/AivenClient.h"
#include "auth/AvnCredentials.h"
#include "auth/SessionController.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

const QLatin1String kCaFileDirKey("SignIn/lastCertificateDirectory");

template <typename W> W* named(W* widget, const QString& objectName, const QString& accessible)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

SignInDialog::SignInDialog(SessionController* session, QWidget* parent)
    : ApiDialog(parent)
    , m_session(session)
{
    setObjectName(u"SignInDialog"_s);
    setWindowTitle(tr("Sign in to Aiven"));

    m_reasonLabel = named(new QLabel(this), u"reasonLabel"_s, tr("Why sign-in is needed"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->hide();

    m_methodTabs = named(new QTabWidget(this), u"methodTabWidget"_s, tr("Way to sign in"));
    // All three ways in view, whole, in any language: the dialog grows to fit the tab titles
    // rather than hide the last behind scroll arrows.
    m_methodTabs->setUsesScrollButtons(false);
    m_methodTabs->setElideMode(Qt::ElideNone);

    // Token page.
    auto* tokenPage = new QWidget(m_methodTabs);
    auto* tokenForm = new QFormLayout(tokenPage);
    m_tokenEdit = named(new QLineEdit(tokenPage), u"tokenLineEdit"_s, tr("API token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a token from the Aiven Console"));
    auto* tokenLabel = new QLabel(tr("API &token:"), tokenPage);
    tokenLabel->setBuddy(m_tokenEdit);
    tokenForm->addRow(tokenLabel, m_tokenEdit);
    m_importAvnButton = named(new QPushButton(tr("&Import from avn"), tokenPage),
                              u"importAvnPushButton"_s, tr("Import the token from avn"));
    m_importAvnButton->setToolTip(tr("Reads %1").arg(AvnCredentials::defaultPath()));
    // Only the file's presence is checked here; its content is read when the user asks.
    m_importAvnButton->setVisible(AvnCredentials::exists());
    tokenForm->addRow(QString(), m_importAvnButton);
    m_methodTabs->addTab(tokenPage, tr("API to&ken"));

    // Password page.
    auto* passwordPage = new QWidget(m_methodTabs);
    auto* passwordForm = new QFormLayout(passwordPage);
    m_emailEdit = named(new QLineEdit(passwordPage), u"emailLineEdit"_s, tr("Email address"));
    m_passwordEdit = named(new QLineEdit(passwordPage), u"passwordLineEdit"_s, tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_otpEdit = named(new QLineEdit(passwordPage), u"otpLineEdit"_s, tr("One-time code"));
    m_otpEdit->setMaxLength(6);
    m_otpEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    auto* emailLabel = new QLabel(tr("&Email:"), passwordPage);
    emailLabel->setBuddy(m_emailEdit);
    auto* passwordLabel = new QLabel(tr("&Password:"), passwordPage);
    passwordLabel->setBuddy(m_passwordEdit);
    m_otpLabel = new QLabel(tr("One-time &code:"), passwordPage);
    m_otpLabel->setBuddy(m_otpEdit);
    passwordForm->addRow(emailLabel, m_emailEdit);
    passwordForm->addRow(passwordLabel, m_passwordEdit);
    passwordForm->addRow(m_otpLabel, m_otpEdit);
    m_otpLabel->hide();
    m_otpEdit->hide();
    m_methodTabs->addTab(passwordPage, tr("Email and &password"));

    // Sandbox page.
    auto* sandboxPage = new QWidget(m_methodTabs);
    auto* sandboxLayout = new QVBoxLayout(sandboxPage);
    auto* sandboxText = new QLabel(tr("Try Fjord without an Aiven account: a local sandbox that "
                                      "behaves like the Aiven API runs on this computer only."),
                                   sandboxPage);
    sandboxText->setWordWrap(true);
    sandboxLayout->addWidget(sandboxText);
    sandboxLayout->addStretch();
    m_methodTabs->addTab(sandboxPage, tr("Local &sandbox"));

    // Where to.
    auto* targetForm = new QFormLayout;
    m_apiUrlEdit = named(new QLineEdit(this), u"apiUrlLineEdit"_s, tr("API URL"));
    m_apiUrlEdit->setText(AivenClient::defaultBaseUrl().toString());
    m_caFileEdit = named(new QLineEdit(this), u"caFileLineEdit"_s, tr("CA certificate file"));
    m_caFileEdit->setPlaceholderText(tr("System certificates"));
    auto* caBrowse = named(new QPushButton(tr("&Browse..."), this), u"caFileBrowsePushButton"_s,
                           tr("Choose a CA certificate file"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit);
    caRow->addWidget(caBrowse);
    m_nameEdit = named(new QLineEdit(this), u"profileNameLineEdit"_s, tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("Chosen from the email and host"));
    auto* urlLabel = new QLabel(tr("API &URL:"), this);
    urlLabel->setBuddy(m_apiUrlEdit);
    auto* caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFileEdit);
    auto* nameLabel = new QLabel(tr("Profile &name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    targetForm->addRow(urlLabel, m_apiUrlEdit);
    targetForm->addRow(caLabel, caRow);
    targetForm->addRow(nameLabel, m_nameEdit);

    auto* statusLine = new CallStatusLine(this);
    statusLine->setObjectName(u"callStatusLine"_s);
    m_tlsDetails =
        named(new QPlainTextEdit(this), u"tlsDetailsPlainTextEdit"_s, tr("Certificate details"));
    m_tlsDetails->setReadOnly(true);
    m_tlsDetails->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signInButton = named(buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole),
                           u"signInPushButton"_s, tr("Sign in"));
    m_signInButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_methodTabs);
    layout->addLayout(targetForm);
    layout->addWidget(statusLine);
    layout->addWidget(m_tlsDetails);
    layout->addWidget(buttons);

    setUpApply(statusLine, m_signInButton, m_methodTabs);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_importAvnButton, &QPushButton::clicked, this, &SignInDialog::importAvnCredentials);
    connect(caBrowse, &QPushButton::clicked, this, &SignInDialog::browseCaFile);
    connect(m_tokenEdit, &QLineEdit::textEdited, this, [this] { m_tokenFromAvn = false; });
    connect(m_methodTabs, &QTabWidget::currentChanged, this, [this](int index) {
        const bool sandbox = index == SandboxMethod;
        m_apiUrlEdit->setEnabled(!sandbox && !m_profile.isValid());
        m_caFileEdit->setEnabled(!sandbox);
        m_nameEdit->setEnabled(!sandbox && !m_profile.isValid());
        m_signInButton->setText(sandbox ? tr("&Start Sandbox") : tr("&Sign In"));
    });
    connect(m_session, &SessionController::signInSucceeded, this, [this] {
        setBusy(false);
        QDialog::accept();
    });
    connect(m_session, &SessionController::signInFailed, this, &SignInDialog::showFailure);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setProfile(const Profile& profile, const QString& reason)
{
    m_profile = profile;
    m_reason = reason;
    load();
}

void SignInDialog::load()
{
    m_reasonLabel->setText(m_reason);
    m_reasonLabel->setVisible(!m_reason.isEmpty());
    if (!m_profile.apiUrl.isEmpty())
        m_apiUrlEdit->setText(m_profile.apiUrl.toString());
    m_caFileEdit->setText(m_profile.caFile);
    m_nameEdit->setText(m_profile.name);
    m_emailEdit->setText(m_profile.userEmail);
    // A known profile keeps its URL and name; a draft (e.g. from --api-url) stays editable.
    const bool known = m_profile.isValid();
    m_apiUrlEdit->setEnabled(!known);
    m_nameEdit->setEnabled(!known);
    if (m_profile.isSandbox())
        setMethod(SandboxMethod);
    else if (m_profile.origin == TokenOrigin::Login)
        setMethod(PasswordMethod);
}

void SignInDialog::setMethod(Method method)
{
    m_methodTabs->setCurrentIndex(method);
}

Profile SignInDialog::draft() const
{
    Profile profile = m_profile;
    profile.apiUrl = QUrl(m_apiUrlEdit->text().trimmed());
    if (!m_apiUrlEdit->text().contains("://"_L1) && !m_apiUrlEdit->text().trimmed().isEmpty())
        profile.apiUrl = QUrl(u"https://"_s + m_apiUrlEdit->text().trimmed());
    profile.caFile = m_caFileEdit->text().trimmed();
    profile.name = m_nameEdit->text().trimmed();
    return profile;
}

void SignInDialog::apply()
{
    m_tlsDetails->hide();
    switch (m_methodTabs->currentIndex()) {
    case TokenMethod: {
        Profile profile = draft();
        profile.origin = m_tokenFromAvn ? TokenOrigin::Avn : TokenOrigin::Pasted;
        if (profile.isEnvironment())
            profile.origin = TokenOrigin::Environment;
        setBusy(true, tr("Checking the token..."));
        m_session->signInWithToken(profile, m_tokenEdit->text());
        break;
    }
    case PasswordMethod:
        setBusy(true, tr("Signing in..."));
        m_session->signInWithPassword(draft(), m_emailEdit->text(), m_passwordEdit->text(),
                                      m_otpEdit->isVisible() ? m_otpEdit->text() : QString());
        break;
    case SandboxMethod:
        setBusy(true, tr("Starting the local sandbox..."));
        m_session->signInToSandbox();
        break;
    }
}

void SignInDialog::abandonApply()
{
    m_session->cancelSignIn();
}

void SignInDialog::showFailure(const SignInFailure& failure)
{
    setBusy(false);
    if (failure.reason == SignInFailure::Reason::OtpRequired)
        statusLine()->showMessage(failure.message);
    else
        statusLine()->showError(
            failure.message, failure.error.isError() && failure.reason != SignInFailure::Reason::Tls
                                 ? failure.error.details()
                                 : QString());
    switch (failure.reason) {
    case SignInFailure::Reason::OtpRequired:
        m_otpLabel->show();
        m_otpEdit->show();
        m_otpEdit->clear();
        m_otpEdit->setFocus();
        break;
    case SignInFailure::Reason::Tls:
        // Shown in full and never bypassed: the user decides what to do about the server.
        m_tlsDetails->setPlainText(failure.tls.details());
        m_tlsDetails->setVisible(!failure.tls.isEmpty());
        break;
    case SignInFailure::Reason::InvalidUrl:
        m_apiUrlEdit->setFocus();
        break;
    case SignInFailure::Reason::CaFile:
        m_caFileEdit->setFocus();
        break;
    default:
        break;
    }
}

void SignInDialog::importAvnCredentials()
{
    const AvnCredentials::Result result = AvnCredentials::read();
    if (!result.ok) {
        statusLine()->showError(result.problem);
        return;
    }
    m_methodTabs->setCurrentIndex(TokenMethod);
    m_tokenEdit->setText(result.token);
    m_tokenFromAvn = true;
    if (!result.userEmail.isEmpty() && m_emailEdit->text().isEmpty())
        m_emailEdit->setText(result.userEmail);
    statusLine()->showMessage(result.userEmail.isEmpty()
                                  ? tr("Imported the token from avn.")
                                  : tr("Imported the token of %1 from avn.").arg(result.userEmail));
}

void SignInDialog::browseCaFile()
{
    // The chosen file's folder when there is one, else where certificates were last picked.
    const QString current = m_caFileEdit->text().trimmed();
    const QString start = !current.isEmpty() && QFileInfo(current).absoluteDir().exists()
                              ? QFileInfo(current).absoluteFilePath()
                              : FileDialogs::startDirectory(kCaFileDirKey);
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA Certificate File"), start,
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    FileDialogs::rememberDirectory(kCaFileDirKey, file);
    m_caFileEdit->setText(file);
}

} // namespace fjord
