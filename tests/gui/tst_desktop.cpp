// Desktop conventions: the command line (--help, --version, --api-url), translations, the
// About dialog, the Activity window and the export actions, driven through real widgets.
// With FJORD_SCREENSHOT_DIR set it also saves screenshots (light and dark palette).

#include "AboutDialog.h"
#include "ActivityWindow.h"
#include "ApiSamples.h"
#include "CommandLineOptions.h"
#include "CsvReader.h"
#include "DesktopSetup.h"
#include "FileSizeLimit.h"
#include "FontConfigWarmUp.h"
#include "ProjectExportActions.h"
#include "WindowFixture.h"
#include "export/ProjectExport.h"
#include "export/RequestLogModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace fjord;

using test::logEntry;

namespace {

Project sampleProject(const QString& name)
{
    Project p;
    p.name = name;
    p.accountId = QStringLiteral("a225dad8d3c4");
    p.defaultCloud = QStringLiteral("google-europe-north1");
    p.billingGroupId = QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604");
    p.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
    return p;
}

// The image format plugins mapped into this process (Linux: /proc/self/maps).
QStringList loadedImagePlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QStringList found;
    if (!maps.open(QIODevice::ReadOnly))
        return found;
    for (QByteArray line = maps.readLine(); !line.isEmpty(); line = maps.readLine()) {
        const QString path = QString::fromLocal8Bit(line.trimmed().split(' ').last());
        if (path.contains(QLatin1String("/imageformats/")) && !found.contains(path))
            found.append(path);
    }
    return found;
}

} // namespace

class TestDesktop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLine_data();
    void commandLine();
    void versionText();
    void helpListsOptions();
    void finnishTranslationLoads();
    void applicationIconIsEmbedded();
    void fontConfigWarmUpIsJoinedAndRepeatable();
    void aboutDialog();
    void activityWindow();
    void exportActions();
    void exportOnAFullDiskKeepsTheOldFile();
    void screenshotsDark();
    void cleanupTestCase();
};

void TestDesktop::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fjord"));
    QCoreApplication::setApplicationName(QStringLiteral("Fjord"));
    installTranslations(QLocale(QLocale::English));
}

void TestDesktop::cleanupTestCase()
{
    installTranslations(QLocale(QLocale::English));
}

void TestDesktop::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("apiUrl");
    using O = CommandLineOptions::Outcome;
    const QString fjord = QStringLiteral("fjord");
    QTest::newRow("nothing") << QStringList{fjord} << int(O::Run) << QString();
    QTest::newRow("help") << QStringList{fjord, QStringLiteral("--help")} << int(O::ShowHelp)
                          << QString();
    QTest::newRow("-h") << QStringList{fjord, QStringLiteral("-h")} << int(O::ShowHelp)
                        << QString();
    QTest::newRow("version") << QStringList{fjord, QStringLiteral("--version")}
                             << int(O::ShowVersion) << QString();
    QTest::newRow("api-url") << QStringList{fjord, QStringLiteral("--api-url"),
                                            QStringLiteral("http://127.0.0.1:8080")}
                             << int(O::Run) << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("api-url=") << QStringList{fjord,
                                             QStringLiteral("--api-url=https://api.aiven.io")}
                              << int(O::Run) << QStringLiteral("https://api.aiven.io");
    QTest::newRow("api-url ftp") << QStringList{fjord, QStringLiteral("--api-url"),
                                                QStringLiteral("ftp://example.com")}
                                 << int(O::Error) << QString();
    QTest::newRow("api-url junk") << QStringList{fjord, QStringLiteral("--api-url"),
                                                 QStringLiteral("not a url")}
                                  << int(O::Error) << QString();
    QTest::newRow("api-url missing")
        << QStringList{fjord, QStringLiteral("--api-url")} << int(O::Error) << QString();
    QTest::newRow("unknown") << QStringList{fjord, QStringLiteral("--frobnicate")} << int(O::Error)
                             << QString();
    QTest::newRow("positional") << QStringList{fjord, QStringLiteral("extra")} << int(O::Error)
                                << QString();
    QTest::newRow("sandbox") << QStringList{fjord, QStringLiteral("--sandbox")} << int(O::Run)
                             << QString();
    QTest::newRow("sandbox and api-url")
        << QStringList{fjord, QStringLiteral("--sandbox"), QStringLiteral("--api-url"),
                       QStringLiteral("https://api.aiven.io")}
        << int(O::Error) << QString();
}

