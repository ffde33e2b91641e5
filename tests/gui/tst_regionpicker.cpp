// RegionPickerDialog and the region browser inside it: opens on the current cloud, returns
// the region clicked on the map or picked with the keyboard, keeps map and list in sync.

#include "RegionBrowserWidget.h"
#include "RegionPickerDialog.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "WorldMapView.h"
#include "map/EqualEarthProjection.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"
#include "models/CloudFilterProxyModel.h"
#include "models/CloudListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace fjord;
using namespace Qt::StringLiterals;

class TestRegionPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnCurrentCloud();
    void returnsClickedRegion();
    void keyboardPicking();
    void listAndMapInSync();
    void filters();
    void cancelKeepsNothing();
    void searchNeverChangesTheChoice();
    void defaultLayoutShowsEverything();
    void fitsSmallScreen();
    void countryNamesInUserLanguage();

private:
    CloudCatalog* m_catalog = nullptr;
};

void TestRegionPicker::init()
{
    m_catalog = new CloudCatalog(nullptr);
    m_catalog->setCacheFile(test::sourceDir() + u"/resources/sandbox/clouds.json"_s);
    QVERIFY(m_catalog->loadCache());
}

void TestRegionPicker::cleanup()
{
    delete m_catalog;
    m_catalog = nullptr;
}

