#pragma once

#include "ApiDialog.h"
#include "auth/Profile.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace fjord {

class SessionController;
struct SignInFailure;

// The sign-in screen: paste an API token (or import avn's, on request), email + password
// with the one-time-code step on 510, or the local sandbox. Closes when the session
// reports success; on failure keeps every field as the user left it and says why.
class SignInDialog final : public ApiDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(SessionController* session, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Signs in to this profile again (URL and name fixed), with the reason shown on top.
    void setProfile(const Profile& profile, const QString& reason = {});
    Profile profile() const { return m_profile; }

    enum Method { TokenMethod = 0, PasswordMethod = 1, SandboxMethod = 2 };
    void setMethod(Method method);

private:
    void load() override;
    // Starts the session's sign-in, which answers with signInSucceeded or signInFailed.
    void apply() override;
    void abandonApply() override;
    void importAvnCredentials();
    void browseCaFile();
    void showFailure(const SignInFailure& failure);
    Profile draft() const;

    SessionController* m_session;
    Profile m_profile;
    QString m_reason;
    bool m_tokenFromAvn = false;
    QString m_avnToken;

    QLabel* m_reasonLabel;
    QTabWidget* m_methodTabs;
    QLineEdit* m_tokenEdit;
    QPushButton* m_importAvnButton;
    QLineEdit* m_emailEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_otpLabel;
    QLineEdit* m_otpEdit;
    QLineEdit* m_apiUrlEdit;
    QLineEdit* m_caFileEdit;
    QLineEdit* m_nameEdit;
    QPlainTextEdit* m_tlsDetails;
    QPushButton* m_signInButton;
};

} // namespace fjord
