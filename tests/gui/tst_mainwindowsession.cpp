// The main window built as main() builds it (FjordApplication: SessionController, CloudCatalog,
// the project model started early, MainWindow, MainWindowSession), driven with QTest key and mouse
// events against the sandbox on loopback: actions follow the user's access to the project, details
// come from GET /v1/project/{project}, sign-out clears the session's data, the count after a
// delete, the built-in cloud list on a first start offline, and the status bar's honesty.
#include "ApiSamples.h"
#include "DesktopMenus.h"
#include "DesktopSetup.h"
#include "FjordApplication.h"
#include "MainWindow.h"
#include "MainWindowSession.h"
#include "ProfileMenu.h"
#include "ProjectDeleteDialog.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEditDialog.h"
#include "ProjectExportActions.h"
#include "ProjectInsights.h"
#include "RegionBrowserWidget.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SignInDialog.h"
#include "TagTableEditor.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "auth/SessionController.h"
#include "models/CloudCatalog.h"
#include "models/CloudListModel.h"
#include "models/ProjectDetailsLoader.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"
#include "models/ServiceCountCache.h"
#include "util/AppPaths.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

QJsonObject projectJson(const QString& name, const QString& company = u"Example Oy"_s)
{
    // No open balance: the sandbox refuses to delete a project that still owes money.
    QJsonObject project = test::projectJson(name, u"google-europe-north1"_s, u"0.00"_s);
    project.insert(u"company"_s, company);
    return project;
}

// What the client's finished calls were, taken when each finishes (calls delete themselves).
struct FinishedCall
{
    QString method;
    QString path;
    ApiError::Kind error = ApiError::Kind::None;
    Project project; // for a successful GET of one project
};

QList<FinishedCall>* recordCalls(AivenClient* client, QObject* context)
{
    auto* calls = new QList<FinishedCall>;
    QObject::connect(context, &QObject::destroyed, [calls] { delete calls; });
    QObject::connect(client, &AivenClient::callFinished, context, [calls](ApiCall* call) {
        FinishedCall finished{call->method(), call->path(), call->error().kind(), {}};
        if (call->isSuccess() && call->result().canConvert<Project>())
            finished.project = call->value<Project>();
        calls->append(finished);
    });
    return calls;
}

// A loopback port nobody listens on: "no network" without leaving the machine.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestMainWindowSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsFollowTheUsersAccess();
    void mixedMembershipsCountTogether();
    void editDialogLocksWhatTheUserMayNotChange();
    void forbiddenStillSaysWhy();
    void detailsComeFromProjectGet();
    void staleDetailsRepliesAreDropped();
    void detailsShowTheAddressTheDialogEdits();
    void signOutClearsTheSession();
    void countIsRightAfterDelete();
    void firstStartOfflineShowsBuiltInRegions();
    void statusBarNeverSaysConnectedAfterAFailure();
    void unauthorizedReadAsksToSignInAgain();

private:
    // Builds the objects in main()'s order for the environment token `token` at `apiUrl`.
    void startApp(const QUrl& apiUrl, const QString& token);
    void startOnSandbox() { startApp(m_server->baseUrl(), m_server->acceptedToken()); }
    bool waitLoaded() const { return test::waitLoaded(m_window); }
    bool clickProject(const QString& name);
    int requestsTo(const QString& method, const QString& path) const;
    QAction* action(const char* name) const
    {
        return m_window->findChild<QAction*>(QLatin1String(name));
    }
    template <typename T> T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }
    QString detailsText(const char* name) const;
    // F2 on the selected project, a new company typed, then OK to the summary and OK to send.
    ProjectEditDialog* editCompanyAndSend(const QString& company);

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    SandboxServer* m_server = nullptr;
    std::unique_ptr<FjordApplication> m_app;
    // The app's parts, as FjordApplication built them.
    MainWindow* m_window = nullptr;
    SessionController* m_session = nullptr;
    AivenClient* m_client = nullptr;
    CloudCatalog* m_clouds = nullptr;
    MainWindowSession* m_binding = nullptr;
};

void TestMainWindowSession::initTestCase()
{
    QApplication::setOrganizationName(u"Fjord"_s);
    QApplication::setApplicationName(u"Fjord"_s);
    installTranslations(QLocale(QLocale::English)); // as main() does: English plural forms
}

void TestMainWindowSession::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_server = &m_sandbox->server();
    m_server->addProject(projectJson(u"win-admin"_s), u"admin"_s);
    m_server->addProject(projectJson(u"win-operator"_s), u"operator"_s);
    m_server->addProject(projectJson(u"win-developer"_s), u"developer"_s);
    m_server->addProject(projectJson(u"win-readonly"_s), u"read_only"_s);
}

