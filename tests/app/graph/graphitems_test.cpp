#include "app/graph/graphitems.h"
#include "app/theme/style.h"
#include "app/theme/theme.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <functional>
#include <gtest/gtest.h>
#include <initializer_list>

using namespace nhsx;

namespace {

/** Draws a straight relation of the given status and counts the gaps along its line. */
int gapsAlongLine(const QString &status)
{
    QPainterPath path(QPointF(10, 20));
    path.cubicTo(QPointF(70, 20), QPointF(130, 20), QPointF(190, 20));
    RelationItem item(QStringLiteral("r"), QString(), status, path, {}, {}, normalTheme());
    QImage image(200, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QStyleOptionGraphicsItem option;
        item.paint(&painter, &option, nullptr);
    }
    int gaps = 0;
    bool wasInk = true;
    for (int x = 14; x < 186; ++x) {
        const bool ink = qGray(image.pixel(x, 20)) < 128;
        if (wasInk && !ink)
            ++gaps;
        wasInk = ink;
    }
    return gaps;
}

TEST(RelationItem, DrawsStatutoryAndBindingRelationsSolid)
{
    EXPECT_EQ(gapsAlongLine(QStringLiteral("statutory")), 0);
    EXPECT_EQ(gapsAlongLine(QStringLiteral("binding")), 0);
}

TEST(RelationItem, DrawsAdvisoryRelationsDashed)
{
    EXPECT_GE(gapsAlongLine(QStringLiteral("advisory")), 5);
}

TEST(BodyItem, PlansRoomForItsTextWithinLimits)
{
    const QSizeF shortName =
        BodyItem::sizeFor(QStringLiteral("Monitor"), QStringLiteral("statutory"), normalTheme());
    const QSizeF longName = BodyItem::sizeFor(
        QStringLiteral("Health and wellbeing boards of every local authority in England"),
        QStringLiteral("statutory"), normalTheme());
    EXPECT_GT(longName.height(), shortName.height()) << "long names wrap onto more lines";
    EXPECT_LE(longName.width(), 230);
}

TEST(BodyItem, ShowsDatasetTextInItsToolTipAsText)
{
    const BodyItem item(QStringLiteral("x"), QStringLiteral("<b>Bold</b> & co"),
                        QStringLiteral("advisory"), QRectF(0, 0, 100, 40), normalTheme());
    QTextDocument document;
    document.setHtml(item.toolTip());
    EXPECT_EQ(document.toPlainText(), QStringLiteral("<b>Bold</b> & co"));
}

TEST(BodyItem, ShowsItsNotesUnderTheNameInItsToolTipAsText)
{
    const BodyItem item(QStringLiteral("x"), QStringLiteral("CCGs"), QStringLiteral("advisory"),
                        QRectF(0, 0, 100, 40), normalTheme(),
                        {QStringLiteral("CCG: clinical <i>commissioning</i> group")});
    QTextDocument document;
    document.setHtml(item.toolTip());
    EXPECT_EQ(document.toPlainText(),
              QStringLiteral("CCGs\nCCG: clinical <i>commissioning</i> group"));
}

/** A paint device that counts the text and the shapes drawn on it, and draws nothing. */
class DrawingCounter final : public QPaintDevice
{
public:
    struct Engine final : QPaintEngine
    {
        // Every feature: the painter hands each shape over as drawn, untransformed.
        Engine() : QPaintEngine(AllFeatures) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawTextItem(const QPointF &, const QTextItem &) override { ++texts; }
        void drawPath(const QPainterPath &) override { ++shapes; }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { ++shapes; }
        Type type() const override { return QPaintEngine::User; }
        int texts = 0;
        int shapes = 0;
    };

    QPaintEngine *paintEngine() const override { return &engine; }
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 2000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 500;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 32;
        }
    }

    mutable Engine engine;
};

struct Drawn
{
    int texts = 0;
    int shapes = 0;
};

/** What an item draws when the view shows it at this scale. */
template <typename Item> Drawn drawnAt(Item &item, qreal scale)
{
    DrawingCounter device;
    {
        QPainter painter(&device);
        painter.scale(scale, scale);
        QStyleOptionGraphicsItem option;
        item.paint(&painter, &option, nullptr);
    }
    return {device.engine.texts, device.engine.shapes};
}

