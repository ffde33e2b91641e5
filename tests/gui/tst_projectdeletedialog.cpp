// ProjectDeleteDialog driven by objectName against the sandbox on loopback: typed
// confirmation, success, the API's refusal in words, and failures that keep the dialog usable.

#include "CallStatusLine.h"
#include "ProjectDeleteDialog.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "WidgetChecks.h"
#include "api/AivenClient.h"
#include "api/ApiError.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProjectDeleteDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statesNameAndIrreversibility();
    void deleteNeedsExactName();
    void deleteSucceeds();
    void enterDeletesOnlyWhenConfirmed();
    void openBalanceRefusalInWords();
    void serverError500KeepsInput();
    void timeoutKeepsInput();
    void doubleClickSendsOneRequest();
    void escapeAbandonsCall();
    void alreadyGoneCountsAsDeleted();
    void screenshots();

private:
    std::unique_ptr<ProjectDeleteDialog> makeDialog();
    int deleteRequests() const;
    void typeName(ProjectDeleteDialog* dialog, const QString& text);

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    SandboxServer* m_server = nullptr;
    AivenClient* m_client = nullptr;
    Project m_project;
};

void TestProjectDeleteDialog::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_server = &m_sandbox->server();
    m_client = &m_sandbox->client();
    m_server->addProject(QJsonObject{{u"project_name"_s, u"doomed-project"_s}});
    m_server->clearRecordedRequests();
    m_project = {};
    m_project.name = u"doomed-project"_s;
}

void TestProjectDeleteDialog::cleanup()
{
    m_client = nullptr;
    m_server = nullptr;
    m_sandbox.reset();
}

std::unique_ptr<ProjectDeleteDialog> TestProjectDeleteDialog::makeDialog()
{
    auto dialog = std::make_unique<ProjectDeleteDialog>(m_client, m_project);
    dialog->show();
    return dialog;
}

int TestProjectDeleteDialog::deleteRequests() const
{
    int count = 0;
    const auto all = m_server->recordedRequests();
    for (const auto& request : all)
        count += request.method == u"DELETE" ? 1 : 0;
    return count;
}

void TestProjectDeleteDialog::typeName(ProjectDeleteDialog* dialog, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestProjectDeleteDialog::statesNameAndIrreversibility()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->findChild<QLabel*>(u"titleLabel"_s)->text().contains(u"doomed-project"_s));
    {
        const QStringList unnamed = fjord::test::unnamedInteractiveWidgets(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    QVERIFY(
        dialog->findChild<QLabel*>(u"explanationLabel"_s)->text().contains(u"cannot be undone"_s));
    QVERIFY(
        dialog->findChild<QLabel*>(u"confirmPromptLabel"_s)->text().contains(u"doomed-project"_s));
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s));
}

void TestProjectDeleteDialog::deleteNeedsExactName()
{
    auto dialog = makeDialog();
    auto* button = dialog->findChild<QPushButton*>(u"deletePushButton"_s);
    QVERIFY(!button->isEnabled());
    typeName(dialog.get(), u"doomed"_s);
    QVERIFY(!button->isEnabled());
    typeName(dialog.get(), u"DOOMED-PROJECT"_s);
    QVERIFY(!button->isEnabled());
    typeName(dialog.get(), u"doomed-project "_s);
    QVERIFY(!button->isEnabled());
    typeName(dialog.get(), u"doomed-project"_s);
    QVERIFY(button->isEnabled());
    dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s)->backspace();
    QVERIFY(!button->isEnabled());
    dialog->accept(); // not confirmed: nothing happens
    QCOMPARE(m_sandbox->sentCount(u"DELETE"_s), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
}

