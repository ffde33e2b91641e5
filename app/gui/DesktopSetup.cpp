#include "DesktopSetup.h"

#include "GlyphIcons.h"
#include "util/Version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QLibraryInfo>
#include <QPixmap>
#include <QPointer>
#include <QTranslator>

namespace fjord {

namespace {

const QLatin1String kEmbeddedTranslationsDir(":/i18n");

// The catalogues installed with the program (<prefix>/share/fjord/translations), which a
// packager or translator can update without a rebuild; the embedded ones otherwise.
QStringList translationDirs()
{
    QStringList dirs;
#ifdef FJORD_INSTALLED_TRANSLATIONS_DIR
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                            QStringLiteral(FJORD_INSTALLED_TRANSLATIONS_DIR));
        if (QFileInfo(installed).isDir())
            dirs.append(installed);
    }
#endif
    dirs.append(kEmbeddedTranslationsDir);
    return dirs;
}

bool loadCatalog(QTranslator* translator, const QString& name)
{
    const QStringList dirs = translationDirs();
    for (const QString& dir : dirs) {
        if (translator->load(name, dir))
            return true;
    }
    return false;
}

bool loadCatalog(QTranslator* translator, const QLocale& locale, const QString& name)
{
    const QStringList dirs = translationDirs();
    for (const QString& dir : dirs) {
        if (translator->load(locale, name, QStringLiteral("_"), dir))
            return true;
    }
    return false;
}

// Owned by the application object; kept so that a second call replaces rather than stacks.
QPointer<QTranslator> s_pluralTranslator;
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString applicationId()
{
    return QStringLiteral("io.github.fjord_desktop.Fjord");
}

QIcon applicationIcon()
{
    // Embedded PNGs, not the icon theme: on X11, looking the icon up in the theme and rendering
    // its SVG took 11-13 ms. The taskbar and launcher find the installed theme icon through the
    // desktop file anyway. Read as PNG and nothing else: left to find the format, Qt first asks
    // every image plugin whether it reads PNG, and loading them (SVG, GIF, ICO, JPEG and their
    // libraries) took 5 ms of the start.
    QIcon icon;
    for (const int size : {16, 32, 64, 128}) {
        QImageReader reader(
            QStringLiteral(":/icons/app/%1x%1/apps/%2.png").arg(size).arg(applicationId()),
            QByteArrayLiteral("png"));
        reader.setAutoDetectImageFormat(false);
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

bool installTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    removeTranslator(s_pluralTranslator);
    removeTranslator(s_appTranslator);
    removeTranslator(s_qtTranslator);
    if (!app)
        return false;

    // English plural forms first: translators installed later are asked first, so the
    // locale's own catalogue wins wherever it has a text.
    auto* plurals = new QTranslator(app);
    if (loadCatalog(plurals, QStringLiteral("fjord_en"))) {
        QCoreApplication::installTranslator(plurals);
        s_pluralTranslator = plurals;
    } else {
        delete plurals;
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return s_pluralTranslator != nullptr;

    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }

    auto* appTranslator = new QTranslator(app);
    if (loadCatalog(appTranslator, locale, QStringLiteral("fjord")) &&
        appTranslator->language() != QLatin1String("en_US")) {
        QCoreApplication::installTranslator(appTranslator);
        s_appTranslator = appTranslator;
        return true;
    }
    delete appTranslator;
    return false;
}

QList<QKeySequence> shortcutsFor(const QKeySequence& key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> shortcuts{key};
    const QList<QKeySequence> bound = QKeySequence::keyBindings(standard);
    for (const QKeySequence& sequence : bound) {
        if (!sequence.isEmpty() && !shortcuts.contains(sequence))
            shortcuts.append(sequence);
    }
    return shortcuts;
}

QStringList availableTranslations()
{
    QStringList languages;
    const QStringList files =
        QDir(translationDirs().constFirst())
            .entryList({QStringLiteral("fjord_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(6, file.size() - 6 - 3)); // "fjord_" ... ".qm"
    return languages;
}

void setupApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fjord"));
    QCoreApplication::setApplicationName(QStringLiteral("Fjord"));
    QCoreApplication::setApplicationVersion(versionString());
    QGuiApplication::setDesktopFileName(applicationId());
    if (qobject_cast<QApplication*>(QCoreApplication::instance()))
        QApplication::setStyle(new ApplicationStyle);
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::setWindowIcon(applicationIcon());
    installTranslations();
}

} // namespace fjord