void TestMainWindowSession::cleanup()
{
    m_app.reset();
    m_window = nullptr;
    m_session = nullptr;
    m_client = nullptr;
    m_clouds = nullptr;
    m_binding = nullptr;
    qunsetenv("AIVEN_AUTH_TOKEN");
    m_server = nullptr;
    m_sandbox.reset();
}

void TestMainWindowSession::startApp(const QUrl& apiUrl, const QString& token)
{
    // As a user starts it: AIVEN_AUTH_TOKEN and --api-url. No cloud list cached yet.
    QFile::remove(QDir(AppPaths::cacheDir()).filePath(u"clouds.json"_s));
    qputenv("AIVEN_AUTH_TOKEN", token.toUtf8());
    FjordApplication::Options options;
    options.apiUrl = apiUrl;
    m_app = std::make_unique<FjordApplication>(options);
    m_app->start();
    m_window = m_app->window();
    m_session = m_app->session();
    QVERIFY(m_window && m_session);
    m_client = m_session->client();
    m_clouds = m_window->cloudCatalog();
    m_binding = m_window->findChild<MainWindowSession*>();
    QVERIFY(m_clouds && m_binding);
    QTRY_VERIFY(m_window->isVisible());
    m_window->resize(1200, 700);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

bool TestMainWindowSession::clickProject(const QString& name)
{
    const int row = m_window->projectModel()->rowOfProject(name);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_window->projectProxyModel()->mapFromSource(m_window->projectModel()->index(row, 0));
    QTableView* view = m_window->projectView();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return m_window->selectedProjectName() == name;
}

int TestMainWindowSession::requestsTo(const QString& method, const QString& path) const
{
    int count = 0;
    const auto requests = m_server->recordedRequests();
    for (const auto& request : requests)
        count += request.method == method && request.path == path ? 1 : 0;
    return count;
}

QString TestMainWindowSession::detailsText(const char* name) const
{
    auto* label = m_window->detailsWidget()->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : u"<missing %1>"_s.arg(QLatin1String(name));
}

ProjectEditDialog* TestMainWindowSession::editCompanyAndSend(const QString& company)
{
    QTest::keyClick(m_window->projectView(), Qt::Key_F2);
    if (!QTest::qWaitFor([this] { return m_window->findChild<ProjectEditDialog*>(); }, 5000))
        return nullptr;
    auto* dialog = m_window->findChild<ProjectEditDialog*>();
    auto* field = dialog->findChild<QLineEdit*>(u"companyLineEdit"_s);
    field->selectAll();
    QTest::keyClicks(field, company);
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    QTest::mouseClick(ok, Qt::LeftButton); // to the summary
    if (!QTest::qWaitFor([dialog] { return dialog->isConfirming(); }, 5000))
        return nullptr;
    QTest::mouseClick(ok, Qt::LeftButton); // send
    return dialog;
}

// ---- 5. what the user may do -----------------------------------------------------------------

void TestMainWindowSession::actionsFollowTheUsersAccess()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    QAction* edit = action("editProjectAction");
    QAction* remove = action("deleteProjectAction");
    QVERIFY(edit && remove);

    // read_only: views only. Both actions are off and say why, in words.
    QVERIFY(clickProject(u"win-readonly"_s));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(edit->toolTip().contains(u"Read only"_s), qPrintable(edit->toolTip()));
    QVERIFY(!edit->toolTip().contains(u"read_only"_s));
    QVERIFY(remove->toolTip().contains(u"delete"_s));
    QCOMPARE(detailsText("roleValueLabel"), u"Read only"_s);
    QVERIFY(detailsText("accessLabel").contains(u"not change"_s));
    // The list column says it in words too.
    const int row = m_window->projectModel()->rowOfProject(u"win-readonly"_s);
    QCOMPARE(m_window->projectModel()->index(row, ProjectListModel::RoleColumn).data().toString(),
             u"Read only"_s);
    // The toolbar button is the action's: disabled, with the same tooltip.
    auto* toolBar = m_window->findChild<QToolBar*>();
    QVERIFY(toolBar);
    QWidget* editButton = toolBar->widgetForAction(edit);
    QVERIFY(editButton && !editButton->isEnabled());
    // F2 and Delete do nothing.
    QTest::keyClick(m_window->projectView(), Qt::Key_F2);
    QTest::keyClick(m_window->projectView(), Qt::Key_Delete);
    QCoreApplication::processEvents();
    QVERIFY(!m_window->findChild<ProjectEditDialog*>());
    QVERIFY(!m_window->findChild<ProjectDeleteDialog*>());

    // developer: changes nothing on the project either.
    QVERIFY(clickProject(u"win-developer"_s));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(detailsText("roleValueLabel"), u"Developer"_s);

    // operator: may change tags only, so Edit opens; deleting is not theirs.
    QVERIFY(clickProject(u"win-operator"_s));
    QVERIFY(edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(u"Operator"_s));
    QCOMPARE(detailsText("roleValueLabel"), u"Operator"_s);
    QVERIFY(detailsText("accessLabel").contains(u"tags"_s));

    // admin: everything, and the tooltips are the actions' own again.
    QVERIFY(clickProject(u"win-admin"_s));
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(edit->toolTip().contains(u"F2"_s));
    QCOMPARE(detailsText("roleValueLabel"), u"Admin"_s);
    QVERIFY(m_window->detailsWidget()->findChild<QLabel*>(u"accessLabel"_s)->isHidden());
}

