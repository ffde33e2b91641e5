// ProjectEditDialog driven by objectName against the sandbox on loopback: create, edit (the
// PUT body holds only the changed fields), and each failure path keeping what was typed.

#include "CallStatusLine.h"
#include "DesktopSetup.h"
#include "EmailListEditor.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEditDialog.h"
#include "RegionBrowserWidget.h"
#include "RegionPickerDialog.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SearchableComboBox.h"
#include "TagTableEditor.h"
#include "WidgetChecks.h"
#include "api/AivenClient.h"
#include "api/JsonCodec.h"
#include "forms/ProjectValidation.h"
#include "models/CloudCatalog.h"
#include "models/CloudFilterProxyModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

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
    void editUnchangedRealProjectSendsNothing();
    void editSendsOnlyWhatTheUserTouched();
    void editBillingTags();
    void onlyTouchedTagsAreValidated();
    void notSetSendsNothingTheSchemaRefuses();
    void moveToAnotherAccountAsksForItsBillingGroup();
    void createAccountChoice();
    void createAsksWhichOrganization();
    void createWithoutAccountListAsks();
    void createStartsOnTheSelectedProjectsOrganization();
    void cloudPickerOffersTheProjectsClouds();
    void unknownDefaultCloudIsKept();
    void seedProjectsEditCleanly();
    void editHidesCopyFromRow();
    void editAddressWhereTheProjectHasIt();
    void detailsShowTheAddressTheDialogEdits();
    void validationBannerGoesWhenCorrected();
    void screenshots();

private:
    std::unique_ptr<ProjectEditDialog> makeDialog(ProjectEditDialog::Mode mode,
                                                  const Project& project = {});
    QList<SandboxServer::RecordedRequest> requests(const QString& method) const;
    Project sandboxProject(const QString& name) const;
    static void clickOk(ProjectEditDialog* dialog);
    static void waitUntilLoaded(ProjectEditDialog* dialog);
    // Opens Edit on a sandbox project and waits for its pickers.
    std::unique_ptr<ProjectEditDialog> openEdit(const QString& name);
    // OK, then Save on the summary; returns the one PUT body the server received.
    QJsonObject reviewAndSave(ProjectEditDialog* dialog);
    // OK on a create dialog; returns the one POST body the server received (empty if none).
    QJsonObject createAndSend(ProjectEditDialog* dialog);
    // Once `saved` fired: the body of the one `method` request the dialog sent, else {}.
    QJsonObject sentBody(ProjectEditDialog* dialog, QSignalSpy& saved, const QString& method);
    // A second organization (root account) with a billing group of its own, as the real
    // API lists them; the sandbox restarts on its data file to load them.
    void addSecondOrganization();
    // Rewrites the sandbox's saved state and has it read the file again.
    void editSandboxState(const std::function<void(QJsonObject&)>& change);
    static void chooseInCombo(QComboBox* combo, const QString& value);
    static void typeIntoCell(QTableWidget* table, int row, int column, const QString& text);

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    SandboxServer* m_server = nullptr;
    AivenClient* m_client = nullptr;
};

