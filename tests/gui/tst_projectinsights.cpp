// What a project holds, in the main window against the sandbox on loopback: the Services
// column (counts for the rows on screen only), the Services section of the details, the event
// log, the CA certificate, and the services that block a rename or a delete, each driven by
// keyboard and by objectName.

#include "CaCertificateDialog.h"
#include "MainWindow.h"
#include "ProjectDeleteDialog.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEditDialog.h"
#include "ProjectEventLogDialog.h"
#include "ProjectInsights.h"
#include "ProjectServicesSection.h"
#include "SandboxFixture.h"
#include "ServiceBlockersNotice.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "api/AivenClient.h"
#include "models/ProjectEventModel.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"
#include "models/ServiceCountCache.h"
#include "models/ServiceListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslCertificate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProjectInsights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void servicesSectionByKeyboard();
    void servicesSectionWithoutAccess();
    void servicesColumnAsksOnlyForRowsOnScreen();
    void eventLogByKeyboard();
    void eventLogReadOnlyIs403();
    void caCertificateCopyAndSave();
    void caCertificateErrors();
    void deleteNamesTheServices();
    void renameNamesThePoweredOnServices();
    void everyControlIsNamed();
    void screenshots();

private:
    std::unique_ptr<MainWindow> makeWindow();
    int requests(const QString& path) const;

    QTemporaryDir m_home;
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
};

void TestProjectInsights::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
}

void TestProjectInsights::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
    m_client->setRetryPolicy({1, 0, 0});
}

void TestProjectInsights::cleanup()
{
    m_client = nullptr;
    m_sandbox.reset();
}

std::unique_ptr<MainWindow> TestProjectInsights::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_client, nullptr);
    window->resize(1200, 700);
    window->show();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(window->projectModel()->state(), ProjectListModel::State::Loaded,
                                  15000);
    }();
    return window;
}

int TestProjectInsights::requests(const QString& path) const
{
    int n = 0;
    for (const auto& r : m_sandbox->server().recordedRequests())
        n += r.method == "GET"_L1 && r.path == path ? 1 : 0;
    return n;
}

void TestProjectInsights::servicesSectionByKeyboard()
{
    auto window = makeWindow();
    QTableView* list = window->projectView();
    list->setFocus();
    QVERIFY(window->selectProject(u"my-project"_s));
    ProjectServicesSection* section = window->insights()->servicesSection();
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->state(), ServiceListModel::State::Loaded, 15000);
    QCOMPARE(section->project(), u"my-project"_s);
    const QJsonArray services = test::seededProjectInfo(u"my-project"_s, u"services"_s);
    QCOMPARE(section->model()->rowCount(), services.size());
    QTRY_VERIFY(section->isVisible());
    auto* table = section->findChild<QTableView*>(u"servicesTableView"_s);
    QVERIFY(table && table->isVisible());
    // Each service as the seed has it: name, type, plan, state, cloud, nodes, protection.
    for (const QJsonValue& value : services) {
        const QJsonObject s = value.toObject();
        bool found = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto cell = [&](int column) {
                return table->model()->index(row, column).data().toString();
            };
            if (cell(ServiceListModel::NameColumn) != s.value("service_name"_L1).toString())
                continue;
            found = true;
            QCOMPARE(cell(ServiceListModel::TypeColumn), s.value("service_type"_L1).toString());
            QCOMPARE(cell(ServiceListModel::PlanColumn), s.value("plan"_L1).toString());
            QCOMPARE(cell(ServiceListModel::CloudColumn), s.value("cloud_name"_L1).toString());
            QCOMPARE(cell(ServiceListModel::NodesColumn),
                     QString::number(s.value("node_count"_L1).toInt()));
            QCOMPARE(cell(ServiceListModel::TerminationProtectionColumn),
                     s.value("termination_protection"_L1).toBool() ? u"On"_s : u"Off"_s);
            QCOMPARE(table->model()->index(row, 0).data(ServiceListModel::RawStateRole).toString(),
                     s.value("state"_L1).toString());
        }
        QVERIFY2(found, qPrintable(s.value("service_name"_L1).toString()));
    }
    // The section shares what it loaded with the list's Services column.
    QCOMPARE(window->insights()->serviceCounts()->count(u"my-project"_s), services.size());

    // Keyboard: Enter on the list goes into the details; Tab reaches the section's buttons.
    QTest::keyClick(list, Qt::Key_Return);
    auto* eventLog = section->findChild<QPushButton*>(u"eventLogPushButton"_s);
    QVERIFY(eventLog);
    for (int i = 0; i < 60 && QApplication::focusWidget() != eventLog; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), eventLog);
    QTest::keyClick(eventLog, Qt::Key_Space);
    QTRY_VERIFY(window->insights()->eventLogDialog());
    QCOMPARE(window->insights()->eventLogDialog()->project(), u"my-project"_s);
    window->insights()->eventLogDialog()->close();

    // Another project: its own services, no leftovers.
    QVERIFY(window->selectProject(u"finance-reports"_s));
    QTRY_COMPARE_WITH_TIMEOUT(section->project(), u"finance-reports"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->state(), ServiceListModel::State::Loaded, 15000);
    QCOMPARE(section->model()->rowCount(), 0);
    auto* status = section->findChild<QLabel*>(u"servicesStatusLabel"_s);
    QCOMPARE(status->text(), u"This project has no services."_s);
}

