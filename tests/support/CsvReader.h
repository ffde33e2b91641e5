#pragma once

// Reads CSV the way ProjectExport::toCsv writes it (RFC 4180: quoted fields, doubled quotes,
// CRLF or LF line ends), so tests can check an export field by field.

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace fjord::test {

// One QStringList per row. `ok` is set to false for an unterminated quoted field or a quote in
// the middle of an unquoted field; the rows read so far are returned either way.
QVector<QStringList> parseCsv(const QByteArray& csv, bool* ok = nullptr);

} // namespace fjord::test