void TestRegionPicker::opensOnCurrentCloud()
{
    RegionPickerDialog dialog(m_catalog, u"google-europe-north1"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    {
        const QStringList unnamed = fjord::test::unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    WorldMapView* map = dialog.findChild<WorldMapView*>(u"worldMapView"_s);
    QVERIFY(map);
    QCOMPARE(dialog.selectedCloudName(), u"google-europe-north1"_s);
    QCOMPARE(map->selectedCloud(), u"google-europe-north1"_s);
    // Centred: the region is in the middle of the map.
    QTRY_VERIFY(map->viewport().zoom() > 1.5);
    // Centred as far as the world's edge allows (Finland is near the top at this zoom).
    const QPointF at = *map->markerPosition(u"google-europe-north1"_s);
    QVERIFY(QRectF(map->rect()).adjusted(20, 20, -20, -20).contains(at));
    // The region's true location is in the middle (its marker may sit on a fan around it).
    const QPointF location = map->viewport().geoToScreen(27.1878, 60.5693);
    QVERIFY2(std::abs(location.x() - map->width() / 2.0) < 2,
             qPrintable(u"%1 of %2"_s.arg(location.x()).arg(map->width())));
    // Its marker stands on its own, not hidden in a counted cluster.
    QTRY_COMPARE(map->cloudsAt(*map->markerPosition(u"google-europe-north1"_s)),
                 QStringList{u"google-europe-north1"_s});
    auto* list = dialog.findChild<QTreeView*>(u"cloudTreeView"_s);
    QCOMPARE(list->currentIndex().data(CloudListModel::CloudNameRole).toString(),
             u"google-europe-north1"_s);
    QVERIFY(dialog.findChild<QPushButton*>(u"choosePushButton"_s)->isEnabled());
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog.grab().save(dir + u"/picker.png"_s);
}

void TestRegionPicker::returnsClickedRegion()
{
    RegionPickerDialog dialog(m_catalog, u"aws-eu-west-1"_s);
    QString clicked;
    QTimer::singleShot(0, &dialog, [&] {
        WorldMapView* map = dialog.findChild<WorldMapView*>(u"worldMapView"_s);
        map->fitAll();
        // Any region that has a marker of its own at this zoom.
        for (const Cloud& cloud : m_catalog->clouds()) {
            const auto pos = map->markerPosition(cloud.name);
            if (pos && map->rect().contains(pos->toPoint()) &&
                map->cloudsAt(*pos) == QStringList{cloud.name} &&
                cloud.name != u"aws-eu-west-1"_s) {
                clicked = cloud.name;
                QTest::mouseClick(map, Qt::LeftButton, {}, pos->toPoint());
                break;
            }
        }
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"choosePushButton"_s), Qt::LeftButton);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QVERIFY(!clicked.isEmpty());
    QCOMPARE(dialog.selectedCloudName(), clicked);
}

void TestRegionPicker::keyboardPicking()
{
    RegionPickerDialog dialog(m_catalog, u"google-europe-north1"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    WorldMapView* map = dialog.findChild<WorldMapView*>(u"worldMapView"_s);
    dialog.activateWindow();
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    // Tab leaves the map at once (and changes nothing); Shift+Tab comes back.
    QTest::keyClick(map, Qt::Key_Tab);
    QVERIFY(!map->hasFocus());
    QCOMPARE(map->selectedCloud(), u"google-europe-north1"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(map->hasFocus());
    // Arrows move between regions; the dialog's selection line follows.
    QTest::keyClick(map, Qt::Key_Left);
    const QString afterLeft = map->selectedCloud();
    QVERIFY(afterLeft != u"google-europe-north1"_s);
    QTest::keyClick(map, Qt::Key_Down);
    const QString chosen = map->selectedCloud();
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(dialog.selectedCloudName(), chosen);
    QVERIFY(dialog.findChild<QLabel*>(u"selectionLabel"_s)->text().contains(chosen));
    QTest::keyClick(map, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedCloudName(), chosen);

    // From the list: type to search, then Enter on the row.
    RegionPickerDialog second(m_catalog, QString());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(!second.findChild<QPushButton*>(u"choosePushButton"_s)->isEnabled());
    auto* search = second.findChild<QLineEdit*>(u"searchLineEdit"_s);
    QTest::keyClicks(search, u"upcloud-fi-hel1"_s);
    auto* list = second.findChild<QTreeView*>(u"cloudTreeView"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(second.selectedCloudName(), u"upcloud-fi-hel1"_s);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!second.isVisible());
    QCOMPARE(second.result(), int(QDialog::Accepted));
    QCOMPARE(second.selectedCloudName(), u"upcloud-fi-hel1"_s);
}

void TestRegionPicker::listAndMapInSync()
{
    RegionBrowserWidget browser(m_catalog);
    browser.resize(1200, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy selected(&browser, &RegionBrowserWidget::cloudSelected);
    const int row = browser.model()->rowOfCloud(u"aws-ap-northeast-1"_s);
    QVERIFY(row >= 0);
    browser.listView()->setCurrentIndex(
        browser.proxy()->mapFromSource(browser.model()->index(row, 0)));
    QCOMPARE(browser.mapView()->selectedCloud(), u"aws-ap-northeast-1"_s);
    QCOMPARE(selected.last().first().toString(), u"aws-ap-northeast-1"_s);

    browser.mapView()->centerOnCloud(u"aws-sa-east-1"_s, 8);
    const auto pos = browser.mapView()->markerPosition(u"aws-sa-east-1"_s);
    QTest::mouseClick(browser.mapView(), Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(browser.listView()->currentIndex().data(CloudListModel::CloudNameRole).toString(),
             u"aws-sa-east-1"_s);

    QHash<QString, QStringList> projects{{u"aws-sa-east-1"_s, {u"shop-prod"_s}}};
    browser.setDefaultCloudProjects(projects);
    QCOMPARE(browser.listView()
                 ->currentIndex()
                 .siblingAtColumn(CloudListModel::ProjectsColumn)
                 .data()
                 .toString(),
             u"shop-prod"_s);
}

void TestRegionPicker::filters()
{
    RegionBrowserWidget browser(m_catalog);
    browser.resize(1200, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto* search = browser.findChild<QLineEdit*>(u"searchLineEdit"_s);
    QTest::keyClicks(search, u"frankfurt"_s);
    QVERIFY(browser.proxy()->rowCount() >= 4);
    for (const QString& name : browser.proxy()->visibleCloudNames())
        QVERIFY(browser.mapView()->markerPosition(name));
    // Hidden from the list means hidden from the map.
    QVERIFY(!browser.mapView()->markerPosition(u"aws-us-east-1"_s));
    search->clear();
    QCOMPARE(browser.proxy()->rowCount(), 129);

    // Provider filters are check boxes: checked means shown, and a click toggles it.
    auto* google = browser.findChild<QCheckBox*>(u"googleProviderCheckBox"_s);
    QVERIFY(google);
    QVERIFY(google->isChecked());
    QCOMPARE(google->text(), ProviderStyle::displayName(u"google"_s));
    QTest::mouseClick(google, Qt::LeftButton, {}, QPoint(8, google->height() / 2));
    QVERIFY(!google->isChecked());
    QCOMPARE(browser.proxy()->rowCount(), 129 - 42);
    QVERIFY(!browser.mapView()->markerPosition(u"google-europe-north1"_s));
    google->setFocus();
    QTest::keyClick(google, Qt::Key_Space);
    QVERIFY(google->isChecked());
    QCOMPARE(browser.proxy()->rowCount(), 129);

    // The location is found by typing part of a country's name; the list then sorts by distance.
    auto* location = browser.findChild<QComboBox*>(u"locationComboBox"_s);
    QVERIFY(location && location->isEditable());
    location->setFocus();
    location->lineEdit()->selectAll();
    QTest::keyClicks(location->lineEdit(), u"Finland"_s);
    QTest::keyClick(location->lineEdit(), Qt::Key_Return);
    QCOMPARE(location->currentData().toString(), u"FI"_s);
    auto* order = browser.findChild<QComboBox*>(u"orderComboBox"_s);
    QVERIFY(order);
    QCOMPARE(order->currentIndex(), 1);
    const QString nearest =
        browser.proxy()->index(0, 0).data(CloudListModel::CloudNameRole).toString();
    QVERIFY2(nearest.contains(u"fi-hel"_s) || nearest == u"google-europe-north1"_s,
             qPrintable(nearest));
}

void TestRegionPicker::cancelKeepsNothing()
{
    RegionPickerDialog dialog(m_catalog, u"aws-eu-west-1"_s);
    QTimer::singleShot(0, &dialog, [&] {
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelPushButton"_s), Qt::LeftButton);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
}

void TestRegionPicker::searchNeverChangesTheChoice()
{
    RegionPickerDialog dialog(m_catalog, u"google-europe-north1"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy selected(dialog.browser(), &RegionBrowserWidget::cloudSelected);
    auto* search = dialog.findChild<QLineEdit*>(u"searchLineEdit"_s);
    auto* list = dialog.findChild<QTreeView*>(u"cloudTreeView"_s);
    auto* label = dialog.findChild<QLabel*>(u"selectionLabel"_s);
    const QString chosenText = label->text();

    // Typing a search that hides the chosen region, letter by letter, and taking it back.
    search->setFocus();
    QTest::keyClicks(search, u"frankfurt"_s);
    QVERIFY(list->model()->rowCount() >= 4);
    QCOMPARE(dialog.selectedCloudName(), u"google-europe-north1"_s);
    QVERIFY(list->selectionModel()->selectedRows().isEmpty());
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, u"xyz"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, u"google"_s);
    QCOMPARE(dialog.selectedCloudName(), u"google-europe-north1"_s);
    QCOMPARE(list->currentIndex().data(CloudListModel::CloudNameRole).toString(),
             u"google-europe-north1"_s);
    // Hiding its provider, or moving into the list, does not choose either.
    search->clear();
    QTest::keyClicks(search, u"frankfurt"_s);
    auto* google = dialog.findChild<QCheckBox*>(u"googleProviderCheckBox"_s);
    QTest::mouseClick(google, Qt::LeftButton, {}, QPoint(8, google->height() / 2));
    QVERIFY(!google->isChecked());
    QTest::keyClick(search, Qt::Key_Tab);
    list->setFocus();
    QCOMPARE(dialog.selectedCloudName(), u"google-europe-north1"_s);
    QCOMPARE(label->text(), chosenText);
    QCOMPARE(selected.count(), 0);
    QVERIFY(dialog.findChild<QPushButton*>(u"choosePushButton"_s)->isEnabled());

    // Picking does: the first arrow key picks the first match.
    const QString first = list->model()->index(0, 0).data(CloudListModel::CloudNameRole).toString();
    QVERIFY(!first.isEmpty() && first != u"google-europe-north1"_s);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog.selectedCloudName(), first);
    QCOMPARE(selected.count(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedCloudName(), first);
}

void TestRegionPicker::defaultLayoutShowsEverything()
{
    // The Regions tab's size in the main window's default 1360x800.
    RegionBrowserWidget browser(m_catalog);
    browser.resize(1340, 690);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    // Every column is in view, "Default for" and the distance included.
    QTreeView* list = browser.listView();
    for (int column : {int(CloudListModel::LocationColumn), int(CloudListModel::ProviderColumn),
                       int(CloudListModel::CloudNameColumn), int(CloudListModel::DistanceColumn),
                       int(CloudListModel::ProjectsColumn)}) {
        const int right =
            list->header()->sectionViewportPosition(column) + list->header()->sectionSize(column);
        QVERIFY2(list->header()->sectionViewportPosition(column) >= 0 &&
                     right <= list->viewport()->width(),
                 qPrintable(list->model()->headerData(column, Qt::Horizontal).toString()));
        QVERIFY(list->header()->sectionSize(column) >= 60);
    }
    // The map shows the whole world at the largest scale that fits, with no wide empty
    // bands: the world fills nearly all of the map's width and height.
    WorldMapView* map = browser.mapView();
    QTRY_VERIFY(map->width() > 400);
    const QRectF world = map->viewport().transform().mapRect(EqualEarthProjection::bounds());
    QVERIFY2(world.width() >= 0.93 * map->width() && world.height() >= 0.93 * map->height(),
             qPrintable(u"world %1x%2 in a %3x%4 map"_s.arg(world.width())
                            .arg(world.height())
                            .arg(map->width())
                            .arg(map->height())));
    QVERIFY(world.width() <= map->width() + 1 && world.height() <= map->height() + 1);
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        browser.grab().save(dir + u"/regions-browser.png"_s);
}

void TestRegionPicker::fitsSmallScreen()
{
    // A 1024x700 screen: the dialog with its frame fits, and its buttons are in view.
    RegionPickerDialog dialog(m_catalog, u"aws-eu-west-1"_s);
    const QSize screen(1024, 700);
    const QSize frame(20, 40);
    QVERIFY2(dialog.minimumSizeHint().width() + frame.width() <= screen.width() &&
                 dialog.minimumSizeHint().height() + frame.height() <= screen.height(),
             qPrintable(u"%1x%2"_s.arg(dialog.minimumSizeHint().width())
                            .arg(dialog.minimumSizeHint().height())));
    // On this test's screen (whatever its size) it opens inside the available area.
    const QRect available = dialog.screen()->availableGeometry();
    QVERIFY(dialog.width() <= available.width() && dialog.height() <= available.height());
    dialog.resize(screen - frame);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.size(), screen - frame);
    for (const char* name : {"choosePushButton", "cancelPushButton"}) {
        auto* button = dialog.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button && button->isVisible());
        const QRect inDialog(button->mapTo(&dialog, QPoint()), button->size());
        QVERIFY2(dialog.rect().contains(inDialog), name);
    }
    // The list still shows rows and the map still shows the world.
    auto* list = dialog.findChild<QTreeView*>(u"cloudTreeView"_s);
    QVERIFY(list->viewport()->height() > 4 * list->sizeHintForRow(0));
    QVERIFY(dialog.findChild<WorldMapView*>(u"worldMapView"_s)->height() > 200);
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog.grab().save(dir + u"/picker-1024x700.png"_s);
}

void TestRegionPicker::countryNamesInUserLanguage()
{
    if (!QFile::exists(u"/usr/share/locale/fi/LC_MESSAGES/iso_3166-1.mo"_s))
        QSKIP("iso-codes is not installed (packaging/setup.sh installs it)");
    // In Finnish, "Near:" offers Suomi (typed and found), and the map says Suomi too.
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    RegionBrowserWidget browser(m_catalog);
    browser.resize(1200, 650);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto* location = browser.findChild<QComboBox*>(u"locationComboBox"_s);
    QCOMPARE(location->itemText(location->findData(u"FI"_s)), u"Suomi"_s);
    QCOMPARE(location->findText(u"Finland"_s), -1);
    location->setFocus();
    location->lineEdit()->selectAll();
    QTest::keyClicks(location->lineEdit(), u"Suomi"_s);
    QTest::keyClick(location->lineEdit(), Qt::Key_Return);
    QCOMPARE(location->currentData().toString(), u"FI"_s);
    WorldMapView* map = browser.mapView();
    QCOMPARE(map->countryAt(map->viewport().geoToScreen(26, 63)), u"Suomi"_s);
    QCOMPARE(map->countryAt(map->viewport().geoToScreen(-52, -10)), u"Brasilia"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestRegionPicker)
#include "tst_regionpicker.moc"
