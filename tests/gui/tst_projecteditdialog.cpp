// ProjectEditDialog driven by objectName against the sandbox on loopback: create, edit (the
// PUT body holds only the changed fields), and each failure path keeping what was typed.

#include "AivenClient.h"
#include "CallStatusLine.h"
#include "CloudCatalog.h"
#include "EmailListEditor.h"
#include "JsonCodec.h"
#include "ProjectEditDialog.h"
#include "ProjectValidation.h"
#include "RegionBrowserWidget.h"
#include "RegionPickerDialog.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SearchableComboBox.h"
#include "WidgetChecks.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProjectEditDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createSucceeds();
    void nameValidatedLive();
    void invalidInputSendsNothing();
    void createNameTaken409();
    void createInvalid400ShownAtField();
    void createInvalid400WithoutField();
    void createTimeout();
    void createServerError500();
    void doubleOkSendsOneRequest();
    void escapeAbandonsCall();
    void cloudComboAndMapPicker();
    void editSendsOnlyChangedFields();
    void editNothingChanged();
    void editBackKeepsInput();
    void editRenameTaken409();
    void widgetsHaveNames();
    void screenshots();

private:
    std::unique_ptr<ProjectEditDialog> makeDialog(ProjectEditDialog::Mode mode,
                                                  const Project& project = {});
    QList<SandboxServer::RecordedRequest> requests(const QString& method) const;
    Project sandboxProject(const QString& name) const;
    static void clickOk(ProjectEditDialog* dialog);
    static void waitUntilLoaded(ProjectEditDialog* dialog);

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    SandboxServer* m_server = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_client;
};

void TestProjectEditDialog::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_server = &m_sandbox->server();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AivenClient>(m_network.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(m_sandbox->token());
    m_client->setTimeoutMs(10000);

    QJsonObject existing{
        {u"project_name"_s, u"taken-name"_s},
        {u"default_cloud"_s, u"google-europe-north1"_s},
        {u"tech_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"ops@example.com"_s}}}},
        {u"tags"_s, QJsonObject{{u"env"_s, u"prod"_s}}}};
    m_server->addProject(existing);
    m_server->addProject(QJsonObject{{u"project_name"_s, u"other-name"_s}});
    m_server->clearRecordedRequests();
}

void TestProjectEditDialog::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server = nullptr;
    m_sandbox.reset();
}

std::unique_ptr<ProjectEditDialog> TestProjectEditDialog::makeDialog(ProjectEditDialog::Mode mode,
                                                                     const Project& project)
{
    // The dialog knows only "other-name": "taken-name" stands for a name someone else owns.
    auto dialog = std::make_unique<ProjectEditDialog>(m_client.get(), nullptr, mode, project,
                                                      QStringList{u"other-name"_s});
    dialog->show();
    return dialog;
}

QList<SandboxServer::RecordedRequest> TestProjectEditDialog::requests(const QString& method) const
{
    QList<SandboxServer::RecordedRequest> result;
    const auto all = m_server->recordedRequests();
    for (const auto& request : all) {
        if (request.method == method && request.path.startsWith(u"/v1/project"_s))
            result.append(request);
    }
    return result;
}

Project TestProjectEditDialog::sandboxProject(const QString& name) const
{
    const auto parsed = json::parseProject(m_server->project(name));
    return parsed.value_or(Project{});
}

