// The members dialog and the bulk tag editor, driven by keys and clicks against the sandbox
// on loopback: invite, change a role, remove, cancel an invitation; what a non-admin may not
// do disabled and saying why; removing yourself or the last admin asking first and saying
// what happens; several projects selected in the main window, one tag changed on all of them
// with a server error mid-way, retry of only what failed, and cancel stopping the rest.

#include "BulkTagsDialog.h"
#include "CallStatusLine.h"
#include "MainWindow.h"
#include "MemberRoleDialog.h"
#include "ProjectDetailsWidget.h"
#include "ProjectMembersDialog.h"
#include "ProjectPeopleActions.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "WidgetChecks.h"
#include "api/AivenClient.h"
#include "models/BulkTagRun.h"
#include "models/CloudCatalog.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"
#include "models/ProjectMembersModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Where the screenshots go (FJORD_SHOTS_DIR), or nowhere.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FJORD_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestProjectPeople final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsMembersAndInvitations();
    void inviteWithTheKeyboard();
    void inviteRefusedKeepsTheForm();
    void changeRoleWithF2();
    void removeAsksFirst();
    void cancelInvitationWithDelete();
    void leavingAsLastAdminSaysWhatHappens();
    void demotingYourselfAsksFirst();
    void nonAdminCannotManage();
    void everyControlIsNamed();

    void multiSelectKeepsDetailsOnCurrentRow();
    void bulkTagsWithServerErrorMidway();
    void bulkTagsCancelStopsTheRest();
    void bulkTagsRemoveAndValidation();

private:
    std::unique_ptr<ProjectMembersDialog> openMembers(const QString& project,
                                                      const QStringList& memberships);
    // Answers the confirmation box that `trigger` opens; returns its text and informative
    // text ("" when none opened).
    QString answerConfirmation(ProjectMembersDialog* dialog, bool yes,
                               const std::function<void()>& trigger, const QString& shot = {});
    void selectEmail(ProjectMembersDialog* dialog, const QString& email, bool invitation = false);
    int requests(const QString& method, const QString& pathStart) const;
    std::unique_ptr<MainWindow> openWindow();

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
    std::unique_ptr<CloudCatalog> m_clouds;
};

void TestProjectPeople::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
    m_clouds = std::make_unique<CloudCatalog>(m_client);
    m_clouds->setCacheFile(QString());
}

void TestProjectPeople::cleanup()
{
    m_clouds.reset();
    m_client = nullptr;
    m_sandbox.reset();
}

std::unique_ptr<ProjectMembersDialog> TestProjectPeople::openMembers(const QString& project,
                                                                     const QStringList& memberships)
{
    auto dialog =
        std::make_unique<ProjectMembersDialog>(m_client, project, ProjectPermissions(memberships));
    dialog->show();
    dialog->activateWindow();
    [&] { QVERIFY(QTest::qWaitForWindowActive(dialog.get())); }();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->hasLoaded(), 15000);
        // GET /v1/me tells the dialog who "yourself" is.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->ownEmail(), SandboxServer::demoEmail(), 15000);
    }();
    return dialog;
}

