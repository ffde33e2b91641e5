// fjord-bench-projects: how fast the projects window comes up and filters.
//
// 1. Startup: the shipped fjord binary runs with --sandbox (its embedded sandbox, in a
//    throw-away HOME) until its main window is painted with the project list in it, then
//    closes. The floor is fjord-bench-floor, linked against Qt Widgets alone: a bare
//    QMainWindow of the same size, shown until its first paint and closed. Its --widgets run
//    shows the kinds of widgets fjord's window has, with fixed texts and no data layer. Each
//    is timed from process start to its first paint and to its exit, and inside the process
//    from main() to that paint (fjord reports it through FJORD_STARTUP_PROBE). Goal: at most
//    2x the floor.
// 2. Filtering 10,000 projects: "proj-12" typed key by key into the real filter box of the
//    real main window; each keystroke is timed from the key event until the filter box shows
//    it and, when the rows changed, the list has been painted anew. Keys come 30 ms apart;
//    the CPU time spent after that, before the next key, is printed too. Goal: < 16 ms.
//
// Startup runs on the X server in DISPLAY when there is one, children sharing one D-Bus
// session bus as on a desktop, and always on the offscreen platform as well.
//
// Prints figures, never fails on them. Usage: fjord-bench-projects [startupRuns] [rows]

#include "MainWindow.h"
#include "models/CloudCatalog.h"
#include "models/ProjectListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <ctime>

#include <sys/prctl.h>

using namespace fjord;

namespace {

struct ChildRun
{
    double toPaintMs = 0; // spawn to the "painted" line
    double wallMs = 0;    // spawn to exit
    double inProcessMs = 0;
    bool painted = false;
    QString screen; // the floor's "<width>x<height>x<depth>"
};

enum class Child { Floor, Widgets, Fjord };

// Where the children run: the Qt platform plugin, and for a display, the session bus they
// share (empty: the environment's own).
struct Platform
{
    QString qpa;
    QString title;
    QString sessionBus;
};

// fjord with a home of its own: no profile, token or settings of the user's, and its
// sandbox state kept there between the runs.
QProcessEnvironment isolatedEnvironment(const QString& home, const Platform& platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform.qpa);
    if (!platform.sessionBus.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), platform.sessionBus);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.remove(QStringLiteral("AIVEN_AUTH_TOKEN"));
    env.remove(QStringLiteral("AIVEN_WEB_URL"));
    env.insert(QStringLiteral("FJORD_STARTUP_PROBE"), QStringLiteral("1"));
    return env;
}

// Both print "<word> <ms since main()>" at their first paint, then close; the floor adds the
// screen it was shown on.
ChildRun runChild(Child child, const QString& home, const Platform& platform)
{
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment(home, platform));
    const QString program =
        child == Child::Fjord ? QStringLiteral(FJORD_APP_PATH) : QStringLiteral(FJORD_FLOOR_PATH);
    QStringList arguments;
    if (child == Child::Fjord)
        arguments << QStringLiteral("--sandbox");
    else if (child == Child::Widgets)
        arguments << QStringLiteral("--widgets");
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(30000))
        line += process.readAllStandardOutput();
    run.toPaintMs = double(timer.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(30000))
        process.kill();
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> fields = line.trimmed().split(' ');
    run.inProcessMs = fields.value(1).toDouble();
    run.screen = QString::fromLatin1(fields.value(2));
    run.painted = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                  run.inProcessMs > 0;
    return run;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Series
{
    QVector<double> toPaint, wall, inProcess;
    void add(const ChildRun& run)
    {
        toPaint.append(run.toPaintMs);
        wall.append(run.wallMs);
        inProcess.append(run.inProcessMs);
    }
    void print(const char* label) const
    {
        std::printf("  %-44s %8.1f %8.1f %8.1f\n", label, median(toPaint), median(wall),
                    median(inProcess));
    }
};

// A desktop session has a D-Bus session bus, which Qt's X11 platform talks to (accessibility,
// global menu). Without one, libdbus starts a bus of its own for every process, which costs
// each child tens of milliseconds that no desktop pays; so the children share one bus here.
class SessionBus
{
public:
    SessionBus()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            m_address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
            m_origin = "the session's bus";
            return;
        }
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return;
        // Ends with this process even when it crashes, rather than outliving the run.
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                QStringLiteral("--print-address=1")});
        QByteArray line;
        while (!line.contains('\n') && m_daemon.waitForReadyRead(5000))
            line += m_daemon.readAllStandardOutput();
        m_address = QString::fromUtf8(line.trimmed());
        if (!m_address.isEmpty())
            m_origin = "a bus started for this run";
    }
    ~SessionBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(3000))
                m_daemon.kill();
        }
    }
    QString address() const { return m_address; }
    const char* origin() const { return m_origin; }

