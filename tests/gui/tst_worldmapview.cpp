// WorldMapView driven like a user would: real pixels of an offscreen rendering, mouse
// clicks at computed marker positions, keys, hover. Set FJORD_SCREENSHOT_DIR to keep PNGs.

#include "ApiSamples.h"
#include "TestSupport.h"
#include "WorldMapView.h"
#include "map/EqualEarthProjection.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"

#include <QAccessible>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QVBoxLayout>
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
    void wheelKeepsCursorPointInTallPane();
    void labelsAndOneMarkerShape();
    void dragAndWheelNeverWaitForLand();
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
    m_clouds = test::bundledClouds();
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
    // The lightest pixel near each point, so that a border line through it does not count.
    auto lightestNear = [&image](QPoint at) {
        QColor best = image.pixelColor(at);
        for (int dx = -2; dx <= 2; ++dx)
            for (int dy = -2; dy <= 2; ++dy)
                if (image.pixelColor(at + QPoint(dx, dy)).lightness() > best.lightness())
                    best = image.pixelColor(at + QPoint(dx, dy));
        return best;
    };
    const QColor seaColor = lightestNear(sea.toPoint());
    const QColor landColor = lightestNear(land.toPoint());
    QVERIFY2(seaColor != landColor, qPrintable(seaColor.name() + u' ' + landColor.name()));
    // Land is lighter than the sea on a light palette, and both differ from the window.
    QVERIFY2(landColor.lightness() > seaColor.lightness(),
             qPrintable(seaColor.name() + u' ' + landColor.name()));

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
    // The map between two fields, as in the region browser.
    QWidget window;
    auto* before = new QLineEdit(&window);
    auto* view = new WorldMapView(&window);
    auto* after = new QLineEdit(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(view, 1);
    layout->addWidget(after);
    window.resize(1200, 700);
    view->setClouds(m_clouds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    before->setFocus();
    QTRY_VERIFY(before->hasFocus());

    // Tab enters the map and the next Tab leaves it, in both directions; no region changes.
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(after->hasFocus());
    QTest::keyClick(after, Qt::Key_Backtab);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Backtab);
    QVERIFY(before->hasFocus());
    QCOMPARE(view->selectedCloud(), QString());
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(view->hasFocus());

    // Arrows work from the start: the first one picks the nearest region that way from the
    // middle of the map.
    QSignalSpy selected(view, &WorldMapView::cloudSelected);
    QSignalSpy activated(view, &WorldMapView::cloudActivated);
    const QPointF middle(view->width() / 2.0, view->height() / 2.0);
    QTest::keyClick(view, Qt::Key_Right);
    const QString first = view->selectedCloud();
    QVERIFY(!first.isEmpty());
    QCOMPARE(selected.count(), 1);
    QVERIFY(view->markerPosition(first)->x() > middle.x());
    // Nearest that way: no marker in the quarter to the right is nearer the middle.
    const double reach = QLineF(*view->markerPosition(first), middle).length();
    for (const Cloud& cloud : qAsConst(m_clouds)) {
        const QPointF d = *view->markerPosition(cloud.name) - middle;
        if (d.x() > 0 && std::abs(d.y()) <= d.x())
            QVERIFY2(std::hypot(d.x(), d.y()) >= reach - 1 || cloud.name == first ||
                         view->cloudsAt(*view->markerPosition(cloud.name)).contains(first),
                     qPrintable(cloud.name));
    }
    // The label naming the selection sits beside the selected marker, and follows it.
    auto labelNearSelection = [&] {
        const QPointF at = *view->markerPosition(view->selectedCloud());
        const QRectF box = view->selectionLabelRect();
        const double x = std::clamp(at.x(), box.left(), box.right());
        const double y = std::clamp(at.y(), box.top(), box.bottom());
        return !box.isEmpty() && QLineF(QPointF(x, y), at).length() < 40;
    };
    view->grab(); // paints
    QVERIFY(labelNearSelection());
    const QRectF firstBox = view->selectionLabelRect();
    QTest::keyClick(view, Qt::Key_Left);
    const QString second = view->selectedCloud();
    QVERIFY(second != first);
    QVERIFY(view->markerPosition(second)->x() < view->markerPosition(first)->x() + 1e-6);
    view->grab();
    QVERIFY(labelNearSelection());
    QVERIFY(view->selectionLabelRect() != firstBox);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->selectedCloud(), first);

    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), first);

    // Shift+arrows pan instead.
    QTest::keyClick(view, Qt::Key_Plus);
    const QPointF center = view->viewport().center();
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(view->viewport().center().x() > center.x());
    QCOMPARE(view->selectedCloud(), first);
}

