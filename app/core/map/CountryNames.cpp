#include "map/CountryNames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <optional>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

struct Entry
{
    QString alpha2;
    QString numeric;
    QString name;       // iso-codes' "name", the catalog's key
    QString commonName; // the short form, when iso-codes has one
};

struct State
{
    QMutex mutex;
    QString directory = u"/usr/share"_s;
    bool loaded = false;
    QVector<Entry> entries;
    QHash<QString, int> byAlpha2;
    QHash<QString, int> byNumeric;
    QHash<QString, QHash<QString, QString>> catalogs; // language -> English -> translated
};

State& state()
{
    static State s;
    return s;
}

void loadList(State& s)
{
    if (s.loaded)
        return;
    s.loaded = true;
    QFile file(s.directory + u"/iso-codes/json/iso_3166-1.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll())["3166-1"_L1].toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        Entry e{o["alpha_2"_L1].toString(), o["numeric"_L1].toString(), o["name"_L1].toString(),
                o["common_name"_L1].toString()};
        if (e.alpha2.isEmpty() || e.name.isEmpty())
            continue;
        s.byAlpha2.insert(e.alpha2, int(s.entries.size()));
        if (!e.numeric.isEmpty())
            s.byNumeric.insert(e.numeric, int(s.entries.size()));
        s.entries.append(e);
    }
}

// A GNU gettext .mo file: a header, then tables of (length, offset) pairs for the original
// and the translated strings. Either byte order; anything malformed yields nothing.
QHash<QString, QString> readCatalog(const QString& fileName)
{
    QHash<QString, QString> result;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray data = file.readAll();
    auto word = [&data](qsizetype offset, bool swap) -> std::optional<quint32> {
        if (offset < 0 || offset + 4 > data.size())
            return std::nullopt;
        const auto* p = reinterpret_cast<const uchar*>(data.constData() + offset);
        return swap ? quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]
                    : quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0];
    };
    const auto magic = word(0, false);
    if (!magic)
        return result;
    bool swap = false;
    if (*magic == 0xde120495u)
        swap = true;
    else if (*magic != 0x950412deu)
        return result;
    const auto count = word(8, swap);
    const auto originals = word(12, swap);
    const auto translations = word(16, swap);
    if (!count || !originals || !translations || *count > 100000)
        return result;
    auto string = [&](quint32 table, quint32 index) -> std::optional<QByteArray> {
        const auto length = word(qsizetype(table) + 8 * qsizetype(index), swap);
        const auto offset = word(qsizetype(table) + 8 * qsizetype(index) + 4, swap);
        if (!length || !offset || qsizetype(*offset) + qsizetype(*length) > data.size())
            return std::nullopt;
        return data.mid(*offset, *length);
    };
    for (quint32 i = 0; i < *count; ++i) {
        const auto original = string(*originals, i);
        const auto translated = string(*translations, i);
        if (!original || !translated || original->isEmpty() || translated->isEmpty())
            continue;
        // Plural forms and contexts do not occur in this catalog; keep the first form.
        result.insert(
            QString::fromUtf8(original->left(
                original->indexOf('\0') < 0 ? original->size() : original->indexOf('\0'))),
            QString::fromUtf8(translated->left(
                translated->indexOf('\0') < 0 ? translated->size() : translated->indexOf('\0'))));
    }
    return result;
}

const QHash<QString, QString>& catalog(State& s, const QLocale& locale)
{
    // "fi_FI" first, then "fi"; English needs none.
    const QString full = locale.name();
    const auto found = s.catalogs.constFind(full);
    if (found != s.catalogs.constEnd())
        return found.value();
    QHash<QString, QString> entries;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        const QString language = full.section(u'_', 0, 0);
        for (const QString& name : {full, language}) {
            entries =
                readCatalog(s.directory + u"/locale/"_s + name + u"/LC_MESSAGES/iso_3166-1.mo"_s);
            if (!entries.isEmpty())
                break;
        }
    }
    return s.catalogs.insert(full, entries).value();
}

QString nameOf(State& s, int index, const QLocale& locale)
{
    if (index < 0)
        return {};
    const Entry& e = s.entries.at(index);
    const QHash<QString, QString>& translations = catalog(s, locale);
    if (!e.commonName.isEmpty()) {
        const QString common = translations.value(e.commonName);
        if (!common.isEmpty())
            return common;
        if (translations.isEmpty())
            return e.commonName;
    }
    return translations.value(e.name, e.commonName.isEmpty() ? e.name : e.commonName);
}

} // namespace

QString CountryNames::name(const QString& alpha2, const QLocale& locale)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    loadList(s);
    return nameOf(s, s.byAlpha2.value(alpha2.toUpper(), -1), locale);
}

QString CountryNames::nameForNumeric(const QString& numeric, const QLocale& locale)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    loadList(s);
    return nameOf(s, s.byNumeric.value(numeric, -1), locale);
}

bool CountryNames::isAvailable()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    loadList(s);
    return !s.entries.isEmpty();
}

void CountryNames::setDataDirectory(const QString& directory)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    s.directory = directory.isEmpty() ? u"/usr/share"_s : directory;
    s.loaded = false;
    s.entries.clear();
    s.byAlpha2.clear();
    s.byNumeric.clear();
    s.catalogs.clear();
}

} // namespace fjord
