#include "CsvReader.h"

#include <QString>

namespace fjord::test {

QVector<QStringList> parseCsv(const QByteArray& csv, bool* ok)
{
    const QString text = QString::fromUtf8(csv);
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    bool valid = true;
    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted || !field.isEmpty())
                valid = false; // a quote in the middle of an unquoted field
            inQuotes = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        valid = false;
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    if (ok)
        *ok = valid;
    return rows;
}

} // namespace fjord::test