void TestWorldMapView::wheelKeepsCursorPointInTallPane()
{
    // A pane taller than the world's shape, like the Regions tab: wheel steps over Frankfurt
    // from the whole world end on Frankfurt, not on Africa.
    WorldMapView view;
    view.resize(780, 700);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPointF cursor = view.viewport().geoToScreen(8.68, 50.12);
    for (int step = 0; step < 10; ++step) {
        QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY2(QLineF(view.viewport().geoToScreen(8.68, 50.12), cursor).length() < 1,
                 qPrintable(u"step %1"_s.arg(step)));
    }
    QVERIFY(view.viewport().zoom() > 4);
    QCOMPARE(view.countryAt(cursor), u"Germany"_s);
}

void TestWorldMapView::labelsAndOneMarkerShape()
{
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    // The whole world has room for some city names, not for all.
    const QStringList world = view.shownLabels();
    QVERIFY2(world.size() >= 5, qPrintable(world.join(u", ")));
    QVERIFY(world.contains(u"Cape Town"_s) || world.contains(u"Santiago"_s));
    // Over Europe at mid zoom, the four regions at Frankfurt are named once.
    view.centerOnCloud(u"aws-eu-central-1"_s, 4);
    QVERIFY(view.waitForBaseMap());
    const QImage europe = view.grab().toImage();
    save(view, u"map-europe-mid-zoom"_s);
    const QStringList labels = view.shownLabels();
    QVERIFY2(labels.count(u"Frankfurt"_s) == 1, qPrintable(labels.join(u", ")));
    QVERIFY(labels.contains(u"London"_s) || labels.contains(u"Paris"_s) ||
            labels.contains(u"Amsterdam"_s));
    QVERIFY(!europe.isNull());

    // The legend's marker is the map's marker: the same colour inside a white outline.
    const QColor aws = ProviderStyle::color(u"aws"_s);
    const QString name = singleMarkerCloud(view);
    QVERIFY(!name.isEmpty());
    QIcon icon = ProviderStyle::markerIcon(u"aws"_s);
    const QImage iconImage = icon.pixmap(24, 24).toImage();
    const QColor middle = iconImage.pixelColor(12, 12);
    QVERIFY2(std::abs(middle.red() - aws.red()) < 10 && std::abs(middle.green() - aws.green()) < 10,
             qPrintable(middle.name()));
    QCOMPARE(iconImage.pixelColor(0, 0).alpha(), 0); // round, not a square swatch
}

void TestWorldMapView::dragAndWheelNeverWaitForLand()
{
    // While the view moves, frames show the last land image moved and scaled; the sharp one
    // is rendered in the background and arrives by itself.
    WorldMapView view;
    view.resize(1000, 560);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    QVERIFY(view.isBaseMapCurrent());
    QTest::keyClick(&view, Qt::Key_Plus); // zoom 1.6: the 1:110m level
    QVERIFY(!view.isBaseMapCurrent());
    const QPoint start(500, 280);
    QTest::mousePress(&view, Qt::LeftButton, {}, start);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(&view, start + QPoint(12 * i, 5 * i));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, start + QPoint(120, 50));
    QVERIFY(!view.isBaseMapCurrent()); // nothing rendered in the event handlers
    view.grab();                       // nor by a frame
    QTRY_VERIFY_WITH_TIMEOUT(view.isBaseMapCurrent(), 5000);
    // And the background render is the land where it belongs: Africa is land, the North
    // Atlantic sea.
    const QImage image = view.grab().toImage();
    const QPointF land = view.viewport().geoToScreen(20, 8);
    const QPointF sea = view.viewport().geoToScreen(-35, 30);
    if (view.rect().contains(land.toPoint()) && view.rect().contains(sea.toPoint()))
        QVERIFY(image.pixelColor(land.toPoint()) != image.pixelColor(sea.toPoint()));
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