void TestProjectEditDialog::init()
{
    installTranslations(QLocale(QLocale::English)); // as main() does: English plural forms
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_server = &m_sandbox->server();
    m_client = &m_sandbox->client();

    QJsonObject existing{
        {u"project_name"_s, u"taken-name"_s},
        {u"default_cloud"_s, u"google-europe-north1"_s},
        {u"tech_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"ops@example.com"_s}}}},
        {u"tags"_s, QJsonObject{{u"env"_s, u"prod"_s}}}};
    m_server->addProject(existing);
    m_server->addProject(QJsonObject{{u"project_name"_s, u"other-name"_s}});

    // Shapes real accounts hold: billing tags, no default cloud, the address in address_lines
    // with an empty billing_address, a company with a trailing space, and a billing group of
    // the second seed group.
    m_server->addProject(QJsonObject{
        {u"project_name"_s, u"ledger-eu"_s},
        {u"address_lines"_s, QJsonArray{u"Esimerkkikatu 1"_s, u"PL 123"_s}},
        {u"billing_address"_s, QString()},
        {u"billing_currency"_s, u"EUR"_s},
        {u"billing_extra_text"_s, u"PO 2025-114"_s},
        {u"billing_group_id"_s, u"1c6d2a0e-7b3f-4e45-9a8d-3f0e5b2c9d71"_s},
        {u"card_info"_s, QJsonValue::Null},
        {u"city"_s, u"Helsinki"_s},
        {u"company"_s, u"Example Oy "_s},
        {u"country_code"_s, u"FI"_s},
        {u"default_cloud"_s, QString()},
        {u"tags"_s, QJsonObject{{u"billing:PO"_s, u"PO-2025-114"_s}, {u"env"_s, u"production"_s}}},
        {u"tech_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"finance-it@example.com"_s}}}},
        {u"vat_id"_s, u"FI12345678"_s},
        {u"zip_code"_s, u"00100"_s}});
    // A default cloud of a tenant (not in the public list), tags null, no currency.
    m_server->addProject(QJsonObject{{u"project_name"_s, u"metrics-tenant"_s},
                                     {u"default_cloud"_s, u"timescale-aws-us-east-2"_s},
                                     {u"billing_currency"_s, QString()},
                                     {u"tags"_s, QJsonValue::Null}});
    m_server->clearRecordedRequests();
}

void TestProjectEditDialog::cleanup()
{
    m_client = nullptr;
    m_server = nullptr;
    m_sandbox.reset();
}

std::unique_ptr<ProjectEditDialog> TestProjectEditDialog::makeDialog(ProjectEditDialog::Mode mode,
                                                                     const Project& project)
{
    // The dialog knows only "other-name": "taken-name" stands for a name someone else owns.
    auto dialog = std::make_unique<ProjectEditDialog>(m_client, nullptr, mode, project,
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
    // Create waits for the account list: it says which organization the project goes to.
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
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
    // The cloud field's first entry, "No default": no cloud is sent and the project has none,
    // so each service is given its own.
    QVERIFY(!body.contains(u"cloud"_s));
    QCOMPARE(saved.at(0).at(0).value<Project>().defaultCloud, QString());
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
    QCOMPARE(m_sandbox->sentCount(u"POST"_s), 0);
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
    waitUntilLoaded(dialog.get());
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"just-once"_s);
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    QTest::mouseDClick(ok, Qt::LeftButton);
    QTest::mouseClick(ok, Qt::LeftButton);
    dialog->accept(); // e.g. Enter pressed while busy
    // Return goes where the focus is: not to Cancel, which the focus must not have moved to.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isBusy());
    // Every click and key was handled before the one answer came back: one request left.
    QCOMPARE(m_sandbox->sentCount(u"POST"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
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
    int postsFinished = 0;
    connect(m_client, &AivenClient::callFinished, dialog.get(),
            [&postsFinished](ApiCall* call) { postsFinished += call->method() == u"POST"_s; });
    clickOk(dialog.get());
    QVERIFY(dialog->isBusy());
    QCOMPARE(m_sandbox->sentCount(u"POST"_s), 1);
    QCOMPARE(postsFinished, 0);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isBusy());
    // The call reported its end when it was abandoned, and a call reports once: its late
    // answer cannot reach the dialog.
    QCOMPARE(postsFinished, 1);
    QCOMPARE(saved.count(), 0);
}

void TestProjectEditDialog::cloudComboAndMapPicker()
{
    CloudCatalog catalog(m_client);
    catalog.setCacheFile(QString());
    catalog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.clouds().isEmpty(), 10000);
    const Cloud first = catalog.clouds().constFirst();
    const Cloud last = catalog.clouds().constLast();

    auto dialog = std::make_unique<ProjectEditDialog>(
        m_client, &catalog, ProjectEditDialog::Mode::Create, Project{}, QStringList{});
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

    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"mapped"_s);
    QCOMPARE(createAndSend(dialog.get()).value(u"cloud"_s).toString(), last.name);
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
    // A before/after table, one changed field a row.
    auto* summary = dialog->findChild<QTableWidget*>(u"summaryTableWidget"_s);
    QVERIFY(summary);
    QCOMPARE(summary->rowCount(), 2);
    QCOMPARE(summary->item(0, 1)->text(), u"ops@example.com"_s);
    QCOMPARE(summary->item(0, 2)->text(), u"ops@example.com\noncall@example.com"_s);
    QCOMPARE(summary->item(1, 1)->text(), u"\u2014"_s);
    QCOMPARE(summary->item(1, 2)->text(), u"FI12345678"_s);
    // The intro promised this summary; on the summary it is not said again.
    QVERIFY(!dialog->findChild<QLabel*>(u"introLabel"_s)->isVisible());

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
    QCOMPARE(m_sandbox->sentCount(u"PUT"_s), 0);
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

std::unique_ptr<ProjectEditDialog> TestProjectEditDialog::openEdit(const QString& name)
{
    const Project before = sandboxProject(name);
    if (before.name != name)
        qWarning("no sandbox project %s", qPrintable(name));
    auto dialog = makeDialog(ProjectEditDialog::Mode::Edit, before);
    if (!QTest::qWaitFor([&] { return !dialog->isLoading(); }, 10000))
        qWarning("the pickers of %s did not load", qPrintable(name));
    return dialog;
}

QJsonObject TestProjectEditDialog::createAndSend(ProjectEditDialog* dialog)
{
    QSignalSpy saved(dialog, &ProjectEditDialog::projectSaved);
    clickOk(dialog);
    return sentBody(dialog, saved, u"POST"_s);
}

QJsonObject TestProjectEditDialog::reviewAndSave(ProjectEditDialog* dialog)
{
    QSignalSpy saved(dialog, &ProjectEditDialog::projectSaved);
    clickOk(dialog);
    if (!dialog->isConfirming()) {
        qWarning("not confirming: %s",
                 qPrintable(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->text()));
        return {};
    }
    clickOk(dialog);
    return sentBody(dialog, saved, u"PUT"_s);
}

QJsonObject TestProjectEditDialog::sentBody(ProjectEditDialog* dialog, QSignalSpy& saved,
                                            const QString& method)
{
    if (!QTest::qWaitFor([&] { return saved.count() == 1; }, 10000)) {
        qWarning("not saved: %s",
                 qPrintable(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->details()));
        return {};
    }
    const auto sent = requests(method);
    if (sent.size() != 1)
        return {};
    return QJsonDocument::fromJson(sent.at(0).body).object();
}

void TestProjectEditDialog::editSandboxState(const std::function<void(QJsonObject&)>& change)
{
    QVERIFY(m_server->save());
    QFile file(m_sandbox->dataFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    change(state);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(state).toJson());
    file.close();
    QVERIFY(m_server->setDataFile(m_sandbox->dataFile()));
    m_server->clearRecordedRequests();
}

void TestProjectEditDialog::addSecondOrganization()
{
    editSandboxState([](QJsonObject& state) {
        QJsonArray accounts = state.value(u"accounts"_s).toArray();
        accounts.append(QJsonObject{{u"account_id"_s, u"a9e1b2c3d4f5"_s},
                                    {u"account_name"_s, u"Nordic Analytics"_s},
                                    {u"organization_id"_s, u"org9e1b2c3d4f5"_s},
                                    {u"parent_account_id"_s, QJsonValue::Null},
                                    {u"root_account_id"_s, u"a9e1b2c3d4f5"_s},
                                    {u"is_account_owner"_s, true},
                                    {u"tenant_id"_s, u"aiven"_s}});
        state.insert(u"accounts"_s, accounts);
        QJsonArray groups = state.value(u"billing_groups"_s).toArray();
        groups.append(
            QJsonObject{{u"account_id"_s, u"a9e1b2c3d4f5"_s},
                        {u"account_name"_s, u"Nordic Analytics"_s},
                        {u"billing_currency"_s, u"SEK"_s},
                        {u"billing_group_id"_s, u"7d2f4a61-3c8e-4b90-a1d5-6e0f2b9c8a47"_s},
                        {u"billing_group_name"_s, u"Nordic Invoices"_s},
                        {u"payment_method"_s, u"email"_s}});
        state.insert(u"billing_groups"_s, groups);
    });
}

void TestProjectEditDialog::chooseInCombo(QComboBox* combo, const QString& value)
{
    // As a user does: focus the combo and step through it with the arrow keys.
    combo->setFocus();
    const int target = combo->findData(value);
    QVERIFY2(target >= 0, qPrintable(value));
    for (int step = 0; step < combo->count() && combo->currentIndex() != target; ++step)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentData().toString(), value);
}

void TestProjectEditDialog::typeIntoCell(QTableWidget* table, int row, int column,
                                         const QString& text)
{
    auto openEditor = [table]() -> QLineEdit* {
        const auto editors = table->viewport()->findChildren<QLineEdit*>();
        for (QLineEdit* editor : editors) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    };
    table->setFocus();
    table->setCurrentCell(row, column); // leaving another cell closes its editor
    if (!openEditor())
        QTest::keyClick(table, Qt::Key_F2);
    QLineEdit* editor = openEditor();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

void TestProjectEditDialog::editUnchangedRealProjectSendsNothing()
{
    auto dialog = openEdit(u"ledger-eu"_s);
    // What the project has is what the form shows: no invented cloud, no trimmed company.
    auto* cloud = dialog->findChild<SearchableComboBox*>(u"cloudComboBox"_s);
    QCOMPARE(cloud->currentValue(), QString());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"companyLineEdit"_s)->text(), u"Example Oy "_s);
    clickOk(dialog.get());
    QVERIFY(!dialog->isConfirming());
    auto* status = dialog->findChild<CallStatusLine*>(u"callStatusLine"_s);
    QVERIFY2(status->text().contains(u"Nothing"_s), qPrintable(status->text()));
    QVERIFY(!status->isError());

    // The same for a project on a tenant cloud with tags null and no currency.
    auto tenant = openEdit(u"metrics-tenant"_s);
    clickOk(tenant.get());
    QVERIFY(!tenant->isConfirming());
    QVERIFY(tenant->findChild<CallStatusLine*>(u"callStatusLine"_s)->text().contains(u"Nothing"_s));
    QCOMPARE(requests(u"PUT"_s).size(), 0);
}

