// Small screens: the shipped window (built by FjordApplication, as main() builds it) and every
// dialog it opens lie within the screen's available area, with their buttons in view; the
// sign-in dialog shows all its tabs, in English and in Finnish; the details pane is readable
// at that width. CTest runs this executable once per screen size (FJORD_TEST_SCREEN=1024x700,
// 1366x768): main() gives the offscreen platform a screen of that size before Qt starts.
//
// With FJORD_SHOTS_DIR set, each window is also saved there as a PNG, to look at.

#include "AboutDialog.h"
#include "ActivityWindow.h"
#include "DesktopMenus.h"
#include "DesktopSetup.h"
#include "FjordApplication.h"
#include "FormStyle.h"
#include "MainWindow.h"
#include "MainWindowSession.h"
#include "ProfileMenu.h"
#include "ProjectDeleteDialog.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEditDialog.h"
#include "RegionPickerDialog.h"
#include "SandboxFixture.h"
#include "ScreenFit.h"
#include "SignInDialog.h"
#include "TestSupport.h"
#include "auth/SessionController.h"
#include "models/ProjectListModel.h"
#include "util/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

QSize s_screenSize; // what main() asked the platform for

// Where `window`'s frame lies outside its screen's available area, in words; empty if nowhere.
QString offScreen(const QWidget* window)
{
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (available.contains(frame))
        return {};
    return u"%1: frame %2,%3 %4x%5 is outside the available %6x%7"_s
        .arg(window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                            : window->objectName())
        .arg(frame.x())
        .arg(frame.y())
        .arg(frame.width())
        .arg(frame.height())
        .arg(available.width())
        .arg(available.height());
}

// Every visible push button of `window` lies within the window (not cut by its edge).
QString buttonsOutside(QWidget* window)
{
    const auto buttons = window->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (!button->isVisibleTo(window))
            continue;
        const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
        if (!window->rect().contains(inWindow))
            return u"button \u201c%1\u201d is cut by the window's edge"_s.arg(button->text());
    }
    return {};
}

void saveShot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("FJORD_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window->grab().save(QDir(dir).filePath(
        u"%1-%2x%3.png"_s.arg(name).arg(s_screenSize.width()).arg(s_screenSize.height())));
}

// All tabs of `tabs` are shown whole: none is behind the tab bar's scroll arrows.
QString hiddenTabs(QTabWidget* tabs)
{
    QTabBar* bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        const QRect rect = bar->tabRect(i);
        if (!bar->rect().contains(rect))
            return u"tab \u201c%1\u201d lies outside the tab bar (%2 of %3 px)"_s
                .arg(bar->tabText(i))
                .arg(rect.right() + 1)
                .arg(bar->width());
        if (rect.width() < bar->fontMetrics().horizontalAdvance(bar->tabText(i).remove(u'&')))
            return u"tab \u201c%1\u201d is narrower than its text"_s.arg(bar->tabText(i));
    }
    const auto arrows = bar->findChildren<QToolButton*>();
    for (const QToolButton* arrow : arrows) {
        if (arrow->isVisible())
            return u"the tab bar shows scroll arrows"_s;
    }
    return {};
}

} // namespace

class TestScreenFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fittedSizeAndGeometry();
    void mainWindowFits();
    void detailsPaneIsReadable();
    void projectDialogsFit();
    void regionPickerFits();
    void signInDialogShowsEveryTab_data();
    void signInDialogShowsEveryTab();
    void aboutAndActivityFit();
    void darkCreateDialogShowsReadableErrors();
    void cleanupTestCase();

private:
    void startApp();
    template <typename T> T* waitForDialog()
    {
        T* found = nullptr;
        // (The caller checks for null.)
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
            [&found] {
                const auto widgets = QApplication::topLevelWidgets();
                for (QWidget* widget : widgets) {
                    if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible())
                        found = dialog;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<FjordApplication> m_app;
    MainWindow* m_window = nullptr;
};

void TestScreenFit::initTestCase()
{
    QApplication::setOrganizationName(u"Fjord"_s);
    QApplication::setApplicationName(u"Fjord"_s);
    installTranslations(QLocale(QLocale::English)); // as main() does: English plural forms
    QSettings().clear();
    // The platform has the screen this run is about (a run on a larger one tests nothing).
    QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->availableGeometry().size(), s_screenSize);
    startApp();
}

void TestScreenFit::cleanupTestCase()
{
    m_app.reset();
    m_sandbox.reset();
}

