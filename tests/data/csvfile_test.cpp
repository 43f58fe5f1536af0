// The CSV reader the data build uses for the England 2013 reference files.
#include "data/csvfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

QList<CsvRecord> parsed(const QString &text)
{
    QString error;
    const auto records = parseCsv(text, &error);
    EXPECT_TRUE(records.has_value()) << error.toStdString();
    return records.value_or(QList<CsvRecord>{});
}

QString problemWith(const QString &text)
{
    QString error;
    EXPECT_FALSE(parseCsv(text, &error).has_value());
    return error;
}

} // namespace

TEST(CsvFile, SplitsQuotedAndBareFieldsWithDoubledQuotesInside)
{
    const QList<CsvRecord> records =
        parsed(QStringLiteral("E38000001,02N,\"NHS Airedale, Wharfedale and Craven\"\n"
                              "\"a \"\"quoted\"\" word\",,last\n"));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields,
              QStringList({"E38000001", "02N", "NHS Airedale, Wharfedale and Craven"}));
    EXPECT_EQ(records[1].fields, QStringList({"a \"quoted\" word", "", "last"}));
}

TEST(CsvFile, CountsLinesOverEveryKindOfLineEndAndBlankLines)
{
    const QList<CsvRecord> records =
        parsed(QStringLiteral("one\r\ntwo\rthree\n\nfive\r\n\r\nseven"));
    QList<int> lines;
    QStringList firsts;
    for (const CsvRecord &record : records) {
        lines.append(record.line);
        firsts.append(record.fields.first());
    }
    EXPECT_EQ(lines, QList<int>({1, 2, 3, 5, 7}));
    EXPECT_EQ(firsts, QStringList({"one", "two", "three", "five", "seven"}));
}

TEST(CsvFile, NamesTheLineOfAMalformedRecord)
{
    EXPECT_EQ(problemWith(QStringLiteral("fine\n\"open,field\nmore\n")),
              QStringLiteral("line 2: a quoted field is not closed"));
    EXPECT_EQ(problemWith(QStringLiteral("a,\"b\"c\n")),
              QStringLiteral("line 1: text follows a quoted field"));
    EXPECT_EQ(problemWith(QStringLiteral("x\ny\nab\"c\n")),
              QStringLiteral("line 3: a quote inside an unquoted field"));
}

TEST(CsvFile, ReadsWindows1252AsTheOnsFilesAreWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ccg.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("08Y,\"NHS West London (Queen\x92s Park)\"\r\n");
    file.close();
    QString error;
    const auto records = readCsvFile(path, &error);
    ASSERT_TRUE(records.has_value()) << error.toStdString();
    EXPECT_EQ(records->first().fields[1], QStringLiteral("NHS West London (Queen\u2019s Park)"));
}

TEST(CsvFile, AMissingFileIsNamed)
{
    QString error;
    EXPECT_FALSE(readCsvFile(QStringLiteral("/nonexistent/epraccur.csv"), &error).has_value());
    EXPECT_TRUE(error.startsWith(QStringLiteral("/nonexistent/epraccur.csv: cannot read")))
        << error.toStdString();
}
