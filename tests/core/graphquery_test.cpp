#include "core/datasetloader.h"
#include "core/graphquery.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

class GraphQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
        ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
        dataset = std::move(*loaded.dataset);
    }

    /** Every body one relation away from id in the given direction, and id itself. */
    QSet<QString> neighboursOf(const QString &id, FocusDirection direction) const
    {
        QSet<QString> result{id};
        for (const Relation &relation : dataset.relations()) {
            if (relation.from == id && direction != FocusDirection::In)
                result.insert(relation.to);
            if (relation.to == id && direction != FocusDirection::Out)
                result.insert(relation.from);
        }
        return result;
    }

    Dataset dataset;
};

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

TEST_F(GraphQueryTest, ShowsEverythingByDefault)
{
    const VisibleGraph visible = visibleGraph(dataset, {});
    EXPECT_EQ(visible.bodies.size(), dataset.bodies().size());
    EXPECT_EQ(visible.relations.size(), dataset.relations().size());
}

TEST_F(GraphQueryTest, FocusAtDepthOneShowsExactlyTheNeighbours)
{
    for (FocusDirection direction :
         {FocusDirection::In, FocusDirection::Out, FocusDirection::Both}) {
        GraphQuery query;
        query.focus = QStringLiteral("clinical-senates");
        query.direction = direction;
        const VisibleGraph visible = visibleGraph(dataset, query);
        EXPECT_EQ(asSet(visible.bodies), neighboursOf(query.focus, direction));
        for (const QString &id : visible.relations) {
            const Relation *relation = dataset.relation(id);
            EXPECT_TRUE(visible.bodies.contains(relation->from) &&
                        visible.bodies.contains(relation->to));
        }
    }
}

TEST_F(GraphQueryTest, DeeperFocusReachesFurther)
{
    GraphQuery query;
    query.focus = QStringLiteral("health-and-wellbeing-boards");
    const qsizetype one = visibleGraph(dataset, query).bodies.size();
    query.depth = 2;
    const qsizetype two = visibleGraph(dataset, query).bodies.size();
    query.depth = 3;
    const qsizetype three = visibleGraph(dataset, query).bodies.size();
    EXPECT_LT(one, two);
    EXPECT_LE(two, three);
}

TEST_F(GraphQueryTest, HidingAStatusRemovesItsBodiesAndRelations)
{
    GraphQuery query;
    query.hiddenBodyStatuses = {QStringLiteral("historical")};
    query.hiddenRelationStatuses = {QStringLiteral("historical")};
    const VisibleGraph visible = visibleGraph(dataset, query);
    for (const QString &id : visible.bodies)
        EXPECT_NE(dataset.body(id)->status, QStringLiteral("historical"));
    for (const QString &id : visible.relations)
        EXPECT_NE(dataset.relation(id)->status, QStringLiteral("historical"));
    EXPECT_FALSE(visible.bodies.contains(QStringLiteral("fundholding")));
    EXPECT_TRUE(visible.bodies.contains(QStringLiteral("ccgs")));
}

TEST_F(GraphQueryTest, HidingARelationStatusLeavesBodiesOfThatStatus)
{
    GraphQuery query;
    query.hiddenRelationStatuses = {QStringLiteral("advisory")};
    const VisibleGraph visible = visibleGraph(dataset, query);
    EXPECT_EQ(visible.bodies.size(), dataset.bodies().size());
    EXPECT_TRUE(visible.bodies.contains(QStringLiteral("clinical-senates")));
    EXPECT_FALSE(visible.relations.contains(QStringLiteral("senates-advise-ccgs")));
    for (const QString &id : visible.relations)
        EXPECT_NE(dataset.relation(id)->status, QStringLiteral("advisory"));
    query = {};
    query.hiddenBodyStatuses = {QStringLiteral("advisory")};
    EXPECT_FALSE(visibleGraph(dataset, query).bodies.contains(QStringLiteral("clinical-senates")));
}