void TestProjectDeleteDialog::deleteSucceeds()
{
    auto dialog = makeDialog();
    QSignalSpy deleted(dialog.get(), &ProjectDeleteDialog::projectDeleted);
    typeName(dialog.get(), u"doomed-project"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->findChild<QPushButton*>(u"deletePushButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
    QCOMPARE(deleted.at(0).at(0).toString(), u"doomed-project"_s);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_server->project(u"doomed-project"_s).isEmpty());
    QCOMPARE(deleteRequests(), 1);
}

void TestProjectDeleteDialog::enterDeletesOnlyWhenConfirmed()
{
    auto dialog = makeDialog();
    QSignalSpy deleted(dialog.get(), &ProjectDeleteDialog::projectDeleted);
    auto* edit = dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s);
    QTest::keyClicks(edit, u"doomed"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QTest::keyClicks(edit, u"-project"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
}

void TestProjectDeleteDialog::openBalanceRefusalInWords()
{
    SandboxServer::Fault fault;
    fault.status = 403;
    fault.body =
        R"({"errors":[{"message":"Project with open balance cannot be deleted","status":403}],"message":"Project with open balance cannot be deleted"})";
    m_server->setFault(u"DELETE"_s, u"/v1/project/*"_s, fault);
    auto dialog = makeDialog();
    QSignalSpy deleted(dialog.get(), &ProjectDeleteDialog::projectDeleted);
    typeName(dialog.get(), u"doomed-project"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto* status = dialog->findChild<CallStatusLine*>(u"callStatusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"open balance"_s), qPrintable(status->text()));
    QVERIFY(status->details().contains(u"Project with open balance cannot be deleted"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(deleted.count(), 0);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s)->text(), u"doomed-project"_s);
    QVERIFY(dialog->findChild<QPushButton*>(u"deletePushButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s)->isEnabled());
}

void TestProjectDeleteDialog::serverError500KeepsInput()
{
    SandboxServer::Fault fault;
    fault.status = 500;
    m_server->setFault(u"DELETE"_s, u"/v1/project/*"_s, fault);
    auto dialog = makeDialog();
    typeName(dialog.get(), u"doomed-project"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isError());
    QVERIFY(dialog->findChild<QPushButton*>(u"deletePushButton"_s)->isEnabled());
    QVERIFY(!m_server->project(u"doomed-project"_s).isEmpty());
}

void TestProjectDeleteDialog::timeoutKeepsInput()
{
    SandboxServer::Fault fault;
    fault.delayMs = 3000;
    m_server->setFault(u"DELETE"_s, u"/v1/project/*"_s, fault);
    m_client->setTimeoutMs(300);
    auto dialog = makeDialog();
    typeName(dialog.get(), u"doomed-project"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY(dialog->findChild<CallStatusLine*>(u"callStatusLine"_s)->isError());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s)->text(), u"doomed-project"_s);
    QVERIFY(dialog->isVisible());
}

void TestProjectDeleteDialog::doubleClickSendsOneRequest()
{
    SandboxServer::Fault fault;
    fault.delayMs = 400;
    m_server->setFault(u"DELETE"_s, u"/v1/project/*"_s, fault);
    auto dialog = makeDialog();
    QSignalSpy deleted(dialog.get(), &ProjectDeleteDialog::projectDeleted);
    typeName(dialog.get(), u"doomed-project"_s);
    auto* button = dialog->findChild<QPushButton*>(u"deletePushButton"_s);
    QTest::mouseDClick(button, Qt::LeftButton);
    QTest::mouseClick(button, Qt::LeftButton);
    dialog->accept();
    // Every click was handled before the one answer came back: one request left.
    QCOMPARE(m_sandbox->sentCount(u"DELETE"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
    QCOMPARE(deleteRequests(), 1);
}

void TestProjectDeleteDialog::escapeAbandonsCall()
{
    SandboxServer::Fault fault;
    fault.delayMs = 1500;
    m_server->setFault(u"DELETE"_s, u"/v1/project/*"_s, fault);
    int deletesFinished = 0; // outlives the dialog, whose connection writes to it
    auto dialog = makeDialog();
    QSignalSpy deleted(dialog.get(), &ProjectDeleteDialog::projectDeleted);
    typeName(dialog.get(), u"doomed-project"_s);
    connect(m_client, &AivenClient::callFinished, dialog.get(), [&deletesFinished](ApiCall* call) {
        deletesFinished += call->method() == u"DELETE"_s;
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QCOMPARE(deletesFinished, 0);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    // The call reported its end when it was abandoned, and a call reports once: its late
    // answer cannot reach the dialog.
    QCOMPARE(deletesFinished, 1);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(deleted.count(), 0);
}

void TestProjectDeleteDialog::alreadyGoneCountsAsDeleted()
{
    m_project.name = u"never-existed"_s;
    auto dialog = makeDialog();
    QSignalSpy deleted(dialog.get(), &ProjectDeleteDialog::projectDeleted);
    typeName(dialog.get(), u"never-existed"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
}

// Not a check: with FJORD_SCREENSHOT_DIR set, saves the dialog as PNGs to look at.
void TestProjectDeleteDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    auto dialog = makeDialog();
    typeName(dialog.get(), u"doomed-proj"_s);
    QVERIFY(dialog->grab().save(dir + u"/delete-dialog-typing.png"_s));
    typeName(dialog.get(), u"doomed-project"_s);
    QVERIFY(dialog->grab().save(dir + u"/delete-dialog-confirmed.png"_s));

    SandboxServer::Fault fault;
    fault.status = 403;
    fault.body =
        R"({"errors":[{"message":"Project with open balance cannot be deleted","status":403}],"message":"Project with open balance cannot be deleted"})";
    m_server->setFault(u"DELETE"_s, u"/v1/project/*"_s, fault);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"deletePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    dialog->findChild<QToolButton*>(u"detailsToolButton"_s)->click();
    dialog->resize(dialog->width(), dialog->sizeHint().height());
    QVERIFY(dialog->grab().save(dir + u"/delete-dialog-open-balance.png"_s));
}

} // namespace fjord

QTEST_MAIN(fjord::TestProjectDeleteDialog)
#include "tst_projectdeletedialog.moc"