void TestProjectEditDialog::clickOk(ProjectEditDialog* dialog)
{
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    QVERIFY(ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestProjectEditDialog::waitUntilLoaded(ProjectEditDialog* dialog)
{
    // The account and billing-group pickers fill from the API; wait for both answers.
    auto* accounts = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    auto* groups = dialog->findChild<QComboBox*>(u"billingGroupComboBox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(accounts->findText(u"Loading"_s, Qt::MatchStartsWith) < 0 &&
                                 groups->findText(u"Loading"_s, Qt::MatchStartsWith) < 0,
                             10000);
}

void TestProjectEditDialog::createSucceeds()
{
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    waitUntilLoaded(dialog.get());
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"fresh-project"_s);
    auto* emails = dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    QTest::keyClicks(emails->lineEdit(), u"oncall@Example.com"_s);
    QTest::keyClick(emails->lineEdit(), Qt::Key_Return); // adds, does not press OK
    QCOMPARE(emails->emails(), QStringList{u"oncall@example.com"_s});
    QVERIFY(dialog->isVisible());

    clickOk(dialog.get());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(saved.at(0).at(0).value<Project>().name, u"fresh-project"_s);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const auto posts = requests(u"POST"_s);
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(posts.at(0).body).object();
    QCOMPARE(body.value(u"project"_s).toString(), u"fresh-project"_s);
    QCOMPARE(body.value(u"tech_emails"_s).toArray().at(0).toObject().value(u"email"_s).toString(),
             u"oncall@example.com"_s);
    QVERIFY(!m_server->project(u"fresh-project"_s).isEmpty());
}

void TestProjectEditDialog::nameValidatedLive()
{
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    auto* message = dialog->findChild<QLabel*>(u"nameMessageLabel"_s);
    QTest::keyClicks(name, u"My"_s);
    QVERIFY2(message->text().contains(u"lowercase"_s), qPrintable(message->text()));
    name->clear();
    QTest::keyClicks(name, u"ab"_s);
    QVERIFY(message->text().contains(u"at least 3"_s));
    QTest::keyClicks(name, u"c"_s);
    QCOMPARE(message->text(), ProjectValidation::projectNameHint());
    name->clear();
    QTest::keyClicks(name, u"other-name"_s);
    QVERIFY(message->text().contains(u"already"_s));
}

void TestProjectEditDialog::invalidInputSendsNothing()
{
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"9lives"_s);
    auto* emails = dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    QTest::keyClicks(emails->lineEdit(), u"not-an-address"_s);
    clickOk(dialog.get());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(!dialog->findChild<QLabel*>(u"nameMessageLabel"_s)->text().isEmpty());
    QVERIFY(!emails->errorText().isEmpty());
    QCOMPARE(emails->lineEdit()->text(), u"not-an-address"_s);
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isError());
    QTest::qWait(50);
    QCOMPARE(requests(u"POST"_s).size(), 0);
}

void TestProjectEditDialog::createNameTaken409()
{
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    QTest::keyClicks(name, u"taken-name"_s);
    clickOk(dialog.get());
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->findChild<QStackedWidget*>(u"pageStackedWidget"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);

    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog->findChild<QStackedWidget*>(u"pageStackedWidget"_s)->isEnabled());
    QCOMPARE(name->text(), u"taken-name"_s);
    const QString message = dialog->findChild<QLabel*>(u"nameMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"taken"_s), qPrintable(message));
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isError());
    QVERIFY(dialog->findChild<QPushButton*>(u"okPushButton"_s)->isEnabled());
}

void TestProjectEditDialog::createInvalid400ShownAtField()
{
    SandboxServer::Fault fault;
    fault.status = 400;
    fault.body =
        R"({"errors":[{"message":"Invalid cloud 'mars-north1'","status":400}],"message":"Invalid cloud 'mars-north1'"})";
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"cloudy"_s);
    clickOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto* cloudError = dialog->findChild<QLabel*>(u"cloudErrorLabel"_s);
    QVERIFY(cloudError->isVisible());
    QVERIFY2(cloudError->text().contains(u"mars-north1"_s), qPrintable(cloudError->text()));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"cloudy"_s);
    QVERIFY(dialog->findChild<QStackedWidget*>(u"pageStackedWidget"_s)->isEnabled());
}

void TestProjectEditDialog::createInvalid400WithoutField()
{
    SandboxServer::Fault fault;
    fault.status = 400;
    fault.body = R"({"message":"Request rejected"})";
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"plain"_s);
    clickOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto* status = dialog->findChild<CallStatusLine*>(u"callStatusLine"_s);
    QVERIFY(status->isError());
    QVERIFY(status->text().contains(u"not created"_s));
    QVERIFY2(status->details().contains(u"Request rejected"_s), qPrintable(status->details()));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"plain"_s);
}

void TestProjectEditDialog::createTimeout()
{
    SandboxServer::Fault fault;
    fault.delayMs = 3000;
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    m_client->setTimeoutMs(300);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"slow-one"_s);
    auto* emails = dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    emails->setEmails({u"a@example.com"_s});
    clickOk(dialog.get());
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto* status = dialog->findChild<CallStatusLine*>(u"callStatusLine"_s);
    QVERIFY(status->isError());
    QVERIFY(!status->isBusy());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"slow-one"_s);
    QCOMPARE(emails->emails(), QStringList{u"a@example.com"_s});
    QVERIFY(dialog->findChild<QPushButton*>(u"okPushButton"_s)->isEnabled());
    // A POST is never retried: exactly one request reached the server.
    QCOMPARE(requests(u"POST"_s).size(), 1);
}

void TestProjectEditDialog::createServerError500()
{
    SandboxServer::Fault fault;
    fault.status = 500;
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"unlucky"_s);
    clickOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isError());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"unlucky"_s);
    QVERIFY(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->isEnabled());

    // Once the server recovers, the same dialog can try again.
    m_server->clearFaults();
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    clickOk(dialog.get());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
}

