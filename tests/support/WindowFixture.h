#pragma once

// What the GUI tests share: a main window on a client of a sandbox on loopback, waiting for
// its list, palettes and screenshots. Part of fjordguitestsupport (it links the widgets).

#include "SandboxFixture.h"

#include <QPalette>
#include <QString>

#include <memory>

class QLineEdit;
class QTabWidget;
class QWidget;

namespace fjord {
class AivenClient;
class CloudCatalog;
class MainWindow;
} // namespace fjord

namespace fjord::test {

// A sandbox with its client (see SandboxFixture) and a cloud catalog caching in the sandbox's
// temporary folder: what MainWindow needs.
class WindowFixture final
{
    Q_DISABLE_COPY_MOVE(WindowFixture)

public:
    WindowFixture();
    ~WindowFixture();

    bool isRunning() const { return m_sandbox.isRunning(); }
    QString errorString() const { return m_sandbox.errorString(); }

    SandboxFixture& sandbox() { return m_sandbox; }
    SandboxServer& server() { return m_sandbox.server(); }
    AivenClient* client() { return &m_sandbox.client(); }
    CloudCatalog* clouds() const { return m_clouds.get(); }

    // A main window on this client, 1100x600; shown and active unless `show` is false.
    std::unique_ptr<MainWindow> makeWindow(bool show = true);

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<CloudCatalog> m_clouds;
};

// Waits until the window's project list is loaded and no refresh is on its way.
bool waitLoaded(const MainWindow* window, int timeoutMs = 10000);

// A complete dark palette (every role the app paints with, disabled text included).
QPalette darkPalette();

// Replaces the text of `edit` as a user does: focus, select all (Ctrl+A), type.
void typeText(QLineEdit* edit, const QString& text);

// Clicks the tab at `index` of `tabs` on its tab bar.
void clickTab(QTabWidget* tabs, int index);

// With FJORD_SCREENSHOT_DIR set, saves `widget` there as <name>.png; false if that fails.
bool saveScreenshot(QWidget* widget, const QString& name);

} // namespace fjord::test