void TestMainWindowSession::mixedMembershipsCountTogether()
{
    // Read only as a project member, and organization:projects:write from the organization:
    // the window follows both, not the first role alone.
    m_server->addProject(projectJson(u"win-mixed"_s), u"read_only"_s,
                         {u"read_only"_s, u"organization:projects:write"_s});
    startOnSandbox();
    QVERIFY(waitLoaded());
    QVERIFY(clickProject(u"win-mixed"_s));
    QAction* edit = action("editProjectAction");
    QAction* remove = action("deleteProjectAction");
    QVERIFY(edit->isEnabled());   // tags and the billing group are theirs
    QVERIFY(remove->isEnabled()); // "Create and delete projects"
    QTest::keyClick(m_window->projectView(), Qt::Key_F2);
    QTRY_VERIFY(m_window->findChild<ProjectEditDialog*>());
    auto* dialog = m_window->findChild<ProjectEditDialog*>();
    const auto field = [dialog](const char* name) {
        return dialog->findChild<QWidget*>(QLatin1String(name));
    };
    QVERIFY(qobject_cast<QLineEdit*>(field("nameLineEdit"))->isReadOnly());
    QVERIFY(qobject_cast<QLineEdit*>(field("companyLineEdit"))->isReadOnly());
    QVERIFY(!field("techEmailListEditor")->isEnabled());
    QVERIFY(dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s)->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ProjectEditDialog*>());

    // The same project with read_only alone: nothing is theirs.
    m_server->addProject(projectJson(u"win-mixed"_s), u"read_only"_s, {u"read_only"_s});
    const int listReads = requestsTo(u"GET"_s, u"/v1/project"_s);
    m_window->activateWindow(); // the window a user is back in once the dialog has closed
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->projectView(), Qt::Key_F5);
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project"_s), listReads + 1);
    QTRY_VERIFY(!action("editProjectAction")->isEnabled());
    QVERIFY(!action("deleteProjectAction")->isEnabled());
}

void TestMainWindowSession::editDialogLocksWhatTheUserMayNotChange()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    QVERIFY(clickProject(u"win-operator"_s));
    QTest::keyClick(m_window->projectView(), Qt::Key_F2);
    QTRY_VERIFY(m_window->findChild<ProjectEditDialog*>());
    auto* dialog = m_window->findChild<ProjectEditDialog*>();
    QCOMPARE(dialog->mode(), ProjectEditDialog::Mode::Edit);
    const auto field = [dialog](const char* name) {
        return dialog->findChild<QWidget*>(QLatin1String(name));
    };
    auto* name = qobject_cast<QLineEdit*>(field("nameLineEdit"));
    QVERIFY(name && name->isReadOnly());
    QVERIFY2(name->toolTip().contains(u"Operator"_s), qPrintable(name->toolTip()));
    QVERIFY(!field("cloudComboBox")->isEnabled());
    QVERIFY(!field("cloudComboBox")->toolTip().isEmpty());
    QVERIFY(!field("accountComboBox")->isEnabled());
    QVERIFY(!field("billingGroupComboBox")->isEnabled());
    QVERIFY(!field("techEmailListEditor")->isEnabled());
    QVERIFY(qobject_cast<QLineEdit*>(field("companyLineEdit"))->isReadOnly());
    QVERIFY(qobject_cast<QPlainTextEdit*>(field("billingAddressPlainTextEdit"))->isReadOnly());
    QVERIFY(!field("currencyComboBox")->isEnabled());
    // The tags are the operator's to change, and the dialog opens on them.
    auto* tags = dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s);
    QVERIFY(tags && tags->isEnabled());
    QVERIFY(tags->toolTip().isEmpty());
    QTRY_VERIFY(tags->isVisible());
    // Typing into the read-only name changes nothing.
    QTest::keyClicks(name, u"x"_s);
    QCOMPARE(name->text(), u"win-operator"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ProjectEditDialog*>());
}

