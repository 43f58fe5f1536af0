#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nhsx {

/** One record of a CSV file, with the 1-based line it starts on, for citing it. */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/**
 * Splits CSV text into records: fields separated by commas, optionally in double quotes (a
 * doubled quote inside them is one quote), records ended by CRLF, LF or a lone CR (the area team
 * file has old Mac line ends). Blank lines are skipped. A quoted field may not span lines: the
 * reference files never do, and a stray quote would otherwise swallow the rest of the file.
 * nullopt, with "line N: problem" in error, on a malformed record.
 */
std::optional<QList<CsvRecord>> parseCsv(const QString &text, QString *error);

/** Reads and parses a CSV file written in Windows-1252, as the ONS and ODS files are. */
std::optional<QList<CsvRecord>> readCsvFile(const QString &path, QString *error);

} // namespace nhsx
