#include "ProfileMenu.h"

#include "SignInDialog.h"
#include "auth/SessionController.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fjord {

ProfileMenu::ProfileMenu(SessionController* session, QWidget* parent)
    : QMenu(tr("&Profile"), parent)
    , m_session(session)
{
    setObjectName(u"profileMenu"_s);
    rebuild();
    connect(m_session, &SessionController::profilesChanged, this, &ProfileMenu::rebuild);
    connect(m_session, &SessionController::sessionChanged, this, &ProfileMenu::rebuild);
    connect(m_session, &SessionController::signInRequired, this,
            [this](const Profile& profile, const QString& reason) {
                openSignInDialog(profile, reason);
            });
    connect(m_session, &SessionController::tokenStorageProblem, this,
            &ProfileMenu::askAboutTokenStorage);
    connect(m_session, &SessionController::tlsProblem, this, &ProfileMenu::showTlsProblem);
    connect(m_session, &SessionController::sandboxDataProblem, this,
            &ProfileMenu::showSandboxDataProblem);
    connect(m_session, &SessionController::profileStorageProblem, this,
            &ProfileMenu::showProfileStorageProblem);
}

ProfileMenu::~ProfileMenu() = default;

void ProfileMenu::rebuild()
{
    clear();
    const Profile current = m_session->currentProfile();
    auto* group = new QActionGroup(this);
    int index = 0;
    const QList<Profile> profiles = m_session->availableProfiles();
    for (const Profile& profile : profiles) {
        ++index;
        QString label = profile.name;
        if (!profile.userEmail.isEmpty() && !profile.name.contains(profile.userEmail))
            label += u" ("_s + profile.userEmail + u')';
        QAction* action = addAction(index < 10 ? u"&%1 %2"_s.arg(index).arg(label) : label);
        action->setObjectName(u"profileAction_"_s + profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == current.id && m_session->isSignedIn());
        action->setActionGroup(group);
        if (index < 10)
            action->setShortcut(QKeySequence(u"Ctrl+Alt+%1"_s.arg(index)));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { m_session->switchToProfile(id); });
    }
    addSeparator();
    QAction* signIn = addAction(tr("Sign &In to Aiven..."));
    signIn->setObjectName(u"signInAction"_s);
    signIn->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    connect(signIn, &QAction::triggered, this, [this] { openSignInDialog(); });

    QAction* signOut = addAction(tr("Sign &Out"));
    signOut->setObjectName(u"signOutAction"_s);
    signOut->setEnabled(m_session->state() != SessionController::State::SignedOut);
    connect(signOut, &QAction::triggered, m_session, &SessionController::signOut);

    QAction* remove = addAction(tr("&Remove Profile..."));
    remove->setObjectName(u"removeProfileAction"_s);
    remove->setEnabled(current.isValid() && !current.isSandbox());
    connect(remove, &QAction::triggered, this, &ProfileMenu::confirmRemove);
}

SignInDialog* ProfileMenu::openSignInDialog(const Profile& profile, const QString& reason)
{
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_session, window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Closing without signing in lets waiting reads fail instead of hanging.
        connect(m_dialog, &QDialog::rejected, m_session,
                &SessionController::cancelReauthentication);
    }
    m_dialog->setProfile(profile, reason);
    // open(), not exec(): the window and any other dialog keep their state meanwhile.
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

void ProfileMenu::askAboutTokenStorage(const QString& problem)
{
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("No Keychain"),
                                tr("Fjord could not save the token in the system keychain, so it "
                                   "is kept for this session only and you will sign in again "
                                   "next time."),
                                QMessageBox::NoButton, window);
    box->setObjectName(u"keychainMessageBox"_s);
    box->setDetailedText(problem);
    box->setInformativeText(tr("You can instead store it in a file only your user can read. "
                               "Anyone with access to your account or backups could use it."));
    QPushButton* session = box->addButton(tr("Keep for This &Session"), QMessageBox::AcceptRole);
    session->setObjectName(u"keepForSessionPushButton"_s);
    QPushButton* file =
        box->addButton(tr("Save to &File (Insecure)"), QMessageBox::DestructiveRole);
    file->setObjectName(u"saveToFilePushButton"_s);
    box->setDefaultButton(session);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, file, window](QAbstractButton* b) {
        if (b != file)
            return;
        QString problem;
        if (!m_session->keepTokenInPlainFile(&problem))
            QMessageBox::warning(window, tr("Token Not Saved"),
                                 problem.isEmpty() ? tr("The token could not be saved.") : problem);
    });
    box->open();
}

void ProfileMenu::showTlsProblem(const TlsFailure& failure)
{
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Secure Connection Failed"),
                                failure.summary(), QMessageBox::Ok, window);
    box->setObjectName(u"tlsMessageBox"_s);
    box->setInformativeText(tr("Fjord did not connect. If the server uses a private "
                               "certificate authority, set its CA file in the profile."));
    box->setDetailedText(failure.details());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProfileMenu::showSandboxDataProblem(const QString& problem)
{
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Sandbox Cannot Save"),
                                tr("The local sandbox cannot save changes to its data file, so "
                                   "it refuses them. You can look around, but creating, editing "
                                   "or deleting a project will fail until this is solved."),
                                QMessageBox::Ok, window);
    box->setObjectName(u"sandboxDataMessageBox"_s);
    box->setInformativeText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProfileMenu::showProfileStorageProblem(const QString& problem)
{
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Profile Not Saved"),
                                tr("You are signed in, but Fjord could not save this profile, so "
                                   "it will not be offered at the next start. Free some disk "
                                   "space or make the settings folder writable, then sign in "
                                   "again."),
                                QMessageBox::Ok, window);
    box->setObjectName(u"profileStorageMessageBox"_s);
    box->setInformativeText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProfileMenu::confirmRemove()
{
    const Profile profile = m_session->currentProfile();
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    if (QMessageBox::question(
            window, tr("Remove Profile"),
            tr("Remove the profile \"%1\" and forget its token?").arg(profile.name)) ==
        QMessageBox::Yes)
        m_session->removeProfile(profile.id);
}

} // namespace fjord