void TestMainWindowSession::forbiddenStillSaysWhy()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    QVERIFY(clickProject(u"win-admin"_s));
    // Someone takes the admin role away; the window does not know yet.
    m_server->addProject(projectJson(u"win-admin"_s), u"read_only"_s);
    QVERIFY(action("deleteProjectAction")->isEnabled());
    QTest::keyClick(m_window->projectView(), Qt::Key_Delete);
    QTRY_VERIFY(m_window->findChild<ProjectDeleteDialog*>());
    auto* dialog = m_window->findChild<ProjectDeleteDialog*>();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s), u"win-admin"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(requestsTo(u"DELETE"_s, u"/v1/project/win-admin"_s), 1);
    auto* status = dialog->findChild<QLabel*>(u"statusLabel"_s);
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(u"permission"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"win-admin"_s));
    QVERIFY(m_window->projectModel()->rowOfProject(u"win-admin"_s) >= 0);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ProjectDeleteDialog*>());

    // A refused edit: the PUT's 403 says why, and what the user typed stays in the dialog.
    QVERIFY(action("editProjectAction")->isEnabled()); // the window still does not know
    m_window->activateWindow(); // the window a user is back in once the dialog has closed
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    ProjectEditDialog* edit = editCompanyAndSend(u"Not Allowed Oy"_s);
    QVERIFY(edit);
    auto* company = edit->findChild<QLineEdit*>(u"companyLineEdit"_s);
    QTRY_COMPARE(requestsTo(u"PUT"_s, u"/v1/project/win-admin"_s), 1);
    auto* editStatus = edit->findChild<QLabel*>(u"statusLabel"_s);
    QVERIFY(editStatus);
    QTRY_VERIFY2(editStatus->text().contains(u"permission"_s), qPrintable(editStatus->text()));
    QVERIFY(m_window->findChild<ProjectEditDialog*>() == edit);
    QCOMPARE(company->text(), u"Not Allowed Oy"_s);
    QCOMPARE(m_server->project(u"win-admin"_s).value(u"company"_s).toString(), u"Example Oy"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
}

// ---- 7. details from GET /v1/project/{project} -----------------------------------------------

void TestMainWindowSession::detailsComeFromProjectGet()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    QVERIFY(clickProject(u"win-developer"_s));
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-developer"_s), 1);
    QCOMPARE(detailsText("companyValueLabel"), u"Example Oy"_s);

    // The project changes on the server; the list is not reloaded (no F5).
    m_server->addProject(projectJson(u"win-admin"_s, u"Changed Company Ltd"_s), u"admin"_s);
    const int listRequests = requestsTo(u"GET"_s, u"/v1/project"_s);
    QVERIFY(clickProject(u"win-admin"_s));
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-admin"_s), 1);
    QTRY_COMPARE(detailsText("companyValueLabel"), u"Changed Company Ltd"_s);
    QCOMPARE(requestsTo(u"GET"_s, u"/v1/project"_s), listRequests);
    // The row shows the same copy as the details.
    const int row = m_window->projectModel()->rowOfProject(u"win-admin"_s);
    QCOMPARE(m_window->projectModel()->projectAt(row).company, u"Changed Company Ltd"_s);

    // Selected again: asked afresh, the last copy shown meanwhile.
    m_server->addProject(projectJson(u"win-admin"_s, u"Third Name Ltd"_s), u"admin"_s);
    SandboxServer::Fault slow;
    slow.delayMs = 800;
    m_server->setFault(u"GET"_s, u"/v1/project/win-admin"_s, slow);
    QVERIFY(clickProject(u"win-developer"_s));
    QVERIFY(clickProject(u"win-admin"_s));
    QCOMPARE(detailsText("companyValueLabel"), u"Changed Company Ltd"_s);
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-admin"_s), 2);
    QTRY_COMPARE(detailsText("companyValueLabel"), u"Third Name Ltd"_s);

    // A project that is gone: the details say the latest could not be loaded.
    m_server->clearFaults();
    SandboxServer::Fault gone;
    gone.status = 404;
    gone.body =
        R"({"errors":[{"message":"Project does not exist","status":404}],"message":"Project does not exist"})";
    m_server->setFault(u"GET"_s, u"/v1/project/win-operator"_s, gone);
    QVERIFY(clickProject(u"win-operator"_s));
    auto* problem = m_window->detailsWidget()->findChild<QLabel*>(u"freshnessLabel"_s);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"does not exist"_s), qPrintable(problem->text()));
    QVERIFY(clickProject(u"win-admin"_s));
    QTRY_VERIFY(!problem->isVisible());
}

