// App-wide finish: error colours readable on light and dark windows, dialog buttons without
// Qt's fallback icons, shortcuts that do not depend on the platform theme's key bindings, and
// file dialogs that open in the user's folders rather than the working directory.

#include "ActivityWindow.h"
#include "CallStatusLine.h"
#include "DesktopMenus.h"
#include "DesktopSetup.h"
#include "FileDialogs.h"
#include "FormStyle.h"
#include "GlyphIcons.h"
#include "MainWindow.h"
#include "ProjectExportActions.h"
#include "WindowFixture.h"
#include "api/AivenClient.h"
#include "export/RequestLogModel.h"
#include "models/CloudCatalog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProxyStyle>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

QPalette paletteWith(const QColor& window, const QColor& text, const QColor& base)
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    return p;
}

QPalette lightPalette()
{
    return paletteWith(QColor(0xef, 0xef, 0xef), Qt::black, Qt::white);
}

// The colour of the pixels in `image` that differ most from `background`: the core of the
// text's strokes, whatever the anti-aliasing does at their edges.
QColor strongestInk(const QImage& image, const QColor& background)
{
    QColor best = background;
    double bestContrast = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double contrast = FormStyle::contrastRatio(c, background);
            if (contrast > bestContrast) {
                bestContrast = contrast;
                best = c;
            }
        }
    }
    return best;
}

// What the X11 platform's style says (the offscreen one used by the tests says no): dialog
// buttons carry icons, which without an icon theme are Qt's own built-in pictures.
class IconButtonsStyle final : public QProxyStyle
{
public:
    IconButtonsStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {
    }

    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

bool isReddish(const QColor& color)
{
    const int hue = color.toHsl().hslHue();
    return color.toHsl().hslSaturation() > 60 && (hue >= 335 || hue <= 15);
}

} // namespace

class TestAppFinish final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void contrastRatioFollowsWcag();
    void statusColoursAreReadable_data();
    void statusColoursAreReadable();
    void errorLabelsAsDrawn_data();
    void errorLabelsAsDrawn();
    void errorBannerAndActivityRows();
    void dialogButtonsHaveNoFallbackIcons();
    void dialogButtonIconsFollowAnIconTheme();
    void shortcutsDoNotDependOnTheTheme();
    void fileDialogsStartInUserFolders();
    void exportDialogOpensThere();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAppFinish::initTestCase()
{
    QApplication::setOrganizationName(u"Fjord"_s);
    QApplication::setApplicationName(u"Fjord"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

void TestAppFinish::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(u"config"_s)));
    QSettings().clear();
    QApplication::setPalette(lightPalette());
}