void TestDesktop::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    QFETCH(QString, apiUrl);
    CommandLineOptions options;
    QCOMPARE(int(options.parse(arguments)), outcome);
    if (outcome == int(CommandLineOptions::Outcome::Error))
        QVERIFY(!options.errorText().isEmpty());
    QCOMPARE(options.apiUrl().has_value(), !apiUrl.isEmpty());
    if (!apiUrl.isEmpty())
        QCOMPARE(options.apiUrl()->toString(), apiUrl);
    QCOMPARE(options.forceSandbox(), arguments.contains(QStringLiteral("--sandbox")) &&
                                         outcome == int(CommandLineOptions::Outcome::Run));
}

void TestDesktop::versionText()
{
    QCOMPARE(CommandLineOptions::versionText(), QStringLiteral("Fjord " FJORD_VERSION));
    CommandLineOptions options;
    QCOMPARE(options.process({QStringLiteral("fjord"), QStringLiteral("--version")}),
             std::optional<int>(0));
    QCOMPARE(options.process({QStringLiteral("fjord"), QStringLiteral("--bogus")}),
             std::optional<int>(2));
    QCOMPARE(options.process({QStringLiteral("fjord")}), std::optional<int>());
}

void TestDesktop::helpListsOptions()
{
    CommandLineOptions options;
    const QString help = options.helpText();
    for (const char* option : {"--api-url", "--sandbox", "--help", "--version"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(help.contains(QStringLiteral("AIVEN_AUTH_TOKEN")));
}

void TestDesktop::finnishTranslationLoads()
{
    QCOMPARE(availableTranslations(), (QStringList{QStringLiteral("en"), QStringLiteral("fi")}));
    QVERIFY(installTranslations(QLocale(QLocale::Finnish, QLocale::Finland)));
    QCOMPARE(QCoreApplication::translate("fjord::AboutDialog", "About Fjord"),
             QStringLiteral("Tietoja Fjordista"));
    {
        AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Tietoja Fjordista"));
    }
    // Back to English: the source texts, with proper plural forms.
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QCoreApplication::translate("fjord::ActivityWindow", "%n request(s)", nullptr, 1),
             QStringLiteral("1 request"));
    QCOMPARE(QCoreApplication::translate("fjord::ActivityWindow", "%n request(s)", nullptr, 3),
             QStringLiteral("3 requests"));
    QCOMPARE(QCoreApplication::translate("fjord::MainWindow", "%Ln project(s)", nullptr, 1),
             QStringLiteral("1 project"));
    QCOMPARE(QCoreApplication::translate("fjord::MainWindow", "%L1 of %Ln project(s)", nullptr, 12)
                 .arg(3),
             QStringLiteral("3 of 12 projects"));
    QCOMPARE(QCoreApplication::translate("fjord::ProjectEditDialog",
                                         "Correct the %n field(s) marked in red.", nullptr, 1),
             QStringLiteral("Correct the field marked in red."));
    QCOMPARE(QCoreApplication::translate("fjord::ProjectEditDialog",
                                         "%n change(s) will be sent for \u201c%1\u201d:", nullptr,
                                         2)
                 .arg(QStringLiteral("p")),
             QStringLiteral("These 2 changes will be sent for \u201cp\u201d:"));
    QCOMPARE(QCoreApplication::translate("fjord::AboutDialog", "About Fjord"),
             QStringLiteral("About Fjord"));
}

void TestDesktop::applicationIconIsEmbedded()
{
    const QStringList pluginsBefore = loadedImagePlugins();
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    // Read as the PNGs they are: no image plugin (SVG, GIF, ICO, JPEG) is loaded to ask whether
    // it reads them, which cost 5 ms of every start.
    if (QFile::exists(QStringLiteral("/proc/self/maps")))
        QCOMPARE(loadedImagePlugins(), pluginsBefore);
    // Every size the window system is handed is there as it is, with nothing to scale.
    QCOMPARE(icon.availableSizes(), (QList<QSize>{{16, 16}, {32, 32}, {64, 64}, {128, 128}}));
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // Not a blank square: the centre is painted.
    QVERIFY(qAlpha(image.pixel(32, 32)) > 200);
    QCOMPARE(applicationId(), QStringLiteral("io.github.fjord_desktop.Fjord"));
}

void TestDesktop::fontConfigWarmUpIsJoinedAndRepeatable()
{
    {
        FontConfigWarmUp warmUp;
        warmUp.finish();
        warmUp.finish(); // a second wait returns at once
    }
    {
        FontConfigWarmUp notWaitedFor; // the destructor waits instead
    }
    // The font database works after it, as it did before.
    QVERIFY(!QFontDatabase::families().isEmpty());
    QVERIFY(QFontMetrics(QApplication::font()).height() > 0);
}

void TestDesktop::aboutDialog()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral(FJORD_VERSION)));
    auto* license = dialog.findChild<QPlainTextEdit*>(QStringLiteral("licensePlainTextEdit"));
    QVERIFY(license);
    QVERIFY(license->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(dialog.creditsText().contains(QStringLiteral("Natural Earth")));
    QVERIFY(dialog.creditsText().contains(QStringLiteral("world-atlas")));
    QVERIFY(dialog.creditsText().contains(QStringLiteral("/v1/clouds")));
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (w->focusPolicy() != Qt::NoFocus && !w->objectName().isEmpty() &&
            !w->objectName().startsWith(QLatin1String("qt_")) && w->isVisible() &&
            qobject_cast<QAbstractButton*>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("about-light")));

    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("aboutTabWidget"));
    QVERIFY(tabs);
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("closeDialogButtonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 2000);
}