void TestMainWindowSession::staleDetailsRepliesAreDropped()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    // A slow answer for one project arrives after another was selected: the details stay
    // with the selected one.
    SandboxServer::Fault slow;
    slow.delayMs = 700;
    m_server->setFault(u"GET"_s, u"/v1/project/win-developer"_s, slow);
    QObject recording;
    const QList<FinishedCall>* finished = recordCalls(m_client, &recording);
    QVERIFY(clickProject(u"win-developer"_s));
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-developer"_s), 1);
    QVERIFY(clickProject(u"win-readonly"_s));
    QTRY_VERIFY(!m_window->detailsLoader()->isLoading(u"win-developer"_s));
    QCOMPARE(detailsText("titleLabel"), u"win-readonly"_s);
    QCOMPARE(m_window->selectedProjectName(), u"win-readonly"_s);

    // An answer with the project as it was, arriving after it was saved here, must not undo
    // the save.
    SandboxServer::Fault oldCopy;
    oldCopy.delayMs = 2500;
    oldCopy.status = 200;
    oldCopy.body = QJsonDocument(QJsonObject{{u"project"_s, m_server->project(u"win-admin"_s)}})
                       .toJson(QJsonDocument::Compact);
    m_server->setFault(u"GET"_s, u"/v1/project/win-admin"_s, oldCopy);
    QVERIFY(clickProject(u"win-admin"_s));
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-admin"_s), 1); // old company on its way
    QVERIFY(editCompanyAndSend(u"Saved Here Oy"_s));
    QTRY_VERIFY(!m_window->findChild<ProjectEditDialog*>());
    QCOMPARE(detailsText("companyValueLabel"), u"Saved Here Oy"_s);
    const auto savedAt = std::find_if(finished->cbegin(), finished->cend(), [](const auto& call) {
        return call.method == u"PUT"_s && call.error == ApiError::Kind::None;
    });
    QVERIFY(savedAt != finished->cend());
    QVERIFY(std::none_of(finished->cbegin(), finished->cend(), [](const FinishedCall& call) {
        return call.method == u"GET"_s && call.path == u"/v1/project/win-admin"_s;
    })); // not answered yet
    // The delayed GET's answer (the company as it was) arrives after the save and is dropped.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const FinishedCall& call : *finished) {
                if (call.method == u"GET"_s && call.path == u"/v1/project/win-admin"_s)
                    return call.error == ApiError::Kind::None &&
                           call.project.company == u"Example Oy"_s;
            }
            return false;
        },
        5000));
    QCoreApplication::processEvents();
    QCOMPARE(detailsText("companyValueLabel"), u"Saved Here Oy"_s);
    const int row = m_window->projectModel()->rowOfProject(u"win-admin"_s);
    QCOMPARE(m_window->projectModel()->projectAt(row).company, u"Saved Here Oy"_s);
}

// ---- 8. the address ---------------------------------------------------------------------------

void TestMainWindowSession::detailsShowTheAddressTheDialogEdits()
{
    // As real accounts have them: the address in address_lines, billing_address empty; and
    // the other way round.
    QJsonObject lines = projectJson(u"win-lines"_s);
    lines.insert(u"address_lines"_s, QJsonArray{u"Esimerkkikatu 1"_s, u"PL 123"_s});
    lines.insert(u"billing_address"_s, QString());
    m_server->addProject(lines, u"admin"_s);
    QJsonObject text = projectJson(u"win-text"_s);
    text.insert(u"address_lines"_s, QJsonArray{});
    text.insert(u"billing_address"_s, u"Main Street 5\n00100 Helsinki"_s);
    m_server->addProject(text, u"admin"_s);
    startOnSandbox();
    QVERIFY(waitLoaded());

    for (const auto& [name, expected] :
         {std::pair{u"win-lines"_s, u"Esimerkkikatu 1\nPL 123"_s},
          std::pair{u"win-text"_s, u"Main Street 5\n00100 Helsinki"_s}}) {
        QVERIFY(clickProject(name));
        QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/"_s + name), 1);
        QCOMPARE(detailsText("billingAddressValueLabel"), expected);
        // No second address row to tell apart from the first.
        QVERIFY(
            m_window->detailsWidget()->findChild<QLabel*>(u"addressLinesValueLabel"_s)->isHidden());
        QTest::keyClick(m_window->projectView(), Qt::Key_F2);
        QTRY_VERIFY(m_window->findChild<ProjectEditDialog*>());
        auto* dialog = m_window->findChild<ProjectEditDialog*>();
        QCOMPARE(
            dialog->findChild<QPlainTextEdit*>(u"billingAddressPlainTextEdit"_s)->toPlainText(),
            expected);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<ProjectEditDialog*>());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
}