private:
    QProcess m_daemon;
    QString m_address;
    const char* m_origin = "none: each process starts its own";
};

void benchStartup(int runs, const Platform& platform)
{
    QTemporaryDir home;
    // Untimed: warms the file cache, and fjord's first run writes its sandbox file.
    const QString screen = runChild(Child::Floor, home.path(), platform).screen;
    runChild(Child::Widgets, home.path(), platform);
    if (!runChild(Child::Fjord, home.path(), platform).painted) {
        std::printf("startup (%s): fjord did not report a painted project list (%s)\n",
                    qPrintable(platform.title), FJORD_APP_PATH);
        return;
    }
    Series floor, widgets, fjord;
    QVector<double> pairedExit, pairedPaint;
    int failed = 0;
    for (int i = 0; i < runs; ++i) {
        const ChildRun f = runChild(Child::Floor, home.path(), platform);
        const ChildRun w = runChild(Child::Widgets, home.path(), platform);
        const ChildRun a = runChild(Child::Fjord, home.path(), platform);
        if (!a.painted || !f.painted) {
            ++failed;
            continue;
        }
        floor.add(f);
        widgets.add(w);
        fjord.add(a);
        pairedExit.append(a.wallMs / f.wallMs);
        pairedPaint.append(a.toPaintMs / f.toPaintMs);
    }
    std::printf("startup %s, screen %s, median of %lld runs (%d left out without a painted "
                "window); ms from process start\n",
                qPrintable(platform.title), qPrintable(screen),
                static_cast<long long>(fjord.wall.size()), failed);
    if (screen.section(u'x', 2).toInt() < 24 && platform.qpa != QLatin1String("offscreen"))
        std::printf("  (a screen under 24 bits converts every paint: not what a desktop sees)\n");
    std::printf("  %-44s %8s %8s %8s\n", "", "to paint", "to exit", "in-proc");
    floor.print("floor: bare QApplication + QMainWindow");
    widgets.print("the same kinds of widgets, fixed texts");
    fjord.print("fjord --sandbox, project list painted");
    const auto ratio = [](const QVector<double>& a, const QVector<double>& b) {
        return median(b) > 0 ? median(a) / median(b) : 0.0;
    };
    // The issue's own terms: fjord until its list is painted, against a bare window shown and
    // closed. The two like-for-like ratios after it are stricter.
    std::printf("  fjord to its painted list / floor shown and closed: %.2fx (goal <= 2.00x)\n",
                ratio(fjord.toPaint, floor.wall));
    std::printf("  fjord / floor:   %.2fx to exit, %.2fx to paint\n", ratio(fjord.wall, floor.wall),
                ratio(fjord.toPaint, floor.toPaint));
    std::printf("  fjord / widgets: %.2fx to exit, %.2fx to paint\n",
                ratio(fjord.wall, widgets.wall), ratio(fjord.toPaint, widgets.toPaint));
    // Each fjord run against the floor run just before it: less swayed by the machine's mood.
    const auto printPaired = [](const char* what, QVector<double> paired) {
        std::sort(paired.begin(), paired.end());
        std::printf("  paired fjord/floor %s: median %.2fx, best %.2fx, worst %.2fx\n", what,
                    median(paired), paired.isEmpty() ? 0.0 : paired.constFirst(),
                    paired.isEmpty() ? 0.0 : paired.constLast());
    };
    printPaired("to exit ", pairedExit);
    printPaired("to paint", pairedPaint);
}

// Notes that the watched widget got a paint event.
class PaintSeen final : public QObject
{
public:
    bool seen = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            seen = true;
        return QObject::eventFilter(watched, event);
    }
};

// CPU time of the calling thread (the GUI thread here), idle waits excluded.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

ProjectList makeProjects(int count)
{
    static const char* const clouds[] = {"aws-eu-west-1", "google-europe-north1",
                                         "azure-germany-north", "upcloud-fi-hel", "do-ams"};
    ProjectList list;
    list.projects.reserve(count);
    for (int i = 0; i < count; ++i) {
        Project p;
        p.name = QStringLiteral("proj-%1").arg(i);
        p.accountId = QStringLiteral("a%1").arg(i % 17, 11, 10, QLatin1Char('0'));
        p.accountName = QStringLiteral("Account %1").arg(i % 17);
        p.defaultCloud = QString::fromLatin1(clouds[i % 5]);
        p.billingGroupName = QStringLiteral("Group %1").arg(i % 7);
        p.estimatedBalance = QString::number((i * 37) % 1000 / 3.0, 'f', 2);
        p.billingCurrency = QStringLiteral("USD");
        p.paymentMethod = QStringLiteral("card");
        p.tags.insert(QStringLiteral("env"),
                      i % 2 ? QStringLiteral("prod") : QStringLiteral("dev"));
        p.tags.insert(QStringLiteral("team"), QStringLiteral("team-%1").arg(i % 11));
        list.projects.append(p);
        list.membership.insert(p.name, QStringLiteral("admin"));
    }
    return list;
}

