// The application icon as Qt draws it: nothing outside the rounded tile at any size (Qt's SVG
// renderer ignores clip-path, which once let the mountains and water spill into the corners),
// and the same picture a full SVG renderer makes of it.

#include "DesktopSetup.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include <cmath>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

QString iconPath()
{
    return test::sourceDir() + u"/resources/icons/io.github.fjord_desktop.Fjord.svg"_s;
}

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

// How far the centre of pixel (x, y) lies outside the tile (x and y 8..120 of 128, corner
// radius 26), in pixels of an image `size` wide; zero or less inside.
double outsideTile(int x, int y, int size)
{
    const double scale = size / 128.0;
    const double px = (x + 0.5) / scale;
    const double py = (y + 0.5) / scale;
    // Distance to the rectangle shrunk by the radius, less the radius.
    const double inner = 26.0;
    const double dx = std::max({8.0 + inner - px, 0.0, px - (120.0 - inner)});
    const double dy = std::max({8.0 + inner - py, 0.0, py - (120.0 - inner)});
    return (std::hypot(dx, dy) - inner) * scale;
}

// Pixels more than one and a half pixels outside the tile that are not transparent (Qt draws
// the corner arcs as Bézier curves, whose anti-aliasing reaches a pixel out).
int spilledPixels(const QImage& image)
{
    int spilled = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (outsideTile(x, y, image.width()) > 1.5 && qAlpha(image.pixel(x, y)) > 8)
                ++spilled;
        }
    }
    return spilled;
}

} // namespace

class TestAppIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgHasNoClipPath();
    void nothingOutsideTheTile_data();
    void nothingOutsideTheTile();
    void matchesReferenceRendering_data();
    void matchesReferenceRendering();
    void windowIconCornersAreTransparent();
};

void TestAppIcon::svgHasNoClipPath()
{
    QFile file(iconPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray svg = file.readAll();
    // Qt's renderer would silently ignore it, whatever it clips.
    QVERIFY(!svg.contains("clip-path"));
    QVERIFY(!svg.contains("<mask"));
}

void TestAppIcon::nothingOutsideTheTile_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dpx", size) << size;
}

void TestAppIcon::nothingOutsideTheTile()
{
    QFETCH(int, size);
    QSvgRenderer renderer(iconPath());
    QVERIFY(renderer.isValid());
    const QImage image = render(renderer, size);
    for (const QPoint corner :
         {QPoint(0, 0), QPoint(size - 1, 0), QPoint(0, size - 1), QPoint(size - 1, size - 1)})
        QCOMPARE(qAlpha(image.pixel(corner)), 0);
    QCOMPARE(spilledPixels(image), 0);
    // And the tile itself is drawn: its centre is opaque.
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

void TestAppIcon::matchesReferenceRendering_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("48px") << 48;
    QTest::newRow("256px") << 256;
}

void TestAppIcon::matchesReferenceRendering()
{
    // The references were drawn from the same SVG by librsvg (rsvg-convert -w N -h N), a
    // renderer that honours all of SVG; the two renderers' anti-aliasing differs slightly.
    QFETCH(int, size);
    const QImage reference =
        QImage(test::sourceDir() + u"/tests/gui/data/app-icon-rsvg-%1.png"_s.arg(size))
            .convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(reference.size(), QSize(size, size));
    QSvgRenderer renderer(iconPath());
    const QImage image = render(renderer, size);

    // The tile's edge is anti-aliased differently by the two (a pixel and a half either side
    // of it is left out); inside and outside it the pictures must agree.
    double totalDifference = 0;
    int farOff = 0;
    int compared = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if (std::abs(outsideTile(x, y, size)) <= 1.5)
                continue;
            ++compared;
            const QRgb a = image.pixel(x, y);
            const QRgb b = reference.pixel(x, y);
            const int difference =
                std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                          std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
            totalDifference += difference;
            if (difference > 64)
                ++farOff;
        }
    }
    QVERIFY(compared > size * size / 2);
    const double meanDifference = totalDifference / compared;
    const double farOffShare = double(farOff) / compared;
    qInfo("%dpx: mean difference %.2f of 255, %.2f%% of pixels off by more than 64", size,
          meanDifference, farOffShare * 100);
    QVERIFY2(meanDifference < 3.0, qPrintable(QString::number(meanDifference)));
    QVERIFY2(farOffShare < 0.01, qPrintable(QString::number(farOffShare)));
}

void TestAppIcon::windowIconCornersAreTransparent()
{
    // The window icon is embedded as pixels rendered at build time from the same SVG.
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 32, 64, 128}) {
        const QImage image =
            icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(spilledPixels(image), 0);
    }
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