// ---- 9. sign-out -------------------------------------------------------------------------------

void TestMainWindowSession::signOutClearsTheSession()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    QTRY_COMPARE(m_clouds->source(), CloudCatalog::Source::Server);
    QVERIFY(clickProject(u"win-admin"_s));
    QTRY_COMPARE(detailsText("titleLabel"), u"win-admin"_s);
    // The Regions tab says which projects use each region.
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    RegionBrowserWidget* regions = m_window->regionBrowser();
    QVERIFY(regions);
    const auto projectsInRegions = [regions] {
        int count = 0;
        CloudListModel* model = regions->model();
        for (int row = 0; row < model->rowCount(); ++row)
            count +=
                int(model->index(row, 0).data(CloudListModel::ProjectsRole).toStringList().size());
        return count;
    };
    QVERIFY(projectsInRegions() >= 4);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    // The project-level tools work while signed in (win-admin is the user's own).
    const char* const projectTools[] = {"membersAction", "editTagsOfProjectsAction",
                                        "eventLogAction", "caCertificateAction"};
    for (const char* name : projectTools) {
        QVERIFY2(action(name), name);
        QTRY_VERIFY2(action(name)->isEnabled(), name);
    }
    // A details answer is still on its way when the user signs out.
    SandboxServer::Fault slow;
    slow.delayMs = 600;
    m_server->setFault(u"GET"_s, u"/v1/project/win-operator"_s, slow);
    QObject recording;
    const QList<FinishedCall>* finished = recordCalls(m_client, &recording);
    // The service counts of the rows on screen load in the background: done before the click,
    // so that the one call on its way at sign-out is the slow details read.
    QTRY_VERIFY(m_window->insights()->serviceCounts()->inFlight() == 0 &&
                m_window->insights()->serviceCounts()->queued() == 0 &&
                m_window->insights()->serviceCounts()->isKnown(u"win-operator"_s));
    QVERIFY(clickProject(u"win-operator"_s));
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-operator"_s), 1);

    // Profile > Sign Out, from the keyboard.
    ProfileMenu* menu = m_binding->profileMenu();
    QMenuBar* bar = m_window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_O);
    QTRY_COMPARE(m_session->state(), SessionController::State::SignedOut);

    // Projects, details and regions of that session are gone.
    QCOMPARE(m_window->projectModel()->rowCount(), 0);
    QVERIFY(!m_window->detailsWidget()->hasProject());
    QCOMPARE(child<QStackedWidget>("listStackedWidget")->currentWidget()->objectName(),
             u"statePage"_s);
    QCOMPARE(child<QLabel>("stateTitleLabel")->text(), u"Not signed in"_s);
    QCOMPARE(projectsInRegions(), 0);
    QCOMPARE(m_clouds->source(), CloudCatalog::Source::Bundled);
    QVERIFY(m_session->statusText().contains(u"Not signed in"_s));
    QCOMPARE(m_window->sessionStatus(), m_session->statusText());

    // Every action that needs the session is off.
    for (const char* name :
         {"newProjectAction", "editProjectAction", "deleteProjectAction", "refreshAction"})
        QVERIFY2(!action(name)->isEnabled(), name);
    for (const char* name : projectTools)
        QVERIFY2(!action(name)->isEnabled(), name);
    ProjectExportActions* exports = m_binding->desktopMenus()->exportActions();
    for (QAction* exportAction : exports->exportActions() + exports->copyActions())
        QVERIFY2(!exportAction->isEnabled(), qPrintable(exportAction->text()));
    // F5 and Ctrl+N ask nothing of the server.
    const int before = m_server->recordedRequests().size();
    QTest::keyClick(m_window->projectView(), Qt::Key_F5);
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QVERIFY(!m_window->findChild<ProjectEditDialog*>());
    // The details answer on its way was called off with the session, and brought nothing back.
    QVERIFY(!m_window->detailsLoader()->isLoading(u"win-operator"_s));
    bool calledOff = false;
    for (const FinishedCall& call : *finished) {
        if (call.path == u"/v1/project/win-operator"_s)
            calledOff = call.error == ApiError::Kind::Canceled;
    }
    QVERIFY(calledOff);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->projectModel()->rowCount(), 0);
    QVERIFY(!m_window->detailsWidget()->hasProject());
    int afterward = 0;
    const auto requests = m_server->recordedRequests();
    for (int i = before; i < requests.size(); ++i)
        afterward += requests.at(i).path.startsWith(u"/v1/project"_s) ? 1 : 0;
    QCOMPARE(afterward, 0);
}

