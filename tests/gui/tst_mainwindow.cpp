#include "ApiSamples.h"
#include "GlyphIcons.h"
#include "MainWindow.h"
#include "ProjectDeleteDialog.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEditDialog.h"
#include "RegionBrowserWidget.h"
#include "SandboxServer.h"
#include "SignalLog.h"
#include "WidgetChecks.h"
#include "WindowFixture.h"
#include "WorldMapView.h"
#include "api/AivenClient.h"
#include "api/JsonCodec.h"
#include "models/CloudCatalog.h"
#include "models/CloudListModel.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace fjord;

using test::projectJson;
using test::waitLoaded;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listLoads();
    void filterAsYouType();
    void countIsWrittenAsTheLocaleWritesNumbers();
    void refreshKeepsSelectionAndScroll();
    void errorStateAndRetry();
    void emptyState();
    void detailsShowFields();
    void enterFocusesDetails();
    void shortcutsOpenDialogs();
    void newProjectStartsInTheSelectedProjectsOrganization();
    void dialogsUpdateListInPlace();
    void columnsPersist();
    void regionsTab();
    void showWhenLoadedWaitsForTheList();
    void showWhenLoadedGivesUpWaiting();
    void glyphIcons();
    void cloudCacheIsWritten();
    void screenshot();
    void closeDuringRefreshIsQuiet();

private:
    std::unique_ptr<MainWindow> makeWindow() { return m_fixture->makeWindow(); }
    // What the sandbox does with the next project list requests.
    void setProjectListFault(const SandboxServer::Fault& fault)
    {
        m_server->setFault(QStringLiteral("GET"), QStringLiteral("/v1/project"), fault);
    }
    void delayProjectList(int ms)
    {
        SandboxServer::Fault slow;
        slow.delayMs = ms;
        setProjectListFault(slow);
    }
    template <typename T> T* child(MainWindow* window, const char* name)
    {
        return window->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<test::WindowFixture> m_fixture;
    std::unique_ptr<SandboxServer> m_dataServer; // the screenshot's own data, when given
    SandboxServer* m_server = nullptr;
    AivenClient* m_client = nullptr;
    CloudCatalog* m_clouds = nullptr;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("Fjord"));
    QApplication::setApplicationName(QStringLiteral("Fjord"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<test::WindowFixture>();
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->errorString()));
    m_server = &m_fixture->server();
    m_client = m_fixture->client();
    m_clouds = m_fixture->clouds();
    for (int i = 0; i < 60; ++i)
        m_server->addProject(projectJson(QStringLiteral("proj-%1").arg(i, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("google-europe-north1"),
                                         QString::number(i * 1.5, 'f', 2)),
                             i % 3 == 0 ? QStringLiteral("developer") : QStringLiteral("admin"));
}

void TestMainWindow::cleanup()
{
    m_server = nullptr;
    m_client = nullptr;
    m_clouds = nullptr;
    m_fixture.reset();
    m_dataServer.reset();
}

void TestMainWindow::listLoads()
{
    auto window = makeWindow();
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Fjord")));
    auto* stack = child<QStackedWidget>(window.get(), "listStackedWidget");
    QVERIFY(stack);
    QVERIFY(waitLoaded(window.get()));
    QCOMPARE(window->projectModel()->rowCount(), m_server->projectCount());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
    auto* view = child<QTableView>(window.get(), "projectTableView");
    QCOMPARE(view->model()->rowCount(), m_server->projectCount());
    auto* refreshed = child<QLabel>(window.get(), "lastRefreshedLabel");
    QVERIFY(refreshed->text().startsWith(QStringLiteral("Last refreshed ")));
    QVERIFY(child<QLabel>(window.get(), "countLabel")
                ->text()
                .contains(QString::number(m_server->projectCount())));
}

