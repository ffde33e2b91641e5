// Renders the scalable app icon into the fixed-size PNGs of the hicolor theme at build
// time, with Qt's own SVG renderer, so that no extra tool is needed to build a package.
//
// usage: fjord-iconrender <icon.svg> <output-dir> <size>...
// writes <output-dir>/<size>x<size>/apps/<basename>.png (the app embeds some as its window icon)

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // No window is ever shown; the offscreen platform keeps this usable without a display.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        err << "usage: fjord-iconrender <icon.svg> <output-dir> <size>...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "cannot read SVG " << args.at(1) << '\n';
        return 1;
    }
    const QString baseName = QFileInfo(args.at(1)).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "bad size " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString sizeName = QString::number(size) + u'x' + QString::number(size);
        const QString dir = args.at(2) + u'/' + sizeName + QStringLiteral("/apps");
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + baseName + QStringLiteral(".png"))) {
            err << "cannot write icon into " << dir << '\n';
            return 1;
        }
    }
    return 0;
}