void TestScreenFit::startApp()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    QFile::remove(QDir(AppPaths::cacheDir()).filePath(u"clouds.json"_s));
    qputenv("AIVEN_AUTH_TOKEN", m_sandbox->token().toUtf8());
    FjordApplication::Options options;
    options.apiUrl = m_sandbox->baseUrl();
    m_app = std::make_unique<FjordApplication>(options);
    m_app->start();
    m_window = m_app->window();
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->isVisible());
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_window->projectModel()->state() == ProjectListModel::State::Loaded &&
                   !m_window->projectModel()->isLoading();
        },
        10000));
    QVERIFY(m_window->projectModel()->rowCount() > 0);
}

// The arithmetic, on screens other than this run's.
void TestScreenFit::fittedSizeAndGeometry()
{
    const QMargins frame(10, 30, 10, 10);
    const QRect small(0, 0, 1024, 700);
    // Roomy where there is room; bounded where there is not; never below the minimum.
    QCOMPARE(screenfit::fittedSize({800, 600}, {200, 100}, QRect(0, 0, 1920, 1080), frame),
             QSize(800, 600));
    QCOMPARE(screenfit::fittedSize({1360, 800}, {200, 100}, small, frame), QSize(1004, 660));
    QCOMPARE(screenfit::fittedSize({1360, 800}, {1100, 100}, small, frame), QSize(1100, 660));
    // A panel at the top: the available area starts lower.
    const QRect belowPanel(0, 32, 1024, 668);
    const QRect moved =
        screenfit::fittedGeometry(QRect(500, 400, 900, 700), {100, 100}, belowPanel, frame);
    QCOMPARE(moved.size(), QSize(900, 628));
    QVERIFY(belowPanel.contains(moved.marginsAdded(frame)));
}

void TestScreenFit::mainWindowFits()
{
    QVERIFY2(offScreen(m_window).isEmpty(), qPrintable(offScreen(m_window)));
    // On a screen smaller than the window would like, it takes most of it.
    if (s_screenSize.width() < 1360)
        QVERIFY2(m_window->frameGeometry().width() > s_screenSize.width() * 3 / 4,
                 qPrintable(QString::number(m_window->width())));
    QVERIFY(m_window->selectProject(m_window->projectModel()->projectAt(0).name));
    QTRY_VERIFY(m_window->detailsWidget()->hasProject());
    QVERIFY(test::processQueued()); // the layouts the selection asked for
    saveShot(m_window, u"main-window"_s);
}