void TestProjectEditDialog::editSendsOnlyWhatTheUserTouched()
{
    auto dialog = openEdit(u"ledger-eu"_s);
    auto* city = dialog->findChild<QLineEdit*>(u"cityLineEdit"_s);
    city->selectAll();
    QTest::keyClicks(city, u"Tampere"_s);
    QCOMPARE(reviewAndSave(dialog.get()), (QJsonObject{{u"city"_s, u"Tampere"_s}}));
    // The trailing space the server gave stays on the server too.
    QCOMPARE(m_server->project(u"ledger-eu"_s).value(u"company"_s).toString(), u"Example Oy "_s);

    // Text the user edits is sent trimmed.
    m_server->clearRecordedRequests();
    auto again = openEdit(u"ledger-eu"_s);
    auto* company = again->findChild<QLineEdit*>(u"companyLineEdit"_s);
    company->setFocus();
    QTest::keyClick(company, Qt::Key_End);
    QTest::keyClicks(company, u"Ab  "_s);
    QCOMPARE(reviewAndSave(again.get()), (QJsonObject{{u"company"_s, u"Example Oy Ab"_s}}));
}

void TestProjectEditDialog::editBillingTags()
{
    auto dialog = openEdit(u"ledger-eu"_s);
    dialog->findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(1);
    auto* tags = dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s);
    auto* table = tags->table();
    QCOMPARE(table->rowCount(), 2);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addTagPushButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    typeIntoCell(table, 2, 0, u"billing:CostCenter"_s);
    typeIntoCell(table, 2, 1, u"CC-7"_s);
    const QJsonObject body = reviewAndSave(dialog.get());
    QCOMPARE(body, (QJsonObject{{u"tags"_s, QJsonObject{{u"billing:PO"_s, u"PO-2025-114"_s},
                                                        {u"billing:CostCenter"_s, u"CC-7"_s},
                                                        {u"env"_s, u"production"_s}}}}));
    QCOMPARE(m_server->project(u"ledger-eu"_s)
                 .value(u"tags"_s)
                 .toObject()
                 .value(u"billing:CostCenter"_s)
                 .toString(),
             u"CC-7"_s);
}