namespace {
QList<QPair<QAccessible::Event, QString>> g_events;
void recordEvent(QAccessibleEvent* event)
{
    QAccessibleInterface* iface = event->accessibleInterface();
    g_events.append({event->type(), iface ? iface->text(QAccessible::Name) : QString()});
}
} // namespace

void TestWorldMapView::accessible()
{
    // What the map announces (Qt drops the events itself without a platform bridge).
    WorldMapView::setAccessibilityObserver(recordEvent);
    WorldMapView view;
    view.resize(1200, 620);
    view.setClouds(m_clouds);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.objectName(), u"worldMapView"_s);
    QAccessibleInterface* map = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(map);
    QVERIFY(!map->text(QAccessible::Name).isEmpty());
    QCOMPARE(map->role(), QAccessible::List);
    // Every region is a child of the map, with a name that says where, whose and which.
    QSet<QString> names;
    int regions = 0;
    for (int i = 0; i < map->childCount(); ++i) {
        QAccessibleInterface* child = map->child(i);
        QVERIFY(child && child->isValid());
        QCOMPARE(child->parent(), map);
        QCOMPARE(map->indexOfChild(child), i);
        if (child->role() != QAccessible::ListItem)
            continue;
        ++regions;
        names.insert(child->text(QAccessible::Name));
        QVERIFY(child->state().selectable);
        const QRect r = child->rect();
        if (!r.isNull())
            QVERIFY(QRect(view.mapToGlobal(QPoint()), view.size()).contains(r.center()));
    }
    QCOMPARE(regions, 129);
    QCOMPARE(names.size(), 129);
    bool frankfurt = false;
    for (const QString& name : qAsConst(names))
        frankfurt =
            frankfurt || (name.contains(u"Frankfurt"_s) && name.contains(u"aws-eu-central-1"_s) &&
                          name.contains(ProviderStyle::displayName(u"aws"_s)));
    QVERIFY(frankfurt);

    // Pressing a region selects it, as a click would.
    QSignalSpy selected(&view, &WorldMapView::cloudSelected);
    QAccessibleInterface* helsinki = nullptr;
    for (int i = 0; i < map->childCount(); ++i) {
        if (map->child(i)->text(QAccessible::Name).contains(u"upcloud-fi-hel1"_s))
            helsinki = map->child(i);
    }
    QVERIFY(helsinki && helsinki->actionInterface());
    helsinki->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(view.selectedCloud(), u"upcloud-fi-hel1"_s);
    QCOMPARE(selected.count(), 1);
    QVERIFY(helsinki->state().selected);
    QVERIFY(map->text(QAccessible::Value).contains(u"upcloud-fi-hel1"_s));
    QVERIFY(view.accessibleDescription().contains(u"upcloud-fi-hel1"_s));

    // Moving with the keyboard announces the new region: it takes the accessible focus.
    view.setFocus();
    QTRY_VERIFY(view.hasFocus());
    g_events.clear();
    QTest::keyClick(&view, Qt::Key_Down);
    const QString now = view.selectedCloud();
    QVERIFY(now != u"upcloud-fi-hel1"_s);
    bool focusAnnounced = false;
    bool valueAnnounced = false;
    for (const auto& event : qAsConst(g_events)) {
        focusAnnounced =
            focusAnnounced || (event.first == QAccessible::Focus && event.second.contains(now));
        valueAnnounced = valueAnnounced || event.first == QAccessible::ValueChanged;
    }
    QVERIFY(focusAnnounced);
    QVERIFY(valueAnnounced);
    QVERIFY(map->focusChild() && map->focusChild()->text(QAccessible::Name).contains(now));
    // The description tells how to reach the regions from the keyboard and the list.
    QVERIFY(view.accessibleDescription().contains(u"list"_s));
    WorldMapView::setAccessibilityObserver(nullptr);
}

QTEST_MAIN(TestWorldMapView)
#include "tst_worldmapview.moc"
