#include "MainWindowSession.h"

#include "DesktopMenus.h"
#include "MainWindow.h"
#include "ProfileMenu.h"
#include "auth/SessionController.h"
#include "models/CloudCatalog.h"

#include <QMenuBar>

namespace fjord {

MainWindowSession::MainWindowSession(MainWindow* window, SessionController* session,
                                     CloudCatalog* clouds)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_clouds(clouds)
    , m_profileMenu(new ProfileMenu(session, window))
    , m_desktopMenus(nullptr)
{
    // Before Help, which stays last as on every desktop.
    window->menuBar()->insertMenu(window->helpMenu()->menuAction(), m_profileMenu);
    // File > Export, Edit > Copy as, View > Activity (logs this client's calls), Help > About.
    m_desktopMenus = new DesktopMenus(window);

    // The window may already be loading the current profile's data (main() starts early).
    if (m_session->isSignedIn())
        m_shownProfile = m_session->currentProfile().id;
    else if (m_session->state() == SessionController::State::SignedOut)
        m_window->setClient(nullptr);

    connect(m_session, &SessionController::sessionChanged, this,
            &MainWindowSession::sessionChanged);
    connect(m_session, &SessionController::statusChanged, this, &MainWindowSession::updateStatus);
    connect(m_session, &SessionController::signedOut, this, &MainWindowSession::signedOut);
    // After signing in again (a 401 mid-session), the reads it interrupted run again.
    connect(m_session, &SessionController::reauthenticated, this, [this] {
        m_window->refresh();
        if (m_clouds)
            m_clouds->refresh();
    });
    connect(m_window, &MainWindow::signInRequested, m_profileMenu,
            [this] { m_profileMenu->openSignInDialog(); });
    sessionChanged();
}

MainWindowSession::~MainWindowSession() = default;

void MainWindowSession::sessionChanged()
{
    m_window->setWindowTitle(m_session->windowTitle());
    updateStatus();
    if (!m_session->isSignedIn())
        return;
    const QString profile = m_session->currentProfile().id;
    if (profile == m_shownProfile && m_window->client())
        return;
    // Another profile, or the first after signing out: nothing of the old one stays.
    m_shownProfile = profile;
    m_window->setClient(m_session->client());
    if (m_clouds)
        m_clouds->refresh();
}

void MainWindowSession::signedOut()
{
    m_shownProfile.clear();
    m_window->setClient(nullptr);
    if (m_clouds)
        m_clouds->forgetSession();
    updateStatus();
}

void MainWindowSession::updateStatus()
{
    m_window->setSessionStatus(m_session->statusText(), m_session->lastCallFailed());
}

} // namespace fjord