void TestProjectPeople::selectEmail(ProjectMembersDialog* dialog, const QString& email,
                                    bool invitation)
{
    const int row = dialog->model()->rowOfEmail(email, invitation);
    QVERIFY2(row >= 0, qPrintable(email));
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(dialog->view()->model());
    const QModelIndex index = proxy->mapFromSource(dialog->model()->index(row, 0));
    // By keyboard: Ctrl+Home, then Down until the row.
    dialog->view()->setFocus();
    QTest::keyClick(dialog->view(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < index.row(); ++i)
        QTest::keyClick(dialog->view(), Qt::Key_Down);
    QCOMPARE(dialog->view()->selectionModel()->selectedRows().value(0).row(), index.row());
}

int TestProjectPeople::requests(const QString& method, const QString& pathStart) const
{
    int count = 0;
    const auto all = m_sandbox->server().recordedRequests();
    for (const auto& request : all)
        count += request.method == method && request.path.startsWith(pathStart) ? 1 : 0;
    return count;
}

QString TestProjectPeople::answerConfirmation(ProjectMembersDialog* dialog, bool yes,
                                              const std::function<void()>& trigger,
                                              const QString& shot)
{
    QString seen;
    QTimer poll;
    poll.setInterval(20);
    int tries = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (++tries > 500)
            poll.stop();
        QMessageBox* box = dialog->openConfirmation();
        if (!box || !box->isVisible())
            return;
        poll.stop();
        seen = box->text() + u'\n' + box->informativeText();
        if (!shot.isEmpty())
            shoot(box, shot);
        auto* button =
            box->findChild<QPushButton*>(yes ? u"confirmPushButton"_s : u"cancelPushButton"_s);
        if (yes)
            QTest::mouseClick(button, Qt::LeftButton);
        else
            QTest::keyClick(box, Qt::Key_Escape); // the safe answer is the default
    });
    poll.start();
    // Shortcuts reach the dialog once it is the active window again; the offscreen platform
    // does not give the activation back after an earlier box closed (a window manager does).
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        qWarning("The members dialog is not active");
    if (QApplication::focusWidget() != dialog->view())
        qWarning("The list lost the focus");
    trigger();
    poll.stop();
    return seen;
}

void TestProjectPeople::listsMembersAndInvitations()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    QCOMPARE(dialog->model()->rowCount(), 5);
    QVERIFY(dialog->view()->selectionModel()->hasSelection()); // first row, ready for keys
    auto* invite = dialog->findChild<QPushButton*>(u"invitePushButton"_s);
    auto* role = dialog->findChild<QPushButton*>(u"changeRolePushButton"_s);
    auto* remove = dialog->findChild<QPushButton*>(u"removePushButton"_s);
    auto* cancel = dialog->findChild<QPushButton*>(u"cancelInvitationPushButton"_s);
    QVERIFY(invite->isEnabled());
    selectEmail(dialog.get(), u"lin.chen@example.com"_s);
    QVERIFY(role->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(!cancel->isEnabled());
    selectEmail(dialog.get(), u"new.hire@example.com"_s, true);
    QVERIFY(!role->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(cancel->isEnabled());
    selectEmail(dialog.get(), SandboxServer::demoEmail());
    QCOMPARE(remove->text(), u"&Leave Project"_s);
    shoot(dialog.get(), u"members-admin"_s);
}

void TestProjectPeople::inviteWithTheKeyboard()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    QTest::keyClick(dialog->view(), Qt::Key_Insert);
    MemberRoleDialog* invite = nullptr;
    QTRY_VERIFY((invite = dialog->findChild<MemberRoleDialog*>()) && invite->isVisible());
    QCOMPARE(invite->objectName(), u"inviteMemberDialog"_s);
    QVERIFY(QTest::qWaitForWindowActive(invite));
    QTRY_COMPARE(QApplication::focusWidget(), invite->emailEdit());
    QTest::keyClicks(invite->emailEdit(), u"ops@example.com"_s);
    // Tab to the role, pick Operator by typing its first letter.
    QTest::keyClick(invite->emailEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), invite->roleCombo());
    QTest::keyClicks(invite->roleCombo(), u"O"_s);
    QCOMPARE(invite->memberType(), u"operator"_s);
    shoot(invite, u"members-invite"_s);
    QSignalSpy closed(invite, &QDialog::finished);
    QTest::keyClick(invite->roleCombo(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 6, 15000);
    QVERIFY(dialog->model()->rowOfEmail(u"ops@example.com"_s, true) >= 0);
    QCOMPARE(requests(u"POST"_s, u"/v1/project/my-project/invite"_s), 1);
    const auto sent = m_sandbox->server().recordedRequests();
    for (const auto& request : sent) {
        if (request.method == "POST"_L1)
            QCOMPARE(QJsonDocument::fromJson(request.body).object(),
                     (QJsonObject{{u"user_email"_s, u"ops@example.com"_s},
                                  {u"member_type"_s, u"operator"_s}}));
    }
    QVERIFY(dialog->statusLine()->text().contains(u"ops@example.com"_s));
}

