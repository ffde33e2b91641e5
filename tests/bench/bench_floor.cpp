// fjord-bench-floor: the startup floor for fjord-bench-projects. A bare QApplication and
// QMainWindow, linked against Qt Widgets alone, shown at the size fjord's main window opens
// at and closed after its first paint. Prints the milliseconds from main() to that paint.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer g_sinceMain;

class FloorWindow final : public QMainWindow
{
public:
    qint64 paintedAtMs = -1;

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::Paint && paintedAtMs < 0) {
            paintedAtMs = g_sinceMain.elapsed();
            QTimer::singleShot(0, this, &QWidget::close); // after this paint, as fjord does
        }
        return QMainWindow::event(event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    FloorWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.resize(1360, 800);
    window.show();
    const int code = app.exec();
    std::printf("%lld\n", static_cast<long long>(window.paintedAtMs));
    return code;
}
