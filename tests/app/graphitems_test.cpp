#include "app/graphitems.h"
#include "app/theme.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <gtest/gtest.h>

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

} // namespace