void TestProjectPeople::inviteRefusedKeepsTheForm()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    // Someone else invites the same person meanwhile: the server answers 409.
    std::unique_ptr<ApiCall> other(
        m_client->inviteProjectMember(u"my-project"_s, u"late@example.com"_s, u"developer"_s));
    other->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(other->isFinished(), 15000);
    dialog->invite();
    auto* invite = dialog->findChild<MemberRoleDialog*>();
    QVERIFY(invite);
    // A member's address is refused before anything is sent.
    QTest::keyClicks(invite->emailEdit(), u"maria.virtanen@example.com"_s);
    QTest::keyClick(invite->emailEdit(), Qt::Key_Return);
    QVERIFY(invite->statusLine()->isError());
    QVERIFY(invite->statusLine()->text().contains(u"already"_s));
    QCOMPARE(requests(u"POST"_s, u"/v1/project/my-project/invite"_s), 1);
    invite->emailEdit()->clear();
    QTest::keyClicks(invite->emailEdit(), u"late@example.com"_s);
    QTest::keyClick(invite->emailEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(invite->statusLine()->isError(), 15000);
    QVERIFY2(invite->statusLine()->text().contains(u"already been invited"_s),
             qPrintable(invite->statusLine()->text()));
    QVERIFY(invite->isVisible());
    QCOMPARE(invite->email(), u"late@example.com"_s);
    QVERIFY(invite->emailEdit()->isEnabled());
    QCOMPARE(requests(u"POST"_s, u"/v1/project/my-project/invite"_s), 2);
}

void TestProjectPeople::changeRoleWithF2()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    selectEmail(dialog.get(), u"maria.virtanen@example.com"_s);
    QTest::keyClick(dialog->view(), Qt::Key_F2);
    MemberRoleDialog* change = nullptr;
    QTRY_VERIFY((change = dialog->findChild<MemberRoleDialog*>()) && change->isVisible());
    QCOMPARE(change->objectName(), u"changeRoleDialog"_s);
    QVERIFY(change->emailEdit()->isReadOnly());
    QCOMPARE(change->memberType(), u"developer"_s);
    // Unchanged: refused without a request.
    QTest::keyClick(change->roleCombo(), Qt::Key_Return);
    QVERIFY(change->statusLine()->isError());
    QTest::keyClicks(change->roleCombo(), u"A"_s);
    QCOMPARE(change->memberType(), u"admin"_s);
    QSignalSpy closed(change, &QDialog::finished);
    QTest::keyClick(change->roleCombo(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 15000);
    QCOMPARE(requests(u"PUT"_s, u"/v1/project/my-project/user/"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->adminCount(), 2, 15000);
}

void TestProjectPeople::removeAsksFirst()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    selectEmail(dialog.get(), u"lin.chen@example.com"_s);
    // Escape on the question: nothing is sent.
    QString text = answerConfirmation(dialog.get(), false,
                                      [&] { QTest::keyClick(dialog->view(), Qt::Key_Delete); });
    QVERIFY2(text.contains(u"lin.chen@example.com"_s), qPrintable(text));
    QCOMPARE(requests(u"DELETE"_s, u"/v1/project/my-project/user/"_s), 0);
    text = answerConfirmation(dialog.get(), true,
                              [&] { QTest::keyClick(dialog->view(), Qt::Key_Delete); });
    QVERIFY(!text.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 4, 15000);
    QCOMPARE(dialog->model()->rowOfEmail(u"lin.chen@example.com"_s), -1);
    QCOMPARE(requests(u"DELETE"_s, u"/v1/project/my-project/user/lin.chen%40example.com"_s), 1);
}

void TestProjectPeople::cancelInvitationWithDelete()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    selectEmail(dialog.get(), u"new.hire@example.com"_s, true);
    QTest::keyClick(dialog->view(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 4, 15000);
    QCOMPARE(requests(u"DELETE"_s, u"/v1/project/my-project/invite/new.hire%40example.com"_s), 1);
    QVERIFY(dialog->statusLine()->text().contains(u"new.hire@example.com"_s));
}