void TestMainWindow::filterAsYouType()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    auto* filter = child<QLineEdit>(window.get(), "filterLineEdit");
    auto* view = child<QTableView>(window.get(), "projectTableView");
    view->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("proj-1"));
    QCOMPARE(view->model()->rowCount(), 10); // proj-10 .. proj-19
    QTest::keyClicks(filter, QStringLiteral("5"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(child<QLabel>(window.get(), "countLabel")->text().startsWith(QStringLiteral("1 of")));

    // Down moves into the list and selects the match.
    QTest::keyClick(filter, Qt::Key_Down);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(window->selectedProjectName(), QStringLiteral("proj-15"));

    // No match: the list area says so and offers to clear the filter.
    filter->setText(QStringLiteral("no-such-thing"));
    auto* stack = child<QStackedWidget>(window.get(), "listStackedWidget");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("statePage"));
    auto* action = child<QPushButton>(window.get(), "stateActionPushButton");
    QVERIFY(action->isVisible());
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
}

void TestMainWindow::countIsWrittenAsTheLocaleWritesNumbers()
{
    // Thousands grouped as the locale groups them, like the export's "Exporting 1,234
    // projects…": "1234 projects" beside it read as another kind of number.
    for (int i = 60; i < 1234; ++i)
        m_server->addProject(projectJson(QStringLiteral("bulk-%1").arg(i)));
    const QLocale before;
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Finnish, QLocale::Finland)}) {
        QLocale::setDefault(locale);
        auto window = makeWindow();
        QVERIFY(waitLoaded(window.get()));
        const int total = m_server->projectCount();
        QVERIFY(total >= 1234);
        QCOMPARE(window->projectModel()->rowCount(), total);
        auto* count = child<QLabel>(window.get(), "countLabel");
        // (The English plural forms are a translation of their own, not loaded here.)
        QCOMPARE(count->text(), locale.toString(total) + QStringLiteral(" project(s)"));
        QTest::keyClicks(child<QLineEdit>(window.get(), "filterLineEdit"),
                         QStringLiteral("bulk-1"));
        // bulk-100 .. bulk-199 and bulk-1000 .. bulk-1233
        QTRY_COMPARE(child<QTableView>(window.get(), "projectTableView")->model()->rowCount(), 334);
        QCOMPARE(count->text(), QStringLiteral("334 of ") + locale.toString(total) +
                                    QStringLiteral(" project(s)"));
    }
    QLocale::setDefault(before);
    QCOMPARE(QLocale(QLocale::English, QLocale::UnitedStates).toString(1234),
             QStringLiteral("1,234"));
}

void TestMainWindow::refreshKeepsSelectionAndScroll()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    auto* view = child<QTableView>(window.get(), "projectTableView");
    QVERIFY(window->selectProject(QStringLiteral("proj-40")));
    QScrollBar* bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int scroll = bar->value();
    QVERIFY(scroll > 0);

    // Something changes on the server meanwhile; the view must not jump.
    m_server->addProject(projectJson(QStringLiteral("aaa-first"), QStringLiteral("aws-eu-west-1"),
                                     QStringLiteral("1.00")));
    QSignalSpy refreshed(window->projectModel(), &ProjectListModel::refreshed);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY(window->projectModel()->isLoading());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(window->projectModel()->rowCount(), m_server->projectCount());
    QCOMPARE(window->selectedProjectName(), QStringLiteral("proj-40"));
    QCOMPARE(bar->value(), scroll);
    QCOMPARE(window->detailsWidget()->project().name, QStringLiteral("proj-40"));
}