void TestProjectEditDialog::onlyTouchedTagsAreValidated()
{
    // A key today's rules refuse, as an older project may carry it.
    m_server->addProject(QJsonObject{{u"project_name"_s, u"legacy-tags"_s},
                                     {u"tags"_s, QJsonObject{{u"cost.center"_s, u"42"_s}}}});
    auto dialog = openEdit(u"legacy-tags"_s);
    auto* table = dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s)->table();
    auto* vat = dialog->findChild<QLineEdit*>(u"vatIdLineEdit"_s);
    QTest::keyClicks(vat, u"SE556677889901"_s);
    // Untouched, the old tag passes: only the VAT ID is sent.
    QCOMPARE(reviewAndSave(dialog.get()), (QJsonObject{{u"vat_id"_s, u"SE556677889901"_s}}));

    // A tag the user types is judged by the rules.
    m_server->clearRecordedRequests();
    auto again = openEdit(u"legacy-tags"_s);
    again->findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(1);
    table = again->findChild<TagTableEditor*>(u"tagTableEditor"_s)->table();
    QTest::mouseClick(again->findChild<QPushButton*>(u"addTagPushButton"_s), Qt::LeftButton);
    typeIntoCell(table, 1, 0, u"team name"_s);
    clickOk(again.get());
    QVERIFY(!again->isConfirming());
    auto* tagError = again->findChild<QLabel*>(u"tagsErrorLabel"_s);
    QVERIFY2(tagError->text().contains(u"space"_s), qPrintable(tagError->text()));
    // Editing the old tag's value makes it the user's: then its key is judged too.
    typeIntoCell(table, 1, 0, u"team"_s);
    typeIntoCell(table, 0, 1, u"43"_s);
    clickOk(again.get());
    QVERIFY(!again->isConfirming());
    QVERIFY2(tagError->text().contains(u"\u201c.\u201d"_s), qPrintable(tagError->text()));
    QCOMPARE(requests(u"PUT"_s).size(), 0);
}

void TestProjectEditDialog::notSetSendsNothingTheSchemaRefuses()
{
    // A project with a currency: "(Not set)" is not offered, since "" is not in the enum.
    auto dialog = openEdit(u"ledger-eu"_s);
    dialog->findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(2);
    auto* currency = dialog->findChild<QComboBox*>(u"currencyComboBox"_s);
    QCOMPARE(currency->currentData().toString(), u"EUR"_s);
    QCOMPARE(currency->findData(QString()), -1);
    for (int i = 0; i < currency->count(); ++i)
        QVERIFY(billingCurrencies().contains(currency->itemData(i).toString()));

    // A project without one keeps "(Not set)": choosing a currency and going back sends nothing.
    auto tenant = openEdit(u"metrics-tenant"_s);
    tenant->findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(2);
    currency = tenant->findChild<QComboBox*>(u"currencyComboBox"_s);
    QCOMPARE(currency->currentData().toString(), QString());
    chooseInCombo(currency, u"CHF"_s);
    chooseInCombo(currency, QString());
    clickOk(tenant.get());
    QVERIFY(!tenant->isConfirming());
    // Choosing one sends exactly it.
    chooseInCombo(currency, u"SEK"_s);
    QCOMPARE(reviewAndSave(tenant.get()), (QJsonObject{{u"billing_currency"_s, u"SEK"_s}}));
}

void TestProjectEditDialog::moveToAnotherAccountAsksForItsBillingGroup()
{
    addSecondOrganization();
    auto dialog = openEdit(u"ledger-eu"_s);
    auto* account = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    auto* group = dialog->findChild<QComboBox*>(u"billingGroupComboBox"_s);
    QCOMPARE(account->currentData().toString(), u"a225dad8d3c4"_s);
    QCOMPARE(group->currentData().toString(), u"1c6d2a0e-7b3f-4e45-9a8d-3f0e5b2c9d71"_s);

    chooseInCombo(account, u"a9e1b2c3d4f5"_s);
    // Only the new account's groups, and none chosen for the user.
    QCOMPARE(group->currentData().toString(), QString());
    QCOMPARE(group->count(), 2);
    QCOMPARE(group->itemData(1).toString(), u"7d2f4a61-3c8e-4b90-a1d5-6e0f2b9c8a47"_s);
    clickOk(dialog.get());
    QVERIFY(!dialog->isConfirming());
    auto* groupError = dialog->findChild<QLabel*>(u"billingGroupErrorLabel"_s);
    QVERIFY2(groupError->text().contains(u"billing group"_s), qPrintable(groupError->text()));
    QCOMPARE(requests(u"PUT"_s).size(), 0);

    chooseInCombo(group, u"7d2f4a61-3c8e-4b90-a1d5-6e0f2b9c8a47"_s);
    QCOMPARE(reviewAndSave(dialog.get()),
             (QJsonObject{{u"account_id"_s, u"a9e1b2c3d4f5"_s},
                          {u"billing_group_id"_s, u"7d2f4a61-3c8e-4b90-a1d5-6e0f2b9c8a47"_s}}));
    const QJsonObject moved = m_server->project(u"ledger-eu"_s);
    QCOMPARE(moved.value(u"account_id"_s).toString(), u"a9e1b2c3d4f5"_s);
    QCOMPARE(moved.value(u"billing_group_id"_s).toString(),
             u"7d2f4a61-3c8e-4b90-a1d5-6e0f2b9c8a47"_s);

    // Going back to the project's own account brings its own group back.
    m_server->clearRecordedRequests();
    auto back = openEdit(u"taken-name"_s);
    account = back->findChild<QComboBox*>(u"accountComboBox"_s);
    group = back->findChild<QComboBox*>(u"billingGroupComboBox"_s);
    const QString ownGroup = group->currentData().toString();
    chooseInCombo(account, u"a9e1b2c3d4f5"_s);
    chooseInCombo(account, u"a225dad8d3c4"_s);
    QCOMPARE(group->currentData().toString(), ownGroup);
    clickOk(back.get());
    QVERIFY(!back->isConfirming());
}

