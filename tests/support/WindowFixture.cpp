#include "WindowFixture.h"

#include "MainWindow.h"
#include "api/AivenClient.h"
#include "models/CloudCatalog.h"
#include "models/ProjectListModel.h"

#include <QDir>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace fjord::test {

WindowFixture::WindowFixture()
    : m_clouds(std::make_unique<CloudCatalog>(&m_sandbox.client()))
{
    m_clouds->setCacheFile(QDir(m_sandbox.dataDir()).filePath(QStringLiteral("clouds.json")));
}

WindowFixture::~WindowFixture() = default;

std::unique_ptr<MainWindow> WindowFixture::makeWindow(bool show)
{
    auto window = std::make_unique<MainWindow>(client(), m_clouds.get());
    window->resize(1100, 600);
    if (show) {
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("The main window did not become active");
    }
    return window;
}

bool waitLoaded(const MainWindow* window, int timeoutMs)
{
    return QTest::qWaitFor(
        [window] {
            return window->projectModel()->state() == ProjectListModel::State::Loaded &&
                   !window->projectModel()->isLoading();
        },
        timeoutMs);
}

QPalette darkPalette()
{
    // Breeze Dark's window, view and text colours.
    QPalette p;
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x14, 0x16, 0x18);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x40, 0x42, 0x47));
    for (auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void typeText(QLineEdit* edit, const QString& text)
{
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void clickTab(QTabWidget* tabs, int index)
{
    auto* bar = tabs->findChild<QTabBar*>();
    if (!bar)
        return;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

bool saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace fjord::test
