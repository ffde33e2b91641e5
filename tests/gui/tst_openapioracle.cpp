// The OpenAPI oracle: every request the real dialogs send, as the sandbox received it, is
// checked against Aiven's own OpenAPI document (tests/support/aiven-openapi-subset.json) by a
// real JSON Schema validator (python3-jsonschema, tests/support/openapi_oracle.py): the path
// and method exist, a method without a request body gets none, and a body validates against
// the request schema of its path and method. The dialogs are driven as a user would
// (create, edit one field kind at a time, delete, sign in and out) on the seed's real-account
// shapes; each test function checks its own requests, and at the end all of them are checked
// together and the distinct bodies counted.

#include "BulkTagsDialog.h"
#include "CountryComboBox.h"
#include "EmailListEditor.h"
#include "MemberRoleDialog.h"
#include "ProjectDeleteDialog.h"
#include "ProjectEditDialog.h"
#include "ProjectMembersDialog.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SearchableComboBox.h"
#include "SessionFixture.h"
#include "SignInDialog.h"
#include "TagTableEditor.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "api/JsonCodec.h"
#include "auth/SessionController.h"
#include "models/BulkTagRun.h"
#include "models/CloudCatalog.h"
#include "models/ProjectMembersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

using Requests = QList<SandboxServer::RecordedRequest>;

struct OracleAnswer
{
    bool ok = false;
    QString output;
    int distinctBodies = -1;
};

// Runs the validator over `requests` (written to a temporary file as the server got them).
OracleAnswer askOracle(const Requests& requests)
{
    OracleAnswer answer;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        answer.output = u"no temporary directory"_s;
        return answer;
    }
    QJsonArray list;
    for (const auto& request : requests) {
        list.append(QJsonObject{{u"method"_s, request.method},
                                {u"path"_s, request.path},
                                {u"body"_s, QString::fromUtf8(request.body)}});
    }
    QFile file(dir.filePath(u"requests.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(list).toJson()) < 0) {
        answer.output = file.errorString();
        return answer;
    }
    file.close();

    const QString support = test::sourceDir() + u"/tests/support/"_s;
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral(FJORD_PYTHON3),
                 {support + u"openapi_oracle.py"_s, support + u"aiven-openapi-subset.json"_s,
                  file.fileName()});
    if (!python.waitForFinished(60000)) {
        python.kill();
        python.waitForFinished(5000);
        answer.output = u"the validator did not finish: "_s + python.errorString();
        return answer;
    }
    answer.output = QString::fromUtf8(python.readAll());
    answer.ok = python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
    const QRegularExpressionMatch count =
        QRegularExpression(u"(\\d+) distinct request bodies validated"_s).match(answer.output);
    if (count.hasMatch())
        answer.distinctBodies = count.captured(1).toInt();
    return answer;
}

} // namespace

class TestOpenApiOracle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatorRejectsWhatTheDocumentRejects();
    void init();
    void cleanup();

    void createNameOnly();
    void createWithEveryField();
    void createCopyingAProject();
    void editName();
    void editCloud();
    void editKeepsTenantCloud();
    void editBillingGroup();
    void editTagsWithBillingTag();
    void editTagsOfNullTagsAsOperator();
    void editTechEmails();
    void editBillingEmails();
    void editAddress();
    void editCityZipState();
    void editCountryAndNotSet();
    void editVatAndCompany();
    void editCurrency();
    void editCurrencyNotSet();
    void editOverlongTexts();
    void deleteProject();
    void signInAndOut();
    void membersInviteChangeRemoveCancel();
    void tagsOfManyProjects();

    void cleanupTestCase();