void TestAppFinish::contrastRatioFollowsWcag()
{
    // Values from the WCAG 2 definition: black on white is 21:1, #777 on white 4.48:1.
    QCOMPARE(qRound(FormStyle::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(FormStyle::contrastRatio(Qt::white, Qt::black) * 100), 2100);
    QCOMPARE(qRound(FormStyle::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    QCOMPARE(FormStyle::contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    // A fixed dark red on a dark window fails the 3:1 contrast floor.
    QVERIFY(FormStyle::contrastRatio(QColor(0xc0, 0x1c, 0x28), QColor(0x20, 0x23, 0x26)) < 3.0);
}

void TestAppFinish::statusColoursAreReadable_data()
{
    QTest::addColumn<QColor>("background");
    QTest::newRow("light window") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("white") << QColor(Qt::white);
    QTest::newRow("Breeze Dark window") << QColor(0x20, 0x23, 0x26);
    QTest::newRow("Fusion dark") << QColor(0x35, 0x35, 0x35);
    QTest::newRow("black") << QColor(Qt::black);
    QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80);
    QTest::newRow("dark blue") << QColor(0x1d, 0x2b, 0x3a);
    QTest::newRow("pale yellow") << QColor(0xff, 0xf8, 0xd0);
}

void TestAppFinish::statusColoursAreReadable()
{
    QFETCH(QColor, background);
    const QColor error = FormStyle::errorColor(background);
    const QColor warning = FormStyle::warningColor(background);
    QVERIFY2(FormStyle::contrastRatio(error, background) >= 4.5,
             qPrintable(error.name() + u" on "_s + background.name()));
    QVERIFY2(FormStyle::contrastRatio(warning, background) >= 4.5,
             qPrintable(warning.name() + u" on "_s + background.name()));
    // Still an error and a warning colour where one can be had at all.
    if (background.lightness() < 100 || background.lightness() > 200) {
        QVERIFY2(isReddish(error), qPrintable(error.name()));
        const int hue = warning.toHsl().hslHue();
        QVERIFY2(hue >= 25 && hue <= 60, qPrintable(warning.name()));
    }
}

void TestAppFinish::errorLabelsAsDrawn_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestAppFinish::errorLabelsAsDrawn()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? test::darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* fieldError = new QLabel(&form);
    auto* status = new CallStatusLine(&form);
    layout->addWidget(fieldError);
    layout->addWidget(status);
    FormStyle::setErrorText(fieldError, u"Project name already taken"_s);
    status->showError(u"Could not reach the server"_s);
    form.resize(420, 120);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    const QColor window = palette.color(QPalette::Window);
    for (QLabel* label : form.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QColor ink = strongestInk(label->grab().toImage(), window);
        QVERIFY2(FormStyle::contrastRatio(ink, window) >= 4.5,
                 qPrintable(label->text() + u": "_s + ink.name() + u" on "_s + window.name()));
        QVERIFY2(isReddish(ink), qPrintable(label->text() + u": "_s + ink.name()));
    }
    QVERIFY(status->isError());
    // The field's frame uses the same readable red.
    QLineEdit edit(&form);
    FormStyle::setFieldInvalid(&edit, true);
    QVERIFY(edit.styleSheet().contains(FormStyle::errorColor(&edit).name()));
    QApplication::setPalette(lightPalette());
}

void TestAppFinish::errorBannerAndActivityRows()
{
    for (const QPalette& palette : {lightPalette(), test::darkPalette()}) {
        const QPalette banner = FormStyle::errorBannerPalette(palette);
        const QColor window = banner.color(QPalette::Window);
        QVERIFY(FormStyle::contrastRatio(banner.color(QPalette::WindowText), window) >= 4.5);
        // A tint of the window, not a bright box on a dark theme.
        QCOMPARE(window.lightness() < 128, palette.color(QPalette::Window).lightness() < 128);
        QVERIFY(window != palette.color(QPalette::Window));
    }

    QApplication::setPalette(test::darkPalette());
    RequestLogModel model;
    RequestLogEntry failed;
    failed.started = QDateTime::currentDateTime();
    failed.method = u"POST"_s;
    failed.path = u"/v1/project"_s;
    failed.httpStatus = 409;
    failed.error = u"A project with this name already exists."_s;
    model.append(failed);
    ActivityWindow window(&model);
    auto* table = window.findChild<QTableView*>(u"requestTableView"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    const QColor ink = table->model()->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(FormStyle::contrastRatio(ink, test::darkPalette().color(QPalette::Base)) >= 4.5,
             qPrintable(ink.name()));
    QApplication::setPalette(lightPalette());
}

void TestAppFinish::dialogButtonsHaveNoFallbackIcons()
{
    // No icon theme here: the toolbar draws glyphs, so dialog buttons get no pictures at all.
    QIcon::setThemeName(QString());
    {
        // Without Fjord's style, a platform that asks for icons gets Qt's fallback pictures.
        QApplication::setStyle(new IconButtonsStyle);
        QDialogButtonBox plain(QDialogButtonBox::Ok);
        QVERIFY(!plain.button(QDialogButtonBox::Ok)->icon().isNull());
    }
    auto* style = new ApplicationStyle;
    style->setBaseStyle(new IconButtonsStyle);
    QApplication::setStyle(style);
    QCOMPARE(style->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0);

    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                         QDialogButtonBox::Close | QDialogButtonBox::Yes | QDialogButtonBox::No);
    QCOMPARE(box.buttons().size(), 6);
    for (QAbstractButton* button : box.buttons())
        QVERIFY2(button->icon().isNull(), qPrintable(button->text()));

    QMessageBox message(QMessageBox::Question, u"Delete"_s, u"Delete the project?"_s,
                        QMessageBox::Yes | QMessageBox::No);
    for (QAbstractButton* button : message.buttons())
        QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

void TestAppFinish::dialogButtonIconsFollowAnIconTheme()
{
    // With an icon theme that has the dialog icons, the platform decides, as for other apps.
    QTemporaryDir themes;
    QVERIFY(themes.isValid());
    QDir root(themes.path());
    QVERIFY(root.mkpath(u"finish/16x16/actions"_s));
    QFile index(root.filePath(u"finish/index.theme"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Finish\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage pixel(16, 16, QImage::Format_ARGB32);
    pixel.fill(Qt::darkGreen);
    for (const QString& name : {u"dialog-ok"_s, u"dialog-cancel"_s})
        QVERIFY(pixel.save(root.filePath(u"finish/16x16/actions/"_s + name + u".png"_s)));
    const QStringList oldPaths = QIcon::themeSearchPaths();
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(u"finish"_s);
    QVERIFY(QIcon::hasThemeIcon(u"dialog-ok"_s));

    ApplicationStyle style;
    style.setBaseStyle(new IconButtonsStyle);
    QCOMPARE(style.styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 1);

    QIcon::setThemeName(QString());
    QIcon::setThemeSearchPaths(oldPaths);
}

void TestAppFinish::shortcutsDoNotDependOnTheTheme()
{
    // The offscreen platform, like qt6ct, binds nothing to QKeySequence::Quit; whatever the
    // platform binds, the explicit key is always there.
    const QList<QKeySequence> quit =
        shortcutsFor(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit);
    QCOMPARE(quit.constFirst(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(quit.count(QKeySequence(Qt::CTRL | Qt::Key_Q)), 1);

    QNetworkAccessManager network;
    AivenClient client(&network);
    client.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    CloudCatalog clouds(&client);
    clouds.setCacheFile(QString());
    MainWindow window(&client, &clouds);
    new DesktopMenus(&window);

    const QHash<QString, QKeySequence> expected{
        {u"quitAction"_s, QKeySequence(u"Ctrl+Q"_s)},
        {u"newProjectAction"_s, QKeySequence(u"Ctrl+N"_s)},
        {u"editProjectAction"_s, QKeySequence(u"F2"_s)},
        {u"deleteProjectAction"_s, QKeySequence(u"Del"_s)},
        {u"findAction"_s, QKeySequence(u"Ctrl+F"_s)},
        {u"refreshAction"_s, QKeySequence(u"F5"_s)},
        {u"showDetailsAction"_s, QKeySequence(u"Ctrl+D"_s)},
        {u"exportCsvAction"_s, QKeySequence(u"Ctrl+E"_s)},
        {u"exportJsonAction"_s, QKeySequence(u"Ctrl+Shift+E"_s)},
        {u"copyCurlAction"_s, QKeySequence(u"Ctrl+Shift+C"_s)},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        auto* action = window.findChild<QAction*>(it.key());
        QVERIFY2(action, qPrintable(it.key()));
        QVERIFY2(action->shortcuts().contains(it.value()),
                 qPrintable(it.key() + u" lacks "_s + it.value().toString()));
    }

    // No key is claimed twice in the window: Qt then runs neither.
    QHash<QKeySequence, QString> owner;
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!owner.contains(key) || owner.value(key) == action->objectName(),
                     qPrintable(key.toString() + u": "_s + owner.value(key) + u" and "_s +
                                action->objectName()));
            owner.insert(key, action->objectName());
        }
    }

    RequestLogModel model;
    ActivityWindow activity(&model);
    auto* find = activity.findChild<QAction*>(u"findAction"_s);
    auto* close = activity.findChild<QAction*>(u"closeAction"_s);
    QVERIFY(find && close);
    QVERIFY(find->shortcuts().contains(QKeySequence(u"Ctrl+F"_s)));
    QVERIFY(close->shortcuts().contains(QKeySequence(u"Ctrl+W"_s)));
    QVERIFY(close->shortcuts().contains(QKeySequence(Qt::Key_Escape)));

    // And the key does what it says.
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* quitAction = window.findChild<QAction*>(u"quitAction"_s);
    int quits = 0;
    connect(quitAction, &QAction::triggered, this, [&quits] { ++quits; });
    // Quit closes the window; keep the application running for the remaining tests.
    QApplication::setQuitOnLastWindowClosed(false);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_COMPARE(quits, 1);
}

void TestAppFinish::fileDialogsStartInUserFolders()
{
    QTemporaryDir elsewhere;
    QVERIFY(QDir::setCurrent(elsewhere.path()));
    const QString key = u"Test/lastDirectory"_s;
    const QString documents = m_home->filePath(u"Documents"_s);

    // A fresh home without a Documents folder: the home folder, not the working directory.
    QCOMPARE(FileDialogs::startDirectory(key), QDir::homePath());
    QCOMPARE(QDir::homePath(), QDir(m_home->path()).absolutePath());
    QVERIFY(FileDialogs::startDirectory(key) != QDir::currentPath());

    QVERIFY(QDir().mkpath(documents));
    QCOMPARE(FileDialogs::startDirectory(key), documents);

    const QString picked = m_home->filePath(u"exports/2025"_s);
    QVERIFY(QDir().mkpath(picked));
    FileDialogs::rememberDirectory(key, picked + u"/projects.csv"_s);
    QCOMPARE(FileDialogs::startDirectory(key), picked);
    // Once that folder is gone, back to Documents.
    QVERIFY(QDir(picked).removeRecursively());
    QCOMPARE(FileDialogs::startDirectory(key), documents);
}

void TestAppFinish::exportDialogOpensThere()
{
    // The real save dialog of File > Export, opened from a working directory of its own.
    QTemporaryDir elsewhere;
    QVERIFY(QDir::setCurrent(elsewhere.path()));
    const QString documents = m_home->filePath(u"Documents"_s);
    QVERIFY(QDir().mkpath(documents));
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    QWidget owner;
    ProjectExportActions actions(&owner);
    Project project;
    project.name = u"alpha"_s;
    actions.setVisibleProjectsProvider(
        [project] {
            return ProjectRecords::fromList(ProjectList{{project}, {}, {}});
        },
        [] { return qsizetype(1); });
    actions.updateEnabled();
    QVERIFY(actions.exportCsvAction()->isEnabled());

    QString shownDirectory;
    QString shownFile;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        shownDirectory = dialog->directory().absolutePath();
        const QStringList selected = dialog->selectedFiles();
        shownFile = selected.isEmpty() ? QString() : selected.constFirst();
        dialog->reject();
    });
    actions.exportCsvAction()->trigger();
    QCOMPARE(shownDirectory, documents);
    QCOMPARE(shownFile, documents + u"/fjord-projects.csv"_s);
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false);
}

QTEST_MAIN(TestAppFinish)
#include "tst_appfinish.moc"