void TestMainWindow::errorStateAndRetry()
{
    SandboxServer::Fault fault;
    fault.status = 500;
    setProjectListFault(fault);
    auto window = makeWindow();
    auto* stack = child<QStackedWidget>(window.get(), "listStackedWidget");
    auto* action = child<QPushButton>(window.get(), "stateActionPushButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->projectModel()->state(), ProjectListModel::State::Error,
                              10000);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("statePage"));
    QVERIFY(action->isVisible());
    QCOMPARE(action->text().remove(u'&'), QStringLiteral("Retry"));
    QVERIFY(!child<QLabel>(window.get(), "stateMessageLabel")->text().isEmpty());

    m_server->clearFaults();
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(waitLoaded(window.get()));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
    QCOMPARE(window->projectModel()->rowCount(), m_server->projectCount());

    // A later failure keeps the rows and says so above them, with its own Retry.
    setProjectListFault(fault);
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window->projectModel()->state(), ProjectListModel::State::Error,
                              10000);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listPage"));
    QVERIFY(child<QWidget>(window.get(), "errorBannerFrame")->isVisible());
    m_server->clearFaults();
    QTest::mouseClick(child<QPushButton>(window.get(), "bannerRetryPushButton"), Qt::LeftButton);
    QVERIFY(waitLoaded(window.get()));
    QVERIFY(!child<QWidget>(window.get(), "errorBannerFrame")->isVisible());
}

void TestMainWindow::emptyState()
{
    SandboxServer::Fault fault;
    fault.status = 200;
    fault.body = R"({"projects":[],"project_membership":{},"project_memberships":{}})";
    setProjectListFault(fault);
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    auto* stack = child<QStackedWidget>(window.get(), "listStackedWidget");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("statePage"));
    QCOMPARE(child<QLabel>(window.get(), "stateTitleLabel")->text(),
             QStringLiteral("No projects yet: create one"));
    auto* action = child<QPushButton>(window.get(), "stateActionPushButton");
    QVERIFY(action->isVisible());
    // The button opens the create dialog.
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(window->findChild<ProjectEditDialog*>());
    auto* dialog = window->findChild<ProjectEditDialog*>();
    QCOMPARE(dialog->mode(), ProjectEditDialog::Mode::Create);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<ProjectEditDialog*>());
}

void TestMainWindow::detailsShowFields()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    QVERIFY(!window->detailsWidget()->hasProject());
    QVERIFY(window->selectProject(QStringLiteral("proj-07")));
    ProjectDetailsWidget* details = window->detailsWidget();
    QVERIFY(details->hasProject());
    const auto text = [&](const char* name) {
        auto* label = details->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    };
    QCOMPARE(text("titleLabel"), QStringLiteral("proj-07"));
    QCOMPARE(text("accountIdValueLabel"), QStringLiteral("a225dad8d3c4"));
    QCOMPARE(text("organizationIdValueLabel"), QStringLiteral("org4f1a2b3c"));
    QCOMPARE(text("billingGroupIdValueLabel"),
             QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604"));
    QCOMPARE(text("roleValueLabel"), QStringLiteral("Admin"));
    QCOMPARE(text("countryValueLabel"), QStringLiteral("Finland (FI)"));
    QVERIFY(text("balanceLocalValueLabel").endsWith(QStringLiteral(" EUR")));
    // Contacts and tags as text, one per line, whole in the screen reader's name too.
    QCOMPARE(text("techEmailsValueLabel").split(u'\n').size(), 2);
    QCOMPARE(text("techEmailsValueLabel").split(u'\n').first(), QStringLiteral("ops@example.com"));
    QCOMPARE(text("billingEmailsValueLabel"), QStringLiteral("billing@example.com"));
    auto* tags = details->findChild<QLabel*>(QStringLiteral("tagsValueLabel"));
    QVERIFY(tags);
    QVERIFY2(tags->accessibleName().contains(QStringLiteral("env = ")),
             qPrintable(tags->accessibleName()));
    QVERIFY(tags->text().contains(QStringLiteral(">env<")));

    // Copy buttons put the raw ID on the clipboard.
    QSignalSpy copied(details, &ProjectDetailsWidget::copied);
    QTest::mouseClick(details->findChild<QToolButton*>(QStringLiteral("copyAccountIdToolButton")),
                      Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a225dad8d3c4"));

    // The cloud shows its description once the catalog knows it.
    QSignalSpy clouds(m_clouds, &CloudCatalog::cloudsChanged);
    m_clouds->refresh();
    QVERIFY(clouds.wait(10000));
    QVERIFY(text("defaultCloudValueLabel").contains(QStringLiteral("Finland")));
    QVERIFY(text("defaultCloudValueLabel").contains(QStringLiteral("google-europe-north1")));
    const int row = window->projectModel()->rowOfProject(QStringLiteral("proj-07"));
    QVERIFY(window->projectModel()
                ->index(row, ProjectListModel::CloudColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Finland")));
}

void TestMainWindow::enterFocusesDetails()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    auto* view = child<QTableView>(window.get(), "projectTableView");
    QVERIFY(window->selectProject(QStringLiteral("proj-03")));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window->detailsWidget()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(window->detailsWidget()->project().name, QStringLiteral("proj-03"));
}

void TestMainWindow::shortcutsOpenDialogs()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    auto* view = child<QTableView>(window.get(), "projectTableView");
    view->setFocus();

    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window->findChild<ProjectEditDialog*>());
    auto* create = window->findChild<ProjectEditDialog*>();
    QCOMPARE(create->mode(), ProjectEditDialog::Mode::Create);
    QTest::keyClick(create, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<ProjectEditDialog*>());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // Without a selection, Edit and Delete are off.
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(!window->findChild<ProjectEditDialog*>());

    QVERIFY(window->selectProject(QStringLiteral("proj-05")));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(window->findChild<ProjectEditDialog*>());
    auto* edit = window->findChild<ProjectEditDialog*>();
    QCOMPARE(edit->mode(), ProjectEditDialog::Mode::Edit);
    QCOMPARE(edit->values().name, QStringLiteral("proj-05"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<ProjectEditDialog*>());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(window->findChild<ProjectDeleteDialog*>());
    QTest::keyClick(window->findChild<ProjectDeleteDialog*>(), Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<ProjectDeleteDialog*>());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // Delete typed into the filter edits the text, it does not delete a project.
    auto* filter = child<QLineEdit>(window.get(), "filterLineEdit");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("proj"));
    filter->setCursorPosition(0);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(filter->text(), QStringLiteral("roj"));
    QVERIFY(!window->findChild<ProjectDeleteDialog*>());
}