private:
    void checkRequests();
    // Opens Edit on `name` as the sandbox holds it, lets `change` act as the user, then
    // reviews and saves. Returns the number of PUTs that reached the server.
    int editAndSave(const QString& name, const std::function<void(ProjectEditDialog*)>& change);
    std::unique_ptr<ProjectEditDialog> openDialog(ProjectEditDialog::Mode mode,
                                                  const Project& project = {});
    bool createAndSave(ProjectEditDialog* dialog);
    Project sandboxProject(const QString& name) const;
    int countRequests(const QString& method) const;
    QStringList projectNames() const;

    static void waitUntilLoaded(ProjectEditDialog* dialog);
    static void reveal(QWidget* widget);
    static void clickOk(ProjectEditDialog* dialog);
    static void typeInto(QLineEdit* edit, const QString& text, bool replace = true);
    static void addEmail(EmailListEditor* editor, const QString& email);
    static void addTag(TagTableEditor* editor, const QString& key, const QString& value);
    static void removeTag(TagTableEditor* editor, const QString& key);
    static void chooseItem(QComboBox* combo, const QString& data);

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
    std::unique_ptr<CloudCatalog> m_catalog;
    Requests m_all; // every request of every test function, for the total count
    int m_functionsWithBodies = 0;
};

// The validator itself fails on what the document refuses (so that a pass means something).
void TestOpenApiOracle::validatorRejectsWhatTheDocumentRejects()
{
    const auto request = [](const QString& method, const QString& path, const QByteArray& body) {
        SandboxServer::RecordedRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        return r;
    };
    // Each of these breaks one rule of the document (enum, minLength, maxLength, type,
    // required, unknown field, no such path, a body where none is taken).
    const Requests bad{
        request(u"PUT"_s, u"/v1/project/p"_s, R"({"billing_currency":""})"),
        request(u"PUT"_s, u"/v1/project/p"_s, R"({"billing_group_id":"short"})"),
        request(u"PUT"_s, u"/v1/project/p"_s, "{\"company\":\"" + QByteArray(129, 'c') + "\"}"),
        request(u"PUT"_s, u"/v1/project/p"_s, R"({"tech_emails":["a@example.com"]})"),
        request(u"POST"_s, u"/v1/project"_s, R"({"cloud":"aws-eu-west-1"})"),
        request(u"POST"_s, u"/v1/project"_s, R"({"project":"p","colour":"red"})"),
        request(u"GET"_s, u"/v1/no-such-thing"_s, {}),
        request(u"DELETE"_s, u"/v1/project/p"_s, R"({"force":true})"),
        request(u"POST"_s, u"/v1/project/p/invite"_s,
                R"({"user_email":"a@example.com","member_type":"owner"})"),
        request(u"POST"_s, u"/v1/project/p/invite"_s, R"({"member_type":"admin"})"),
        request(u"PUT"_s, u"/v1/project/p/user/a%40example.com"_s, R"({"role":"admin"})"),
        request(u"PATCH"_s, u"/v1/project/p/tags"_s, R"({"labels":{}})"),
        request(u"DELETE"_s, u"/v1/project/p/invite/a%40example.com"_s, R"({"x":1})"),
    };
    for (const auto& one : bad) {
        const OracleAnswer answer = askOracle({one});
        QVERIFY2(
            !answer.ok && answer.output.contains(u"problem"_s),
            qPrintable(one.method + u' ' + QString::fromUtf8(one.body) + u": "_s + answer.output));
    }
    const OracleAnswer good =
        askOracle({request(u"PUT"_s, u"/v1/project/p"_s, R"({"billing_currency":"EUR","tags":{}})"),
                   request(u"DELETE"_s, u"/v1/project/p"_s, {}),
                   request(u"GET"_s, u"/v1/project/p/clouds"_s, {})});
    QVERIFY2(good.ok, qPrintable(good.output));
    QCOMPARE(good.distinctBodies, 1);
}

void TestOpenApiOracle::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
    m_catalog = std::make_unique<CloudCatalog>(m_client);
    m_catalog->setCacheFile(QString());
    m_catalog->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_catalog->clouds().isEmpty(), 10000);
    m_sandbox->server().clearRecordedRequests();
}

void TestOpenApiOracle::cleanup()
{
    m_catalog.reset();
    m_client = nullptr;
    m_sandbox.reset();
}

