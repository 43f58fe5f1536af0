#include "core/dataset.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

TEST(DateBefore, OrdersDaysMonthsAndYearsByTheirLatestDay)
{
    QStringList dates{"", "2011", "2011-06", "2011-06-20", "2011-09-15", "2010-12", "2011-06-01"};
    std::stable_sort(dates.begin(), dates.end(), dateBefore);
    EXPECT_EQ(dates, QStringList({"2010-12", "2011-06-01", "2011-06-20", "2011-06", "2011-09-15",
                                  "2011", ""}));
}

TEST(DateBefore, IsAStrictOrder)
{
    for (const QString date : {"", "2011", "2011-06", "2011-06-20"})
        EXPECT_FALSE(dateBefore(date, date)) << date.toStdString();
    EXPECT_TRUE(dateBefore("2011-06-20", ""));
    EXPECT_FALSE(dateBefore("", "2011-06-20"));
}

TEST(Dataset, ListsPositionsOnATopicInDateOrderUndatedLast)
{
    DatasetContent content;
    content.topics = {{"t", "Question?", "b", ""}};
    const auto position = [](const char *id, const char *date) {
        return Position{id, "t", "", "b", "s", date, "stated", "stance", {}};
    };
    content.positions = {position("undated", ""), position("year", "2011"),
                         position("month", "2011-06"), position("day", "2011-06-20"),
                         position("other-topic", "2010")};
    content.positions.last().topic = "u";
    const Dataset dataset(content);
    QStringList order;
    for (const Position *p : dataset.positionsOn("t"))
        order.append(p->id);
    EXPECT_EQ(order, QStringList({"day", "month", "year", "undated"}));
}

/** The quoted words of each "status IN (...)" CHECK in schema.sql, in order. */
QList<QStringList> schemaStatusLists()
{
    QFile file(QStringLiteral(NHSX_SCHEMA_SQL));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString schema = QString::fromUtf8(file.readAll());
    static const QRegularExpression check(QStringLiteral("status\\s+IN\\s*\\(([^)]*)\\)"));
    static const QRegularExpression word(QStringLiteral("'([^']+)'"));
    QList<QStringList> lists;
    for (const QRegularExpressionMatch &match : check.globalMatch(schema)) {
        QStringList words;
        for (const QRegularExpressionMatch &w : word.globalMatch(match.captured(1)))
            words.append(w.captured(1));
        lists.append(words);
    }
    return lists;
}

TEST(StatusVocabulary, IsTheSchemasForBodiesAndForRelations)
{
    const QList<QStringList> lists = schemaStatusLists();
    ASSERT_EQ(lists.size(), 2) << "bodies, then relations";
    EXPECT_EQ(bodyStatuses(), lists[0]);
    EXPECT_EQ(relationStatuses(), lists[1]);
}

} // namespace
