// The main window with the desktop menus installed, against the sandbox on loopback: the
// entries are in File/Edit/View/Help, exports follow the filter and the selection, and the
// Activity window logs real calls without the token. With FJORD_SCREENSHOT_DIR set it saves
// the main window and the Activity window in a dark palette.

#include "ActivityWindow.h"
#include "DesktopMenus.h"
#include "MainWindow.h"
#include "ProjectExportActions.h"
#include "SandboxServer.h"
#include "WidgetChecks.h"
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

namespace {

QJsonObject projectJson(const QString& name, const QString& cloud, const QString& balance)
{
    return QJsonObject{
        {QStringLiteral("project_name"), name},
        {QStringLiteral("account_id"), QStringLiteral("a225dad8d3c4")},
        {QStringLiteral("account_name"), QStringLiteral("Acme")},
        {QStringLiteral("organization_id"), QStringLiteral("org4f1a2b3c")},
        {QStringLiteral("billing_address"), QString()},
        {QStringLiteral("billing_emails"), QJsonArray()},
        {QStringLiteral("tech_emails"),
         QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")}}}},
        {QStringLiteral("billing_group_id"),
         QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604")},
        {QStringLiteral("billing_group_name"), QStringLiteral("Engineering")},
        {QStringLiteral("billing_currency"), QStringLiteral("EUR")},
        {QStringLiteral("country"), QStringLiteral("Finland")},
        {QStringLiteral("country_code"), QStringLiteral("FI")},
        {QStringLiteral("default_cloud"), cloud},
        {QStringLiteral("estimated_balance"), balance},
        {QStringLiteral("estimated_balance_local"), balance},
        {QStringLiteral("payment_method"), QStringLiteral("card")},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("env"), QStringLiteral("prod")}}},
        {QStringLiteral("vat_id"), QString()},
    };
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
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
    std::unique_ptr<MainWindow> makeWindow();
    bool waitLoaded(MainWindow* window);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_client;
    std::unique_ptr<CloudCatalog> m_clouds;
    QTemporaryDir m_dir;
};

void TestDesktopMenus::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("Fjord"));
    QApplication::setApplicationName(QStringLiteral("Fjord"));
    QVERIFY(m_dir.isValid());
}

void TestDesktopMenus::init()
{
    QSettings().clear();
    m_server = std::make_unique<SandboxServer>();
    m_server->setDataFile({});
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
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AivenClient>(m_network.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(m_server->acceptedToken());
    m_client->setTimeoutMs(10000);
    m_clouds = std::make_unique<CloudCatalog>(m_client.get());
    m_clouds->setCacheFile(m_dir.filePath(QStringLiteral("clouds.json")));
}

void TestDesktopMenus::cleanup()
{
    m_clouds.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<MainWindow> TestDesktopMenus::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_client.get(), m_clouds.get());
    window->resize(1100, 600);
    return window;
}

bool TestDesktopMenus::waitLoaded(MainWindow* window)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (window->projectModel()->state() == ProjectListModel::State::Loaded &&
            !window->projectModel()->isLoading())
            return true;
        QTest::qWait(20);
    }
    return false;
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

    const QString csvFile = m_dir.filePath(QStringLiteral("filtered.csv"));
    exports->setNextSaveFileName(csvFile);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    bool ok = false;
    const auto rows = ProjectExport::parseCsv(csv.readAll(), &ok);
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
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    auto window = makeWindow();
    auto* menus = new DesktopMenus(window.get());
    window->resize(1200, 640);
    window->show();
    QVERIFY(waitLoaded(window.get()));
    QVERIFY(window->selectProject(QStringLiteral("billing-prod")));
    QTest::qWait(200);
    QDir().mkpath(dir);
    QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-dark.png"))));
    menus->showActivity();
    ActivityWindow* activity = menus->activityWindow();
    activity->resize(900, 360);
    QVERIFY(QTest::qWaitForWindowExposed(activity));
    QVERIFY(activity->grab().save(QDir(dir).filePath(QStringLiteral("activity-live-dark.png"))));
    activity->close();
    QApplication::setPalette(original);
}

QTEST_MAIN(TestDesktopMenus)
#include "tst_desktopmenus.moc"
