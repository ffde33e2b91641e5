// The sign-in dialog and profile menu driven by objectName against the sandbox: local
// sandbox, pasted token, avn import (present, malformed, absent), password + one-time code,
// wrong password (fields kept), and the profile menu's actions.

#include "LocalSandboxLauncher.h"
#include "ProfileMenu.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SessionFixture.h"
#include "SignInDialog.h"
#include "WidgetChecks.h"
#include "WindowFixture.h"
#include "auth/SessionController.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fjord {

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sandbox();
    void pastedToken();
    void avnImport();
    void avnImportMalformed();
    void avnAbsentHidesImport();
    void passwordWithOtp();
    void wrongPasswordKeepsFields();
    void escapeAbandonsSignIn();
    void profileMenu();
    void sandboxThatCannotSaveSaysSo();

private:
    template <typename T> T* child(QWidget* parent, const QString& name)
    {
        return parent->findChild<T*>(name);
    }
    void clickSignIn(SignInDialog& dialog);

    SessionController* session() { return &m_fixture->session(); }

    std::unique_ptr<LocalSandboxLauncher> m_launcher;
    std::unique_ptr<test::SessionFixture> m_fixture; // after the launcher: it goes first
};

void TestSignInDialog::init()
{
    m_launcher = std::make_unique<LocalSandboxLauncher>();
    m_fixture = std::make_unique<test::SessionFixture>(m_launcher.get());
    qputenv("AIVEN_CREDENTIALS_FILE", m_fixture->filePath(u"avn.json"_s).toUtf8());
}

void TestSignInDialog::cleanup()
{
    m_fixture.reset();
    m_launcher.reset();
}

void TestSignInDialog::clickSignIn(SignInDialog& dialog)
{
    auto* button = child<QPushButton>(&dialog, u"signInPushButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSignInDialog::sandbox()
{
    SignInDialog dialog(session());
    dialog.open();
    {
        const QStringList unnamed = fjord::test::unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    test::clickTab(child<QTabWidget>(&dialog, u"methodTabWidget"_s), SignInDialog::SandboxMethod);
    clickSignIn(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(session()->currentProfile().isSandbox());
}

void TestSignInDialog::pastedToken()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    SignInDialog dialog(session());
    dialog.open();
    auto* url = child<QLineEdit>(&dialog, u"apiUrlLineEdit"_s);
    url->clear();
    QTest::keyClicks(url, sandbox.baseUrl().toString());
    auto* token = child<QLineEdit>(&dialog, u"tokenLineEdit"_s);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, sandbox.token());
    clickSignIn(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    QCOMPARE(session()->currentProfile().origin, TokenOrigin::Pasted);
    QCOMPARE(session()->currentUser().email, SandboxServer::demoEmail());
    QVERIFY(!QApplication::clipboard()->text().contains(sandbox.token()));
}

void TestSignInDialog::avnImport()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QFile avn(m_fixture->filePath(u"avn.json"_s));
    QVERIFY(avn.open(QIODevice::WriteOnly));
    avn.write(u"{\"auth_token\": \"%1\", \"user_email\": \"%2\"}"_s
                  .arg(sandbox.token(), SandboxServer::demoEmail())
                  .toUtf8());
    avn.close();

    SignInDialog dialog(session());
    dialog.open();
    auto* import = child<QPushButton>(&dialog, u"importAvnPushButton"_s);
    QVERIFY(import->isVisible());
    auto* token = child<QLineEdit>(&dialog, u"tokenLineEdit"_s);
    QVERIFY(token->text().isEmpty()); // nothing read before the user asks
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(token->text(), sandbox.token());
    auto* url = child<QLineEdit>(&dialog, u"apiUrlLineEdit"_s);
    test::typeText(url, sandbox.baseUrl().toString());
    clickSignIn(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    QCOMPARE(session()->currentProfile().origin, TokenOrigin::Avn);
}

void TestSignInDialog::avnImportMalformed()
{
    QFile avn(m_fixture->filePath(u"avn.json"_s));
    QVERIFY(avn.open(QIODevice::WriteOnly));
    avn.write("{\"auth_token\": ");
    avn.close();
    SignInDialog dialog(session());
    dialog.open();
    auto* import = child<QPushButton>(&dialog, u"importAvnPushButton"_s);
    QVERIFY(import->isVisible());
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(child<QLineEdit>(&dialog, u"tokenLineEdit"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(&dialog, u"statusLabel"_s)->text().isEmpty());
}

void TestSignInDialog::avnAbsentHidesImport()
{
    SignInDialog dialog(session());
    dialog.open();
    QVERIFY(!child<QPushButton>(&dialog, u"importAvnPushButton"_s)->isVisible());
}

void TestSignInDialog::passwordWithOtp()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    SignInDialog dialog(session());
    dialog.open();
    test::clickTab(child<QTabWidget>(&dialog, u"methodTabWidget"_s), SignInDialog::PasswordMethod);
    test::typeText(child<QLineEdit>(&dialog, u"apiUrlLineEdit"_s), sandbox.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"emailLineEdit"_s), SandboxServer::otpEmail());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"passwordLineEdit"_s),
                     SandboxServer::demoPassword());
    auto* otp = child<QLineEdit>(&dialog, u"otpLineEdit"_s);
    QVERIFY(!otp->isVisible());
    clickSignIn(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(otp->isVisible(), 15000);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(otp, SandboxServer::demoOtp());
    clickSignIn(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    QCOMPARE(session()->currentProfile().origin, TokenOrigin::Login);
    QCOMPARE(session()->currentUser().email, SandboxServer::otpEmail());
}

void TestSignInDialog::wrongPasswordKeepsFields()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    SignInDialog dialog(session());
    dialog.open();
    test::clickTab(child<QTabWidget>(&dialog, u"methodTabWidget"_s), SignInDialog::PasswordMethod);
    test::typeText(child<QLineEdit>(&dialog, u"apiUrlLineEdit"_s), sandbox.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"emailLineEdit"_s), SandboxServer::demoEmail());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"passwordLineEdit"_s), u"nope-nope"_s);
    clickSignIn(dialog);
    auto* status = child<QLabel>(&dialog, u"statusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&dialog, u"signInPushButton"_s)->isEnabled(),
                             15000);
    QVERIFY(dialog.isVisible());
    QVERIFY(!status->text().isEmpty());
    QVERIFY(!status->text().contains(u"nope-nope"_s));
    QCOMPARE(child<QLineEdit>(&dialog, u"emailLineEdit"_s)->text(), SandboxServer::demoEmail());
    QCOMPARE(child<QLineEdit>(&dialog, u"passwordLineEdit"_s)->text(), u"nope-nope"_s);
}