/** The items painted on white, translated by offset and then scaled, as a view would. */
QImage paintedAt(QSize size, QPointF offset, qreal scale,
                 std::initializer_list<QGraphicsItem *> items, bool selected = false)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(offset);
    painter.scale(scale, scale);
    QStyleOptionGraphicsItem option;
    if (selected)
        option.state |= QStyle::State_Selected;
    for (QGraphicsItem *item : items)
        item->paint(&painter, &option, nullptr);
    return image;
}

TEST(LevelOfDetail, TextTooSmallToReadIsNotDrawnButTheShapesAre)
{
    const Theme &theme = normalTheme();
    BodyItem body(QStringLiteral("b"), QStringLiteral("Clinical senates"),
                  QStringLiteral("advisory"),
                  QRectF(QPointF(0, 0), BodyItem::sizeFor(QStringLiteral("Clinical senates"),
                                                          QStringLiteral("advisory"), theme)),
                  theme, {});
    const auto readable = drawnAt(body, 1.0);
    EXPECT_GE(readable.texts, 2) << "name and status";
    EXPECT_GE(readable.shapes, 1);
    // A scale at which the name would be under the smallest text drawn.
    const qreal tiny = BodyItem::kSmallestTextPixels / QFontMetricsF(theme.bodyName).height() * 0.9;
    const auto zoomedOut = drawnAt(body, tiny);
    EXPECT_EQ(zoomedOut.texts, 0);
    EXPECT_GE(zoomedOut.shapes, 1) << "the box is still drawn";
    EXPECT_GE(drawnAt(body, tiny / 0.9 * 1.1).texts, 1) << "just readable: drawn";

    QPainterPath path(QPointF(0, 0));
    path.cubicTo(QPointF(50, 0), QPointF(100, 0), QPointF(150, 0));
    RelationItem relation(QStringLiteral("r"), QStringLiteral("advises"),
                          QStringLiteral("advisory"), path,
                          QPolygonF({QPointF(150, -4), QPointF(158, 0), QPointF(150, 4)}),
                          QRectF(50, -8, 50, 16), theme);
    EXPECT_GE(drawnAt(relation, 1.0).texts, 1);
    const qreal tinyLabel =
        BodyItem::kSmallestTextPixels / QFontMetricsF(theme.edgeLabel).height() * 0.9;
    EXPECT_EQ(drawnAt(relation, tinyLabel).texts, 0);
    EXPECT_GE(drawnAt(relation, tinyLabel).shapes, 2) << "line and arrowhead";
}

TEST(LevelOfDetail, FarOutARelationIsAnUnbrokenHairlineAndABodyAPlainBox)
{
    const Theme &theme = normalTheme();
    constexpr qreal kFar = 0.05; // the England layer's 8,000 bodies fitted to a window, or less
    QPainterPath path(QPointF(0, 100));
    path.cubicTo(QPointF(1000, 100), QPointF(3000, 100), QPointF(4000, 100));
    RelationItem relation(QStringLiteral("r"), QStringLiteral("advises"),
                          QStringLiteral("advisory"), path, {}, {}, theme);
    BodyItem body(QStringLiteral("b"), QStringLiteral("Clinical senates"),
                  QStringLiteral("advisory"), QRectF(0, 400, 2000, 1000), theme, {});
    const QImage image = paintedAt(QSize(220, 100), QPointF(10, 0), kFar, {&relation, &body});
    int ink = 0;
    for (int x = 12; x < 208; ++x)
        ink += image.pixel(x, 5) != qRgb(255, 255, 255);
    EXPECT_EQ(ink, 208 - 12) << "dashes a twentieth of a pixel long are not drawn as gaps";
    EXPECT_EQ(QColor(image.pixel(60, 45)), theme.fill(QStringLiteral("advisory")))
        << "the box keeps its status's fill";
}