void TestProjectPeople::leavingAsLastAdminSaysWhatHappens()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    QSignalSpy ownAccess(dialog.get(), &ProjectMembersDialog::ownAccessChanged);
    selectEmail(dialog.get(), SandboxServer::demoEmail());
    QString text = answerConfirmation(
        dialog.get(), false,
        [&] {
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"removePushButton"_s),
                              Qt::LeftButton);
        },
        u"members-leave-last-admin"_s);
    QVERIFY2(text.contains(u"lose access"_s), qPrintable(text));
    QVERIFY2(text.contains(u"no admin left"_s), qPrintable(text));
    QCOMPARE(requests(u"DELETE"_s, u"/v1/project/"_s), 0);
    text = answerConfirmation(dialog.get(), true,
                              [&] { QTest::keyClick(dialog->view(), Qt::Key_Delete); });
    QTRY_COMPARE_WITH_TIMEOUT(ownAccess.count(), 1, 15000);
    QCOMPARE(m_sandbox->server().project(u"my-project"_s), QJsonObject{});
    QVERIFY(!dialog->findChild<QPushButton*>(u"invitePushButton"_s)->isEnabled());
}

void TestProjectPeople::demotingYourselfAsksFirst()
{
    // analytics-eu has two admins: giving up your own admin rights asks, but says nothing of
    // a project left without admins.
    auto dialog = openMembers(u"analytics-eu"_s, {u"admin"_s});
    QSignalSpy ownAccess(dialog.get(), &ProjectMembersDialog::ownAccessChanged);
    selectEmail(dialog.get(), SandboxServer::demoEmail());
    QTest::keyClick(dialog->view(), Qt::Key_F2);
    MemberRoleDialog* change = nullptr;
    QTRY_VERIFY((change = dialog->findChild<MemberRoleDialog*>()) && change->isVisible());
    QTest::keyClicks(change->roleCombo(), u"D"_s);
    const QString text = answerConfirmation(
        dialog.get(), true, [&] { QTest::keyClick(change->roleCombo(), Qt::Key_Return); });
    QVERIFY2(text.contains(u"no longer be able"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"no admin left"_s), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(ownAccess.count(), 1, 15000);
    QCOMPARE(requests(u"PUT"_s, u"/v1/project/analytics-eu/user/demo%40example.com"_s), 1);
}

void TestProjectPeople::nonAdminCannotManage()
{
    auto dialog = openMembers(u"demo-project"_s, {u"developer"_s});
    auto* invite = dialog->findChild<QPushButton*>(u"invitePushButton"_s);
    QVERIFY(!invite->isEnabled());
    QVERIFY2(invite->toolTip().contains(u"Only a project admin"_s), qPrintable(invite->toolTip()));
    QVERIFY(dialog->findChild<QLabel*>(u"accessLabel"_s)->text().contains(u"Developer"_s));
    // The keys do nothing either.
    QTest::keyClick(dialog->view(), Qt::Key_Insert);
    QTest::keyClick(dialog->view(), Qt::Key_F2);
    QVERIFY(!dialog->findChild<MemberRoleDialog*>());
    // Leaving is for everyone: the own row's button is enabled.
    selectEmail(dialog.get(), SandboxServer::demoEmail());
    QVERIFY(dialog->findChild<QPushButton*>(u"removePushButton"_s)->isEnabled());
    shoot(dialog.get(), u"members-developer"_s);
}

void TestProjectPeople::everyControlIsNamed()
{
    auto dialog = openMembers(u"my-project"_s, {u"admin"_s});
    QCOMPARE(test::unnamedInteractiveWidgets(dialog.get()), QStringList());
    MemberRoleDialog invite(m_client, u"my-project"_s, MemberRoleDialog::Mode::Invite);
    QCOMPARE(test::unnamedInteractiveWidgets(&invite), QStringList());
    BulkTagsDialog tags(m_client, {{u"my-project"_s, {}}});
    QCOMPARE(test::unnamedInteractiveWidgets(&tags), QStringList());
}

std::unique_ptr<MainWindow> TestProjectPeople::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_client, m_clouds.get());
    window->resize(1200, 640);
    window->show();
    window->activateWindow();
    [&] {
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(window->projectModel()->state() ==
                                         ProjectListModel::State::Loaded &&
                                     !window->projectModel()->isLoading(),
                                 15000);
    }();
    return window;
}