void TestProjectInsights::servicesSectionWithoutAccess()
{
    m_sandbox->server().addProject({{u"project_name"_s, u"members-only"_s}},
                                   u"project:permissions:read"_s);
    auto window = makeWindow();
    QVERIFY(window->selectProject(u"members-only"_s));
    ProjectServicesSection* section = window->insights()->servicesSection();
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->state(), ServiceListModel::State::Error, 15000);
    QCOMPARE(section->model()->errorStatus(), 403);
    auto* status = section->findChild<QLabel*>(u"servicesStatusLabel"_s);
    QVERIFY2(status->text().contains("access"_L1), qPrintable(status->text()));
    QVERIFY(!section->findChild<QTableView*>(u"servicesTableView"_s)->isVisible());
}

void TestProjectInsights::servicesColumnAsksOnlyForRowsOnScreen()
{
    for (int i = 0; i < 400; ++i)
        m_sandbox->server().addProject(
            {{u"project_name"_s, u"zz-load-%1"_s.arg(i, 3, 10, QChar(u'0'))}});
    auto window = makeWindow();
    QTableView* list = window->projectView();
    QCOMPARE(window->projectModel()->rowCount(), 406);
    const int onScreen = list->rowAt(list->viewport()->height() - 1) - list->rowAt(0) + 1;
    QVERIFY(onScreen > 5 && onScreen < 60);
    const QModelIndex first = list->model()->index(0, ProjectListModel::ServicesColumn);
    QTRY_VERIFY_WITH_TIMEOUT(
        !first.data().toString().isEmpty() && first.data().toString() != u"…"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->insights()->serviceCounts()->inFlight(), 0, 15000);
    int asked = 0;
    for (const auto& r : m_sandbox->server().recordedRequests())
        asked += r.path.endsWith("/service"_L1) ? 1 : 0;
    qInfo("Services column: %d of %d projects asked for, %d rows on screen", asked,
          window->projectModel()->rowCount(), onScreen);
    // The rows on screen (and the selected one's section), never the whole list.
    QVERIFY2(asked >= onScreen && asked <= onScreen + 3,
             qPrintable(u"%1 asked, %2 on screen"_s.arg(asked).arg(onScreen)));
    // my-project's count is the number of its services.
    const int mine = window->projectModel()->rowOfProject(u"my-project"_s);
    QCOMPARE(
        window->projectModel()->index(mine, ProjectListModel::ServicesColumn).data().toString(),
        QString::number(test::seededProjectInfo(u"my-project"_s, u"services"_s).size()));

    // End: the last rows get theirs.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    const QModelIndex last =
        list->model()->index(list->model()->rowCount() - 1, ProjectListModel::ServicesColumn);
    QTRY_COMPARE_WITH_TIMEOUT(last.data().toString(), u"0"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->insights()->serviceCounts()->inFlight(), 0, 15000);
    int after = 0;
    for (const auto& r : m_sandbox->server().recordedRequests())
        after += r.path.endsWith("/service"_L1) ? 1 : 0;
    QVERIFY2(after <= 2 * onScreen + 6, qPrintable(QString::number(after)));

    // Sorting by the column sorts by the count.
    list->sortByColumn(ProjectListModel::ServicesColumn, Qt::DescendingOrder);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"my-project"_s);
}