void TestOpenApiOracle::checkRequests()
{
    const Requests requests = m_sandbox->server().recordedRequests();
    QVERIFY(!requests.isEmpty());
    m_all += requests;
    if (std::any_of(requests.cbegin(), requests.cend(),
                    [](const auto& request) { return !request.body.isEmpty(); }))
        ++m_functionsWithBodies;
    const OracleAnswer answer = askOracle(requests);
    QVERIFY2(answer.ok, qPrintable(answer.output));
}

Project TestOpenApiOracle::sandboxProject(const QString& name) const
{
    return json::parseProject(m_sandbox->server().project(name)).value_or(Project{});
}

QStringList TestOpenApiOracle::projectNames() const
{
    // As the main window knows them: from the list the API gave.
    ApiCall* call = m_client->listProjects();
    call->setAutoDelete(false);
    QStringList names;
    if (QTest::qWaitFor([call] { return call->isFinished(); }, 10000) && call->isSuccess()) {
        for (const Project& project : call->value<ProjectRecords>().projects())
            names.append(project.name);
    }
    call->deleteLater();
    return names;
}

int TestOpenApiOracle::countRequests(const QString& method) const
{
    int count = 0;
    const Requests all = m_sandbox->server().recordedRequests();
    for (const auto& request : all)
        count += request.method == method && request.path.startsWith(u"/v1/project"_s) ? 1 : 0;
    return count;
}

std::unique_ptr<ProjectEditDialog> TestOpenApiOracle::openDialog(ProjectEditDialog::Mode mode,
                                                                 const Project& project)
{
    auto dialog = std::make_unique<ProjectEditDialog>(m_client, m_catalog.get(), mode, project,
                                                      projectNames());
    dialog->show();
    waitUntilLoaded(dialog.get());
    return dialog;
}

void TestOpenApiOracle::waitUntilLoaded(ProjectEditDialog* dialog)
{
    auto* accounts = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    auto* groups = dialog->findChild<QComboBox*>(u"billingGroupComboBox"_s);
    QVERIFY(accounts && groups);
    QTRY_VERIFY_WITH_TIMEOUT(accounts->findText(u"Loading"_s, Qt::MatchStartsWith) < 0 &&
                                 groups->findText(u"Loading"_s, Qt::MatchStartsWith) < 0,
                             10000);
}

// Clicks the tab that holds `widget`, as a user does before typing into it.
void TestOpenApiOracle::reveal(QWidget* widget)
{
    QVERIFY(widget);
    for (QWidget* page = widget; page && page->parentWidget(); page = page->parentWidget()) {
        auto* tabs = qobject_cast<QTabWidget*>(page->parentWidget()->parentWidget());
        const int index = tabs ? tabs->indexOf(page) : -1;
        if (index < 0)
            continue;
        if (tabs->currentIndex() != index)
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                              tabs->tabBar()->tabRect(index).center());
        QCOMPARE(tabs->currentIndex(), index);
    }
    QTRY_VERIFY_WITH_TIMEOUT(widget->isVisible(), 2000);
}

void TestOpenApiOracle::clickOk(ProjectEditDialog* dialog)
{
    auto* ok = dialog->findChild<QPushButton*>(u"okPushButton"_s);
    QVERIFY(ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestOpenApiOracle::typeInto(QLineEdit* edit, const QString& text, bool replace)
{
    reveal(edit);
    if (replace) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    QTest::keyClicks(edit, text);
}

void TestOpenApiOracle::addEmail(EmailListEditor* editor, const QString& email)
{
    reveal(editor);
    QTest::keyClicks(editor->lineEdit(), email);
    QTest::keyClick(editor->lineEdit(), Qt::Key_Return);
}

void TestOpenApiOracle::addTag(TagTableEditor* editor, const QString& key, const QString& value)
{
    reveal(editor);
    QTableWidget* table = editor->table();
    QTest::mouseClick(editor->findChild<QPushButton*>(u"addTagPushButton"_s), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    for (const auto& [column, text] : {std::pair{0, key}, std::pair{1, value}}) {
        // "Add tag" opens the new key cell's editor itself; the value cell is opened here.
        if (column == 1) {
            table->setCurrentCell(row, column);
            table->editItem(table->item(row, column));
        }
        QLineEdit* cell = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto editors = table->viewport()->findChildren<QLineEdit*>();
                for (QLineEdit* candidate : editors) {
                    if (candidate->isVisible())
                        cell = candidate;
                }
                return cell != nullptr;
            }(),
            5000);
        QTest::keyClicks(cell, text);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(row, column)->text(), text, 5000);
    }
}