void TestProjectEditDialog::doubleOkSendsOneRequest()
{
    SandboxServer::Fault fault;
    fault.delayMs = 400;
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"just-once"_s);
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    QTest::mouseDClick(ok, Qt::LeftButton);
    QTest::mouseClick(ok, Qt::LeftButton);
    dialog->accept(); // e.g. Enter pressed while busy
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QTest::qWait(100);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(requests(u"POST"_s).size(), 1);
}

void TestProjectEditDialog::escapeAbandonsCall()
{
    SandboxServer::Fault fault;
    fault.delayMs = 1500;
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"never-mind"_s);
    clickOk(dialog.get());
    QVERIFY(dialog->isBusy());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isBusy());
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
}

void TestProjectEditDialog::cloudComboAndMapPicker()
{
    CloudCatalog catalog(m_client.get());
    catalog.setCacheFile(QString());
    catalog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.clouds().isEmpty(), 10000);
    const Cloud first = catalog.clouds().constFirst();
    const Cloud last = catalog.clouds().constLast();

    auto dialog = std::make_unique<ProjectEditDialog>(
        m_client.get(), &catalog, ProjectEditDialog::Mode::Create, Project{}, QStringList{});
    dialog->show();
    auto* combo = dialog->findChild<SearchableComboBox*>(u"cloudComboBox"_s);
    QCOMPARE(combo->count(), catalog.clouds().size() + 1); // + "decide later"
    QVERIFY(combo->currentValue().isEmpty());
    // Entries show the description, not only the code.
    const int index = combo->findData(first.name);
    QVERIFY(index > 0);
    if (!first.description.isEmpty())
        QVERIFY(combo->itemText(index).contains(first.description));

    // The map picker opens modally; choose a region in it and press OK.
    bool pickerSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto* picker = qobject_cast<RegionPickerDialog*>(QApplication::activeModalWidget());
        if (!picker)
            return;
        pickerSeen = true;
        picker->browser()->setSelectedCloudName(last.name);
        picker->accept();
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"pickOnMapPushButton"_s), Qt::LeftButton);
    QVERIFY(pickerSeen);
    QCOMPARE(combo->currentValue(), last.name);

    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"mapped"_s);
    clickOk(dialog.get());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const auto posts = requests(u"POST"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(posts.at(0).body).object().value(u"cloud"_s).toString(),
             last.name);
}

void TestProjectEditDialog::editSendsOnlyChangedFields()
{
    const Project before = sandboxProject(u"taken-name"_s);
    QCOMPARE(before.name, u"taken-name"_s);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Edit, before);
    waitUntilLoaded(dialog.get());
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"taken-name"_s);

    auto* emails = dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    QCOMPARE(emails->emails(), QStringList{u"ops@example.com"_s});
    QTest::keyClicks(emails->lineEdit(), u"oncall@example.com"_s);
    QTest::keyClick(emails->lineEdit(), Qt::Key_Return);
    auto* vat = dialog->findChild<QLineEdit*>(u"vatIdLineEdit"_s);
    QTest::keyClicks(vat, u"FI12345678"_s);

    clickOk(dialog.get());
    QVERIFY(dialog->isConfirming());
    QCOMPARE(requests(u"PUT"_s).size(), 0); // nothing is sent before the confirmation
    auto* summary = dialog->findChild<QListWidget*>(u"summaryListWidget"_s);
    QCOMPARE(summary->count(), 2);
    QVERIFY(summary->item(0)->text().contains(u"add oncall@example.com"_s));
    QVERIFY(summary->item(1)->text().contains(u"FI12345678"_s));

    clickOk(dialog.get());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const auto puts = requests(u"PUT"_s);
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.at(0).path, u"/v1/project/taken-name"_s);
    const QJsonObject body = QJsonDocument::fromJson(puts.at(0).body).object();
    QCOMPARE(body.keys(), (QStringList{u"tech_emails"_s, u"vat_id"_s}));
    QCOMPARE(body.value(u"tech_emails"_s).toArray().size(), 2);
    QCOMPARE(saved.at(0).at(0).value<Project>().vatId, u"FI12345678"_s);
}

void TestProjectEditDialog::editNothingChanged()
{
    const Project before = sandboxProject(u"taken-name"_s);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Edit, before);
    clickOk(dialog.get());
    QVERIFY(!dialog->isConfirming());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->text().contains(u"Nothing"_s));
    QTest::qWait(50);
    QCOMPARE(requests(u"PUT"_s).size(), 0);
}