void TestProjectEditDialog::createAccountChoice()
{
    // One organization: new projects go into it unless the user says otherwise.
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    waitUntilLoaded(dialog.get());
    auto* account = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    QCOMPARE(account->currentData().toString(), u"a225dad8d3c4"_s);
    const int none = account->findData(QString());
    QVERIFY(none >= 0);
    QVERIFY2(account->itemText(none).contains(u"outside any organization"_s),
             qPrintable(account->itemText(none)));
    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"in-the-org"_s);
    clickOk(dialog.get());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(requests(u"POST"_s).at(0).body).object(),
             (QJsonObject{{u"project"_s, u"in-the-org"_s}, {u"account_id"_s, u"a225dad8d3c4"_s}}));

    // "None" sends no account at all.
    m_server->clearRecordedRequests();
    auto outside = makeDialog(ProjectEditDialog::Mode::Create);
    waitUntilLoaded(outside.get());
    QSignalSpy savedOutside(outside.get(), &ProjectEditDialog::projectSaved);
    chooseInCombo(outside->findChild<QComboBox*>(u"accountComboBox"_s), QString());
    QTest::keyClicks(outside->findChild<QLineEdit*>(u"nameLineEdit"_s), u"on-its-own"_s);
    clickOk(outside.get());
    QTRY_COMPARE_WITH_TIMEOUT(savedOutside.count(), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(requests(u"POST"_s).at(0).body).object(),
             (QJsonObject{{u"project"_s, u"on-its-own"_s}}));

    // No organization at all: "None" is the only honest default, and it says what it means.
    editSandboxState([](QJsonObject& state) {
        state.insert(u"accounts"_s, QJsonArray{});
        state.insert(u"billing_groups"_s, QJsonArray{});
    });
    auto alone = makeDialog(ProjectEditDialog::Mode::Create);
    waitUntilLoaded(alone.get());
    account = alone->findChild<QComboBox*>(u"accountComboBox"_s);
    QCOMPARE(account->count(), 1);
    QCOMPARE(account->currentData().toString(), QString());
    QVERIFY2(account->currentText().contains(u"outside any organization"_s),
             qPrintable(account->currentText()));
}

void TestProjectEditDialog::createAsksWhichOrganization()
{
    // Several organizations and no selected project: a guess could put the project and its
    // billing in the wrong one, so nothing is chosen and Create waits, saying why.
    addSecondOrganization();
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    auto* account = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    auto* hint = dialog->findChild<QLabel*>(u"accountErrorLabel"_s);
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    // Not before the list has said which organizations there are either.
    QVERIFY(!ok->isEnabled());
    waitUntilLoaded(dialog.get());
    QVERIFY(account->findData(u"a225dad8d3c4"_s) >= 0);
    QVERIFY(account->findData(u"a9e1b2c3d4f5"_s) >= 0);
    QCOMPARE(account->currentIndex(), 0);
    QVERIFY2(account->currentText().startsWith(u"Choose an organization"_s),
             qPrintable(account->currentText()));
    QVERIFY(!ok->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().startsWith(u"Choose which organization"_s), qPrintable(hint->text()));
    QCOMPARE(account->accessibleDescription(), hint->text());

    // Enter in the name field and a click on Create send nothing.
    QTest::keyClicks(name, u"which-org"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());

    // "None" is a choice too; the prompt cannot be chosen again.
    chooseInCombo(account, QString());
    QVERIFY(ok->isEnabled());
    QVERIFY(!hint->isVisible());
    QTest::keyClick(account, Qt::Key_Up);
    QCOMPARE(account->currentData().toString(), QString());
    QVERIFY(ok->isEnabled());

    // The chosen organization's billing groups, and its id in the request.
    chooseInCombo(account, u"a9e1b2c3d4f5"_s);
    auto* group = dialog->findChild<QComboBox*>(u"billingGroupComboBox"_s);
    QVERIFY(group->findData(u"7d2f4a61-3c8e-4b90-a1d5-6e0f2b9c8a47"_s) >= 0);
    QCOMPARE(createAndSend(dialog.get()),
             (QJsonObject{{u"project"_s, u"which-org"_s}, {u"account_id"_s, u"a9e1b2c3d4f5"_s}}));
}

void TestProjectEditDialog::createWithoutAccountListAsks()
{
    // The accounts could not be read: "None" is not chosen for the user either, since the
    // user may well have organizations. The field says why.
    SandboxServer::Fault fault;
    fault.status = 503;
    m_server->setFault(u"GET"_s, u"/v1/account"_s, fault);
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    auto* account = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    auto* error = dialog->findChild<QLabel*>(u"accountErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(u"Could not load the accounts"_s), 30000);
    waitUntilLoaded(dialog.get());
    QVERIFY2(account->currentText().startsWith(u"Choose an organization"_s),
             qPrintable(account->currentText()));
    QVERIFY(error->isVisible());
    QCOMPARE(account->accessibleDescription(), error->text());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"no-accounts"_s);
    QVERIFY(!ok->isEnabled());

    chooseInCombo(account, QString());
    QVERIFY(ok->isEnabled());
    QCOMPARE(createAndSend(dialog.get()), (QJsonObject{{u"project"_s, u"no-accounts"_s}}));
}

