#include "core/datasetloader.h"
#include "core/search.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>
#include <limits>

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

TEST_F(Search, RanksAHitInAFieldOfFewerWordsFirst)
{
    // As bm25 ranks a word found once in a field: the shorter the field, the better the hit.
    const auto fieldText = [](const SearchHit &hit) -> QString {
        if (const Body *body = dataset->body(hit.id)) {
            if (hit.field == QLatin1String("name"))
                return body->name;
            if (hit.field == QLatin1String("acronym"))
                return body->acronym;
            if (hit.field == QLatin1String("role"))
                return body->role;
        } else if (const Relation *relation = dataset->relation(hit.id)) {
            if (hit.field == QLatin1String("name"))
                return relation->type;
            if (hit.field == QLatin1String("description"))
                return relation->description;
        }
        return {}; // a quote or a speaker: shared by several ids
    };
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    const QList<SearchHit> hits =
        index->search(QStringLiteral("commiss"), std::numeric_limits<int>::max());
    QList<qsizetype> words;
    for (const SearchHit &hit : hits) {
        const QString text = fieldText(hit);
        if (!text.isEmpty())
            words.append(text.split(notWord, Qt::SkipEmptyParts).size());
    }
    ASSERT_GT(QSet<qsizetype>(words.begin(), words.end()).size(), 3) << "fields of many lengths";
    EXPECT_TRUE(std::is_sorted(words.begin(), words.end()));
    EXPECT_EQ(hits.front().field, QStringLiteral("name"));
}

TEST_F(Search, FindListsTheBestHitsWithTheirSnippetsAndCountsEveryMatch)
{
    const auto everything = [](const QString &) { return true; };
    const QList<SearchHit> hits =
        index->search(QStringLiteral("clin"), std::numeric_limits<int>::max());
    ASSERT_GT(hits.size(), 5);
    const SearchResult found = index->find(QStringLiteral("clin"), everything, 5);
    ASSERT_EQ(found.listed.size(), 5);
    for (qsizetype i = 0; i < 5; ++i) { // the list is cut, not chosen again
        EXPECT_EQ(found.listed[i].id, hits[i].id);
        EXPECT_EQ(found.listed[i].field, hits[i].field);
        EXPECT_EQ(found.listed[i].snippet, hits[i].snippet);
        EXPECT_TRUE(found.listed[i].snippet.contains(kMatchStart)) << i;
    }
    QStringList everyId;
    for (const SearchHit &hit : hits) {
        EXPECT_TRUE(hit.snippet.contains(kMatchStart)) << hit.id.toStdString();
        if (!everyId.contains(hit.id))
            everyId.append(hit.id);
    }
    EXPECT_EQ(found.ids, everyId);
}

TEST_F(Search, FindDropsWhatIsNotAcceptedBeforeTheListIsCut)
{
    const QStringList all = index->matchingIds(QStringLiteral("clin"));
    ASSERT_GT(all.size(), 3);
    const QString kept = all.last();
    const SearchResult found = index->find(
        QStringLiteral("clin"), [&](const QString &id) { return id == kept; }, 1);
    EXPECT_EQ(found.ids, QStringList{kept});
    ASSERT_EQ(found.listed.size(), 1);
    EXPECT_EQ(found.listed[0].id, kept);
    EXPECT_FALSE(found.listed[0].snippet.isEmpty());
    EXPECT_TRUE(index
                    ->find(
                        QStringLiteral("xyzzyq"), [](const QString &) { return true; }, 5)
                    .ids.isEmpty());
}
