// WorldMapView driven like a user would: real pixels of an offscreen rendering, mouse
// clicks at computed marker positions, keys, hover. Set FJORD_SCREENSHOT_DIR to keep PNGs.

#include "TestSupport.h"
#include "WorldMapView.h"
#include "map/EqualEarthProjection.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"

#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

using namespace fjord;
using namespace Qt::StringLiterals;

class TestWorldMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void landSeaAndMarkerPixels();
    void darkPalette();
    void clickSelects();
    void clusterClickZoomsIn();
    void stackedRegionsFanOutAndStayClickable();
    void keyboard();
    void zoomKeysAndFit();
    void hoverCountry();
    void accessible();

private:
    QString singleMarkerCloud(WorldMapView& view) const;
    void save(WorldMapView& view, const QString& name);
    QVector<Cloud> m_clouds;
};

void TestWorldMapView::initTestCase()
{
    CloudCatalog catalog(nullptr);
    catalog.setCacheFile(test::sourceDir() + u"/resources/sandbox/clouds.json"_s);
    QVERIFY(catalog.loadCache());
    m_clouds = catalog.clouds();
    QCOMPARE(m_clouds.size(), 129);
}

QString TestWorldMapView::singleMarkerCloud(WorldMapView& view) const
{
    for (const Cloud& cloud : m_clouds) {
        const auto pos = view.markerPosition(cloud.name);
        if (pos && QRectF(view.rect()).adjusted(20, 20, -20, -20).contains(*pos) &&
            view.cloudsAt(*pos) == QStringList{cloud.name})
            return cloud.name;
    }
    return {};
}

void TestWorldMapView::save(WorldMapView& view, const QString& name)
{
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        view.grab().save(dir + u'/' + name + u".png"_s);
}

void TestWorldMapView::landSeaAndMarkerPixels()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    save(view, u"map-world"_s);

    const QPointF sea = view.viewport().geoToScreen(-35, 30); // North Atlantic
    const QPointF land = view.viewport().geoToScreen(20, 5);  // Central Africa
    const QColor seaColor = image.pixelColor(sea.toPoint());
    const QColor landColor = image.pixelColor(land.toPoint());
    QVERIFY2(seaColor != landColor, qPrintable(seaColor.name() + u' ' + landColor.name()));
    // Land is lighter than the sea on a light palette, and both differ from the window.
    QVERIFY(landColor.lightness() > seaColor.lightness());

    const QString name = singleMarkerCloud(view);
    QVERIFY(!name.isEmpty());
    const Cloud* cloud = nullptr;
    for (const Cloud& c : qAsConst(m_clouds))
        cloud = c.name == name ? &c : cloud;
    // The marker sits at the projected position of the region.
    const QPointF expected = view.viewport().geoToScreen(*cloud->longitude, *cloud->latitude);
    QVERIFY(QLineF(*view.markerPosition(name), expected).length() < 0.5);
    const QColor marker = image.pixelColor(expected.toPoint());
    const QColor provider = ProviderStyle::color(cloud->provider);
    QVERIFY2(std::abs(marker.red() - provider.red()) < 12 &&
                 std::abs(marker.green() - provider.green()) < 12 &&
                 std::abs(marker.blue() - provider.blue()) < 12,
             qPrintable(name + u' ' + marker.name() + u" vs "_s + provider.name()));
}

void TestWorldMapView::darkPalette()
{
    WorldMapView view;
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    view.setPalette(dark);
    view.resize(900, 480);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    save(view, u"map-dark"_s);
    const QColor sea = image.pixelColor(view.viewport().geoToScreen(-35, 30).toPoint());
    const QColor land = image.pixelColor(view.viewport().geoToScreen(20, 5).toPoint());
    QVERIFY(sea.lightness() < 80);
    QVERIFY(land != sea);
}

void TestWorldMapView::clickSelects()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy selected(&view, &WorldMapView::cloudSelected);
    QSignalSpy activated(&view, &WorldMapView::cloudActivated);
    const QString name = singleMarkerCloud(view);
    const QPoint at = view.markerPosition(name)->toPoint();
    QTest::mouseClick(&view, Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), name);
    QCOMPARE(view.selectedCloud(), name);
    // The selection is drawn distinctly: the highlight colour appears around the marker.
    const QImage image = view.grab().toImage();
    const QColor highlight = view.palette().color(QPalette::Highlight);
    bool ring = false;
    for (int dx = -16; dx <= 16 && !ring; ++dx) {
        for (int dy = -16; dy <= 16 && !ring; ++dy) {
            const QColor c = image.pixelColor(at + QPoint(dx, dy));
            ring = std::abs(c.red() - highlight.red()) < 20 &&
                   std::abs(c.green() - highlight.green()) < 20 &&
                   std::abs(c.blue() - highlight.blue()) < 20;
        }
    }
    QVERIFY(ring);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), name);
    // A click on empty sea changes nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.viewport().geoToScreen(-35, 30).toPoint());
    QCOMPARE(view.selectedCloud(), name);
}

