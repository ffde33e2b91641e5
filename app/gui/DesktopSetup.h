#pragma once

// Process-wide desktop conventions that main() applies before the first window: names used
// by QSettings ("Fjord"/"Fjord"), version, desktop file name (Wayland and the taskbar find
// the icon and .desktop entry through it), window icon, and translations for the locale.

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QLocale>
#include <QString>

namespace fjord {

// Reverse-DNS id shared by the .desktop file, the AppStream metainfo and the icon name.
QString applicationId();
// The app icon, from sizes rendered from the SVG at build time and embedded as PNGs.
QIcon applicationIcon();

// Installs Fjord's translation for `locale` and Qt's own (qtbase) for the same language,
// over the English plural forms, replacing any installed before. Returns true when Fjord
// has a catalogue for the locale's language (English counts: its plural forms).
bool installTranslations(const QLocale& locale = QLocale());
// The languages Fjord has a translation for (e.g. "fi"), from the embedded catalogues.
QStringList availableTranslations();

// Shortcuts that work under every platform theme: `key` first, then whatever the theme binds
// to `standard`, without repeats. Some themes (qt6ct among them) bind nothing to standard keys
// such as Quit, so a shortcut set from the standard key alone can do nothing.
QList<QKeySequence> shortcutsFor(const QKeySequence& key, QKeySequence::StandardKey standard);

// Everything above, for main(): call right after constructing the QApplication.
void setupApplication();

} // namespace fjord