// The details beside the list at this width: nothing cut at the right edge, the labels of all
// sections in one column, every value beside its label, and a new selection starts at the top.
void TestScreenFit::detailsPaneIsReadable()
{
    ProjectDetailsWidget* details = m_window->detailsWidget();
    ProjectListModel* model = m_window->projectModel();
    // The project with the most to show.
    int richest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->projectAt(row).tags.size() > model->projectAt(richest).tags.size())
            richest = row;
    }
    QVERIFY(m_window->selectProject(model->projectAt(richest).name));
    QTRY_VERIFY(details->hasProject());
    QVERIFY(test::processQueued()); // the layouts the new details asked for
    saveShot(details, u"details"_s);
    // The pane lies inside the window: the splitter gave it the width it needs.
    const QRect paneInWindow(details->mapTo(m_window, QPoint(0, 0)), details->size());
    QVERIFY2(m_window->rect().contains(paneInWindow),
             qPrintable(u"the details pane ends at %1 of the window's %2 px"_s
                            .arg(paneInWindow.right() + 1)
                            .arg(m_window->width())));

    auto* scroll = details->findChild<QScrollArea*>(u"detailsScrollArea"_s);
    QVERIFY(scroll && scroll->widget());
    QWidget* contents = scroll->widget();
    // The visible part: the viewport, as far as the pane itself shows it.
    const int viewportWidth =
        std::min(scroll->viewport()->width(),
                 details->width() - scroll->viewport()->mapTo(details, QPoint(0, 0)).x());
    QVERIFY2(
        contents->width() <= viewportWidth,
        qPrintable(
            u"contents %1 px in a %2 px viewport"_s.arg(contents->width()).arg(viewportWidth)));
    // Every visible control ends inside the visible part ("Copy", not "Co").
    const auto widgets = contents->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(contents) || widget->width() == 0)
            continue;
        const int right = widget->mapTo(contents, QPoint(widget->width(), 0)).x();
        QVERIFY2(right <= viewportWidth,
                 qPrintable(u"%1 ends at %2 of %3 px"_s.arg(widget->objectName())
                                .arg(right)
                                .arg(viewportWidth)));
        // A button shows its whole text, or its whole icon.
        if (auto* button = qobject_cast<QToolButton*>(widget)) {
            const bool iconOnly =
                button->toolButtonStyle() == Qt::ToolButtonIconOnly && !button->icon().isNull();
            const int needed = iconOnly ? button->iconSize().width()
                                        : button->fontMetrics().horizontalAdvance(button->text());
            QVERIFY2(button->width() >= needed, qPrintable(button->objectName()));
        }
    }

    // One label column for all sections, and no value wrapped under its label.
    int labelsRight = -1;
    const auto forms = contents->findChildren<QFormLayout*>();
    QVERIFY(forms.size() >= 2);
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            if (!labelItem || !fieldItem || !labelItem->widget() ||
                !labelItem->widget()->isVisibleTo(contents))
                continue;
            QWidget* label = labelItem->widget();
            const QRect labelRect(label->mapTo(contents, QPoint(0, 0)), label->size());
            const QRect fieldGeometry = fieldItem->geometry();
            const QPoint fieldTopLeft =
                form->parentWidget()->mapTo(contents, fieldGeometry.topLeft());
            QVERIFY2(fieldTopLeft.x() > labelRect.right(),
                     qPrintable(u"the value of \u201c%1\u201d is under its label"_s.arg(
                         qobject_cast<QLabel*>(label) ? qobject_cast<QLabel*>(label)->text()
                                                      : label->objectName())));
            QVERIFY(qAbs(fieldTopLeft.y() - labelRect.top()) < label->height());
            if (labelsRight < 0)
                labelsRight = fieldTopLeft.x();
            QVERIFY2(fieldTopLeft.x() == labelsRight,
                     qPrintable(u"values of \u201c%1\u201d start at %2, others at %3"_s
                                    .arg(qobject_cast<QLabel*>(label)
                                             ? qobject_cast<QLabel*>(label)->text()
                                             : label->objectName())
                                    .arg(fieldTopLeft.x())
                                    .arg(labelsRight)));
        }
    }

    // Scrolled down, then another project: its details start at the top.
    QScrollBar* bar = scroll->verticalScrollBar();
    QVERIFY2(bar->maximum() > 0, "the details fit without scrolling: nothing to check");
    bar->setValue(bar->maximum());
    QCOMPARE(bar->value(), bar->maximum());
    const int other = richest == 0 ? 1 : 0;
    QVERIFY(m_window->selectProject(model->projectAt(other).name));
    QTRY_COMPARE(bar->value(), 0);
}