void TestOpenApiOracle::removeTag(TagTableEditor* editor, const QString& key)
{
    reveal(editor);
    QTableWidget* table = editor->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == key) {
            const QRect cell = table->visualItemRect(table->item(row, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            QVERIFY(table->selectionModel()->isRowSelected(row, {}));
            QTest::mouseClick(editor->findChild<QPushButton*>(u"removeTagPushButton"_s),
                              Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(u"no tag row " + key));
}

// Picks the entry holding `data` with the keyboard (Home, then Down until it is current).
void TestOpenApiOracle::chooseItem(QComboBox* combo, const QString& data)
{
    reveal(combo);
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

int TestOpenApiOracle::editAndSave(const QString& name,
                                   const std::function<void(ProjectEditDialog*)>& change)
{
    const Project before = sandboxProject(name);
    if (before.name != name) {
        QTest::qFail(qPrintable(u"no project "_s + name), __FILE__, __LINE__);
        return -1;
    }
    auto dialog = openDialog(ProjectEditDialog::Mode::Edit, before);
    change(dialog.get());
    if (QTest::currentTestFailed())
        return -1;
    clickOk(dialog.get());
    if (dialog->isConfirming())
        clickOk(dialog.get());
    // Sending starts at once; a form the dialog refused, or "nothing changed", sends nothing.
    if (!QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000)) {
        QTest::qFail("the save did not finish", __FILE__, __LINE__);
        return -1;
    }
    return countRequests(u"PUT"_s);
}

bool TestOpenApiOracle::createAndSave(ProjectEditDialog* dialog)
{
    QSignalSpy saved(dialog, &ProjectEditDialog::projectSaved);
    clickOk(dialog);
    return QTest::qWaitFor([&] { return saved.count() == 1; }, 10000);
}

// ---- create ------------------------------------------------------------------------------

void TestOpenApiOracle::createNameOnly()
{
    auto dialog = openDialog(ProjectEditDialog::Mode::Create);
    typeInto(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"plain-project"_s);
    QVERIFY(createAndSave(dialog.get()));
    QCOMPARE(countRequests(u"POST"_s), 1);
    checkRequests();
}

void TestOpenApiOracle::createWithEveryField()
{
    auto dialog = openDialog(ProjectEditDialog::Mode::Create);
    typeInto(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"full-project"_s);
    auto* accounts = dialog->findChild<QComboBox*>(u"accountComboBox"_s);
    chooseItem(accounts, u"a225dad8d3c4"_s);
    chooseItem(dialog->findChild<QComboBox*>(u"billingGroupComboBox"_s),
               u"1c6d2a0e-7b3f-4e45-9a8d-3f0e5b2c9d71"_s);
    QVERIFY(dialog->findChild<SearchableComboBox*>(u"cloudComboBox"_s)
                ->setCurrentValue(u"google-europe-north1"_s));
    addTag(dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s), u"billing:PO"_s, u"PO-1"_s);
    addTag(dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s), u"env"_s, u"test"_s);
    addEmail(dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s), u"ops@example.com"_s);
    addEmail(dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s), u"On@Example.COM"_s);
    QVERIFY(createAndSave(dialog.get()));
    QCOMPARE(countRequests(u"POST"_s), 1);
    const QJsonObject created = m_sandbox->server().project(u"full-project"_s);
    QCOMPARE(created.value("tags"_L1).toObject().value("billing:PO"_L1).toString(), u"PO-1"_s);
    checkRequests();
}