// ---- 10. the count after a delete --------------------------------------------------------------

void TestMainWindowSession::countIsRightAfterDelete()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    const int total = m_window->projectModel()->rowCount();
    auto* count = child<QLabel>("countLabel");
    QCOMPARE(count->text(), u"%1 projects"_s.arg(total));
    QVERIFY(clickProject(u"win-admin"_s));
    QTest::keyClick(m_window->projectView(), Qt::Key_Delete);
    QTRY_VERIFY(m_window->findChild<ProjectDeleteDialog*>());
    auto* dialog = m_window->findChild<ProjectDeleteDialog*>();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s), u"win-admin"_s);
    QTest::keyClick(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ProjectDeleteDialog*>());
    QCOMPARE(m_window->projectModel()->rowCount(), total - 1);
    QCOMPARE(count->text(), u"%1 projects"_s.arg(total - 1));
    // (Offscreen, no window manager gives the window back its focus after a dialog.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(!count->text().contains(u" of "_s));
    // Also with a filter that the deleted project matched.
    QTest::keyClicks(child<QLineEdit>("filterLineEdit"), u"win-"_s);
    QTRY_COMPARE(count->text(), u"3 of %1 projects"_s.arg(total - 1));
    QVERIFY(clickProject(u"win-operator"_s));
    m_server->addProject(projectJson(u"win-operator"_s), u"admin"_s); // now theirs to delete
    QTest::keyClick(m_window->projectView(), Qt::Key_F5);
    QTRY_VERIFY(action("deleteProjectAction")->isEnabled());
    QTest::keyClick(m_window->projectView(), Qt::Key_Delete);
    QTRY_VERIFY(m_window->findChild<ProjectDeleteDialog*>());
    dialog = m_window->findChild<ProjectDeleteDialog*>();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s), u"win-operator"_s);
    QTest::keyClick(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ProjectDeleteDialog*>());
    QCOMPARE(count->text(), u"2 of %1 projects"_s.arg(total - 2));
}

// ---- 11. first start offline -------------------------------------------------------------------

void TestMainWindowSession::firstStartOfflineShowsBuiltInRegions()
{
    // The list built into Fjord, counted from the source tree, not from the app.
    QFile bundled(QDir(test::sourceDir()).filePath(u"resources/sandbox/clouds.json"_s));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const int bundledCount = int(
        QJsonDocument::fromJson(bundled.readAll()).object().value(u"clouds"_s).toArray().size());
    QVERIFY(bundledCount > 100);

    QUrl offline;
    offline.setScheme(u"http"_s);
    offline.setHost(u"127.0.0.1"_s);
    offline.setPort(closedPort());
    startApp(offline, u"some-token"_s);
    QVERIFY(!QFile::exists(m_clouds->cacheFile()));
    // Nothing answers: the project list says so ...
    QTRY_COMPARE_WITH_TIMEOUT(m_window->projectModel()->state(), ProjectListModel::State::Error,
                              10000);
    // ... and the Regions tab shows the built-in list, saying it may be out of date.
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    RegionBrowserWidget* regions = m_window->regionBrowser();
    QVERIFY(regions->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(regions->model()->rowCount(), bundledCount, 10000);
    QCOMPARE(regions->listView()->model()->rowCount(), bundledCount);
    auto* notice = child<QLabel>("regionsNoticeLabel");
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"may be out of date"_s), qPrintable(notice->text()));
    // The built-in list is not written over the (empty) cache.
    QVERIFY(!QFile::exists(m_clouds->cacheFile()));
}

// ---- 12. the status bar ----------------------------------------------------------------------