void TestMainWindow::newProjectStartsInTheSelectedProjectsOrganization()
{
    // A second organization with a project of its own, read from the sandbox's state file.
    const QString nordic = QStringLiteral("a9e1b2c3d4f5");
    QVERIFY(m_server->save());
    const QString dataFile = m_fixture->sandbox().dataFile();
    QFile file(dataFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray accounts = state.value(QStringLiteral("accounts")).toArray();
    accounts.append(
        QJsonObject{{QStringLiteral("account_id"), nordic},
                    {QStringLiteral("account_name"), QStringLiteral("Nordic Analytics")},
                    {QStringLiteral("organization_id"), QStringLiteral("org9e1b2c3d4f5")},
                    {QStringLiteral("parent_account_id"), QJsonValue::Null},
                    {QStringLiteral("root_account_id"), nordic},
                    {QStringLiteral("is_account_owner"), true},
                    {QStringLiteral("tenant_id"), QStringLiteral("aiven")}});
    state.insert(QStringLiteral("accounts"), accounts);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(state).toJson());
    file.close();
    QVERIFY(m_server->setDataFile(dataFile));
    QJsonObject project = projectJson(QStringLiteral("nordic-etl"));
    project.insert(QStringLiteral("account_id"), nordic);
    project.insert(QStringLiteral("account_name"), QStringLiteral("Nordic Analytics"));
    m_server->addProject(project);

    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    auto* view = child<QTableView>(window.get(), "projectTableView");
    // Ctrl+N with `selected` selected (none when empty); returns the account it starts on.
    const auto newProjectAccount = [&](const QString& selected) -> QString {
        if (selected.isEmpty())
            view->selectionModel()->clearSelection();
        else if (!window->selectProject(selected))
            return QStringLiteral("<no project %1>").arg(selected);
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return QStringLiteral("<window not active>");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return window->findChild<ProjectEditDialog*>(); }, 5000))
            return QStringLiteral("<no dialog>");
        auto* dialog = window->findChild<ProjectEditDialog*>();
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("accountComboBox"));
        const bool loaded = QTest::qWaitFor(
            [combo] { return combo->findText(QStringLiteral("Loading"), Qt::MatchStartsWith) < 0; },
            10000);
        const QString account = loaded ? combo->currentText() : QStringLiteral("<still loading>");
        QTest::keyClick(dialog, Qt::Key_Escape);
        if (!QTest::qWaitFor([&] { return !window->findChild<ProjectEditDialog*>(); }, 5000))
            return QStringLiteral("<dialog stayed open>");
        return account;
    };
    const QString inNordic = newProjectAccount(QStringLiteral("nordic-etl"));
    QVERIFY2(inNordic.contains(nordic), qPrintable(inNordic));
    const QString inAcme = newProjectAccount(QStringLiteral("proj-05"));
    QVERIFY2(inAcme.contains(QStringLiteral("a225dad8d3c4")), qPrintable(inAcme));
    // No project selected: the user has two organizations to choose from.
    const QString none = newProjectAccount(QString());
    QVERIFY2(none.startsWith(QStringLiteral("Choose an organization")), qPrintable(none));
}

