#include "core/postertiles.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

TEST(PosterTiles, APictureThatFitsTakesOnePage)
{
    EXPECT_EQ(posterTiles({100, 50}, {200, 100}, 10), QList<QRectF>({{0, 0, 200, 100}}));
    EXPECT_EQ(posterTiles({200, 100}, {200, 100}, 10).size(), 1);
}

TEST(PosterTiles, NeighboursOverlapByTheGivenStrip)
{
    // 450 wide on pages of 200 with 20 shared: starts 0, 180, 360 (the last reaching 560).
    const QList<QRectF> tiles = posterTiles({450, 150}, {200, 100}, 20);
    ASSERT_EQ(tiles.size(), 6);
    const QList<QPointF> starts{{0, 0}, {180, 0}, {360, 0}, {0, 80}, {180, 80}, {360, 80}};
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        EXPECT_EQ(tiles[i].topLeft(), starts[i]) << i;
        EXPECT_EQ(tiles[i].size(), QSizeF(200, 100)) << i;
    }
    EXPECT_DOUBLE_EQ(tiles[0].intersected(tiles[1]).width(), 20);
    EXPECT_DOUBLE_EQ(tiles[0].intersected(tiles[3]).height(), 20);
}

TEST(PosterTiles, CoverThePictureWithNoPageToSpare)
{
    for (const QSizeF picture : {QSizeF(380, 180), QSizeF(381, 181), QSizeF(1000, 999)}) {
        const QList<QRectF> tiles = posterTiles(picture, {200, 100}, 20);
        QRectF covered;
        for (const QRectF &tile : tiles)
            covered = covered.united(tile);
        EXPECT_TRUE(covered.contains(QRectF(QPointF(0, 0), picture)));
        // Without its last row or column, the tiles would leave part of the picture uncovered.
        EXPECT_LT(covered.width() - 180, picture.width());
        EXPECT_LT(covered.height() - 80, picture.height());
    }
    EXPECT_EQ(posterTiles({380, 180}, {200, 100}, 20).size(), 4); // 2 x 2 exactly
    EXPECT_EQ(posterTiles({381, 181}, {200, 100}, 20).size(), 9); // a hair more: 3 x 3
}

TEST(PosterTiles, AnOverlapOfHalfAPageOrMoreStillAdvances)
{
    const QList<QRectF> tiles = posterTiles({300, 50}, {100, 100}, 500);
    ASSERT_EQ(tiles.size(), 5); // steps of 50: 0, 50, 100, 150, 200
    EXPECT_EQ(tiles.back().left(), 200);
    EXPECT_TRUE(posterTiles({300, 50}, {0, 100}, 10).isEmpty());
}

} // namespace