void TestProjectInsights::eventLogByKeyboard()
{
    auto window = makeWindow();
    QVERIFY(window->selectProject(u"my-project"_s));
    window->projectView()->setFocus();
    QAction* action = window->insights()->eventLogAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QTRY_VERIFY(action->isEnabled());
    QTest::keySequence(window.get(), action->shortcut());
    QTRY_VERIFY(window->insights()->eventLogDialog());
    ProjectEventLogDialog* dialog = window->insights()->eventLogDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->state(), ProjectEventModel::State::Loaded, 15000);
    const QJsonArray events = test::seededProjectInfo(u"my-project"_s, u"events"_s);
    auto* table = dialog->findChild<QTableView*>(u"eventTableView"_s);
    QCOMPARE(table->model()->rowCount(), events.size());
    // Newest first: the first row is the seed's latest event.
    QString newest;
    QString newestDescription;
    for (const QJsonValue& e : events) {
        if (e.toObject().value("time"_L1).toString() > newest) {
            newest = e.toObject().value("time"_L1).toString();
            newestDescription = e.toObject().value("event_desc"_L1).toString();
        }
    }
    QCOMPARE(table->model()->index(0, ProjectEventModel::DescriptionColumn).data().toString(),
             newestDescription);

    // Focus starts in the filter; typing narrows.
    auto* filter = dialog->findChild<QLineEdit*>(u"eventFilterLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, u"pg-orders"_s);
    int expected = 0;
    for (const QJsonValue& e : events) {
        const QJsonObject o = e.toObject();
        const QString all =
            (o.value("actor"_L1).toString() + u' ' + o.value("event_type"_L1).toString() + u' ' +
             o.value("service_name"_L1).toString() + u' ' + o.value("event_desc"_L1).toString());
        expected += all.contains("pg-orders"_L1) ? 1 : 0;
    }
    QVERIFY(expected > 0 && expected < events.size());
    QCOMPARE(table->model()->rowCount(), expected);

    // Tab to the type and choose one with the keyboard.
    QTest::keyClick(filter, Qt::Key_Tab);
    auto* type = dialog->findChild<QComboBox*>(u"eventTypeComboBox"_s);
    QCOMPARE(QApplication::focusWidget(), type);
    const int createIndex = type->findData(u"service_create"_s);
    QVERIFY(createIndex > 0);
    while (type->currentIndex() < createIndex)
        QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentData().toString(), u"service_create"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, ProjectEventModel::TypeColumn).data().toString(),
                 u"service_create"_s);
    QCOMPARE(table->model()->rowCount(), 1); // pg-orders was created once

    // Down from the filter into the rows, Ctrl+C copies the row.
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), table);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_Space); // select the current row
    table->selectRow(0);
    QTest::keySequence(table, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains("\tservice_create\tpg-orders\t"_L1), qPrintable(copied));
    QCOMPARE(copied.count(u'\n'), 1);

    // F5 loads it again.
    const int before = requests(u"/v1/project/my-project/events"_s);
    QTest::keyClick(table, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(requests(u"/v1/project/my-project/events"_s), before + 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->state(), ProjectEventModel::State::Loaded, 15000);
    QCOMPARE(type->currentData().toString(), u"service_create"_s); // the filter stays

    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_VERIFY(!window->insights()->eventLogDialog());
}

void TestProjectInsights::eventLogReadOnlyIs403()
{
    ProjectEventLogDialog dialog(m_client, u"trial-sandbox"_s);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->state(), ProjectEventModel::State::Error, 15000);
    auto* status = dialog.findChild<QLabel*>(u"eventStatusLabel"_s);
    QVERIFY(status->text().startsWith("Could not load the event log"_L1));
    QVERIFY(!dialog.findChild<QPushButton*>(u"copyEventsPushButton"_s)->isEnabled());

    ProjectEventLogDialog missing(m_client, u"no-such-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(missing.model()->state(), ProjectEventModel::State::Error, 15000);
}