void TestMainWindow::dialogsUpdateListInPlace()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    const int rows = window->projectModel()->rowCount();
    QSignalSpy reset(window->projectModel(), &QAbstractItemModel::modelReset);
    const qsizetype loadRequests = m_server->recordedRequests().size();
    const auto clickOk = [](QDialog* dialog) {
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okPushButton"));
        QVERIFY(ok);
        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    };

    auto* view = child<QTableView>(window.get(), "projectTableView");
    view->setFocus();

    // Create: the saved project appears and is selected, without a reload.
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window->findChild<ProjectEditDialog*>());
    auto* create = window->findChild<ProjectEditDialog*>();
    auto* name = create->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("brand-new"));
    clickOk(create);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ProjectEditDialog*>(), 10000);
    QVERIFY(!m_server->project(QStringLiteral("brand-new")).isEmpty());
    QCOMPARE(window->projectModel()->rowCount(), rows + 1);
    QCOMPARE(window->selectedProjectName(), QStringLiteral("brand-new"));

    // Edit with a rename (OK, then Save on the summary): the row follows the new name.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(window->findChild<ProjectEditDialog*>());
    auto* edit = window->findChild<ProjectEditDialog*>();
    name = edit->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    QTRY_VERIFY(name->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("brand-renamed"));
    clickOk(edit);
    QTRY_VERIFY(edit->isConfirming());
    clickOk(edit);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ProjectEditDialog*>(), 10000);
    QCOMPARE(window->projectModel()->rowCount(), rows + 1);
    QCOMPARE(window->projectModel()->rowOfProject(QStringLiteral("brand-new")), -1);
    QCOMPARE(window->selectedProjectName(), QStringLiteral("brand-renamed"));
    QCOMPARE(window->detailsWidget()->project().name, QStringLiteral("brand-renamed"));

    // Delete: the row goes.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(window->findChild<ProjectDeleteDialog*>());
    auto* del = window->findChild<ProjectDeleteDialog*>();
    QTest::keyClicks(del->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit")),
                     QStringLiteral("brand-renamed"));
    QTest::mouseClick(del->findChild<QPushButton*>(QStringLiteral("deletePushButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ProjectDeleteDialog*>(), 10000);
    QVERIFY(m_server->project(QStringLiteral("brand-renamed")).isEmpty());
    QCOMPARE(window->projectModel()->rowCount(), rows);
    QCOMPARE(window->projectModel()->rowOfProject(QStringLiteral("brand-renamed")), -1);
    QCOMPARE(reset.count(), 0);
    // The list was never fetched again (the dialogs may have asked for their pickers).
    const auto served = m_server->recordedRequests();
    QVERIFY(served.size() > loadRequests + 3); // at least the POST, PUT and DELETE
    for (qsizetype i = loadRequests; i < served.size(); ++i)
        QVERIFY(served.at(i).method != QStringLiteral("GET") ||
                served.at(i).path != QStringLiteral("/v1/project"));
}

void TestMainWindow::regionsTab()
{
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    QTabWidget* tabs = window->tabWidget();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Regions"));
    // Not built until the tab opens, so startup does not pay for the map.
    QVERIFY(!window->findChild<RegionBrowserWidget*>());

    m_clouds->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_clouds->clouds().size() > 100, 10000);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    auto* browser = window->findChild<RegionBrowserWidget*>();
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    QVERIFY(browser->mapView()->isVisible());

    // The list says which projects use a region by default (the 60 added ones and any seeded).
    int expected = 0;
    for (int r = 0; r < window->projectModel()->rowCount(); ++r)
        expected += window->projectModel()->projectAt(r).defaultCloud ==
                    QStringLiteral("google-europe-north1");
    QVERIFY(expected >= 60);
    CloudListModel* model = browser->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(CloudListModel::CloudNameRole).toString() ==
            QStringLiteral("google-europe-north1"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, 0).data(CloudListModel::ProjectsRole).toStringList().size(),
             expected);

    // A new project in another region shows up there without a reload.
    window->projectModel()->upsertProject(
        json::parseProject(projectJson(QStringLiteral("zz-new"), QStringLiteral("aws-eu-west-1"),
                                       QStringLiteral("0.00")))
            .value_or(Project()),
        QStringLiteral("admin"));
    int awsRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(CloudListModel::CloudNameRole).toString() ==
            QStringLiteral("aws-eu-west-1"))
            awsRow = r;
    QVERIFY(awsRow >= 0);
    QVERIFY(model->index(awsRow, 0)
                .data(CloudListModel::ProjectsRole)
                .toStringList()
                .contains(QStringLiteral("zz-new")));

    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("projectsTab"));

    // Both tabs built and the list's state page showing (its texts are set per state): every
    // interactive widget of the window has an object name and an announced name.
    SandboxServer::Fault fault;
    fault.status = 500;
    setProjectListFault(fault);
    window->projectModel()->reset();
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window->projectModel()->state(), ProjectListModel::State::Error,
                              10000);
    const QStringList unnamed = fjord::test::unnamedInteractiveWidgets(window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::columnsPersist()
{
    {
        auto window = makeWindow();
        QVERIFY(waitLoaded(window.get()));
        QHeaderView* header =
            child<QTableView>(window.get(), "projectTableView")->horizontalHeader();
        QVERIFY(header->isSectionHidden(ProjectListModel::PaymentMethodColumn)); // default
        header->setSectionHidden(ProjectListModel::PaymentMethodColumn, false);
        header->setSectionHidden(ProjectListModel::BillingGroupColumn, true);
        header->resizeSection(ProjectListModel::NameColumn, 333);
        header->moveSection(header->visualIndex(ProjectListModel::TagsColumn), 1);
        window->close();
    }
    auto window = makeWindow();
    QVERIFY(waitLoaded(window.get()));
    QHeaderView* header = child<QTableView>(window.get(), "projectTableView")->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ProjectListModel::PaymentMethodColumn));
    QVERIFY(header->isSectionHidden(ProjectListModel::BillingGroupColumn));
    QCOMPARE(header->sectionSize(ProjectListModel::NameColumn), 333);
    QCOMPARE(header->visualIndex(ProjectListModel::TagsColumn), 1);
}