void TestProjectEditDialog::createStartsOnTheSelectedProjectsOrganization()
{
    // The project selected in the main window lives in a unit of the second organization:
    // the new one starts in that organization, not in the first one the API lists.
    addSecondOrganization();
    editSandboxState([](QJsonObject& state) {
        QJsonArray accounts = state.value(u"accounts"_s).toArray();
        accounts.append(QJsonObject{{u"account_id"_s, u"a9e1unit0001"_s},
                                    {u"account_name"_s, u"Nordic Analytics / Research"_s},
                                    {u"organization_id"_s, u"org9e1b2c3d4f5"_s},
                                    {u"parent_account_id"_s, u"a9e1b2c3d4f5"_s},
                                    {u"root_account_id"_s, u"a9e1b2c3d4f5"_s},
                                    {u"is_account_owner"_s, false},
                                    {u"tenant_id"_s, u"aiven"_s}});
        state.insert(u"accounts"_s, accounts);
    });
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    dialog->setSelectedProjectAccount(u"a9e1unit0001"_s);
    waitUntilLoaded(dialog.get());
    auto* account = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    QCOMPARE(account->currentData().toString(), u"a9e1b2c3d4f5"_s);
    QVERIFY(!dialog->findChild<QLabel*>(u"accountErrorLabel"_s)->isVisible());
    QCOMPARE(account->findText(u"Choose an organization"_s, Qt::MatchStartsWith), -1);

    QSignalSpy saved(dialog.get(), &ProjectEditDialog::projectSaved);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"beside-it"_s);
    clickOk(dialog.get());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(requests(u"POST"_s).at(0).body).object(),
             (QJsonObject{{u"project"_s, u"beside-it"_s}, {u"account_id"_s, u"a9e1b2c3d4f5"_s}}));
}

void TestProjectEditDialog::cloudPickerOffersTheProjectsClouds()
{
    CloudCatalog catalog(m_client);
    catalog.setCacheFile(QString());
    catalog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.clouds().isEmpty(), 10000);
    QVERIFY(!catalog.find(u"timescale-aws-us-east-2"_s));

    auto dialog =
        std::make_unique<ProjectEditDialog>(m_client, &catalog, ProjectEditDialog::Mode::Edit,
                                            sandboxProject(u"metrics-tenant"_s), QStringList{});
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 10000);
    bool asked = false;
    for (const auto& request : m_server->recordedRequests()) {
        if (request.method == u"GET"_s && request.path == u"/v1/project/metrics-tenant/clouds"_s) {
            asked = true;
            QCOMPARE(request.authorization, m_sandbox->authorization());
        }
    }
    QVERIFY(asked);
    // The project's list: the public clouds and its tenant cloud, described by the server.
    auto* cloud = dialog->findChild<SearchableComboBox*>(u"cloudComboBox"_s);
    QCOMPARE(cloud->count(), catalog.clouds().size() + 1);
    QCOMPARE(cloud->currentValue(), u"timescale-aws-us-east-2"_s);
    QVERIFY2(cloud->currentText().contains(u"Ohio"_s) &&
                 cloud->currentText().contains(u"timescale"_s),
             qPrintable(cloud->currentText()));

    // The map picker offers the same list.
    QStringList offered;
    QTimer::singleShot(0, this, [&] {
        auto* picker = qobject_cast<RegionPickerDialog*>(QApplication::activeModalWidget());
        if (!picker)
            return;
        offered = picker->browser()->proxy()->visibleCloudNames();
        picker->browser()->setSelectedCloudName(u"google-europe-north1"_s);
        picker->accept();
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"pickOnMapPushButton"_s), Qt::LeftButton);
    QCOMPARE(offered.size(), catalog.clouds().size() + 1);
    QVERIFY(offered.contains(u"timescale-aws-us-east-2"_s));
    QCOMPARE(cloud->currentValue(), u"google-europe-north1"_s);
    QCOMPARE(reviewAndSave(dialog.get()), (QJsonObject{{u"cloud"_s, u"google-europe-north1"_s}}));
}

void TestProjectEditDialog::unknownDefaultCloudIsKept()
{
    // The project's list does not name its default cloud (here: only one public cloud).
    SandboxServer::Fault projectClouds;
    projectClouds.body =
        R"json({"clouds":[{"cloud_description":"Europe, Finland - Google Cloud: Finland",
        "cloud_name":"google-europe-north1","geo_latitude":60.5693,"geo_longitude":27.1878,
        "geo_region":"europe"}]})json";
    m_server->setFault(u"GET"_s, u"/v1/project/metrics-tenant/clouds"_s, projectClouds);
    auto dialog = openEdit(u"metrics-tenant"_s);
    auto* cloud = dialog->findChild<SearchableComboBox*>(u"cloudComboBox"_s);
    QCOMPARE(cloud->count(), 2);
    QCOMPARE(cloud->currentValue(), u"timescale-aws-us-east-2"_s);
    QVERIFY(cloud->currentText().contains(u"timescale-aws-us-east-2"_s));
    dialog->findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(1);
    auto* emails = dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    QTest::keyClicks(emails->lineEdit(), u"metrics@example.com"_s);
    QTest::keyClick(emails->lineEdit(), Qt::Key_Return);
    QCOMPARE(reviewAndSave(dialog.get()),
             (QJsonObject{{u"tech_emails"_s,
                           QJsonArray{QJsonObject{{u"email"_s, u"metrics@example.com"_s}}}}}));
    QCOMPARE(m_server->project(u"metrics-tenant"_s).value(u"default_cloud"_s).toString(),
             u"timescale-aws-us-east-2"_s);
}

