#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "bundled.h"
#include "core/graphvizlayout.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/** The bundled graph in a view, zoomed out until every item is drawn far out. */
class FarOutView : public ::testing::Test
{
protected:
    FarOutView() : dataset(test::bundledDataset()), view(&scene)
    {
        EXPECT_TRUE(scene.showDataset(dataset, layout).isEmpty());
        view.resize(500, 300);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform::fromScale(kScale, kScale));
        view.centerOn(scene.itemsBoundingRect().center());
        EXPECT_TRUE(allFarOut(kScale, scene.theme()));
    }

    /** The viewport as the view paints it. */
    QImage shown()
    {
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    /** The same through each item's own drawing, as exporting the view draws it. */
    QImage drawnItemByItem()
    {
        QImage image(view.viewport()->size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
        return image;
    }

    static constexpr qreal kScale = 0.02;
    Dataset dataset;
    GraphvizLayout layout;
    GraphScene scene;
    GraphView view;
};

qsizetype differingPixels(const QImage &a, const QImage &b)
{
    qsizetype differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    }
    return differing;
}

qsizetype pixelsOf(const QImage &image, const QColor &colour)
{
    qsizetype count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour.rgb();
    }
    return count;
}

TEST(GraphView, PointsAtABodyUnderThePointerAndOffersToDragElsewhere)
{
    const Dataset dataset = test::bundledDataset();
    GraphvizLayout layout;
    GraphScene scene;
    ASSERT_TRUE(scene.showDataset(dataset, layout).isEmpty());
    GraphView view(&scene);
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const BodyItem *body = scene.bodyItem(QStringLiteral("ccgs"));
    ASSERT_NE(body, nullptr);
    view.centerOn(body);
    QTest::mouseMove(view.viewport(), view.mapFromScene(body->layoutBox().center()));
    EXPECT_EQ(view.viewport()->cursor().shape(), Qt::PointingHandCursor);
    const QPoint empty = view.mapFromScene(scene.sceneRect().topLeft() + QPointF(2, 2));
    ASSERT_EQ(view.itemAt(empty), nullptr);
    QTest::mouseMove(view.viewport(), empty);
    EXPECT_EQ(view.viewport()->cursor().shape(), Qt::OpenHandCursor);
}

TEST(AllFarOut, OnlyWhenNoTextIsReadableAndLinesAreHairlines)
{
    const Theme &theme = normalTheme();
    EXPECT_FALSE(allFarOut(1.0, theme));
    EXPECT_FALSE(allFarOut(0.2, theme)) << "names still readable";
    EXPECT_TRUE(allFarOut(0.02, theme));
}

TEST_F(FarOutView, DrawsTheGraphAsItsItemsWouldOneByOne)
{
    const QImage together = shown();
    const QImage oneByOne = drawnItemByItem();
    ASSERT_EQ(together.size(), oneByOne.size());
    const qsizetype inked = together.width() * together.height() - pixelsOf(together, Qt::white);
    ASSERT_GT(inked, 50) << "the graph is drawn";
    EXPECT_LE(differingPixels(together, oneByOne), inked / 20)
        << "at most a pixel here and there where lines meet";
}

TEST_F(FarOutView, RepaintsAMatchOnTopInItsColour)
{
    const QString id = QStringLiteral("ccgs");
    ASSERT_NE(scene.bodyItem(id), nullptr);
    EXPECT_EQ(pixelsOf(shown(), scene.theme().match), 0);
    scene.highlight({id});
    QCoreApplication::processEvents();
    const QImage highlighted = shown();
    const QRect box = view.mapFromScene(scene.bodyItem(id)->layoutBox()).boundingRect();
    EXPECT_GT(pixelsOf(highlighted.copy(box), scene.theme().match), 0);
    scene.clearHighlight();
    QCoreApplication::processEvents();
    EXPECT_EQ(pixelsOf(shown(), scene.theme().match), 0) << "and the view forgets it";
}

} // namespace
