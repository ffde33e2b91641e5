// Map figures: a full 1920x1080 frame with all regions and 1:50m land (cold render of the
// base map vs. the cached frame), a hover hit test, and the time until the first map is on
// screen. Figures are printed as ratios against a floor measured in the same run (filling a
// 1920x1080 image), so that they mean something on any machine. Nothing fails on a figure.

#include "TestSupport.h"
#include "WorldMapView.h"
#include "map/WorldGeometry.h"
#include "models/CloudCatalog.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtTest>

#include <algorithm>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

template <typename F> double medianMs(int runs, F&& f)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

class BenchMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures();
};

void BenchMap::figures()
{
    // Time to first map: decode the embedded 1:110m data, build the view, paint one frame.
    QElapsedTimer first;
    first.start();
    CloudCatalog catalog(nullptr);
    catalog.setCacheFile(test::sourceDir() + u"/resources/sandbox/clouds.json"_s);
    QVERIFY(catalog.loadCache());
    WorldMapView view;
    view.resize(1920, 1080);
    view.setClouds(catalog.clouds());
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&target);
    const double firstMapMs = first.nsecsElapsed() / 1e6;

    const double floorMs = medianMs(15, [&] { target.fill(Qt::white); });

    QElapsedTimer decode;
    decode.start();
    WorldGeometry::highDetail();
    const double decode50Ms = decode.nsecsElapsed() / 1e6;

    // Zoomed enough for 1:50m land, with every region on screen at world zoom for markers.
    view.centerOnCloud(u"aws-eu-central-1"_s, 2.2);
    const double cold50Ms = medianMs(5, [&] {
        view.invalidateBaseMap();
        view.renderBaseMap();
    });
    view.fitAll();
    QTest::qWait(300);
    const double cold110Ms = medianMs(5, [&] {
        view.invalidateBaseMap();
        view.renderBaseMap();
    });
    view.centerOnCloud(u"aws-eu-central-1"_s, 2.2);
    view.renderBaseMap();
    const double frameMs = medianMs(30, [&] { view.render(&target); });

    // Hover: hit test plus country lookup, at spots over markers, land and sea.
    QVector<QPointF> spots;
    for (int i = 0; i < 200; ++i)
        spots.append(QPointF((i * 97) % 1920, (i * 53) % 1080));
    int hits = 0;
    const double hoverMs = medianMs(5,
                                    [&] {
                                        for (const QPointF& p : spots) {
                                            hits += int(view.cloudsAt(p).size());
                                            hits += int(view.countryAt(p).size());
                                        }
                                    }) /
                           spots.size();

    auto line = [&](const char* what, double ms, double goal) {
        qInfo("%-34s %8.3f ms  (%6.1fx floor)%s", what, ms, ms / floorMs,
              goal > 0 ? qPrintable(u"  goal < %1 ms"_s.arg(goal)) : "");
    };
    qInfo("floor: fill a 1920x1080 image      %8.3f ms", floorMs);
    line("first map shown (110m, cold)", firstMapMs, 100);
    line("decode 1:50m data (once)", decode50Ms, 0);
    line("base map render 1:110m (cold)", cold110Ms, 0);
    line("base map render 1:50m (cold)", cold50Ms, 0);
    line("full frame, cached base + 129", frameMs, 8);
    line("hover hit test + country", hoverMs, 1);
    QVERIFY(hits >= 0);
}

QTEST_MAIN(BenchMap)
#include "bench_map.moc"