void TestProjectEditDialog::seedProjectsEditCleanly()
{
    // The sandbox seed's real-account shapes, answered by the sandbox itself.
    CloudCatalog catalog(m_client);
    catalog.setCacheFile(QString());
    catalog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.clouds().isEmpty(), 10000);
    const Project tenant = sandboxProject(u"timescale-metrics"_s);
    QCOMPARE(tenant.defaultCloud, u"timescale-aws-us-east-2"_s);
    ProjectEditDialog dialog(m_client, &catalog, ProjectEditDialog::Mode::Edit, tenant, {});
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10000);
    auto* cloud = dialog.findChild<SearchableComboBox*>(u"cloudComboBox"_s);
    // The public clouds and the project's tenant cloud, described as the API describes it.
    QCOMPARE(cloud->count(), catalog.clouds().size() + 1);
    QCOMPARE(cloud->currentValue(), u"timescale-aws-us-east-2"_s);
    QVERIFY2(cloud->currentText().startsWith(u"United States, Ohio"_s),
             qPrintable(cloud->currentText()));
    // tags null: a first tag (an operator may change tags) is all that is sent.
    dialog.findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(1);
    auto* table = dialog.findChild<TagTableEditor*>(u"tagTableEditor"_s)->table();
    QCOMPARE(table->rowCount(), 0);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"addTagPushButton"_s), Qt::LeftButton);
    typeIntoCell(table, 0, 0, u"team"_s);
    typeIntoCell(table, 0, 1, u"metrics"_s);
    QCOMPARE(reviewAndSave(&dialog),
             (QJsonObject{{u"tags"_s, QJsonObject{{u"team"_s, u"metrics"_s}}}}));
    QCOMPARE(m_server->project(u"timescale-metrics"_s).value(u"default_cloud"_s).toString(),
             u"timescale-aws-us-east-2"_s);

    // finance-reports: billing tag, no default cloud, trailing-space company, address lines.
    m_server->clearRecordedRequests();
    auto finance = openEdit(u"finance-reports"_s);
    QCOMPARE(finance->findChild<SearchableComboBox*>(u"cloudComboBox"_s)->currentValue(),
             QString());
    clickOk(finance.get());
    QVERIFY(!finance->isConfirming());
    QVERIFY(
        finance->findChild<CallStatusLine*>(u"callStatusLine"_s)->text().contains(u"Nothing"_s));
    auto* zip = finance->findChild<QLineEdit*>(u"zipCodeLineEdit"_s);
    zip->selectAll();
    QTest::keyClicks(zip, u"00101"_s);
    QCOMPARE(reviewAndSave(finance.get()), (QJsonObject{{u"zip_code"_s, u"00101"_s}}));
}

void TestProjectEditDialog::editHidesCopyFromRow()
{
    auto edit = openEdit(u"taken-name"_s);
    QVERIFY(!edit->findChild<QComboBox*>(u"copyFromComboBox"_s)->isVisible());
    QVERIFY(!edit->findChild<QLabel*>(u"copyFromLabel"_s)->isVisible());
    QVERIFY(!edit->findChild<QCheckBox*>(u"copyTagsCheckBox"_s)->isVisible());
    auto create = makeDialog(ProjectEditDialog::Mode::Create);
    QVERIFY(create->findChild<QComboBox*>(u"copyFromComboBox"_s)->isVisible());
    QVERIFY(create->findChild<QLabel*>(u"copyFromLabel"_s)->isVisible());
}

void TestProjectEditDialog::editAddressWhereTheProjectHasIt()
{
    // address_lines with an empty billing_address: the lines are what the user edits.
    auto dialog = openEdit(u"ledger-eu"_s);
    dialog->findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(2);
    auto* address = dialog->findChild<QPlainTextEdit*>(u"billingAddressPlainTextEdit"_s);
    QCOMPARE(address->toPlainText(), u"Esimerkkikatu 1\nPL 123"_s);
    address->setFocus();
    QTest::keyClick(address, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(address, Qt::Key_Backspace);
    QTest::keyClicks(address, u"4"_s);
    QCOMPARE(reviewAndSave(dialog.get()),
             (QJsonObject{{u"address_lines"_s, QJsonArray{u"Esimerkkikatu 1"_s, u"PL 124"_s}}}));

    // A project with a billing_address keeps editing that field.
    m_server->addProject(QJsonObject{{u"project_name"_s, u"old-address"_s},
                                     {u"billing_address"_s, u"Main Street 1\nSpringfield"_s},
                                     {u"address_lines"_s, QJsonArray{}}});
    m_server->clearRecordedRequests();
    auto old = openEdit(u"old-address"_s);
    address = old->findChild<QPlainTextEdit*>(u"billingAddressPlainTextEdit"_s);
    QCOMPARE(address->toPlainText(), u"Main Street 1\nSpringfield"_s);
    address->setFocus();
    QTest::keyClick(address, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(address, u" IL"_s);
    QCOMPARE(reviewAndSave(old.get()),
             (QJsonObject{{u"billing_address"_s, u"Main Street 1\nSpringfield IL"_s}}));
}

void TestProjectEditDialog::detailsShowTheAddressTheDialogEdits()
{
    for (const QString& name : {u"ledger-eu"_s, u"taken-name"_s}) {
        const Project project = sandboxProject(name);
        ProjectDetailsWidget details;
        details.setProject(project);
        details.show();
        auto dialog = openEdit(name);
        const QString edited =
            dialog->findChild<QPlainTextEdit*>(u"billingAddressPlainTextEdit"_s)->toPlainText();
        QVERIFY(!edited.isEmpty());
        QCOMPARE(details.findChild<QLabel*>(u"billingAddressValueLabel"_s)->text(), edited);
        // Only one address row when the project has one address.
        QVERIFY(!details.findChild<QLabel*>(u"addressLinesValueLabel"_s)->isVisible());
    }
}

void TestProjectEditDialog::validationBannerGoesWhenCorrected()
{
    auto dialog = makeDialog(ProjectEditDialog::Mode::Create);
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    auto* emails = dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s);
    auto* status = dialog->findChild<CallStatusLine*>(u"callStatusLine"_s);
    QTest::keyClicks(name, u"9lives"_s);
    QTest::keyClicks(emails->lineEdit(), u"not-an-address"_s);
    clickOk(dialog.get());
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"2 fields"_s), qPrintable(status->text()));

    // One field right: the banner counts the other.
    name->selectAll();
    QTest::keyClicks(name, u"nine-lives"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"the field marked"_s), qPrintable(status->text()));
    // Both right: the banner and the marks are gone, before any OK.
    emails->lineEdit()->selectAll();
    QTest::keyClicks(emails->lineEdit(), u"cat@example.com"_s);
    QVERIFY(!status->isError());
    QVERIFY(status->text().isEmpty());
    QVERIFY(emails->errorText().isEmpty());
    QCOMPARE(requests(u"POST"_s).size(), 0);

    // Still wrong after an edit: the banner stays.
    name->selectAll();
    QTest::keyClicks(name, u"Nine"_s);
    clickOk(dialog.get());
    QVERIFY(status->isError());
    QTest::keyClicks(name, u"X"_s);
    QVERIFY(status->isError());
    QCOMPARE(requests(u"POST"_s).size(), 0);

    // The same in Edit: a wrong billing email marks the banner, correcting it clears it.
    auto edit = openEdit(u"ledger-eu"_s);
    auto* billing = edit->findChild<EmailListEditor*>(u"billingEmailListEditor"_s);
    auto* editStatus = edit->findChild<CallStatusLine*>(u"callStatusLine"_s);
    QVERIFY(billing && editStatus);
    QTest::keyClicks(billing->lineEdit(), u"billing-at-example"_s);
    clickOk(edit.get());
    QVERIFY(editStatus->isError());
    QVERIFY(!edit->isConfirming());
    billing->lineEdit()->selectAll();
    QTest::keyClicks(billing->lineEdit(), u"billing@example.org"_s);
    QVERIFY(!editStatus->isError());
    QVERIFY(editStatus->text().isEmpty());
    QCOMPARE(requests(u"PUT"_s).size(), 0);
}

