#pragma once

#include "auth/Profile.h"

#include <QMenu>
#include <QPointer>

namespace fjord {

class SessionController;
class SignInDialog;
struct TlsFailure;

// The "Profile" menu MainWindow hosts: switch, sign in (add), sign out, remove. It also
// answers the session's questions with dialogs parented to the window: sign in again after
// a 401, the keychain-unavailable choice, and TLS failures with certificate details.
class ProfileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileMenu)

public:
    explicit ProfileMenu(SessionController* session, QWidget* parent = nullptr);
    ~ProfileMenu() override;

    // Opens the sign-in dialog (window-modal, not blocking); for `profile` if it is valid.
    SignInDialog* openSignInDialog(const Profile& profile = {}, const QString& reason = {});

private:
    void rebuild();
    void askAboutTokenStorage(const QString& problem);
    void showTlsProblem(const TlsFailure& failure);
    void showSandboxDataProblem(const QString& problem);
    void showProfileStorageProblem(const QString& problem);
    void confirmRemove();

    SessionController* m_session;
    QPointer<SignInDialog> m_dialog;
};

} // namespace fjord