TEST(LevelOfDetail, FarOutACurvedRelationKeepsItsCurve)
{
    // Straight relations are drawn far out as lines between their points; a curve must not be.
    const Theme &theme = normalTheme();
    constexpr qreal kFar = 0.05;
    QPainterPath path(QPointF(0, 0));
    path.cubicTo(QPointF(0, 1600), QPointF(4000, 1600), QPointF(4000, 0)); // a U, 1200 deep
    RelationItem relation(QStringLiteral("r"), QStringLiteral("advises"),
                          QStringLiteral("advisory"), path, {}, {}, theme);
    const QImage image = paintedAt(QSize(220, 100), QPointF(10, 10), kFar, {&relation});
    // The bottom of the U, 1200 below its ends: 60 pixels down, halfway along.
    int inkAtBottom = 0;
    for (int y = 66; y <= 74; ++y)
        inkAtBottom += image.pixel(110, y) != qRgb(255, 255, 255);
    EXPECT_GT(inkAtBottom, 0);
    EXPECT_EQ(image.pixel(110, 10), qRgb(255, 255, 255)) << "no straight line between its ends";
}

TEST(LevelOfDetail, FarOutABodyUnderThreePixelsIsADotOfItsStatusColour)
{
    const Theme &theme = normalTheme();
    BodyItem body(QStringLiteral("b"), QStringLiteral("Clinical senates"),
                  QStringLiteral("statutory"), QRectF(0, 0, 200, 100), theme, {});
    constexpr qreal kTiny = 0.02; // 4 by 2 pixels
    EXPECT_EQ(QColor(paintedAt(QSize(20, 20), QPointF(5, 5), kTiny, {&body}).pixel(6, 5)),
              theme.fill(QStringLiteral("statutory")))
        << "its outline would have covered it";
    EXPECT_EQ(QColor(paintedAt(QSize(20, 20), QPointF(5, 5), kTiny, {&body}, true).pixel(6, 5)),
              theme.selection)
        << "selected, it still shows";
}

TEST(RelationItem, AVeryLongDashedLineIsDrawnAsTheWholeLineWouldBe)
{
    // Only the part on the picture is drawn, its dashes where the whole line's fall. (Long
    // enough for a thousand dashes, short enough for Qt to draw them all for the comparison.)
    const Theme &theme = normalTheme();
    QPainterPath path(QPointF(0, 20));
    path.cubicTo(QPointF(10000, 20), QPointF(20000, 20), QPointF(30000, 20));
    RelationItem relation(QStringLiteral("r"), QStringLiteral("advises"),
                          QStringLiteral("advisory"), path, {}, {}, theme);
    const auto drawn = [&](const std::function<void(QPainter &)> &draw) {
        QImage image(300, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(-15003.5, 0); // the middle of the line, at an odd offset
        draw(painter);
        return image;
    };
    const QImage clipped = drawn([&](QPainter &painter) {
        QStyleOptionGraphicsItem option;
        relation.paint(&painter, &option, nullptr);
    });
    const QImage whole = drawn([&](QPainter &painter) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(theme.relationLine(QStringLiteral("advisory"), false, false),
                            theme.edgeWidth, penStyleForStatus(QStringLiteral("advisory"))));
        painter.drawPath(path);
    });
    const auto inked = [](const QImage &image, int x) { return qGray(image.pixel(x, 20)) < 200; };
    int ink = 0, differing = 0;
    for (int x = 0; x < 300; ++x) {
        ink += inked(clipped, x);
        differing += inked(clipped, x) != inked(whole, x);
    }
    EXPECT_GT(ink, 60) << "dashes are drawn";
    EXPECT_LT(ink, 290) << "with gaps";
    EXPECT_LE(differing, 6) << "where the whole line has them";
}

TEST(RelationItem, ItsBoundsHoldWhatCanBeClicked)
{
    const Theme &theme = normalTheme();
    QPainterPath path(QPointF(0, 0));
    path.cubicTo(QPointF(-80, 200), QPointF(300, -150), QPointF(120, 90));
    const QPolygonF head({QPointF(120, 90), QPointF(110, 100), QPointF(130, 100)});
    for (const QRectF &label : {QRectF(), QRectF(200, 200, 80, 20)}) {
        RelationItem relation(QStringLiteral("r"), QStringLiteral("advises"),
                              QStringLiteral("advisory"), path, head, label, theme);
        EXPECT_TRUE(relation.boundingRect().contains(relation.shape().boundingRect()));
    }
}

} // namespace