void TestProjectEditDialog::editBackKeepsInput()
{
    const Project before = sandboxProject(u"taken-name"_s);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Edit, before);
    auto* city = dialog->findChild<QLineEdit*>(u"cityLineEdit"_s);
    city->clear();
    QTest::keyClicks(city, u"Oulu"_s);
    clickOk(dialog.get());
    QVERIFY(dialog->isConfirming());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"backPushButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isConfirming());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"cityLineEdit"_s)->text(), u"Oulu"_s);
    QCOMPARE(requests(u"PUT"_s).size(), 0);
}

void TestProjectEditDialog::editRenameTaken409()
{
    SandboxServer::Fault fault;
    fault.status = 409;
    fault.body =
        R"({"errors":[{"error_code":"project_already_exists","message":"Project already exists","status":409}],"message":"Project already exists"})";
    m_server->setFault(u"PUT"_s, u"/v1/project/*"_s, fault);
    const Project before = sandboxProject(u"taken-name"_s);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Edit, before);
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"someone-elses"_s);
    clickOk(dialog.get());
    QVERIFY(dialog->isConfirming());
    clickOk(dialog.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY(!dialog->isConfirming()); // back on the form, at the field
    QCOMPARE(name->text(), u"someone-elses"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"nameMessageLabel"_s)->text().contains(u"taken"_s));
    QCOMPARE(requests(u"PUT"_s).size(), 1);
}

void TestProjectEditDialog::widgetsHaveNames()
{
    for (auto mode : {ProjectEditDialog::Mode::Create, ProjectEditDialog::Mode::Edit}) {
        auto dialog = makeDialog(mode, sandboxProject(u"taken-name"_s));
        const QStringList unnamed = fjord::test::unnamedInteractiveWidgets(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
}

// Not a check: with FJORD_SCREENSHOT_DIR set, saves the dialogs as PNGs to look at.
void TestProjectEditDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    CloudCatalog catalog(m_client.get());
    catalog.setCacheFile(QString());
    catalog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.clouds().isEmpty(), 10000);

    ProjectEditDialog create(m_client.get(), &catalog, ProjectEditDialog::Mode::Create, Project{},
                             {u"other-name"_s, u"taken-name"_s});
    create.show();
    waitUntilLoaded(&create);
    QTest::keyClicks(create.findChild<QLineEdit*>(u"nameLineEdit"_s), u"Analytics_Staging"_s);
    create.findChild<SearchableComboBox*>(u"cloudComboBox"_s)
        ->setCurrentValue(u"google-europe-north1"_s);
    QVERIFY(create.grab().save(dir + u"/create-dialog-validation.png"_s));
    create.findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(1);
    auto* emails = create.findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    emails->setEmails({u"ops@example.com"_s});
    QTest::keyClicks(emails->lineEdit(), u"oncall@example"_s);
    QTest::keyClick(emails->lineEdit(), Qt::Key_Return);
    QVERIFY(create.grab().save(dir + u"/create-dialog-contacts.png"_s));

    const Project before = sandboxProject(u"taken-name"_s);
    ProjectEditDialog edit(m_client.get(), &catalog, ProjectEditDialog::Mode::Edit, before,
                           {u"other-name"_s, u"taken-name"_s});
    edit.show();
    waitUntilLoaded(&edit);
    edit.findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(2);
    QVERIFY(edit.grab().save(dir + u"/edit-dialog-billing.png"_s));
    edit.findChild<SearchableComboBox*>(u"cloudComboBox"_s)->setCurrentValue(u"aws-eu-west-1"_s);
    edit.findChild<QLineEdit*>(u"vatIdLineEdit"_s)->setText(u"FI12345678"_s);
    clickOk(&edit);
    QVERIFY(edit.isConfirming());
    QVERIFY(edit.grab().save(dir + u"/edit-dialog-summary.png"_s));

    SandboxServer::Fault fault;
    fault.status = 409;
    fault.body =
        R"({"errors":[{"error_code":"project_already_exists","message":"Project already exists","status":409}],"message":"Project already exists"})";
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    ProjectEditDialog taken(m_client.get(), &catalog, ProjectEditDialog::Mode::Create, Project{},
                            {});
    taken.show();
    waitUntilLoaded(&taken);
    QTest::keyClicks(taken.findChild<QLineEdit*>(u"nameLineEdit"_s), u"analytics"_s);
    clickOk(&taken);
    QTRY_VERIFY_WITH_TIMEOUT(!taken.isBusy(), 10000);
    QVERIFY(taken.grab().save(dir + u"/create-dialog-409.png"_s));
}

} // namespace fjord

QTEST_MAIN(fjord::TestProjectEditDialog)
#include "tst_projecteditdialog.moc"