void TestMainWindowSession::statusBarNeverSaysConnectedAfterAFailure()
{
    // Who the token belongs to cannot be read, and the list and the clouds fail too: no call
    // of the session succeeds.
    SandboxServer::Fault down;
    down.status = 503;
    m_server->setFault(u"GET"_s, u"/v1/me"_s, down);
    m_server->setFault(u"GET"_s, u"/v1/project"_s, down);
    m_server->setFault(u"GET"_s, u"/v1/clouds"_s, down);
    startOnSandbox();
    // Whenever a call has just failed, the line (already updated) must not claim a connection.
    QStringList claimedAfterFailure;
    // The watch ends with this function (its captures are locals), before cleanup() closes
    // the window and abandons what is still running.
    QObject watch;
    connect(m_client, &AivenClient::callFinished, &watch, [&](ApiCall* call) {
        if (!call->isSuccess() && m_window->sessionStatus().contains(u"Connected"_s))
            claimedAfterFailure << call->path() + u": "_s + m_window->sessionStatus();
    });
    QStringList seen;
    const auto failedShown = [&] {
        const QString text = m_window->sessionStatus();
        if (seen.isEmpty() || seen.constLast() != text)
            seen << text;
        return text.contains(u"failed"_s);
    };
    QVERIFY(QTest::qWaitFor(failedShown, 10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return failedShown() &&
                   m_window->projectModel()->state() == ProjectListModel::State::Error;
        },
        10000));
    for (const QString& text : std::as_const(seen))
        QVERIFY2(!text.contains(u"Connected"_s), qPrintable(seen.join(u" | "_s)));
    QVERIFY(m_window->sessionStatus().contains(u"temporarily unavailable"_s));

    // The server is back: F5 succeeds and only now may the line say so.
    m_server->clearFaults();
    QTest::keyClick(m_window->projectView(), Qt::Key_F5);
    QTRY_VERIFY(m_window->sessionStatus().contains(u"Connected"_s));
    QVERIFY(!m_window->sessionStatus().contains(u"failed"_s));

    // The server goes away entirely: F5 fails, and the line stops claiming a connection.
    const QString url = m_server->baseUrl().toString();
    m_server->stop();
    QTest::keyClick(m_window->projectView(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionStatus().contains(u"failed"_s), 10000);
    QVERIFY(!m_window->sessionStatus().contains(u"Connected"_s));
    QVERIFY(m_window->sessionStatus().contains(u"Could not connect"_s));
    QVERIFY2(claimedAfterFailure.isEmpty(), qPrintable(claimedAfterFailure.join(u" | "_s)));
}
// ---- a 401 mid-session -------------------------------------------------------------------------

void TestMainWindowSession::unauthorizedReadAsksToSignInAgain()
{
    startOnSandbox();
    QVERIFY(waitLoaded());
    QVERIFY(!m_window->findChild<SignInDialog*>());

    // The token is revoked on the server; F5 reads the list with it.
    m_server->setAcceptedToken(u"renewed-token-7"_s);
    m_server->addProject(projectJson(u"win-after-renewal"_s), u"admin"_s);
    // A project clicked now is read with the old token, and its 401 comes back only after the
    // user has signed in again (as on a slow link or a busy machine): it is about the old token.
    SandboxServer::Fault lateDetails;
    lateDetails.delayMs = 2500;
    lateDetails.times = 1;
    m_server->setFault(u"GET"_s, u"/v1/project/win-developer"_s, lateDetails);
    QElapsedTimer sinceClick;
    sinceClick.start();
    QVERIFY(clickProject(u"win-developer"_s));
    QTRY_COMPARE(requestsTo(u"GET"_s, u"/v1/project/win-developer"_s), 1);
    QTest::keyClick(m_window, Qt::Key_F5);
    QPointer<SignInDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<SignInDialog*>()) && dialog->isVisible(),
                             10000);
    auto* reason = dialog->findChild<QLabel*>(u"reasonLabel"_s);
    QVERIFY(reason && reason->isVisible());
    QVERIFY2(reason->text().contains(u"Sign in again"_s), qPrintable(reason->text()));
    QCOMPARE(dialog->profile().id, m_session->currentProfile().id);
    QVERIFY2(m_window->sessionStatus().contains(u"Sign in again"_s),
             qPrintable(m_window->sessionStatus()));
    QCOMPARE(m_window->projectModel()->rowOfProject(u"win-after-renewal"_s), -1);

    // Signing in again with the new token reads the list again, in the same window.
    auto* token = dialog->findChild<QLineEdit*>(u"tokenLineEdit"_s);
    QVERIFY(token && token->isEnabled());
    QTest::keyClicks(token, u"renewed-token-7"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->projectModel()->rowOfProject(u"win-after-renewal"_s) >= 0,
                             10000);
    QCOMPARE(m_session->state(), SessionController::State::SignedIn);
    QVERIFY2(!m_window->sessionStatus().contains(u"Sign in again"_s),
             qPrintable(m_window->sessionStatus()));

    // The late 401 to the old token changes none of that: the read goes again with the new one.
    QVERIFY(sinceClick.elapsed() < lateDetails.delayMs); // else this proves nothing
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"GET"_s, u"/v1/project/win-developer"_s), 2, 10000);
    QTRY_COMPARE(detailsText("companyValueLabel"), u"Example Oy"_s);
    QCOMPARE(m_session->state(), SessionController::State::SignedIn);
    QVERIFY(!dialog || !dialog->isVisible());
    QVERIFY2(!m_window->sessionStatus().contains(u"Sign in again"_s),
             qPrintable(m_window->sessionStatus()));
}

QTEST_MAIN(TestMainWindowSession)
#include "tst_mainwindowsession.moc"