void TestMainWindow::showWhenLoadedWaitsForTheList()
{
    delayProjectList(300);
    MainWindow window(m_client, m_clouds);
    window.showWhenLoaded(5000);
    QVERIFY(!window.isVisible());
    // Shown when the answer is in, with the rows in its first paint: not after the grace.
    QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 4000);
    QCOMPARE(window.projectModel()->rowCount(), m_server->projectCount());
}

void TestMainWindow::showWhenLoadedGivesUpWaiting()
{
    delayProjectList(3000);
    MainWindow window(m_client, m_clouds);
    window.showWhenLoaded(100);
    QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 2000);
    QVERIFY(window.projectModel()->isLoading()); // the loading state shows meanwhile
    // Not loading at all: shown at once.
    MainWindow idle(static_cast<AivenClient*>(nullptr), m_clouds);
    idle.showWhenLoaded(60000);
    QVERIFY(idle.isVisible());
}

void TestMainWindow::glyphIcons()
{
    // Painted, not decoded: every glyph draws something at every size, in the palette's ink.
    for (const Glyph glyph : {Glyph::Add, Glyph::Edit, Glyph::Delete, Glyph::Refresh, Glyph::Clear,
                              Glyph::MoreRight, Glyph::MoreDown}) {
        const QIcon icon = glyphIcon(glyph);
        QVERIFY(!icon.isNull());
        for (const int side : {16, 24, 48}) {
            const QImage image = icon.pixmap(QSize(side, side)).toImage();
            QCOMPARE(image.size(), QSize(side, side));
            int inked = 0;
            for (int y = 0; y < side; ++y)
                for (int x = 0; x < side; ++x)
                    inked += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            QVERIFY2(inked > side && inked < side * side, qPrintable(QString::number(inked)));
        }
    }
    // Pixmaps are cached, but per palette: a dark palette gets light ink.
    const QIcon add = glyphIcon(Glyph::Add);
    const auto inkAtCentre = [&add] {
        return QColor(add.pixmap(QSize(24, 24)).toImage().pixel(12, 12));
    };
    const QPalette original = QGuiApplication::palette();
    const QColor lightInk = inkAtCentre();
    QPalette dark = original;
    dark.setColor(QPalette::ButtonText, Qt::white);
    QGuiApplication::setPalette(dark);
    const QColor darkInk = inkAtCentre();
    QGuiApplication::setPalette(original);
    QVERIFY2(darkInk.lightness() > lightInk.lightness(),
             qPrintable(lightInk.name() + QLatin1String(" vs ") + darkInk.name()));
    // The style hands out glyphs for the icons the main window shows at once, when no icon
    // theme has them, and leaves every other standard icon to the platform's style.
    ApplicationStyle style;
    const bool themed =
        !QIcon::themeName().isEmpty() && QIcon::themeName() != QLatin1String("hicolor");
    const QIcon clear = style.standardIcon(QStyle::SP_LineEditClearButton);
    QVERIFY(!clear.isNull());
    if (!themed)
        QCOMPARE(clear.name(), QString()); // not a theme or file icon
    QVERIFY(!style.standardIcon(QStyle::SP_MessageBoxWarning).isNull());

    auto window = makeWindow();
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("newProjectAction"))->icon().isNull());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("refreshAction"))->icon().isNull());
}