void TestDesktop::activityWindow()
{
    RequestLogModel model;
    ActivityWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* copy = window.findChild<QPushButton*>(QStringLiteral("copyPushButton"));
    auto* clear = window.findChild<QPushButton*>(QStringLiteral("clearPushButton"));
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    auto* errorsOnly = window.findChild<QCheckBox*>(QStringLiteral("errorsOnlyCheckBox"));
    auto* summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("requestTableView"));
    QVERIFY(copy && clear && filter && errorsOnly && summary && table);
    QVERIFY(!copy->isEnabled());

    model.append(logEntry(QStringLiteral("GET"), QStringLiteral("/v1/project"), 200, 84));
    model.append(logEntry(QStringLiteral("GET"), QStringLiteral("/v1/clouds"), 200, 31));
    model.append(logEntry(QStringLiteral("POST"), QStringLiteral("/v1/project"), 409, 57,
                          QStringLiteral("A project with this name already exists.")));
    model.append(logEntry(QStringLiteral("GET"), QStringLiteral("/v1/billing-group"), 0, 30000,
                          QStringLiteral("The request timed out.")));
    QCOMPARE(window.visibleRowCount(), 4);
    QVERIFY(copy->isEnabled());
    QVERIFY(summary->text().contains(QStringLiteral("4 requests")));
    QVERIFY(summary->text().contains(QStringLiteral("2 failed")));

    QTest::keyClicks(filter, QStringLiteral("clouds"));
    QCOMPARE(window.visibleRowCount(), 1);
    filter->clear();
    QCOMPARE(window.visibleRowCount(), 4);
    QTest::mouseClick(errorsOnly, Qt::LeftButton);
    QCOMPARE(window.visibleRowCount(), 2);
    QTest::mouseClick(errorsOnly, Qt::LeftButton);

    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("/v1/billing-group")));
    QVERIFY(!copied.contains(QStringLiteral("aivenv1")));

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(window.visibleRowCount(), 0);
}