void TestProjectInsights::caCertificateCopyAndSave()
{
    auto window = makeWindow();
    QVERIFY(window->selectProject(u"my-project"_s));
    window->projectView()->setFocus();
    QAction* action = window->insights()->caCertificateAction();
    QTRY_VERIFY(action->isEnabled());
    QTest::keySequence(window.get(), action->shortcut());
    QTRY_VERIFY(window->insights()->caCertificateDialog());
    CaCertificateDialog* dialog = window->insights()->caCertificateDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);

    QFile committed(qEnvironmentVariable("FJORD_SOURCE_DIR") +
                    u"/resources/sandbox/project-ca.pem"_s);
    QVERIFY(committed.open(QIODevice::ReadOnly));
    const QByteArray pem = committed.readAll();
    const auto expected = QSslCertificate::fromData(pem).value(0);
    QVERIFY(!expected.isNull());
    // `openssl x509 -noout -fingerprint -sha256` of the committed file.
    QCOMPARE(dialog->findChild<QLabel*>(u"fingerprintValueLabel"_s)->text(),
             u"0C:C3:60:1F:10:D2:DD:AD:C3:EB:1B:DF:02:02:F2:A5:31:85:75:14:81:20:DC:45:1B:60:"
             "A7:7B:B8:BE:D3:AC"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"subjectValueLabel"_s)
                ->text()
                .contains("CN=Fjord Sandbox Project CA"_L1));
    QVERIFY(
        dialog->findChild<QLabel*>(u"issuerValueLabel"_s)->text().contains("O=Fjord Sandbox"_L1));
    QVERIFY(!dialog->findChild<QLabel*>(u"validUntilValueLabel"_s)->text().isEmpty());
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(u"pemPlainTextEdit"_s)->toPlainText().trimmed(),
             QString::fromLatin1(pem).trimmed());

    // Copy as PEM, by keyboard.
    auto* copy = dialog->findChild<QPushButton*>(u"copyPemPushButton"_s);
    QApplication::clipboard()->clear();
    copy->setFocus();
    QTest::keyClick(copy, Qt::Key_Space);
    QCOMPARE(QApplication::clipboard()->text().trimmed(), QString::fromLatin1(pem).trimmed());

    // Save as .pem: Tab from Copy to Save, Space; the file is the certificate.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"my-project-ca.pem"_s);
    dialog->setNextSaveFileName(fileName);
    QTest::keyClick(copy, Qt::Key_Tab);
    auto* save = dialog->findChild<QPushButton*>(u"savePemPushButton"_s);
    QCOMPARE(QApplication::focusWidget(), save);
    QTest::keyClick(save, Qt::Key_Space);
    QFile saved(fileName);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const auto reread = QSslCertificate::fromData(saved.readAll(), QSsl::Pem);
    QCOMPARE(reread.size(), 1);
    QCOMPARE(reread.first(), expected);

    // A folder that does not exist: the safe writer refuses and says why.
    QString error;
    QVERIFY(!dialog->savePem(dir.filePath(u"missing/ca.pem"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestProjectInsights::caCertificateErrors()
{
    m_sandbox->server().addProject({{u"project_name"_s, u"members-only"_s}},
                                   u"project:permissions:read"_s);
    CaCertificateDialog denied(m_client, u"members-only"_s);
    auto* status = denied.findChild<QLabel*>(u"certificateStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("access"_L1), 15000);
    QVERIFY(!denied.isLoaded());
    QVERIFY(!denied.findChild<QPushButton*>(u"savePemPushButton"_s)->isEnabled());

    CaCertificateDialog missing(m_client, u"no-such-project"_s);
    status = missing.findChild<QLabel*>(u"certificateStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("Could not load"_L1), 15000);

    SandboxServer::Fault fault;
    fault.body = R"({"certificate":"not a certificate"})";
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/kms/ca"_s, fault);
    CaCertificateDialog garbled(m_client, u"my-project"_s);
    QTRY_VERIFY_WITH_TIMEOUT(garbled.isLoaded(), 15000);
    QVERIFY(garbled.certificate().isNull());
    QVERIFY(garbled.findChild<QLabel*>(u"fingerprintValueLabel"_s)->text().isEmpty());
    QVERIFY(garbled.findChild<QLabel*>(u"certificateStatusLabel"_s)
                ->text()
                .contains("not a readable certificate"_L1));
}

void TestProjectInsights::deleteNamesTheServices()
{
    Project project;
    project.name = u"my-project"_s;
    ProjectDeleteDialog dialog(m_client, project);
    dialog.show();
    auto* notice = dialog.findChild<ServiceBlockersNotice*>(u"serviceBlockersLabel"_s);
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isChecked(), 15000);
    QVERIFY(notice->isVisible());
    // Every service, powered off or not, by name and state, before anything is submitted.
    for (const QJsonValue& value : test::seededProjectInfo(u"my-project"_s, u"services"_s)) {
        const QJsonObject s = value.toObject();
        const QString state = ServiceListModel::stateText(s.value("state"_L1).toString()).toLower();
        const QString part = s.value("service_name"_L1).toString() + u" ("_s + state + u')';
        QVERIFY2(notice->text().contains(part), qPrintable(notice->text()));
    }
    QCOMPARE(requests(u"/v1/project/my-project"_s), 0); // nothing deleted

    Project empty;
    empty.name = u"finance-reports"_s;
    ProjectDeleteDialog clean(m_client, empty);
    clean.show();
    auto* none = clean.findChild<ServiceBlockersNotice*>(u"serviceBlockersLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(none->isChecked(), 15000);
    QVERIFY(!none->isVisible());
}

void TestProjectInsights::renameNamesThePoweredOnServices()
{
    auto window = makeWindow();
    QVERIFY(window->selectProject(u"my-project"_s));
    window->projectView()->setFocus();
    QTest::keyClick(window->projectView(), Qt::Key_F2);
    ProjectEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ProjectEditDialog*>()) != nullptr);
    auto* notice = dialog->findChild<ServiceBlockersNotice*>(u"serviceBlockersLabel"_s);
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isChecked(), 15000);
    QVERIFY(!notice->isVisible()); // the name has not changed
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u"-2"_s);
    QTRY_VERIFY(notice->isVisible());
    for (const QJsonValue& value : test::seededProjectInfo(u"my-project"_s, u"services"_s)) {
        const QJsonObject s = value.toObject();
        const bool off = s.value("state"_L1).toString() == "POWEROFF"_L1;
        QCOMPARE(notice->text().contains(s.value("service_name"_L1).toString() + u" ("_s), !off);
    }
    QVERIFY(notice->text().startsWith("Renaming needs every service powered off"_L1));
    // Back to the old name: nothing to say.
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!notice->isVisible());
    dialog->reject();
}