void TestOpenApiOracle::createCopyingAProject()
{
    auto dialog = openDialog(ProjectEditDialog::Mode::Create);
    typeInto(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"copied-project"_s);
    auto* copyFrom = dialog->findChild<QComboBox*>(u"copyFromComboBox"_s);
    if (!copyFrom || !copyFrom->isVisibleTo(dialog.get()))
        QSKIP("This create dialog has no \"Copy settings from\" row");
    chooseItem(copyFrom, u"finance-reports"_s);
    auto* sourceGroup = dialog->findChild<QCheckBox*>(u"useSourceBillingGroupCheckBox"_s);
    if (sourceGroup && !sourceGroup->isChecked())
        QTest::mouseClick(sourceGroup, Qt::LeftButton);
    QVERIFY(createAndSave(dialog.get()));
    QCOMPARE(countRequests(u"POST"_s), 1);
    checkRequests();
}

// ---- edit, one kind of field at a time ------------------------------------------------------

void TestOpenApiOracle::editName()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        typeInto(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"my-project-renamed"_s);
    });
    QCOMPARE(puts, 1);
    QVERIFY(!m_sandbox->server().project(u"my-project-renamed"_s).isEmpty());
    checkRequests();
}

void TestOpenApiOracle::editCloud()
{
    const int puts = editAndSave(u"finance-reports"_s, [](ProjectEditDialog* dialog) {
        QVERIFY(dialog->findChild<SearchableComboBox*>(u"cloudComboBox"_s)
                    ->setCurrentValue(u"aws-eu-west-1"_s));
    });
    QCOMPARE(puts, 1);
    QCOMPARE(m_sandbox->server().project(u"finance-reports"_s).value("default_cloud"_L1),
             QJsonValue(u"aws-eu-west-1"_s));
    checkRequests();
}

// A project on a tenant cloud: another field changes and its cloud is kept (editCloud moves a
// project to another cloud).
void TestOpenApiOracle::editKeepsTenantCloud()
{
    const int puts = editAndSave(u"timescale-metrics"_s, [](ProjectEditDialog* dialog) {
        addTag(dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s), u"team"_s, u"metrics"_s);
    });
    QCOMPARE(puts, 1);
    QCOMPARE(m_sandbox->server().project(u"timescale-metrics"_s).value("default_cloud"_L1),
             QJsonValue(u"timescale-aws-us-east-2"_s));
    checkRequests();
}

void TestOpenApiOracle::editBillingGroup()
{
    const int puts = editAndSave(u"analytics-eu"_s, [](ProjectEditDialog* dialog) {
        chooseItem(dialog->findChild<QComboBox*>(u"billingGroupComboBox"_s),
                   u"588a8e63-fda7-4ff7-9bff-577debfee604"_s);
    });
    QCOMPARE(puts, 1);
    QCOMPARE(m_sandbox->server().project(u"analytics-eu"_s).value("billing_group_id"_L1),
             QJsonValue(u"588a8e63-fda7-4ff7-9bff-577debfee604"_s));
    checkRequests();
}

void TestOpenApiOracle::editTagsWithBillingTag()
{
    const int puts = editAndSave(u"finance-reports"_s, [](ProjectEditDialog* dialog) {
        auto* tags = dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s);
        removeTag(tags, u"env"_s);
        addTag(tags, u"billing:cost-center"_s, u"4711"_s);
    });
    QCOMPARE(puts, 1);
    const QJsonObject tags =
        m_sandbox->server().project(u"finance-reports"_s).value("tags"_L1).toObject();
    QVERIFY(tags.contains("billing:PO"_L1));
    QVERIFY(tags.contains("billing:cost-center"_L1));
    QVERIFY(!tags.contains("env"_L1));
    checkRequests();
}