void TestScreenFit::projectDialogsFit()
{
    auto* newAction = m_window->findChild<QAction*>(u"newProjectAction"_s);
    QVERIFY(newAction && newAction->isEnabled());
    newAction->trigger();
    auto* create = waitForDialog<ProjectEditDialog>();
    QVERIFY(create);
    QVERIFY(QTest::qWaitForWindowExposed(create));
    QVERIFY2(offScreen(create).isEmpty(), qPrintable(offScreen(create)));
    QVERIFY2(buttonsOutside(create).isEmpty(), qPrintable(buttonsOutside(create)));
    saveShot(create, u"create-dialog"_s);
    // Not a tall box of empty space: each section's fields fill most of its page.
    auto* sections = create->findChild<QTabWidget*>(u"sectionsTabWidget"_s);
    QVERIFY(sections);
    for (int tab = 0; tab < sections->count(); ++tab) {
        sections->setCurrentIndex(tab);
        QWidget* page = sections->currentWidget();
        int bottom = 0;
        const auto fields = page->findChildren<QWidget*>();
        for (QWidget* field : fields) {
            if (field->isVisibleTo(page))
                bottom = std::max(bottom, field->mapTo(page, QPoint(0, field->height())).y());
        }
        saveShot(create, u"create-dialog-tab%1"_s.arg(tab + 1));
        const int empty = page->height() - bottom;
        QVERIFY2(empty * 100 < create->height() * 15,
                 qPrintable(u"%1: %2 px empty below the fields of a %3 px dialog"_s
                                .arg(sections->tabText(tab))
                                .arg(empty)
                                .arg(create->height())));
    }
    sections->setCurrentIndex(0);
    create->reject();
    QTRY_VERIFY(!create->isVisible());

    // Edit and Delete, on a project the sandbox's user may change.
    ProjectListModel* model = m_window->projectModel();
    int row = 0;
    while (row < model->rowCount() &&
           !model->permissionsAt(row).allows(ProjectPermissions::Change::Delete))
        ++row;
    QVERIFY(row < model->rowCount());
    QVERIFY(m_window->selectProject(model->projectAt(row).name));
    m_window->findChild<QAction*>(u"editProjectAction"_s)->trigger();
    auto* edit = waitForDialog<ProjectEditDialog>();
    QVERIFY(edit);
    QVERIFY(QTest::qWaitForWindowExposed(edit));
    QVERIFY2(offScreen(edit).isEmpty(), qPrintable(offScreen(edit)));
    QVERIFY2(buttonsOutside(edit).isEmpty(), qPrintable(buttonsOutside(edit)));
    saveShot(edit, u"edit-dialog"_s);
    // The review of two changes: it fits too.
    auto* company = edit->findChild<QLineEdit*>(u"companyLineEdit"_s);
    auto* vat = edit->findChild<QLineEdit*>(u"vatIdLineEdit"_s);
    QVERIFY(company && vat);
    company->setText(company->text() + u" Group"_s);
    vat->setText(u"FI12345678"_s);
    auto* buttons = edit->findChild<QDialogButtonBox*>(u"buttonBox"_s);
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(edit->isConfirming());
    QVERIFY(test::processQueued()); // the layout of the review page
    QVERIFY2(offScreen(edit).isEmpty(), qPrintable(offScreen(edit)));
    QVERIFY2(buttonsOutside(edit).isEmpty(), qPrintable(buttonsOutside(edit)));
    saveShot(edit, u"edit-review"_s);
    edit->reject();
    QTRY_VERIFY(!edit->isVisible());

    m_window->findChild<QAction*>(u"deleteProjectAction"_s)->trigger();
    auto* remove = waitForDialog<ProjectDeleteDialog>();
    QVERIFY(remove);
    QVERIFY2(offScreen(remove).isEmpty(), qPrintable(offScreen(remove)));
    remove->reject();
    QTRY_VERIFY(!remove->isVisible());
}

// The region picker, opened from the create dialog as a user opens it (Pick on Map).
void TestScreenFit::regionPickerFits()
{
    m_window->findChild<QAction*>(u"newProjectAction"_s)->trigger();
    auto* create = waitForDialog<ProjectEditDialog>();
    QVERIFY(create);
    auto* pick = create->findChild<QPushButton*>(u"pickOnMapPushButton"_s);
    QVERIFY(pick && pick->isEnabled());
    QString problem = u"the region picker did not open"_s;
    QString buttons;
    QTimer::singleShot(0, this, [&] {
        auto* picker = waitForDialog<RegionPickerDialog>();
        if (!picker)
            return;
        if (QTest::qWaitForWindowExposed(picker)) {
            problem = offScreen(picker);
            buttons = buttonsOutside(picker);
            saveShot(picker, u"region-picker"_s);
        } else {
            problem = u"the region picker was never shown"_s;
        }
        picker->reject();
    });
    pick->click(); // exec() returns once the picker is closed
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(buttons.isEmpty(), qPrintable(buttons));
    create->reject();
}

void TestScreenFit::signInDialogShowsEveryTab_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Finnish") << u"fi"_s;
}

void TestScreenFit::signInDialogShowsEveryTab()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    if (language != u"en"_s)
        QVERIFY(installTranslations(locale)); // the Finnish catalogue is built in
    else
        installTranslations(locale);
    SignInDialog dialog(m_app->session(), m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>(u"methodTabWidget"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    if (language != u"en"_s)
        QVERIFY2(tabs->tabText(2) != u"Local &sandbox"_s, "the tabs are not translated");
    const QString hidden = hiddenTabs(tabs);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden));
    QVERIFY2(offScreen(&dialog).isEmpty(), qPrintable(offScreen(&dialog)));
    saveShot(&dialog, u"sign-in-"_s + language);
    dialog.reject();
    installTranslations(QLocale(QLocale::English));
}