// Not a check: with FJORD_SCREENSHOT_DIR set, saves the dialogs as PNGs to look at.
void TestProjectEditDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    CloudCatalog catalog(m_client);
    catalog.setCacheFile(QString());
    catalog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!catalog.clouds().isEmpty(), 10000);

    ProjectEditDialog create(m_client, &catalog, ProjectEditDialog::Mode::Create, Project{},
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
    ProjectEditDialog edit(m_client, &catalog, ProjectEditDialog::Mode::Edit, before,
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

    // A real-account shape: billing tags, no default cloud, address lines; then a move to
    // another account that still needs a billing group.
    const Project ledger = sandboxProject(u"ledger-eu"_s);
    ProjectEditDialog real(m_client, &catalog, ProjectEditDialog::Mode::Edit, ledger, {});
    real.show();
    QTRY_VERIFY_WITH_TIMEOUT(!real.isLoading(), 10000);
    QVERIFY(real.grab().save(dir + u"/edit-dialog-real-general.png"_s));
    real.findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(1);
    QVERIFY(real.grab().save(dir + u"/edit-dialog-real-tags.png"_s));
    real.findChild<QTabWidget*>(u"sectionsTabWidget"_s)->setCurrentIndex(2);
    QVERIFY(real.grab().save(dir + u"/edit-dialog-real-billing.png"_s));
    addSecondOrganization();
    ProjectEditDialog move(m_client, &catalog, ProjectEditDialog::Mode::Edit, ledger, {});
    move.show();
    QTRY_VERIFY_WITH_TIMEOUT(!move.isLoading(), 10000);
    chooseInCombo(move.findChild<QComboBox*>(u"accountComboBox"_s), u"a9e1b2c3d4f5"_s);
    clickOk(&move);
    QVERIFY(move.grab().save(dir + u"/edit-dialog-move-account.png"_s));

    ProjectEditDialog choose(m_client, &catalog, ProjectEditDialog::Mode::Create, Project{}, {});
    choose.show();
    waitUntilLoaded(&choose);
    QTest::keyClicks(choose.findChild<QLineEdit*>(u"nameLineEdit"_s), u"analytics"_s);
    QCoreApplication::processEvents(); // the layout makes room for the hint
    QVERIFY(choose.grab().save(dir + u"/create-dialog-choose-organization.png"_s));

    SandboxServer::Fault fault;
    fault.status = 409;
    fault.body =
        R"({"errors":[{"error_code":"project_already_exists","message":"Project already exists","status":409}],"message":"Project already exists"})";
    m_server->setFault(u"POST"_s, u"/v1/project"_s, fault);
    ProjectEditDialog taken(m_client, &catalog, ProjectEditDialog::Mode::Create, Project{}, {});
    taken.show();
    waitUntilLoaded(&taken);
    chooseInCombo(taken.findChild<QComboBox*>(u"accountComboBox"_s), u"a225dad8d3c4"_s);
    QTest::keyClicks(taken.findChild<QLineEdit*>(u"nameLineEdit"_s), u"analytics"_s);
    clickOk(&taken);
    QTRY_VERIFY_WITH_TIMEOUT(!taken.isBusy(), 10000);
    QVERIFY(taken.grab().save(dir + u"/create-dialog-409.png"_s));
}

} // namespace fjord

QTEST_MAIN(fjord::TestProjectEditDialog)
#include "tst_projecteditdialog.moc"