void TestOpenApiOracle::editTagsOfNullTagsAsOperator()
{
    const int puts = editAndSave(u"timescale-metrics"_s, [](ProjectEditDialog* dialog) {
        addTag(dialog->findChild<TagTableEditor*>(u"tagTableEditor"_s), u"billing:PO"_s, u"TS-9"_s);
    });
    QCOMPARE(puts, 1);
    QCOMPARE(m_sandbox->server()
                 .project(u"timescale-metrics"_s)
                 .value("tags"_L1)
                 .toObject()
                 .value("billing:PO"_L1),
             QJsonValue(u"TS-9"_s));
    checkRequests();
}

void TestOpenApiOracle::editTechEmails()
{
    const int puts = editAndSave(u"finance-reports"_s, [](ProjectEditDialog* dialog) {
        addEmail(dialog->findChild<EmailListEditor*>(u"techEmailListEditor"_s),
                 u"second@Example.com"_s);
    });
    QCOMPARE(puts, 1);
    checkRequests();
}

void TestOpenApiOracle::editBillingEmails()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        addEmail(dialog->findChild<EmailListEditor*>(u"billingEmailListEditor"_s),
                 u"accounts@example.com"_s);
    });
    QCOMPARE(puts, 1);
    checkRequests();
}

void TestOpenApiOracle::editAddress()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        auto* address = dialog->findChild<QPlainTextEdit*>(u"billingAddressPlainTextEdit"_s);
        reveal(address);
        address->setFocus();
        QTest::keyClick(address, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(address, Qt::Key_Backspace);
        QTest::keyClicks(address, u"1 New Street"_s);
        QTest::keyClick(address, Qt::Key_Return);
        QTest::keyClicks(address, u"Floor 2"_s);
    });
    QCOMPARE(puts, 1);
    checkRequests();
}

void TestOpenApiOracle::editCityZipState()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        typeInto(dialog->findChild<QLineEdit*>(u"cityLineEdit"_s), u"Chicago"_s);
        typeInto(dialog->findChild<QLineEdit*>(u"zipCodeLineEdit"_s), u"60601"_s);
        typeInto(dialog->findChild<QLineEdit*>(u"stateLineEdit"_s), u""_s);
    });
    QCOMPARE(puts, 1);
    checkRequests();
}

void TestOpenApiOracle::editCountryAndNotSet()
{
    int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        auto* country = dialog->findChild<CountryComboBox*>(u"countryComboBox"_s);
        reveal(country);
        QVERIFY(country->setCurrentValue(u"FI"_s));
    });
    QCOMPARE(puts, 1);
    puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        // "(No country)", and another field so that something is always sent.
        QVERIFY(dialog->findChild<CountryComboBox*>(u"countryComboBox"_s)->setCurrentValue({}));
        typeInto(dialog->findChild<QLineEdit*>(u"cityLineEdit"_s), u"Espoo"_s);
    });
    QCOMPARE(puts, 2);
    checkRequests();
}

void TestOpenApiOracle::editVatAndCompany()
{
    const int puts = editAndSave(u"finance-reports"_s, [](ProjectEditDialog* dialog) {
        typeInto(dialog->findChild<QLineEdit*>(u"vatIdLineEdit"_s), u"FI87654321"_s);
        typeInto(dialog->findChild<QLineEdit*>(u"companyLineEdit"_s), u"Example Oyj"_s);
    });
    QCOMPARE(puts, 1);
    checkRequests();
}

void TestOpenApiOracle::editCurrency()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        chooseItem(dialog->findChild<QComboBox*>(u"currencyComboBox"_s), u"EUR"_s);
    });
    QCOMPARE(puts, 1);
    checkRequests();
}

// "(Not set)" for a project that has a currency: whatever is sent, the document accepts it.
void TestOpenApiOracle::editCurrencyNotSet()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        // The currency enum has no "": a dialog that offers "(Not set)" for a project with a
        // currency must not send it; one that does not offer it sends nothing for it.
        auto* currency = dialog->findChild<QComboBox*>(u"currencyComboBox"_s);
        reveal(currency);
        if (currency->findData(QString()) >= 0)
            chooseItem(currency, QString());
        typeInto(dialog->findChild<QLineEdit*>(u"cityLineEdit"_s), u"Peoria"_s);
    });
    QCOMPARE(puts, 1);
    QCOMPARE(m_sandbox->server().project(u"my-project"_s).value("billing_currency"_L1),
             QJsonValue(u"USD"_s));
    checkRequests();
}