void TestSignInDialog::escapeAbandonsSignIn()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    SandboxServer::Fault fault;
    fault.delayMs = 1500;
    sandbox.server().setFault(u"GET"_s, u"/v1/me"_s, fault);
    SignInDialog dialog(session());
    dialog.open();
    child<QLineEdit>(&dialog, u"apiUrlLineEdit"_s)->setText(sandbox.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"tokenLineEdit"_s), sandbox.token());
    clickSignIn(dialog);
    QVERIFY(dialog.isBusy());
    QVERIFY(session()->isSigningIn());
    QVERIFY(!child<QPushButton>(&dialog, u"signInPushButton"_s)->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isBusy());
    QVERIFY(!session()->isSigningIn());
}

void TestSignInDialog::profileMenu()
{
    QMainWindow window;
    auto* menu = new ProfileMenu(session(), &window);
    window.show();
    QVERIFY(menu->findChild<QAction*>(u"signInAction"_s));
    QVERIFY(!menu->findChild<QAction*>(u"signInAction"_s)->shortcut().isEmpty());
    QVERIFY(menu->findChild<QAction*>(u"profileAction_sandbox"_s));
    QVERIFY(!menu->findChild<QAction*>(u"signOutAction"_s)->isEnabled());

    session()->signInToSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(session()->isSignedIn(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(menu->findChild<QAction*>(u"signOutAction"_s)->isEnabled(), 5000);
    QVERIFY(menu->findChild<QAction*>(u"profileAction_sandbox"_s)->isChecked());

    menu->findChild<QAction*>(u"signInAction"_s)->trigger();
    auto* dialog = window.findChild<SignInDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(window.isVisible()); // not blocked, nothing lost
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());

    menu->findChild<QAction*>(u"signOutAction"_s)->trigger();
    QVERIFY(!session()->isSignedIn());
}

void TestSignInDialog::sandboxThatCannotSaveSaysSo()
{
    // The app's sandbox with a data file that cannot exist (below a regular file, which holds
    // for root too): the sandbox still starts and answers reads, and the window says that
    // changes are refused.
    const QString notAFolder = m_fixture->filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString data = notAFolder + u"/sandbox.json"_s;
    auto launcher = std::make_unique<LocalSandboxLauncher>(data);
    m_fixture->rebuildSession(launcher.get());
    m_launcher = std::move(launcher);
    QMainWindow window;
    new ProfileMenu(session(), &window);
    window.show();
    session()->signInToSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(session()->isSignedIn(), 15000);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox*>(u"sandboxDataMessageBox"_s)) &&
                                 box->isVisible(),
                             5000);
    QVERIFY2(box->text().contains(u"refuses"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(data), qPrintable(box->informativeText()));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<QMessageBox*>(u"sandboxDataMessageBox"_s));
}

} // namespace fjord

QTEST_MAIN(fjord::TestSignInDialog)
#include "tst_signindialog.moc"