void TestMainWindow::cloudCacheIsWritten()
{
    // Written from a pool thread after a refresh that changed the list; read back whole.
    const QString cache = m_clouds->cacheFile();
    QFile::remove(cache);
    QSignalSpy changed(m_clouds, &CloudCatalog::cloudsChanged);
    m_clouds->refresh();
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(cache).size() > 0, 5000);
    QThreadPool::globalInstance()->waitForDone(5000);
    CloudCatalog reader(nullptr);
    reader.setCacheFile(cache);
    QVERIFY(reader.loadCache());
    QCOMPARE(reader.clouds(), m_clouds->clouds());
}

// Not a check: with FJORD_SCREENSHOT_DIR set, saves PNGs of the window for people to judge
// (FJORD_SCREENSHOT_DATA may name a sandbox data file to show instead of the test rows).
void TestMainWindow::screenshot()
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("FJORD_SCREENSHOT_DIR is not set");
    QApplication::setStyle(new ApplicationStyle); // as the app does
    const QString data = qEnvironmentVariable("FJORD_SCREENSHOT_DATA");
    if (!data.isEmpty()) {
        const QString copy = m_dir.filePath(QStringLiteral("sandbox.json"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(data, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        m_dataServer = std::make_unique<SandboxServer>();
        m_server = m_dataServer.get();
        QVERIFY(m_server->setDataFile(copy));
        QVERIFY(m_server->start());
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setToken(m_server->acceptedToken());
    }
    QSignalSpy clouds(m_clouds, &CloudCatalog::cloudsChanged);
    m_clouds->refresh();
    QVERIFY(clouds.wait(10000));
    auto window = makeWindow();
    window->resize(1360, 800);
    QVERIFY(waitLoaded(window.get()));
    window->setEndpointDescription(QStringLiteral("local sandbox"));
    const QString first = window->projectProxyModel()->index(2, 0).data().toString();
    QVERIFY(window->selectProject(first));
    QTRY_COMPARE(window->detailsWidget()->project().name, first);
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow.png")));
    auto* contents = window->detailsWidget()->findChild<QWidget*>(QStringLiteral("scrollContents"));
    QVERIFY(contents->grab().save(dir + QStringLiteral("/details-full.png")));

    auto* filter = child<QLineEdit>(window.get(), "filterLineEdit");
    const int all = window->projectProxyModel()->rowCount();
    QTest::keyClicks(filter, QStringLiteral("europe prod")); // and its clear button shows
    QTRY_VERIFY(window->projectProxyModel()->rowCount() < all);
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow-filtered.png")));
    filter->setText(QStringLiteral("no-such-project"));
    QTRY_COMPARE(window->projectProxyModel()->rowCount(), 0);
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow-nomatch.png")));
    filter->clear();

    window->showRegionsTab();
    window->regionBrowser()->setSelectedCloudName(QStringLiteral("google-europe-north1"));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(window->regionBrowser()->isVisible());
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow-regions.png")));
    window->showProjectsTab();

    SandboxServer::Fault fault;
    fault.status = 500;
    setProjectListFault(fault);
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window->projectModel()->state(), ProjectListModel::State::Error,
                              10000);
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow-refresh-error.png")));
    window->projectModel()->reset();
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window->projectModel()->state(), ProjectListModel::State::Error,
                              10000);
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow-error.png")));
    m_server->clearFaults();
    fault.status = 200;
    fault.body = R"({"projects":[],"project_membership":{},"project_memberships":{}})";
    setProjectListFault(fault);
    window->refresh();
    QVERIFY(waitLoaded(window.get()));
    QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow-empty.png")));
}

