#include "csvfile.h"

#include <QFile>
#include <QStringDecoder>

namespace nhsx {

namespace {

/** The fields of one line, or nullopt with the problem in error. */
std::optional<QStringList> parseLine(QStringView line, QString *error)
{
    QStringList fields;
    qsizetype i = 0;
    while (true) {
        QString field;
        if (i < line.size() && line[i] == u'"') {
            ++i;
            while (true) {
                if (i >= line.size()) {
                    *error = QStringLiteral("a quoted field is not closed");
                    return std::nullopt;
                }
                if (line[i] == u'"') {
                    if (i + 1 < line.size() && line[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
            if (i < line.size() && line[i] != u',') {
                *error = QStringLiteral("text follows a quoted field");
                return std::nullopt;
            }
        } else {
            const qsizetype end = line.indexOf(u',', i);
            const QStringView bare = line.mid(i, end < 0 ? line.size() - i : end - i);
            if (bare.contains(u'"')) {
                *error = QStringLiteral("a quote inside an unquoted field");
                return std::nullopt;
            }
            field = bare.toString();
            i += bare.size();
        }
        fields.append(field);
        if (i >= line.size())
            return fields;
        ++i; // the comma
    }
}

} // namespace

std::optional<QList<CsvRecord>> parseCsv(const QString &text, QString *error)
{
    QList<CsvRecord> records;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        ++lineNumber;
        const QStringView line = QStringView(text).mid(start, end - start);
        if (!line.trimmed().isEmpty()) {
            QString problem;
            std::optional<QStringList> fields = parseLine(line, &problem);
            if (!fields) {
                *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(problem);
                return std::nullopt;
            }
            records.append({lineNumber, *fields});
        }
        const bool crlf = end + 1 < text.size() && text[end] == u'\r' && text[end + 1] == u'\n';
        start = end + (crlf ? 2 : 1);
    }
    return records;
}

std::optional<QList<CsvRecord>> readCsvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QStringDecoder decode("windows-1252");
    if (!decode.isValid()) {
        *error = QStringLiteral("%1: this Qt cannot decode Windows-1252").arg(path);
        return std::nullopt;
    }
    const QString text = decode(file.readAll());
    QString problem;
    std::optional<QList<CsvRecord>> records = parseCsv(text, &problem);
    if (!records)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return records;
}

} // namespace nhsx
