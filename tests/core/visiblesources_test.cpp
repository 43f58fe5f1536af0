#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/visiblesources.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

QStringList idsOf(const QList<const Source *> &sources)
{
    QStringList ids;
    for (const Source *source : sources)
        ids.append(source->id);
    return ids;
}

Source source(const char *id, const char *date)
{
    return Source{id, QStringLiteral("Title %1").arg(id), "Outlet", "", date, "stated", "", ""};
}

Quote quote(const char *id, const char *sourceId, QStringList bodies, QStringList relations)
{
    return Quote{id, sourceId, "", "", "text", bodies, relations};
}

/** Bodies a, b, c in a chain a -> b -> c; each source says something about one of them. */
Dataset chain()
{
    DatasetContent content;
    content.sources = {source("autumn", "2011-09"), source("june", "2011-06-20"),
                       source("undated", ""), source("about-c", "2011-01"),
                       source("unquoted", "2010")};
    content.bodies = {{"a", "A", "", "kind", "statutory", "role", {}},
                      {"b", "B", "", "kind", "advisory", "role", {"evidence-b", "no-such-quote"}},
                      {"c", "C", "", "kind", "advisory", "role", {}}};
    content.relations = {{"ab", "a", "b", "advises", "advisory", ""},
                         {"bc", "b", "c", "advises", "advisory", ""}};
    content.quotes = {
        quote("on-a", "autumn", {"a"}, {}),      quote("on-a-again", "autumn", {"a", "c"}, {}),
        quote("on-ab", "june", {}, {"ab"}),      quote("evidence-b", "undated", {}, {}),
        quote("on-c", "about-c", {"c"}, {"bc"}), quote("lost-source", "no-such-source", {"a"}, {})};
    return Dataset(content);
}

TEST(SourcesOfVisible, ListsEachSourceOfTheShownBodiesAndRelationsOnceOldestFirst)
{
    const Dataset dataset = chain();
    const VisibleGraph visible{{"a", "b"}, {"ab"}};
    // "autumn" quotes a twice; "undated" only backs b's status; "about-c" and "unquoted" say
    // nothing about what is shown; the quote of a missing source is left out.
    EXPECT_EQ(idsOf(sourcesOfVisible(dataset, visible)),
              QStringList({"june", "autumn", "undated"}));
}

TEST(SourcesOfVisible, FollowsTheViewAsItChanges)
{
    const Dataset dataset = chain();
    EXPECT_EQ(idsOf(sourcesOfVisible(dataset, {{"c"}, {}})), QStringList({"about-c", "autumn"}));
    EXPECT_EQ(idsOf(sourcesOfVisible(dataset, {{}, {"bc"}})), QStringList({"about-c"}));
    EXPECT_TRUE(sourcesOfVisible(dataset, {}).isEmpty());
    GraphQuery focusOnA;
    focusOnA.focus = QStringLiteral("a");
    EXPECT_EQ(idsOf(sourcesOfVisible(dataset, visibleGraph(dataset, focusOnA))),
              QStringList({"june", "autumn", "undated"}));
}

TEST(SourcesOfVisible, CitesARepeatedSourceIdOnce)
{
    DatasetContent content;
    content.sources = {source("s", "2011"), source("s", "2011")};
    content.bodies = {{"a", "A", "", "kind", "statutory", "role", {}}};
    content.quotes = {quote("q", "s", {"a"}, {})};
    EXPECT_EQ(sourcesOfVisible(Dataset(content), {{"a"}, {}}).size(), 1);
}

TEST(SourcesOfVisible, AgreesWithTheQuotesAboutEachBodyAndRelationOfTheBundledDataset)
{
    LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const Dataset &dataset = *loaded.dataset;
    for (const Body &focus : dataset.bodies()) {
        GraphQuery query;
        query.focus = focus.id;
        const VisibleGraph visible = visibleGraph(dataset, query);
        QSet<QString> expected;
        for (const QString &id : visible.bodies) {
            for (const Quote *quote : dataset.quotesAboutBody(id))
                expected.insert(quote->source);
            for (const QString &quoteId : dataset.body(id)->statusEvidence)
                expected.insert(dataset.quote(quoteId)->source);
        }
        for (const QString &id : visible.relations) {
            for (const Quote *quote : dataset.quotesAboutRelation(id))
                expected.insert(quote->source);
        }
        const QList<const Source *> sources = sourcesOfVisible(dataset, visible);
        const QStringList ids = idsOf(sources);
        EXPECT_EQ(QSet<QString>(ids.cbegin(), ids.cend()), expected) << focus.id.toStdString();
        EXPECT_EQ(ids.size(), expected.size()) << focus.id.toStdString();
        for (qsizetype i = 1; i < sources.size(); ++i)
            EXPECT_FALSE(dateBefore(sources[i]->date, sources[i - 1]->date));
    }
}

} // namespace
