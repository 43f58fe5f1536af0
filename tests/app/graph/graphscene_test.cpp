#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "bundled.h"
#include "core/graphquery.h"
#include "core/graphvizlayout.h"

#include <QSignalSpy>
#include <future>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

TEST(GraphScene, ItemsMadeOnAnotherThreadShowAsShowLayoutShowsThem)
{
    const Dataset dataset = test::bundledDataset();
    const VisibleGraph visible = visibleGraph(dataset, {});
    const LayoutResult result =
        GraphvizLayout().compute(GraphScene::layoutRequest(dataset, visible));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    GraphScene direct;
    ASSERT_TRUE(direct.showLayout(dataset, result, visible.labels).isEmpty());

    GraphScene made;
    GraphScene::Items items =
        std::async(std::launch::async, [&] {
            return GraphScene::makeItems(dataset, result, visible.labels, made.theme());
        }).get();
    ASSERT_EQ(items.bodies.size(), std::size_t(dataset.bodies().size()));
    ASSERT_TRUE(made.showItems(std::move(items)).isEmpty());

    EXPECT_EQ(made.sceneRect(), direct.sceneRect());
    ASSERT_EQ(made.bodyItems().size(), direct.bodyItems().size());
    for (const BodyItem *body : direct.bodyItems()) {
        const BodyItem *twin = made.bodyItem(body->id());
        ASSERT_NE(twin, nullptr) << body->id().toStdString();
        EXPECT_EQ(twin->layoutBox(), body->layoutBox());
        EXPECT_EQ(twin->toolTip(), body->toolTip());
        EXPECT_EQ(twin->scene(), &made);
    }
    ASSERT_EQ(made.relationItems().size(), direct.relationItems().size());
    for (const RelationItem *relation : direct.relationItems()) {
        const RelationItem *twin = made.relationItem(relation->id());
        ASSERT_NE(twin, nullptr) << relation->id().toStdString();
        EXPECT_EQ(twin->boundingRect(), relation->boundingRect());
        EXPECT_EQ(twin->labelBox(), relation->labelBox());
    }
}

TEST(GraphScene, ItemsOfAFailedLayoutEmptyTheSceneAndSayWhy)
{
    const Dataset dataset = test::bundledDataset();
    const VisibleGraph visible = visibleGraph(dataset, {});
    GraphScene scene;
    ASSERT_TRUE(
        scene
            .showLayout(dataset,
                        GraphvizLayout().compute(GraphScene::layoutRequest(dataset, visible)),
                        visible.labels)
            .isEmpty());
    ASSERT_TRUE(scene.selectId(QStringLiteral("ccgs")));
    QSignalSpy emptied(&scene, &GraphScene::selectionEmptied);
    LayoutResult failed;
    failed.error = QStringLiteral("dot could not place it");
    EXPECT_EQ(scene.showItems(GraphScene::makeItems(dataset, failed, {}, scene.theme())),
              failed.error);
    EXPECT_TRUE(scene.items().isEmpty());
    EXPECT_TRUE(scene.bodyItems().isEmpty());
    EXPECT_EQ(emptied.count(), 1);
}

} // namespace
