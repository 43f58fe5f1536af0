// The timeline: what the sources had said by a date, and how statuses then stood.
#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/timeline.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

const Dataset &bundled()
{
    static const Dataset dataset = [] {
        LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
        if (!loaded.ok())
            throw std::runtime_error(loaded.error.message().toStdString());
        return *loaded.dataset;
    }();
    return dataset;
}

QString statusOf(const Dataset &dataset, const QString &id)
{
    if (const Body *body = dataset.body(id))
        return body->status;
    if (const Relation *relation = dataset.relation(id))
        return relation->status;
    return QStringLiteral("(not known)");
}

/** A dataset of one source, one body and one quote, dated as given. */
Dataset oneSourceDataset(const QString &sourceDate)
{
    DatasetContent content;
    content.sources.append({QStringLiteral("s"),
                            QStringLiteral("T"),
                            QStringLiteral("O"),
                            {},
                            sourceDate,
                            QStringLiteral("stated"),
                            QStringLiteral("s.txt"),
                            QStringLiteral("Words.")});
    content.bodies.append({QStringLiteral("b"),
                           QStringLiteral("B"),
                           {},
                           QStringLiteral("k"),
                           QStringLiteral("advisory"),
                           QStringLiteral("r"),
                           {QStringLiteral("q")}});
    content.quotes.append({QStringLiteral("q"),
                           QStringLiteral("s"),
                           {},
                           {},
                           QStringLiteral("Words."),
                           {QStringLiteral("b")},
                           {}});
    return Dataset(content);
}

} // namespace

TEST(Timeline, AMonthOrAYearIsKnownOnlyOnceItHasPassed)
{
    EXPECT_TRUE(onOrBefore(QStringLiteral("2011-06-20"), QStringLiteral("2011-06-20")));
    EXPECT_TRUE(onOrBefore(QStringLiteral("2011-06-13"), QStringLiteral("2011-06-20")));
    EXPECT_FALSE(onOrBefore(QStringLiteral("2011-06-21"), QStringLiteral("2011-06-20")));
    EXPECT_FALSE(onOrBefore(QStringLiteral("2011-06"), QStringLiteral("2011-06-20")));
    EXPECT_TRUE(onOrBefore(QStringLiteral("2011-06"), QStringLiteral("2011-06-30")));
    EXPECT_TRUE(onOrBefore(QStringLiteral("2011-06"), QStringLiteral("2011-06")));
    EXPECT_FALSE(onOrBefore(QStringLiteral("2011"), QStringLiteral("2011-09-15")));
    EXPECT_FALSE(onOrBefore(QString(), QStringLiteral("2013")));
}

TEST(Timeline, StandsAtEveryDateSomethingWasSaidInOrder)
{
    const QStringList dates = timelineDates(bundled());
    const QStringList expected{QStringLiteral("2011-06-13"), QStringLiteral("2011-06-20"),
                               QStringLiteral("2011-06"), QStringLiteral("2011-09-15")};
    for (const QString &date : expected)
        EXPECT_TRUE(dates.contains(date)) << date.toStdString();
    for (qsizetype i = 1; i < dates.size(); ++i)
        EXPECT_TRUE(dateBefore(dates[i - 1], dates[i]))
            << dates[i - 1].toStdString() << " then " << dates[i].toStdString();
    EXPECT_FALSE(dates.contains(QString()));
    // The data files' dates are when they were taken, not when anything was said.
    for (const Source &source : bundled().sources()) {
        if (source.isData()) {
            EXPECT_FALSE(dates.contains(source.date)) << source.id.toStdString();
        }
    }
}

TEST(Timeline, AnEmptyDateIsTheWholeDataset)
{
    const Dataset all = datasetAsAt(bundled(), {});
    EXPECT_EQ(all.bodies().size(), bundled().bodies().size());
    EXPECT_EQ(all.relations().size(), bundled().relations().size());
    EXPECT_EQ(all.quotes().size(), bundled().quotes().size());
    EXPECT_EQ(all.positions().size(), bundled().positions().size());
}

TEST(Timeline, BodiesAppearWhenTheSourcesFirstNameThem)
{
    const Dataset june13 = datasetAsAt(bundled(), QStringLiteral("2011-06-13"));
    const Dataset june20 = datasetAsAt(bundled(), QStringLiteral("2011-06-20"));
    EXPECT_TRUE(june13.body(QStringLiteral("clinical-senates")));
    EXPECT_TRUE(june13.body(QStringLiteral("nhs-future-forum")));
    // The NHS Alliance speaks first in its release of 20 June 2011.
    EXPECT_FALSE(june13.body(QStringLiteral("nhs-alliance")));
    EXPECT_TRUE(june20.body(QStringLiteral("nhs-alliance")));
    EXPECT_TRUE(june20.relation(QStringLiteral("hwb-refer-back-ccgs")));
    EXPECT_FALSE(june13.relation(QStringLiteral("hwb-refer-back-ccgs")));
    // PCT clusters are named only in an undated article: never by a date, always in the whole.
    EXPECT_FALSE(
        datasetAsAt(bundled(), QStringLiteral("2011-12-31")).body(QStringLiteral("pct-clusters")));
    EXPECT_TRUE(bundled().body(QStringLiteral("pct-clusters")));
}