void TestProjectPeople::multiSelectKeepsDetailsOnCurrentRow()
{
    auto window = openWindow();
    QTableView* view = window->projectView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(window->selectedProjectNames().size(), 3);
    const QString current =
        window->projectProxyModel()->data(view->currentIndex().siblingAtColumn(0)).toString();
    QCOMPARE(window->selectedProjectName(), current);
    QTRY_COMPARE(window->detailsWidget()->project().name, current);
    QAction* bulk = window->peopleActions()->bulkTagsAction();
    QVERIFY(bulk->isEnabled());
    QVERIFY2(bulk->text().contains(u"3"_s), qPrintable(bulk->text()));
    QVERIFY(window->peopleActions()->membersAction()->isEnabled());
    shoot(window.get(), u"main-multiselect"_s);
    // Members… opens for the current row.
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->peopleActions()->membersDialog());
    QCOMPARE(window->peopleActions()->membersDialog()->project(), current);
    window->peopleActions()->membersDialog()->close();
}

void TestProjectPeople::bulkTagsWithServerErrorMidway()
{
    auto window = openWindow();
    // Select analytics-eu, demo-project (a developer's: 403) and finance-reports by name.
    QTableView* view = window->projectView();
    view->clearSelection();
    for (const QString& name : {u"analytics-eu"_s, u"demo-project"_s, u"finance-reports"_s}) {
        const int row = window->projectModel()->rowOfProject(name);
        const QModelIndex index =
            window->projectProxyModel()->mapFromSource(window->projectModel()->index(row, 0));
        view->selectionModel()->select(index,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(window->selectedProjectNames().size(), 3);
    SandboxServer::Fault serverError;
    serverError.status = 500;
    serverError.times = 1;
    m_sandbox->server().setFault(u"PATCH"_s, u"/v1/project/analytics-eu/tags"_s, serverError);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    BulkTagsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->peopleActions()->bulkTagsDialog()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->keyEdit());
    QTest::keyClicks(dialog->keyEdit(), u"owner"_s);
    QTest::keyClick(dialog->keyEdit(), Qt::Key_Tab);
    QTest::keyClicks(dialog->valueEdit(), u"data-team"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"effectLabel"_s)->text().contains(u"3"_s));
    shoot(dialog, u"bulk-tags-form"_s);
    QTest::keyClick(dialog->valueEdit(), Qt::Key_Return);
    QVERIFY(dialog->run());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->run()->isRunning(), 15000);
    BulkTagRun* run = dialog->run();
    QCOMPARE(run->projectsIn(BulkTagRun::State::Failed),
             (QStringList{u"analytics-eu"_s, u"demo-project"_s}));
    QCOMPARE(run->projectsIn(BulkTagRun::State::Done), QStringList{u"finance-reports"_s});
    auto* summary = dialog->findChild<QLabel*>(u"summaryLabel"_s);
    QVERIFY2(summary->text().contains(u"analytics-eu, demo-project"_s),
             qPrintable(summary->text()));
    auto* retry = dialog->findChild<QPushButton*>(u"retryPushButton"_s);
    QVERIFY(retry->isVisible());
    QCOMPARE(dialog->findChild<QProgressBar*>(u"progressBar"_s)->value(), 3);
    // The list shows the new tag at once where it went through.
    const int finance = window->projectModel()->rowOfProject(u"finance-reports"_s);
    QCOMPARE(window->projectModel()->projectAt(finance).tags.value(u"owner"_s), u"data-team"_s);
    QCOMPARE(window->projectModel()->projectAt(finance).tags.value(u"billing:PO"_s),
             u"PO-2025-114"_s);
    shoot(dialog, u"bulk-tags-partial-failure"_s);

    QTest::keyClick(dialog, Qt::Key_Return); // Retry is the default now
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning() && run->count(BulkTagRun::State::Waiting) == 0,
                             15000);
    QCOMPARE(run->projectsIn(BulkTagRun::State::Failed), QStringList{u"demo-project"_s});
    QCOMPARE(requests(u"PATCH"_s, u"/v1/project/finance-reports/tags"_s), 1);
    QCOMPARE(requests(u"PATCH"_s, u"/v1/project/analytics-eu/tags"_s), 2);
    QCOMPARE(m_sandbox->server()
                 .project(u"analytics-eu"_s)
                 .value("tags"_L1)
                 .toObject()
                 .value("owner"_L1)
                 .toString(),
             u"data-team"_s);
    QVERIFY(dialog->findChild<QPushButton*>(u"closePushButton"_s)->isVisible());
}

