#pragma once

#include <QByteArrayView>

class QApplication;

namespace fjord {

class MainWindow;

// For fjord-bench-projects, which times the shipped binary's startup: with the environment
// variable FJORD_STARTUP_PROBE set, the first paint of the project list with rows in it
// prints "fjord-startup-painted <ms since main()>", "cpu-ms <CPU time of all threads>" and
// "page-faults <so far>" on standard output and quits the app.
// As the application quits, it prints "peak-rss-kb <VmHWM>", "rss-anon-kb <RssAnon>" and
// "rss-file-kb <RssFile>". Without the variable it does nothing.
namespace startupprobe {

// Call first thing in main(): the probe's clock starts here.
void start();
// Arms the probe on the window's project list, when the variable is set.
void watch(MainWindow* window);
// A field of /proc/self/status in kB ("VmHWM:", "RssAnon:"...); 0 where unknown.
long statusKb(QByteArrayView field);
// The process's peak resident set size so far (VmHWM), in kB; 0 where unknown.
long peakRssKb();
// CPU time of the process's threads so far, in ms.
long cpuMs();
// Page faults of the process's threads so far (minor and major).
long pageFaults();

} // namespace startupprobe
} // namespace fjord
