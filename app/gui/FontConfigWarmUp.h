#pragma once

#include <thread>

namespace fjord {

// Loads the fontconfig configuration on a thread of its own from the start of main(), while
// the QApplication connects to the display and the session is set up. Qt's font database
// does the same on the GUI thread the first time a widget measures text, which is about
// 10 ms of parsing configuration files on a typical desktop; done beforehand, the first
// window only waits for what is left of it.
//
// Where Qt does not use fontconfig (or it was not found at build time), it does nothing.
class FontConfigWarmUp
{
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp(); // finish()es
    FontConfigWarmUp(const FontConfigWarmUp&) = delete;
    FontConfigWarmUp& operator=(const FontConfigWarmUp&) = delete;

    // Waits for the configuration to be loaded. Call before the first widget is built: a
    // second thread initialising fontconfig at the same time would load it all again.
    void finish();

private:
    std::thread m_thread;
};

} // namespace fjord
