#include "core/datasetloader.h"
#include "core/search.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

class Search : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
        ASSERT_TRUE(loaded.ok());
        dataset = new Dataset(std::move(*loaded.dataset));
        index = new SearchIndex(*dataset);
    }
    static void TearDownTestSuite()
    {
        delete index;
        delete dataset;
    }

    static Dataset *dataset;
    static SearchIndex *index;
};

Dataset *Search::dataset = nullptr;
SearchIndex *Search::index = nullptr;

TEST_F(Search, FindsBodiesByNameAndAcronym)
{
    EXPECT_EQ(index->matchingIds(QStringLiteral("Monitor")).value(0), QStringLiteral("monitor"));
    EXPECT_TRUE(index->matchingIds(QStringLiteral("CCGs")).contains(QStringLiteral("ccgs")));
}

TEST_F(Search, MatchesWordPrefixesInAnyOrderAndCase)
{
    const QStringList ids = index->matchingIds(QStringLiteral("SENATES clin"));
    EXPECT_TRUE(ids.contains(QStringLiteral("clinical-senates")));
}

TEST_F(Search, FindsWhatQuotesAreAboutAndMarksTheWords)
{
    const QList<SearchHit> hits = index->search(QStringLiteral("veto"));
    ASSERT_FALSE(hits.isEmpty());
    bool senates = false;
    for (const SearchHit &hit : hits) {
        // Every hit's snippet marks the matched word.
        EXPECT_TRUE(hit.snippet.contains(kMatchStart)) << hit.snippet.toStdString();
        if (hit.id == QLatin1String("clinical-senates") && hit.field == QLatin1String("quote"))
            senates = true;
    }
    EXPECT_TRUE(senates);
    // Every quote with "veto" is about a body or relation among the hits.
    for (const Quote &quote : dataset->quotes()) {
        if (!quote.text.contains(QStringLiteral("veto"), Qt::CaseInsensitive))
            continue;
        for (const QString &body : quote.bodies)
            EXPECT_TRUE(index->matchingIds(QStringLiteral("veto")).contains(body))
                << body.toStdString();
    }
}

TEST_F(Search, FindsBySpeaker)
{
    const QStringList ids = index->matchingIds(QStringLiteral("Zollinger"));
    EXPECT_TRUE(ids.contains(QStringLiteral("clinical-senates")));
}

TEST_F(Search, FindsNothingForNonsenseOrPunctuation)
{
    EXPECT_TRUE(index->search(QStringLiteral("xyzzyq")).isEmpty());
    EXPECT_TRUE(index->search(QStringLiteral("  \"*' -- ")).isEmpty());
    EXPECT_TRUE(index->search(QString()).isEmpty());
}

TEST_F(Search, TreatsQueryTextAsWordsNotSyntax)
{
    EXPECT_NO_FATAL_FAILURE(index->search(QStringLiteral("senates OR NOT AND NEAR(\"")));
    EXPECT_FALSE(index->matchingIds(QStringLiteral("senates AND")).isEmpty());
}

} // namespace