TEST(Timeline, TheSenatesRoleChangesBetweenJuneAndSeptember2011)
{
    const Dataset june = datasetAsAt(bundled(), QStringLiteral("2011-06"));
    const Dataset september = datasetAsAt(bundled(), QStringLiteral("2011-09-15"));
    EXPECT_EQ(statusOf(june, QStringLiteral("clinical-senates")), QStringLiteral("proposed"));
    EXPECT_EQ(statusOf(september, QStringLiteral("clinical-senates")), QStringLiteral("advisory"));
    EXPECT_EQ(statusOf(june, QStringLiteral("senates-advise-ccgs")), QStringLiteral("proposed"));
    EXPECT_EQ(statusOf(september, QStringLiteral("senates-advise-ccgs")),
              QStringLiteral("advisory"));
    // The evidence is the status change's quote, not evidence of the later status.
    EXPECT_EQ(june.body(QStringLiteral("clinical-senates"))->statusEvidence,
              (QStringList{QStringLiteral("q002-set-up-senates"),
                           QStringLiteral("q004-formal-role-authorisation")}));
    // In September the status is the body's own: its evidence said by then counts too.
    const QStringList evidence = september.body(QStringLiteral("clinical-senates"))->statusEvidence;
    EXPECT_EQ(evidence.front(), QStringLiteral("q004-not-statutory"));
    EXPECT_TRUE(evidence.contains(QStringLiteral("q004-statutory-duty-no-veto")));
    EXPECT_TRUE(evidence.contains(QStringLiteral("q003-advisory-not-authorising")));
    // Not the undated Pulse answer.
    EXPECT_FALSE(evidence.contains(QStringLiteral("q000-advisory-only")));
}

TEST(Timeline, AQuoteReportedLaterCountsFromWhenItWasSaid)
{
    // The DH letter of 15 September reports the government's June response.
    const Dataset june = datasetAsAt(bundled(), QStringLiteral("2011-06"));
    EXPECT_TRUE(june.quote(QStringLiteral("q004-follow-advice")));
    EXPECT_FALSE(june.quote(QStringLiteral("q004-not-statutory")));
    EXPECT_TRUE(june.relation(QStringLiteral("government-proposes-senates")));
    EXPECT_FALSE(datasetAsAt(bundled(), QStringLiteral("2011-06-20"))
                     .quote(QStringLiteral("q004-follow-advice")));
}

TEST(Timeline, PositionsAppearAtTheirDates)
{
    const Dataset june20 = datasetAsAt(bundled(), QStringLiteral("2011-06-20"));
    for (const Position &position : june20.positions())
        EXPECT_TRUE(onOrBefore(position.date, QStringLiteral("2011-06-20")))
            << position.id.toStdString();
    EXPECT_LT(june20.positions().size(), bundled().positions().size());
    EXPECT_GT(june20.positions().size(), 0);
    // Every topic left has a position left to show.
    for (const Topic &topic : june20.topics())
        EXPECT_FALSE(june20.positionsOn(topic.id).isEmpty()) << topic.id.toStdString();
}

TEST(Timeline, TheGraphQueryShowsOnlyWhatWasSaidByItsDate)
{
    GraphQuery query;
    query.asAt = QStringLiteral("2011-06-13");
    const VisibleGraph visible = visibleGraph(bundled(), query);
    EXPECT_TRUE(visible.bodies.contains(QStringLiteral("clinical-senates")));
    EXPECT_FALSE(visible.bodies.contains(QStringLiteral("nhs-alliance")));
    EXPECT_LT(visible.bodies.size(), bundled().bodies().size());
    // A status filter applies to the status as it then stood.
    query.hiddenBodyStatuses = {QStringLiteral("proposed")};
    EXPECT_FALSE(
        visibleGraph(bundled(), query).bodies.contains(QStringLiteral("clinical-senates")));
    query.asAt = QStringLiteral("2011-09-15");
    EXPECT_TRUE(visibleGraph(bundled(), query).bodies.contains(QStringLiteral("clinical-senates")));
}

TEST(Timeline, AnUndatedSourceCountsOnlyForTheWhole)
{
    EXPECT_FALSE(
        datasetAsAt(oneSourceDataset({}), QStringLiteral("2099")).body(QStringLiteral("b")));
    EXPECT_TRUE(datasetAsAt(oneSourceDataset({}), {}).body(QStringLiteral("b")));
    const Dataset dated = oneSourceDataset(QStringLiteral("2011-06-20"));
    EXPECT_FALSE(datasetAsAt(dated, QStringLiteral("2011-06-19")).body(QStringLiteral("b")));
    EXPECT_TRUE(datasetAsAt(dated, QStringLiteral("2011-06-20")).body(QStringLiteral("b")));
}