// Texts longer than the document allows are held back by the dialog, never sent.
void TestOpenApiOracle::editOverlongTexts()
{
    const int puts = editAndSave(u"my-project"_s, [](ProjectEditDialog* dialog) {
        typeInto(dialog->findChild<QLineEdit*>(u"companyLineEdit"_s), QString(140, u'c'));
        typeInto(dialog->findChild<QLineEdit*>(u"zipCodeLineEdit"_s), QString(40, u'9'));
        typeInto(dialog->findChild<QLineEdit*>(u"vatIdLineEdit"_s), QString(70, u'V'));
        typeInto(dialog->findChild<QLineEdit*>(u"stateLineEdit"_s), QString(130, u's'));
    });
    // Sent, with each text cut to what its field holds (checkRequests holds the lengths to
    // the document's limits).
    QCOMPARE(puts, 1);
    const Project after = sandboxProject(u"my-project"_s);
    const auto cut = [](const QString& stored, const QString& typed) {
        return !stored.isEmpty() && stored.size() < typed.size() && typed.startsWith(stored);
    };
    QVERIFY2(cut(after.company, QString(140, u'c')), qPrintable(after.company));
    QVERIFY2(cut(after.zipCode, QString(40, u'9')), qPrintable(after.zipCode));
    QVERIFY2(cut(after.vatId, QString(70, u'V')), qPrintable(after.vatId));
    QVERIFY2(cut(after.state, QString(130, u's')), qPrintable(after.state));
    checkRequests();
}

// ---- delete, sign in, sign out --------------------------------------------------------------

void TestOpenApiOracle::deleteProject()
{
    ProjectDeleteDialog dialog(m_client, sandboxProject(u"finance-reports"_s));
    dialog.show();
    QSignalSpy deleted(&dialog, &ProjectDeleteDialog::projectDeleted);
    auto* confirm = dialog.findChild<QLineEdit*>(u"confirmLineEdit"_s);
    QVERIFY(confirm);
    QTest::keyClicks(confirm, u"finance-reports"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
    QCOMPARE(countRequests(u"DELETE"_s), 1);
    QVERIFY(m_sandbox->server().project(u"finance-reports"_s).isEmpty());
    checkRequests();
}

void TestOpenApiOracle::signInAndOut()
{
    test::SessionFixture fixture;
    SessionController& session = fixture.session();

    SignInDialog dialog(&session);
    dialog.open();
    test::clickTab(dialog.findChild<QTabWidget*>(u"methodTabWidget"_s),
                   SignInDialog::PasswordMethod);
    auto* url = dialog.findChild<QLineEdit*>(u"apiUrlLineEdit"_s);
    QVERIFY(url);
    test::typeText(url, m_sandbox->baseUrl().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"emailLineEdit"_s), SandboxServer::otpEmail());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s),
                     SandboxServer::demoPassword());
    auto* signIn = dialog.findChild<QPushButton*>(u"signInPushButton"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    auto* otp = dialog.findChild<QLineEdit*>(u"otpLineEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(otp->isVisible(), 15000);
    QTest::keyClicks(otp, SandboxServer::demoOtp());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    QVERIFY(session.isSignedIn());
    session.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Requests all = m_sandbox->server().recordedRequests();
            return std::any_of(all.cbegin(), all.cend(), [](const auto& request) {
                return request.path == u"/v1/me/logout"_s;
            });
        }(),
        10000);
    int logins = 0;
    const Requests all = m_sandbox->server().recordedRequests();
    for (const auto& request : all)
        logins += request.path == u"/v1/userauth"_s ? 1 : 0;
    QCOMPARE(logins, 2); // without, then with the one-time code
    checkRequests();
}

// ---- the count ------------------------------------------------------------------------------

