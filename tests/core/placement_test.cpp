// Where a body of the England 2013 layer sits, on the real bundled dataset with every layer.
#include "core/datasetloader.h"
#include "core/placement.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

Dataset everyLayer()
{
    LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::Every);
    EXPECT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    return loaded.ok() ? std::move(*loaded.dataset) : Dataset();
}

/** The body that includes this one, by the dataset's relations. */
QString includer(const Dataset &dataset, const QString &id)
{
    for (const Relation &relation : dataset.relations()) {
        if (relation.type == u"includes" && relation.to == id)
            return relation.from;
    }
    return {};
}

TEST(Placement, OfEveryLevelClimbsToTheBoard)
{
    const Dataset dataset = everyLayer();
    const QString practice = QStringLiteral("practice-a81001");
    const Placement fromPractice = placementOf(dataset, practice);
    ASSERT_EQ(fromPractice.chain.size(), 5);
    EXPECT_EQ(fromPractice.chain.last()->id, QStringLiteral("nhs-commissioning-board"));
    // Each level's own placement is the rest of the practice's chain, link by link.
    for (qsizetype level = 1; level < 4; ++level) {
        const QString id = fromPractice.chain[level]->id;
        const Placement placement = placementOf(dataset, id);
        ASSERT_EQ(placement.match, dataset.body(id));
        EXPECT_EQ(placement.chain, fromPractice.chain.mid(level)) << id.toStdString();
        EXPECT_EQ(placement.chainLinks, fromPractice.chainLinks.mid(level)) << id.toStdString();
        if (level > 1) {
            EXPECT_EQ(placement.chain[1]->id, includer(dataset, id)) << id.toStdString();
        }
    }
    // Scrutiny is of CCGs: an area team or region has none.
    EXPECT_FALSE(placementOf(dataset, fromPractice.chain[1]->id).scrutiny.isEmpty());
    EXPECT_TRUE(placementOf(dataset, fromPractice.chain[2]->id).scrutiny.isEmpty());
    EXPECT_EQ(placementOf(dataset, QStringLiteral("nhs-commissioning-board")).match, nullptr);
    EXPECT_EQ(placementOf(dataset, QStringLiteral("no-such-body")).match, nullptr);
}

} // namespace
