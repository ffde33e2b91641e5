#pragma once

#include <QObject>
#include <QPointer>

namespace fjord {

class CloudCatalog;
class DesktopMenus;
class MainWindow;
class ProfileMenu;
class SessionController;

// Binds the main window to the session, as main() runs the app: puts in the Profile menu and
// the desktop menus (DesktopMenus); keeps the title and the status bar's session line with
// the session (which never says "Connected" after a failed call); loads the data of a new
// profile, or again after signing in again; and on sign-out clears the window's projects,
// details and regions of that session and disables every action that needs one.
class MainWindowSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowSession)

public:
    // `window`, `session` and `clouds` must outlive this object, which the window owns.
    MainWindowSession(MainWindow* window, SessionController* session, CloudCatalog* clouds);
    ~MainWindowSession() override;

    ProfileMenu* profileMenu() const { return m_profileMenu; }
    DesktopMenus* desktopMenus() const { return m_desktopMenus; }

private:
    void sessionChanged();
    void signedOut();
    void updateStatus();

    MainWindow* m_window;
    SessionController* m_session;
    QPointer<CloudCatalog> m_clouds;
    ProfileMenu* m_profileMenu;
    DesktopMenus* m_desktopMenus;
    QString m_shownProfile; // the profile whose data the window holds
};

} // namespace fjord
