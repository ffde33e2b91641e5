#include "StartupProbe.h"

#include "MainWindow.h"
#include "models/ProjectListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTableView>

#include <cstdio>

#include <sys/resource.h>

namespace fjord::startupprobe {

namespace {

QElapsedTimer& sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

class PaintProbe final : public QObject
{
public:
    PaintProbe(MainWindow* window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported &&
            m_window->projectModel()->rowCount() > 0) {
            m_reported = true;
            std::printf("fjord-startup-painted %lld\n",
                        static_cast<long long>(sinceMain().elapsed()));
            // CPU time of all threads so far: on a busy machine it says what the wait does not.
            std::printf("cpu-ms %ld\n", cpuMs());
            // Each first touch of a fresh page: on a virtual machine the dearest thing it does.
            std::printf("page-faults %ld\n", pageFaults());
            std::fflush(stdout);
            // After this paint has finished, as a user closing the window would.
            QMetaObject::invokeMethod(m_window, &QWidget::close, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow* m_window;
    bool m_reported = false;
};

} // namespace

void start()
{
    sinceMain().start();
}

void watch(MainWindow* window)
{
    if (!qEnvironmentVariableIsSet("FJORD_STARTUP_PROBE"))
        return;
    window->projectView()->viewport()->installEventFilter(new PaintProbe(window));
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, window, [] {
        // The resident set split as well: what the process made (the data's share) and the
        // files it maps (libraries, fonts), which the data does not change.
        std::printf("peak-rss-kb %ld\nrss-anon-kb %ld\nrss-file-kb %ld\n", peakRssKb(),
                    statusKb("RssAnon:"), statusKb("RssFile:"));
        std::fflush(stdout);
    });
}

long cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec * 1000L + usage.ru_utime.tv_usec / 1000 +
           usage.ru_stime.tv_sec * 1000L + usage.ru_stime.tv_usec / 1000;
}

long pageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

long statusKb(QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

long peakRssKb()
{
    return statusKb("VmHWM:");
}

} // namespace fjord::startupprobe