void TestProjectPeople::bulkTagsCancelStopsTheRest()
{
    SandboxServer::Fault slow;
    slow.delayMs = 400;
    m_sandbox->server().setFault(u"PATCH"_s, u"/v1/project/analytics-eu/tags"_s, slow);
    BulkTagsDialog dialog(
        m_client, {{u"analytics-eu"_s, {}}, {u"finance-reports"_s, {}}, {u"my-project"_s, {}}});
    dialog.show();
    QTest::keyClicks(dialog.keyEdit(), u"env"_s);
    QTest::keyClicks(dialog.valueEdit(), u"x"_s);
    QTest::keyClick(dialog.valueEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(requests(u"PATCH"_s, u"/v1/project/analytics-eu/tags"_s), 1, 15000);
    QTest::keyClick(&dialog, Qt::Key_Escape); // Cancel: the dialog stays, nothing else goes
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 15000);
    QCOMPARE(dialog.run()->projectsIn(BulkTagRun::State::Done), QStringList{u"analytics-eu"_s});
    QCOMPARE(dialog.run()->projectsIn(BulkTagRun::State::NotSent),
             (QStringList{u"finance-reports"_s, u"my-project"_s}));
    QCOMPARE(requests(u"PATCH"_s, u"/v1/project/"_s), 1);
    QVERIFY(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"canceled"_s));
    // What was canceled is not progress: one of three answered.
    QCOMPARE(dialog.findChild<QProgressBar*>(u"progressBar"_s)->value(), 1);
    shoot(&dialog, u"bulk-tags-canceled"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape); // now it closes
    QVERIFY(!dialog.isVisible());
}

void TestProjectPeople::bulkTagsRemoveAndValidation()
{
    BulkTagsDialog dialog(m_client,
                          {{u"my-project"_s, {{u"env"_s, u"production"_s}, {u"team"_s, u"p"_s}}},
                           {u"analytics-eu"_s, {{u"env"_s, u"staging"_s}}}});
    dialog.show();
    auto* apply = dialog.findChild<QPushButton*>(u"applyPushButton"_s);
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(dialog.keyEdit(), u"1bad"_s);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(u"formProblemLabel"_s)->text().isEmpty());
    dialog.keyEdit()->clear();
    QTest::keyClicks(dialog.keyEdit(), u"team"_s);
    QTest::keyClicks(dialog.actionCombo(), u"R"_s); // "Remove the tag", by keyboard
    QCOMPARE(dialog.actionCombo()->currentIndex(), 1);
    QVERIFY(!dialog.valueEdit()->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(u"effectLabel"_s)->text().contains(u"1 project"_s));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 15000);
    QCOMPARE(dialog.run()->count(BulkTagRun::State::Done), 2);
    QCOMPARE(m_sandbox->server().project(u"my-project"_s).value("tags"_L1).toObject(),
             (QJsonObject{{u"env"_s, u"production"_s}}));
    QCOMPARE(m_sandbox->server().project(u"analytics-eu"_s).value("tags"_L1).toObject(),
             (QJsonObject{{u"cost-center"_s, u"4711"_s}, {u"env"_s, u"staging"_s}}));
}

} // namespace fjord

QTEST_MAIN(fjord::TestProjectPeople)
#include "tst_projectpeople.moc"
