// fjord-bench-floor: the startup floor for fjord-bench-projects, linked against Qt Widgets
// alone. Shows a window at the size fjord's main window opens at and closes it after its
// first paint; prints "painted <ms since main()> <screen width>x<height>x<depth>", its CPU
// time and page faults at that paint, and "peak-rss-kb <VmHWM>", "rss-anon-kb" and
// "rss-file-kb" as it quits, as fjord's startup probe does.
//
//   fjord-bench-floor            a bare QMainWindow (the floor the goal is set against)
//   fjord-bench-floor --widgets  the kinds of widgets fjord's window shows (menus, toolbar,
//                                tabs, filter box, a 4-row table, status bar) with fixed
//                                texts and no data layer: what drawing such a window costs

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cstdio>
#include <cstring>
#include <utility>

#include <sys/resource.h>

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
            // And the screen it ran on, for the benchmark to show.
            const QScreen* shownOn = screen();
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            std::printf("cpu-ms %ld\n",
                        usage.ru_utime.tv_sec * 1000L + usage.ru_utime.tv_usec / 1000 +
                            usage.ru_stime.tv_sec * 1000L + usage.ru_stime.tv_usec / 1000);
            std::printf("page-faults %ld\n", usage.ru_minflt + usage.ru_majflt);
            std::printf("painted %lld %dx%dx%d\n", static_cast<long long>(paintedAtMs),
                        shownOn ? shownOn->geometry().width() : 0,
                        shownOn ? shownOn->geometry().height() : 0, shownOn ? shownOn->depth() : 0);
            std::fflush(stdout);
            QTimer::singleShot(0, this, &QWidget::close); // after this paint, as fjord does
        }
        return QMainWindow::event(event);
    }
};

void addWidgets(QMainWindow* window)
{
    for (const char* menu : {"&File", "&Edit", "&View", "&Profile", "&Help"})
        window->menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Item"));
    QToolBar* toolBar = window->addToolBar(QStringLiteral("Main"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char* action : {"New Project...", "Edit Project...", "Delete Project...", "Refresh"})
        toolBar->addAction(QString::fromLatin1(action));

    auto* tabs = new QTabWidget;
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* filter = new QLineEdit;
    filter->setPlaceholderText(QStringLiteral("Filter by name, cloud, account or tag (Ctrl+F)"));
    layout->addWidget(filter);
    auto* model = new QStandardItemModel(4, 7, window);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Your role"),
                                      QStringLiteral("Account"), QStringLiteral("Default cloud"),
                                      QStringLiteral("Billing group"),
                                      QStringLiteral("Estimated balance"), QStringLiteral("Tags")});
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 7; ++column)
            model->setItem(
                row, column,
                new QStandardItem(QStringLiteral("Europe, Finland %1").arg(row * 7 + column)));
    auto* table = new QTableView;
    table->setModel(model);
    table->setAlternatingRowColors(true);
    layout->addWidget(table);
    tabs->addTab(page, QStringLiteral("&Projects"));
    tabs->addTab(new QWidget, QStringLiteral("&Regions"));
    window->setCentralWidget(tabs);
    window->statusBar()->showMessage(QStringLiteral("Local sandbox at http://127.0.0.1:40000"));
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    FloorWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    if (argc > 1 && std::strcmp(argv[1], "--widgets") == 0)
        addWidgets(&window);
    window.resize(1360, 800);
    window.show();
    const int code = app.exec();
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            // As fjord's startup probe reports them.
            for (const auto& [field, name] :
                 {std::pair{"VmHWM:", "peak-rss-kb"}, std::pair{"RssAnon:", "rss-anon-kb"},
                  std::pair{"RssFile:", "rss-file-kb"}}) {
                if (line.startsWith(field))
                    std::printf("%s %s\n", name,
                                line.mid(qsizetype(std::strlen(field)))
                                    .trimmed()
                                    .split(' ')
                                    .value(0)
                                    .constData());
            }
        }
    }
    return code;
}