void TestDesktop::exportActions()
{
    QWidget owner;
    ProjectExportActions actions(&owner);
    // Without data nothing is enabled.
    QVERIFY(!actions.exportCsvAction()->isEnabled());
    QVERIFY(!actions.copyCurlAction()->isEnabled());
    for (QAction* action : actions.exportActions() + actions.copyActions()) {
        QVERIFY(!action->objectName().isEmpty());
        QVERIFY(!action->text().isEmpty());
    }

    const QVector<Project> projects{sampleProject(QStringLiteral("alpha")),
                                    sampleProject(QStringLiteral("beta"))};
    std::optional<Project> current;
    ProjectRecords listed = ProjectRecords::fromList(
        ProjectList{projects, {{QStringLiteral("alpha"), QStringLiteral("admin")}}, {}});
    actions.setVisibleProjectsProvider([&] { return listed; },
                                       [&] { return listed.records.size(); });
    actions.setCurrentProjectProvider([&] { return current; });
    actions.setApiBaseUrlProvider([] { return QUrl(QStringLiteral("http://127.0.0.1:9")); });
    QVERIFY(actions.exportCsvAction()->isEnabled());
    QVERIFY(!actions.copyCurlAction()->isEnabled());
    current = projects.at(1);
    actions.updateEnabled();
    QVERIFY(actions.copyCurlAction()->isEnabled());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvFile = dir.filePath(QStringLiteral("out.csv"));
    actions.setNextSaveFileName(csvFile);
    actions.exportCsvAction()->trigger();
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    bool ok = false;
    const auto rows = fjord::test::parseCsv(csv.readAll(), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("alpha"));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("admin"));

    const QString jsonFile = dir.filePath(QStringLiteral("out.json"));
    actions.setNextSaveFileName(jsonFile);
    actions.exportJsonAction()->trigger();
    QFile json(jsonFile);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray exported = json.readAll();
    QCOMPARE(QJsonDocument::fromJson(exported).array().size(), 2);
    json.close();

    // A long export shows its progress and can be cancelled with Escape; the file it would
    // have replaced is left as it was, and the status bar says so.
    listed =
        ProjectRecords::fromList(ProjectList{QVector<Project>(200000, projects.at(0)), {}, {}});
    QStringList messages;
    connect(&actions, &ProjectExportActions::statusMessage, this,
            [&messages](const QString& message) { messages.append(message); });
    bool sawProgress = false;
    QTimer cancelWhenShown;
    connect(&cancelWhenShown, &QTimer::timeout, this, [&] {
        auto* progress = owner.findChild<QProgressDialog*>(QStringLiteral("exportProgressDialog"));
        if (!progress || !progress->isVisible() || sawProgress)
            return;
        sawProgress = true;
        QVERIFY(progress->labelText().contains(QLocale().toString(200000)));
        auto* bar = progress->findChild<QProgressBar*>();
        QVERIFY(bar && !bar->accessibleName().isEmpty());
        QCOMPARE(bar->maximum(), 200000);
        QVERIFY(!actions.exportJsonAction()->isEnabled()); // no second export meanwhile
        QTest::keyClick(progress, Qt::Key_Escape);
    });
    cancelWhenShown.start(20);
    actions.setNextSaveFileName(jsonFile);
    actions.exportJsonAction()->trigger();
    cancelWhenShown.stop();
    QVERIFY(sawProgress);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), exported);
    QVERIFY2(!messages.isEmpty() && messages.constLast().contains(QStringLiteral("cancelled")),
             qPrintable(messages.join(u'\n')));
    QVERIFY(actions.exportJsonAction()->isEnabled());
    listed = ProjectRecords::fromList(ProjectList{projects, {}, {}});

    // A cancelled dialog writes nothing.
    actions.setNextSaveFileName(QString());
    actions.exportJsonAction()->trigger();

    actions.copyCurlAction()->trigger();
    QCOMPARE(
        QGuiApplication::clipboard()->text(),
        ProjectExport::curlCommand(projects.at(1), QUrl(QStringLiteral("http://127.0.0.1:9"))));
    actions.copyAvnAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("avn --url http://127.0.0.1:9 project create beta")));
    actions.copyTerraformAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("resource \"aiven_project\" \"beta\" {")));
}

