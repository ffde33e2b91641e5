// fjord-bench-projects: how fast the projects window comes up and filters.
//
// 1. Startup: a child process runs until the main window is painted with the sandbox's
//    project list in it; the floor is a child that shows a bare QMainWindow until its first
//    paint. Both are timed from the parent (process start to exit) and inside the child
//    (main() to paint). Goal: at most 2x the floor.
// 2. Filtering 10,000 projects: "proj-12" typed key by key into the real filter box of the
//    real main window; each keystroke is timed until the view has processed it. Goal: < 16 ms.
//
// Prints figures, never fails on them. Usage: fjord-bench-projects [startupRuns] [rows]

#include "MainWindow.h"
#include "SandboxHost.h"
#include "api/AivenClient.h"
#include "models/CloudCatalog.h"
#include "models/ProjectListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace fjord;

namespace {

QElapsedTimer g_sinceMain;

// Quits the application at the first paint of a widget, once `ready` says so.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
    }
    qint64 paintedAtMs = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && paintedAtMs < 0 && m_ready()) {
            paintedAtMs = g_sinceMain.elapsed();
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
};

int runFloorChild(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.resize(1280, 760);
    PaintWatcher watcher([] { return true; });
    window.installEventFilter(&watcher);
    window.show();
    app.exec();
    std::printf("%lld\n", static_cast<long long>(watcher.paintedAtMs));
    return 0;
}

void mark(const char* what)
{
    if (qEnvironmentVariableIsSet("FJORD_BENCH_VERBOSE"))
        std::fprintf(stderr, "    %6lld ms %s\n", static_cast<long long>(g_sinceMain.elapsed()),
                     what);
}

int runAppChild(int argc, char* argv[])
{
    // The same steps as main() on the sandbox path, with an in-memory sandbox.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fjord"));
    QApplication::setApplicationName(QStringLiteral("FjordBench"));
    mark("QApplication");
    // As main(): the sandbox starts on its thread while the catalog and the window are built;
    // the window loads once the sandbox (the session) is ready.
    SandboxHost sandbox;
    sandbox.start();
    mark("sandbox starting");
    QNetworkAccessManager network;
    AivenClient client(&network);
    CloudCatalog clouds(&client);
    clouds.setCacheFile({});
    mark("client and catalog");
    MainWindow window(&client, &clouds, nullptr, MainWindow::InitialLoad::Deferred);
    mark("MainWindow constructed");
    if (!sandbox.isRunning()) {
        QEventLoop started;
        QObject::connect(&sandbox, &SandboxHost::ready, &started, &QEventLoop::quit);
        QObject::connect(&sandbox, &SandboxHost::failed, &started, &QEventLoop::quit);
        started.exec();
    }
    if (!sandbox.isRunning())
        return 1;
    mark("sandbox ready");
    client.setBaseUrl(sandbox.baseUrl());
    client.setToken(sandbox.acceptedToken());
    clouds.refresh();
    window.refresh();
    QObject::connect(window.projectModel(), &ProjectListModel::refreshed, [] { mark("list in"); });
    window.resize(1280, 760);
    PaintWatcher watcher([&window] { return window.projectModel()->rowCount() > 0; });
    window.projectView()->viewport()->installEventFilter(&watcher);
    window.show();
    mark("shown");
    app.exec();
    mark("painted");
    std::printf("%lld %d\n", static_cast<long long>(watcher.paintedAtMs),
                window.projectModel()->rowCount());
    return 0;
}

struct ChildRun
{
    double wallMs = 0;
    double inProcessMs = 0;
    int rows = 0;
};

ChildRun runChild(const QString& mode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode});
    process.waitForFinished(30000);
    ChildRun run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    run.inProcessMs = fields.value(0).toDouble();
    run.rows = fields.value(1).toInt();
    return run;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void benchStartup(int runs)
{
    QVector<double> floorWall, floorIn, appWall, appIn;
    int rows = 0;
    runChild(QStringLiteral("floor")); // warm the file cache once, untimed
    for (int i = 0; i < runs; ++i) {
        const ChildRun floor = runChild(QStringLiteral("floor"));
        const ChildRun app = runChild(QStringLiteral("app"));
        floorWall.append(floor.wallMs);
        floorIn.append(floor.inProcessMs);
        appWall.append(app.wallMs);
        appIn.append(app.inProcessMs);
        rows = app.rows;
    }
    const double fw = median(floorWall), aw = median(appWall);
    const double fi = median(floorIn), ai = median(appIn);
    std::printf("startup (median of %d, %d projects from the sandbox)\n", runs, rows);
    std::printf("  floor  bare QApplication+QMainWindow: %7.1f ms wall, %7.1f ms main->paint\n", fw,
                fi);
    std::printf("  fjord  main window with project list: %7.1f ms wall, %7.1f ms main->paint\n", aw,
                ai);
    std::printf("  ratio  %.2fx wall, %.2fx main->paint (goal <= 2.00x)\n", fw > 0 ? aw / fw : 0.0,
                fi > 0 ? ai / fi : 0.0);
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
    MainWindow window(nullptr, &clouds);
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
    filter->setFocus();
    const QString typed = QStringLiteral("proj-12");
    const int rounds = 5;
    QVector<double> perKey;
    double worst = 0;
    for (int round = 0; round < rounds; ++round) {
        filter->clear();
        QCoreApplication::processEvents();
        for (const QChar ch : typed) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, ch.toLatin1());
            QCoreApplication::processEvents(); // the view relayouts and repaints
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            perKey.append(ms);
            worst = std::max(worst, ms);
            if (qEnvironmentVariableIsSet("FJORD_BENCH_VERBOSE"))
                std::printf("    round %d key '%c': %.2f ms\n", round, ch.toLatin1(), ms);
        }
    }
    const int shown = window.projectView()->model()->rowCount();
    double sum = 0;
    for (double ms : std::as_const(perKey))
        sum += ms;
    std::printf("filtering %d projects (\"%s\" typed key by key, %d rounds, view shown)\n", rows,
                qPrintable(typed), rounds);
    std::printf("  list load into model+view: %.1f ms\n", loadMs);
    std::printf("  per keystroke: mean %.2f ms, median %.2f ms, worst %.2f ms (goal < 16 ms)\n",
                sum / perKey.size(), median(perKey), worst);
    std::printf("  rows left after \"%s\": %d\n", qPrintable(typed), shown);
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        if (qstrcmp(argv[2], "floor") == 0)
            return runFloorChild(argc, argv);
        return runAppChild(argc, argv);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fjord"));
    QApplication::setApplicationName(QStringLiteral("FjordBench"));
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 3;
    const int rows = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 10000;
    benchStartup(runs);
    benchKeystrokes(rows);
    std::fflush(stdout);
    return 0;
}