void benchKeystrokes(int rows)
{
    CloudCatalog clouds(nullptr);
    clouds.setCacheFile({});
    MainWindow window(static_cast<AivenClient*>(nullptr), &clouds);
    window.resize(1280, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not exposed\n");
    QElapsedTimer load;
    load.start();
    window.projectModel()->setProjectList(makeProjects(rows));
    QCoreApplication::processEvents();
    const double loadMs = double(load.nsecsElapsed()) / 1e6;

    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    PaintSeen painted;
    filter->installEventFilter(&painted);
    QTableView* view = window.projectView();
    PaintSeen listPainted;
    view->viewport()->installEventFilter(&listPainted);
    filter->setFocus();
    const QString typed = QStringLiteral("proj-12");
    const int rounds = 5;
    QVector<double> perKey;
    double worst = 0;
    double worstDeferred = 0;
    for (int round = 0; round < rounds; ++round) {
        filter->clear();
        QTest::qWait(50); // untimed: the list of 10,000 is back and laid out
        for (const QChar ch : typed) {
            QElapsedTimer timer;
            timer.start();
            painted.seen = false;
            listPainted.seen = false;
            const int rowsBefore = view->model()->rowCount();
            QTest::keyClick(filter, ch.toLatin1());
            const double filteredMs = double(timer.nsecsElapsed()) / 1e6;
            // Until the typed key is painted and, when the rows changed, the list too.
            const bool rowsChanged = view->model()->rowCount() != rowsBefore;
            while ((!painted.seen || (rowsChanged && !listPainted.seen)) && timer.elapsed() < 2000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            perKey.append(ms);
            worst = std::max(worst, ms);
            if (qEnvironmentVariableIsSet("FJORD_BENCH_VERBOSE"))
                std::printf("    round %d key '%c': %.2f ms (%.2f ms filtering)\n", round,
                            ch.toLatin1(), ms, filteredMs);
            // Work the key left for later (timers) runs before the next key, as it does between
            // the keys of a fast typist (30 ms apart here, ~80 ms for most); its CPU time is
            // reported apart.
            const double cpuBefore = threadCpuMs();
            QTest::qWait(30);
            const double deferred = threadCpuMs() - cpuBefore;
            worstDeferred = std::max(worstDeferred, deferred);
            if (qEnvironmentVariableIsSet("FJORD_BENCH_VERBOSE"))
                std::printf("        then %.2f ms of deferred work\n", deferred);
        }
    }
    const int shown = window.projectView()->model()->rowCount();
    double sum = 0;
    for (double ms : std::as_const(perKey))
        sum += ms;
    std::printf("filtering %d projects (\"%s\" typed key by key, 30 ms apart, %d rounds, view "
                "shown)\n",
                rows, qPrintable(typed), rounds);
    std::printf("  list load into model+view: %.1f ms\n", loadMs);
    std::printf("  per keystroke: mean %.2f ms, median %.2f ms, worst %.2f ms (goal < 16 ms)\n",
                sum / perKey.size(), median(perKey), worst);
    std::printf("  work left for after a keystroke (CPU, while waiting for the next key): worst "
                "%.2f ms\n",
                worstDeferred);
    std::printf("  rows left after \"%s\": %d\n", qPrintable(typed), shown);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fjord"));
    QApplication::setApplicationName(QStringLiteral("FjordBench"));
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(0, args.at(1).toInt()) : 5; // 0: keys only
    const int rows = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 10000;
    if (runs > 0) {
        // On an X server when there is one (as a desktop user starts fjord), and always on the
        // offscreen platform, which has no display server: its floor is little more than
        // process start and exit, so every millisecond of fjord's own work weighs double.
        if (!qEnvironmentVariableIsEmpty("DISPLAY")) {
            SessionBus bus;
            benchStartup(
                runs, {QStringLiteral("xcb"),
                       QStringLiteral("on the X server %1 (session bus: %2)")
                           .arg(qEnvironmentVariable("DISPLAY"), QString::fromLatin1(bus.origin())),
                       bus.address()});
        }
        benchStartup(runs, {QStringLiteral("offscreen"),
                            QStringLiteral("offscreen (no display server)"), QString()});
    }
    benchKeystrokes(rows);
    std::fflush(stdout);
    return 0;
}