void TestDesktop::exportOnAFullDiskKeepsTheOldFile()
{
    QWidget owner;
    ProjectExportActions actions(&owner);
    QVector<Project> projects;
    // A CSV of a few KiB: smaller than Qt's 16 KiB write buffer, where a buffered QSaveFile
    // put a file cut at the limit in place of the old one.
    for (int i = 0; i < 30; ++i)
        projects.append(sampleProject(QStringLiteral("project-%1").arg(i)));
    const ProjectRecords listed = ProjectRecords::fromList(ProjectList{projects, {}, {}});
    actions.setVisibleProjectsProvider([&] { return listed; },
                                       [&] { return listed.records.size(); });
    const qsizetype csvSize = ProjectExport::toCsv(listed).size();
    QVERIFY2(csvSize > 2048 && csvSize < 16 * 1024, qPrintable(QString::number(csvSize)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvFile = dir.filePath(QStringLiteral("projects.csv"));
    const QByteArray good = "an earlier export that must survive\n";
    {
        QFile file(csvFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(good), good.size());
    }

    // The user is told, in a message box that names the file and says it was not changed.
    // (The export runs on a thread meanwhile: the box comes once it has failed.)
    QString shown;
    QTimer answerBox;
    connect(&answerBox, &QTimer::timeout, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !shown.isEmpty())
            return;
        shown = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    answerBox.start(10);
    actions.setNextSaveFileName(csvFile);
    {
        fjord::test::FileSizeLimit full{rlim_t(csvSize / 2)}; // a disk with half of it left
        QVERIFY(full.isActive());
        actions.exportCsvAction()->trigger();
    }
    QVERIFY2(shown.contains(QDir::toNativeSeparators(csvFile)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("not changed")), qPrintable(shown));
    QFile file(csvFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("projects.csv")});

    // With room again the same export goes through.
    actions.setNextSaveFileName(csvFile);
    actions.exportCsvAction()->trigger();
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool ok = false;
    QCOMPARE(fjord::test::parseCsv(file.readAll(), &ok).size(), projects.size() + 1);
    QVERIFY(ok);
}

void TestDesktop::screenshotsDark()
{
    if (qEnvironmentVariableIsEmpty("FJORD_SCREENSHOT_DIR"))
        QSKIP("Set FJORD_SCREENSHOT_DIR to save screenshots");
    const QPalette original = QApplication::palette();
    QApplication::setPalette(test::darkPalette());
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("about-dark")));
    }
    {
        RequestLogModel model;
        const QStringList paths{QStringLiteral("/v1/clouds"), QStringLiteral("/v1/project"),
                                QStringLiteral("/v1/billing-group"), QStringLiteral("/v1/account"),
                                QStringLiteral("/v1/me")};
        for (int i = 0; i < paths.size(); ++i)
            model.append(logEntry(QStringLiteral("GET"), paths.at(i), 200, 20 + i * 13));
        model.append(logEntry(QStringLiteral("POST"), QStringLiteral("/v1/project"), 409, 61,
                              QStringLiteral("A project with this name already exists.")));
        model.append(logEntry(QStringLiteral("POST"), QStringLiteral("/v1/project"), 201, 140));
        model.append(
            logEntry(QStringLiteral("PUT"), QStringLiteral("/v1/project/demo-eu"), 200, 95));
        model.append(logEntry(QStringLiteral("GET"), QStringLiteral("/v1/project"), 0, 30000,
                              QStringLiteral("The request timed out.")));
        ActivityWindow window(&model);
        window.resize(900, 380);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("activity-dark")));
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