TEST_F(GraphQueryTest, HidingAKindOrTypeRemovesOnlyThose)
{
    GraphQuery query;
    query.hiddenTypes = {QStringLiteral("advises")};
    const VisibleGraph visible = visibleGraph(dataset, query);
    EXPECT_FALSE(visible.relations.contains(QStringLiteral("senates-advise-ccgs")));
    EXPECT_EQ(visible.bodies.size(), dataset.bodies().size());
    query = {};
    query.hiddenKinds = {QStringLiteral("earlier commissioning initiative")};
    EXPECT_FALSE(visibleGraph(dataset, query).bodies.contains(QStringLiteral("fundholding")));
}

TEST_F(GraphQueryTest, FocusOnAHiddenOrUnknownBodyShowsNothing)
{
    GraphQuery query;
    query.focus = QStringLiteral("no-such-body");
    EXPECT_TRUE(visibleGraph(dataset, query).bodies.isEmpty());
    query.focus = QStringLiteral("fundholding");
    query.hiddenBodyStatuses = {QStringLiteral("historical")};
    EXPECT_TRUE(visibleGraph(dataset, query).bodies.isEmpty());
}

TEST(GraphQueryLayers, ShowsTheNationalLayerUnlessAskedForMore)
{
    const LoadResult loaded =
        loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::Every);
    ASSERT_TRUE(loaded.ok());
    const Dataset &dataset = *loaded.dataset;
    const VisibleGraph national = visibleGraph(dataset, GraphQuery{});
    for (const QString &id : national.bodies)
        EXPECT_EQ(dataset.body(id)->layer, kNationalLayer) << id.toStdString();
    EXPECT_TRUE(national.bodies.contains(QStringLiteral("ccgs")));

    GraphQuery every;
    every.layers.clear();
    const VisibleGraph all = visibleGraph(dataset, every);
    EXPECT_EQ(all.bodies.size(), dataset.bodies().size());
    EXPECT_TRUE(all.relations.contains(QStringLiteral("ccg-02n-is-one-of-ccgs")));
}

} // namespace

TEST(WholeGraph, DropsFocusFiltersAndDateButKeepsTheLayerAndTheFocusSettings)
{
    GraphQuery query;
    query.focus = QStringLiteral("clinical-senates");
    query.depth = 3;
    query.direction = FocusDirection::In;
    query.hiddenBodyStatuses = {QStringLiteral("historical")};
    query.hiddenRelationStatuses = {QStringLiteral("proposed")};
    query.hiddenKinds = {QStringLiteral("board")};
    query.hiddenTypes = {QStringLiteral("advises")};
    query.asAt = QStringLiteral("2011-06");
    query.layers = {QStringLiteral("england-2013")};
    query.aggregate = true;
    query.expanded = {QStringLiteral("area-team-e39000009")};
    const GraphQuery whole = wholeGraphOf(query);
    EXPECT_TRUE(whole.focus.isEmpty());
    EXPECT_FALSE(whole.filters());
    EXPECT_TRUE(whole.asAt.isEmpty());
    EXPECT_EQ(whole.depth, 3);
    EXPECT_EQ(whole.direction, FocusDirection::In);
    EXPECT_EQ(whole.layers, query.layers);
    EXPECT_TRUE(whole.aggregate);
    EXPECT_EQ(whole.expanded, query.expanded);
}

TEST(GraphQueryIds, AGraphsIdsAndAStepsItemsAreItsBodiesAndRelations)
{
    const VisibleGraph graph{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("r")}};
    EXPECT_EQ(idsOf(graph),
              (QSet<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("r")}));
    TourStep step;
    step.bodies = {QStringLiteral("a")};
    step.relations = {QStringLiteral("r"), QStringLiteral("s")};
    EXPECT_EQ(itemsOf(step),
              (QSet<QString>{QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("s")}));
}
