// Renders the scalable app icon into the fixed-size PNGs of the hicolor theme at build
// time, with Qt's own SVG renderer, so that no extra tool is needed to build a package.
//
// usage: fjord-iconrender [--raw] <icon.svg> <output-dir> <size>...
// writes <output-dir>/<size>x<size>/apps/<basename>.png, or with --raw
// <output-dir>/<size>x<size>.rgba: bare RGBA8888 pixels, row after row, which the app embeds
// for its window icon so that setting it needs no image decoder (and no scan of the image
// format plugins, which costs milliseconds at startup).

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
    QStringList args = QCoreApplication::arguments();
    const bool raw = args.size() > 1 && args.at(1) == QLatin1String("--raw");
    if (raw)
        args.removeAt(1);
    if (args.size() < 4) {
        err << "usage: fjord-iconrender [--raw] <icon.svg> <output-dir> <size>...\n";
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
        if (raw) {
            // Byte order R, G, B, A whatever the machine's endianness.
            const QImage pixels = image.convertToFormat(QImage::Format_RGBA8888);
            QFile file(args.at(2) + u'/' + sizeName + QStringLiteral(".rgba"));
            if (!QDir().mkpath(args.at(2)) || !file.open(QIODevice::WriteOnly)) {
                err << "cannot write " << file.fileName() << '\n';
                return 1;
            }
            for (int y = 0; y < size; ++y) {
                const auto* line = reinterpret_cast<const char*>(pixels.constScanLine(y));
                if (file.write(line, qint64(size) * 4) != qint64(size) * 4) {
                    err << "cannot write " << file.fileName() << '\n';
                    return 1;
                }
            }
            continue;
        }
        const QString dir = args.at(2) + u'/' + sizeName + QStringLiteral("/apps");
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + baseName + QStringLiteral(".png"))) {
            err << "cannot write icon into " << dir << '\n';
            return 1;
        }
    }
    return 0;
}