void TestScreenFit::aboutAndActivityFit()
{
    auto* binding = m_window->findChild<MainWindowSession*>();
    QVERIFY(binding);
    DesktopMenus* menus = binding->desktopMenus();
    QString problem = u"the About dialog did not open"_s;
    QTimer::singleShot(0, this, [&] {
        if (auto* about = waitForDialog<AboutDialog>()) {
            problem = offScreen(about);
            about->reject();
        }
    });
    menus->aboutAction()->trigger();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    menus->activityAction()->trigger();
    QTRY_VERIFY(menus->activityWindow() && menus->activityWindow()->isVisible());
    QVERIFY2(offScreen(menus->activityWindow()).isEmpty(),
             qPrintable(offScreen(menus->activityWindow())));
    menus->activityWindow()->close();
}

// A dark palette (Breeze Dark's colours) and a name the API refuses: the error beside the field
// reads at WCAG's 4.5:1 against the dialog, and the dialog still fits.
void TestScreenFit::darkCreateDialogShowsReadableErrors()
{
    const QPalette original = QApplication::palette();
    QPalette dark = QApplication::style()->standardPalette();
    const QColor window(0x20, 0x23, 0x26);
    const QColor text(0xfc, 0xfc, 0xfc);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        dark.setColor(group, QPalette::Window, window);
        dark.setColor(group, QPalette::WindowText, text);
        dark.setColor(group, QPalette::Base, QColor(0x14, 0x16, 0x18));
        dark.setColor(group, QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
        dark.setColor(group, QPalette::Text, text);
        dark.setColor(group, QPalette::Button, QColor(0x29, 0x2c, 0x30));
        dark.setColor(group, QPalette::ButtonText, text);
        dark.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(group, QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    }
    dark.setColor(QPalette::Disabled, QPalette::Window, window);
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x78));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x74, 0x78));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x74, 0x78));
    dark.setColor(QPalette::Disabled, QPalette::Base, QColor(0x14, 0x16, 0x18));
    dark.setColor(QPalette::Disabled, QPalette::Button, QColor(0x29, 0x2c, 0x30));
    QApplication::setPalette(dark);

    m_window->findChild<QAction*>(u"newProjectAction"_s)->trigger();
    auto* create = waitForDialog<ProjectEditDialog>();
    QVERIFY(create);
    auto* name = create->findChild<QLineEdit*>(u"nameLineEdit"_s);
    auto* message = create->findChild<QLabel*>(u"nameMessageLabel"_s);
    QVERIFY(name && message);
    name->setFocus();
    QTest::keyClicks(name, u"9lives"_s);
    create->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(message->isVisible() && !message->text().isEmpty());
    QVERIFY(test::processQueued()); // the layout that makes room for the message
    saveShot(create, u"create-dialog-dark-error"_s);

    // The strongest ink of the message's pixels against the dialog's background.
    const QImage pixels = message->grab().toImage();
    const QColor background = create->palette().color(QPalette::Window);
    double best = 1;
    for (int y = 0; y < pixels.height(); ++y) {
        for (int x = 0; x < pixels.width(); ++x)
            best = std::max(best, FormStyle::contrastRatio(pixels.pixelColor(x, y), background));
    }
    QVERIFY2(best >= 4.5, qPrintable(u"the error text reads at %1:1"_s.arg(best, 0, 'f', 2)));
    QVERIFY2(offScreen(create).isEmpty(), qPrintable(offScreen(create)));
    create->reject();
    QTRY_VERIFY(!create->isVisible());
    QApplication::setPalette(original);
}

int main(int argc, char* argv[])
{
    // The screen this run is about, before the platform starts.
    const QString wanted = qEnvironmentVariable("FJORD_TEST_SCREEN", u"1024x700"_s);
    const QStringList parts = wanted.split(u'x');
    s_screenSize = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
    if (s_screenSize.isEmpty()) {
        qCritical("FJORD_TEST_SCREEN must read WIDTHxHEIGHT");
        return 2;
    }
    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(u"offscreen.json"_s);
    {
        const QJsonObject screen{{u"name"_s, u"small"_s},
                                 {u"x"_s, 0},
                                 {u"y"_s, 0},
                                 {u"width"_s, s_screenSize.width()},
                                 {u"height"_s, s_screenSize.height()},
                                 {u"logicalDpi"_s, 96},
                                 {u"logicalBaseDpi"_s, 96},
                                 {u"dpr"_s, 1}};
        const QJsonObject config{{u"windowFrameMargins"_s, true},
                                 {u"screens"_s, QJsonArray{screen}}};
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) <= 0) {
            qCritical("cannot write the offscreen configuration");
            return 2;
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + configPath.toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