// Closing while the list is still on its way: the window's destructor runs before its
// children (the model among them) are deleted, so a signal from the model's destruction
// would call into a half-destroyed window (undefined behaviour; the sanitizer build's
// UBSan reports it). The model must go quietly, abandoning its request.
void TestMainWindow::closeDuringRefreshIsQuiet()
{
    delayProjectList(5000);
    auto window = makeWindow(); // its constructor asks for the list
    QPointer<ProjectListModel> model = window->projectModel();
    QVERIFY(model->isLoading());
    const auto listRequested = [this] {
        const auto requests = m_server->recordedRequests();
        return std::any_of(requests.cbegin(), requests.cend(), [](const auto& request) {
            return request.path == QStringLiteral("/v1/project");
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(listRequested(), 5000);
    const fjord::test::SignalLog log(model);
    QSignalSpy logged(m_client, &AivenClient::requestLogged);

    // The title bar's close button: the window manager asks the window to close.
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
    QVERIFY(model); // closing hides; the application ends and then destroys the window
    window.reset();
    QVERIFY(model.isNull());
    QCOMPARE(log.emitted(), QStringList());
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0).at(0).value<RequestLogEntry>().path, QStringLiteral("/v1/project"));
    QCOMPARE(logged.at(0).at(0).value<RequestLogEntry>().httpStatus, 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