// All requests of the test functions that ran, once more together: prints the count.
// The members dialog as a user drives it: invite, change a role, cancel an invitation and
// remove a member (confirming the question).
void TestOpenApiOracle::membersInviteChangeRemoveCancel()
{
    ProjectMembersDialog dialog(m_client, u"my-project"_s,
                                ProjectPermissions(QStringList{u"admin"_s}));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->hasLoaded(), 10000);
    auto* proxy = dialog.view()->model();
    const auto select = [&](const QString& email, bool invitation) {
        const int row = dialog.model()->rowOfEmail(email, invitation);
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data().toString() == dialog.model()->emailAt(row))
                dialog.view()->selectRow(r);
        }
    };
    const auto finishRoleDialog = [&](const QString& email, const QString& typed) {
        auto* role = dialog.findChild<MemberRoleDialog*>();
        QVERIFY(role);
        if (!email.isEmpty())
            QTest::keyClicks(role->emailEdit(), email);
        QTest::keyClicks(role->roleCombo(), typed);
        QSignalSpy done(role, &QDialog::finished);
        QTest::keyClick(role->roleCombo(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.model()->isLoading(), 10000);
    };
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"invitePushButton"_s), Qt::LeftButton);
    finishRoleDialog(u"ops@example.com"_s, u"O"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"invitePushButton"_s), Qt::LeftButton);
    finishRoleDialog(u"viewer@example.com"_s, u"R"_s);
    select(u"maria.virtanen@example.com"_s, false);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"changeRolePushButton"_s), Qt::LeftButton);
    finishRoleDialog({}, u"A"_s);
    select(u"new.hire@example.com"_s, true);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelInvitationPushButton"_s),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowOfEmail(u"new.hire@example.com"_s, true), -1,
                              10000);
    select(u"lin.chen@example.com"_s, false);
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &dialog, [&] {
        if (QMessageBox* box = dialog.openConfirmation()) {
            answer.stop();
            QTest::mouseClick(box->findChild<QPushButton*>(u"confirmPushButton"_s), Qt::LeftButton);
        }
    });
    answer.start();
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"removePushButton"_s), Qt::LeftButton);
    answer.stop();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowOfEmail(u"lin.chen@example.com"_s), -1, 10000);
    QCOMPARE(countRequests(u"POST"_s), 2);
    QCOMPARE(countRequests(u"PUT"_s), 1);
    QCOMPARE(countRequests(u"DELETE"_s), 2);
    checkRequests();
}

// Edit Tags of N Projects: a tag set on three projects (one of them with tags: null), then
// removed from them.
void TestOpenApiOracle::tagsOfManyProjects()
{
    const QMap<QString, QMap<QString, QString>> projects{
        {u"my-project"_s, {}}, {u"finance-reports"_s, {}}, {u"timescale-metrics"_s, {}}};
    for (const bool remove : {false, true}) {
        BulkTagsDialog dialog(m_client, projects);
        dialog.show();
        QTest::keyClicks(dialog.keyEdit(), u"billing:cost-center"_s);
        if (remove)
            QTest::keyClicks(dialog.actionCombo(), u"R"_s); // "Remove the tag"
        else
            QTest::keyClicks(dialog.valueEdit(), u"CC-4711"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"applyPushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.run());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 10000);
        QCOMPARE(dialog.run()->count(BulkTagRun::State::Done), 3);
    }
    QCOMPARE(countRequests(u"PATCH"_s), 6);
    checkRequests();
}

void TestOpenApiOracle::cleanupTestCase()
{
    if (m_all.isEmpty())
        return;
    const OracleAnswer answer = askOracle(m_all);
    QVERIFY2(answer.ok, qPrintable(answer.output));
    qInfo("%s", qPrintable(answer.output.trimmed()));
    // Every function that sent a body sent one no other function sent.
    QVERIFY2(answer.distinctBodies >= m_functionsWithBodies, qPrintable(answer.output));
}

} // namespace fjord

QTEST_MAIN(fjord::TestOpenApiOracle)
#include "tst_openapioracle.moc"