void TestWorldMapView::clusterClickZoomsIn()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPointF frankfurt = *view.markerPosition(u"aws-eu-central-1"_s);
    QVERIFY(view.cloudsAt(frankfurt).size() >= 4);
    QTest::mouseClick(&view, Qt::LeftButton, {}, frankfurt.toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(view.viewport().zoom() > 1.5, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(view.cloudsAt(*view.markerPosition(u"aws-eu-central-1"_s)).size() <
                                 view.cloudsAt(frankfurt).size() + 100,
                             3000);
}

void TestWorldMapView::stackedRegionsFanOutAndStayClickable()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.centerOnCloud(u"aws-eu-central-1"_s, 8);
    view.renderBaseMap(); // skip the scaled preview that is shown while zooming
    save(view, u"map-frankfurt-fanned"_s);
    QSet<QPoint> positions;
    for (const QString& name :
         {u"aws-eu-central-1"_s, u"do-fra"_s, u"google-europe-west3"_s, u"upcloud-de-fra"_s}) {
        const auto pos = view.markerPosition(name);
        QVERIFY(pos);
        positions.insert(pos->toPoint());
        QCOMPARE(view.cloudsAt(*pos), QStringList{name});
        QSignalSpy selected(&view, &WorldMapView::cloudSelected);
        QTest::mouseClick(&view, Qt::LeftButton, {}, pos->toPoint());
        QCOMPARE(view.selectedCloud(), name);
    }
    QCOMPARE(positions.size(), 4);
}

void TestWorldMapView::keyboard()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy activated(&view, &WorldMapView::cloudActivated);
    QTest::keyClick(&view, Qt::Key_Tab);
    const QString first = view.selectedCloud();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(&view, Qt::Key_Tab);
    const QString second = view.selectedCloud();
    QVERIFY(second != first);
    QTest::keyClick(&view, Qt::Key_Backtab);
    QCOMPARE(view.selectedCloud(), first);
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.selectedCloud() != first);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), view.selectedCloud());
}

void TestWorldMapView::zoomKeysAndFit()
{
    WorldMapView view;
    view.resize(1000, 520);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.viewport().zoom() > 1.2);
    const QPointF center = view.viewport().center();
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY(view.viewport().center().x() < center.x());
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Plus);
    QTest::keyClick(&view, Qt::Key_0);
    QTRY_COMPARE_WITH_TIMEOUT(view.viewport().zoom(), 1.0, 3000);
    // The wheel zooms around the cursor.
    const QPointF cursor = view.viewport().geoToScreen(8.68, 50.12);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 480), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    QVERIFY(view.viewport().zoom() > 1.5);
    QVERIFY(QLineF(view.viewport().geoToScreen(8.68, 50.12), cursor).length() < 1);
    view.renderBaseMap();
    save(view, u"map-wheel-europe"_s);
}

void TestWorldMapView::hoverCountry()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseMove(&view, view.viewport().geoToScreen(-52, -10).toPoint());
    QTRY_COMPARE(view.hoveredCountry(), u"Brazil"_s);
    QCOMPARE(view.countryAt(view.viewport().geoToScreen(-35, 30)), QString());

    // Over a marker: a tooltip with description, cloud name, provider and geo region.
    view.setSelectedCloud(u"aws-sa-east-1"_s);
    const QPoint marker = view.markerPosition(u"aws-sa-east-1"_s)->toPoint();
    QTest::mouseMove(&view, marker);
    QWidget* tip = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->inherits("QTipLabel") && w->isVisible())
                tip = w;
        }
        return tip != nullptr;
    }());
    const QString dir = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QImage shot = view.grab().toImage();
        QPainter painter(&shot);
        painter.drawPixmap(marker + QPoint(12, 16), tip->grab());
        painter.end();
        shot.save(dir + u"/map-hover-tooltip.png"_s);
    }
}

void TestWorldMapView::accessible()
{
    WorldMapView view;
    view.setClouds(m_clouds);
    QVERIFY(!view.accessibleName().isEmpty());
    view.setSelectedCloud(u"google-europe-north1"_s);
    QVERIFY(view.accessibleDescription().contains(u"google-europe-north1"_s));
    QCOMPARE(view.objectName(), u"worldMapView"_s);
}

QTEST_MAIN(TestWorldMapView)
#include "tst_worldmapview.moc"
