// The main window with the desktop menus installed, against the sandbox on loopback: the
// entries are in File/Edit/View/Help, exports follow the filter and the selection, and the
// Activity window logs real calls without the token. With FJORD_SCREENSHOT_DIR set it saves
// the main window and the Activity window in a dark palette.

#include "ActivityWindow.h"
#include "ApiSamples.h"
#include "CsvReader.h"
#include "DesktopMenus.h"
#include "MainWindow.h"
#include "ProjectExportActions.h"
#include "SandboxServer.h"
#include "WidgetChecks.h"
#include "WindowFixture.h"
#include "api/AivenClient.h"
#include "export/ProjectExport.h"
#include "export/RequestLogModel.h"
#include "models/CloudCatalog.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fjord;

using test::projectJson;
using test::waitLoaded;

namespace {

bool contains(QMenu* menu, QAction* action)
{
    return menu->actions().contains(action);
}

} // namespace

class TestDesktopMenus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menusHoldTheEntries();
    void exportsFollowFilterAndSelection();
    void activityLogsCallsWithoutToken();
    void screenshotsDark();

private:
    std::unique_ptr<MainWindow> makeWindow() { return m_fixture->makeWindow(false); }

    std::unique_ptr<test::WindowFixture> m_fixture;
    SandboxServer* m_server = nullptr;
};

void TestDesktopMenus::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("Fjord"));
    QApplication::setApplicationName(QStringLiteral("Fjord"));
}

void TestDesktopMenus::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<test::WindowFixture>();
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->errorString()));
    m_server = &m_fixture->server();
    const QStringList clouds{QStringLiteral("google-europe-north1"),
                             QStringLiteral("aws-eu-west-1"), QStringLiteral("azure-norway-east"),
                             QStringLiteral("upcloud-fi-hel1")};
    const QStringList names{QStringLiteral("analytics-eu"),       QStringLiteral("billing-prod"),
                            QStringLiteral("checkout-staging"),   QStringLiteral("data-lake"),
                            QStringLiteral("edge-cache"),         QStringLiteral("fraud-detection"),
                            QStringLiteral("growth-experiments"), QStringLiteral("hr-portal"),
                            QStringLiteral("iot-ingest"),         QStringLiteral("kafka-backbone")};
    for (int i = 0; i < names.size(); ++i)
        m_server->addProject(projectJson(names.at(i), clouds.at(i % clouds.size()),
                                         QString::number(12.5 * (i + 1), 'f', 2)),
                             i % 3 == 0 ? QStringLiteral("developer") : QStringLiteral("admin"));
}

void TestDesktopMenus::cleanup()
{
    m_server = nullptr;
    m_fixture.reset();
}

void TestDesktopMenus::menusHoldTheEntries()
{
    auto window = makeWindow();
    auto* menus = new DesktopMenus(window.get());
    ProjectExportActions* exports = menus->exportActions();
    QVERIFY(contains(window->fileMenu(), exports->exportCsvAction()));
    QVERIFY(contains(window->fileMenu(), exports->exportJsonAction()));
    for (QAction* action : exports->copyActions())
        QVERIFY(contains(window->editMenu(), action));
    QVERIFY(contains(window->viewMenu(), menus->activityAction()));
    QVERIFY(contains(window->helpMenu(), menus->aboutAction()));
    // About Fjord comes first in Help; Quit stays last in File.
    QCOMPARE(window->helpMenu()->actions().constFirst(), menus->aboutAction());
    QCOMPARE(window->fileMenu()->actions().constLast()->menuRole(), QAction::QuitRole);
    QVERIFY(!menus->activityAction()->shortcut().isEmpty());
}

void TestDesktopMenus::exportsFollowFilterAndSelection()
{
    auto window = makeWindow();
    auto* menus = new DesktopMenus(window.get());
    window->show();
    QVERIFY(waitLoaded(window.get()));
    ProjectExportActions* exports = menus->exportActions();
    QTRY_VERIFY(exports->exportCsvAction()->isEnabled());

    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("eu"));
    const int shown = window->projectProxyModel()->rowCount();
    QVERIFY(shown > 0 && shown < 10);

    const QString csvFile =
        QDir(m_fixture->sandbox().dataDir()).filePath(QStringLiteral("filtered.csv"));
    exports->setNextSaveFileName(csvFile);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    bool ok = false;
    const auto rows = fjord::test::parseCsv(csv.readAll(), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), shown + 1);

    QVERIFY(window->selectProject(QStringLiteral("analytics-eu")));
    QTRY_VERIFY(exports->copyCurlAction()->isEnabled());
    exports->copyTerraformAction()->trigger();
    const QString terraform = QGuiApplication::clipboard()->text();
    QVERIFY2(terraform.startsWith(QStringLiteral("resource \"aiven_project\" \"analytics_eu\"")),
             qPrintable(terraform));
    QVERIFY(terraform.contains(QStringLiteral("default_cloud    = \"google-europe-north1\"")));
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY(curl.contains(m_server->baseUrl().toString() + QStringLiteral("/v1/project")));
    QVERIFY(curl.contains(QStringLiteral("$AIVEN_AUTH_TOKEN")));
    QVERIFY(!curl.contains(m_server->acceptedToken()));
}

void TestDesktopMenus::activityLogsCallsWithoutToken()
{
    auto window = makeWindow();
    auto* menus = new DesktopMenus(window.get());
    window->show();
    QVERIFY(waitLoaded(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(menus->requestLog()->rowCount() > 0, 5000);
    bool sawProjectList = false;
    for (int row = 0; row < menus->requestLog()->rowCount(); ++row) {
        const RequestLogEntry& entry = menus->requestLog()->entryAt(row);
        if (entry.method == QLatin1String("GET") && entry.path == QLatin1String("/v1/project") &&
            entry.httpStatus == 200)
            sawProjectList = true;
    }
    QVERIFY(sawProjectList);
    QVERIFY(!menus->requestLog()->toPlainText().contains(m_server->acceptedToken()));

    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(menus->activityWindow() && menus->activityWindow()->isVisible());
    QVERIFY(menus->activityWindow()->visibleRowCount() > 0);
    {
        const QStringList unnamed = fjord::test::unnamedInteractiveWidgets(menus->activityWindow());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    menus->activityWindow()->close();
}

void TestDesktopMenus::screenshotsDark()
{
    if (qEnvironmentVariableIsEmpty("FJORD_SCREENSHOT_DIR"))
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    const QPalette original = QApplication::palette();
    QApplication::setPalette(test::darkPalette());
    auto window = makeWindow();
    auto* menus = new DesktopMenus(window.get());
    window->resize(1200, 640);
    window->show();
    QVERIFY(waitLoaded(window.get()));
    QVERIFY(window->selectProject(QStringLiteral("billing-prod")));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::saveScreenshot(window.get(), QStringLiteral("mainwindow-dark")));
    menus->showActivity();
    ActivityWindow* activity = menus->activityWindow();
    activity->resize(900, 360);
    QVERIFY(QTest::qWaitForWindowExposed(activity));
    QVERIFY(test::saveScreenshot(activity, QStringLiteral("activity-live-dark")));
    activity->close();
    QApplication::setPalette(original);
}

QTEST_MAIN(TestDesktopMenus)
#include "tst_desktopmenus.moc"