void TestProjectInsights::everyControlIsNamed()
{
    auto window = makeWindow();
    QVERIFY(window->selectProject(u"my-project"_s));
    ProjectServicesSection* section = window->insights()->servicesSection();
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->state(), ServiceListModel::State::Loaded, 15000);
    QCOMPARE(test::unnamedInteractiveWidgets(section), QStringList());
    ProjectEventLogDialog log(m_client, u"my-project"_s);
    QCOMPARE(test::unnamedInteractiveWidgets(&log), QStringList());
    CaCertificateDialog ca(m_client, u"my-project"_s);
    QCOMPARE(test::unnamedInteractiveWidgets(&ca), QStringList());
}

void TestProjectInsights::screenshots()
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    auto window = makeWindow();
    window->resize(1400, 860);
    QVERIFY(window->selectProject(u"my-project"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window->insights()->servicesSection()->model()->state(),
                              ServiceListModel::State::Loaded, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->insights()->serviceCounts()->inFlight(), 0, 15000);
    QVERIFY(test::processQueued()); // the counts reach the list through queued signals
    QVERIFY(window->grab().save(dir + u"/main-window-services.png"_s));

    ProjectEventLogDialog log(m_client, u"my-project"_s);
    log.show();
    QTRY_COMPARE_WITH_TIMEOUT(log.model()->state(), ProjectEventModel::State::Loaded, 15000);
    QVERIFY(log.grab().save(dir + u"/event-log.png"_s));
    QTest::keyClicks(log.findChild<QLineEdit*>(u"eventFilterLineEdit"_s), u"pg-orders"_s);
    QVERIFY(log.grab().save(dir + u"/event-log-filtered.png"_s));

    CaCertificateDialog ca(m_client, u"my-project"_s);
    ca.show();
    QTRY_VERIFY_WITH_TIMEOUT(ca.isLoaded(), 15000);
    QVERIFY(ca.grab().save(dir + u"/ca-certificate.png"_s));

    Project project;
    project.name = u"my-project"_s;
    ProjectDeleteDialog del(m_client, project);
    del.show();
    auto* notice = del.findChild<ServiceBlockersNotice*>(u"serviceBlockersLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isChecked(), 15000);
    del.resize(del.width(), del.sizeHint().height());
    QVERIFY(del.grab().save(dir + u"/delete-blocked-by-services.png"_s));
}

} // namespace fjord

QTEST_MAIN(fjord::TestProjectInsights)
#include "tst_projectinsights.moc"
