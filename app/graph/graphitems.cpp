#include "app/graph/graphitems.h"

#include "app/theme/style.h"
#include "app/theme/theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace nhsx {

namespace {

constexpr int kLabelFlags = Qt::AlignCenter | Qt::TextWordWrap;
constexpr int kNameFlags = Qt::AlignHCenter | Qt::TextWordWrap;

} // namespace

qreal opacityFor(Emphasis emphasis, const Theme &theme)
{
    return emphasis == Emphasis::Dimmed ? theme.dimmedOpacity : 1.0;
}

namespace {

/** Matches are drawn above everything else; z values otherwise keep bodies over relations. */
void applyEmphasis(QGraphicsItem *item, Emphasis emphasis, qreal normalZ, const Theme &theme)
{
    item->setOpacity(opacityFor(emphasis, theme));
    item->setZValue(emphasis == Emphasis::Match ? normalZ + 10 : normalZ);
    item->update();
}

/** Tool tips guess whether text is HTML; escaped and wrapped, dataset text always shows as is. */
QString plainToolTip(const QString &text)
{
    // Most names have nothing to escape, and escaping copies a character at a time: a third of
    // the time taken to make the England layer's 16,000 items.
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u'<' || c == u'>' || c == u'&' || c == u'"';
    });
    return QStringLiteral("<p>") + (plain ? text : text.toHtmlEscaped()) + QStringLiteral("</p>");
}

QSizeF nameSize(const QString &name, const Theme &theme)
{
    const QFontMetricsF metrics(theme.bodyName);
    return metrics.boundingRect(QRectF(0, 0, theme.maxNameWidth, 1e6), kNameFlags, name).size();
}

} // namespace

BodyItem::BodyItem(const QString &id, const QString &name, const QString &status, const QRectF &box,
                   const Theme &theme, const QStringList &notes)
    : mId(id), mName(name), mStatus(status), mBox(box), mTheme(&theme)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    QString toolTip = plainToolTip(name);
    for (const QString &note : notes)
        toolTip += plainToolTip(note);
    setToolTip(toolTip);
    setZValue(1);
}

void BodyItem::setEmphasis(Emphasis emphasis)
{
    mEmphasis = emphasis;
    applyEmphasis(this, emphasis, 1, theme());
}

QSizeF BodyItem::sizeFor(const QString &name, const QString &status, const Theme &theme)
{
    const QSizeF nameBox = nameSize(name, theme);
    const QFontMetricsF statusMetrics(theme.bodyStatus);
    const qreal width =
        std::max(nameBox.width(), statusMetrics.horizontalAdvance(statusLabel(status)));
    // Whole points and a little slack, so rounding never makes the drawn text wrap differently.
    return QSizeF(std::ceil(width) + 2 + 2 * theme.padding,
                  std::ceil(nameBox.height() + statusMetrics.height()) + 2 * theme.padding);
}

QRectF BodyItem::boundingRect() const
{
    // Room for the match outline, drawn 2 outside the box, or half the selection outline.
    const qreal margin = std::max(2 + mTheme->matchOutline / 2, mTheme->selectionOutline / 2) + 1;
    return mBox.adjusted(-margin, -margin, margin, margin);
}

namespace {

/** Thinner than this many pixels, a line is drawn as a hairline. */
constexpr qreal kHairlineWidth = 0.3;
/** Narrower or lower than this many pixels, a body far out is drawn without its outline. */
constexpr qreal kSmallestOutlinedPixels = 3;

/** Whether text of this font is big enough on screen to be worth drawing. */
bool textReadable(const QPainter &painter, const QFont &font)
{
    const qreal scale =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter.worldTransform());
    return QFontMetricsF(font).height() * scale >= BodyItem::kSmallestTextPixels;
}

} // namespace

void BodyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const Theme &theme = *mTheme;
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) *
                theme.bodyOutline <
            kHairlineWidth &&
        !textReadable(*painter, theme.bodyName)) {
        paintFarOut(painter, selected);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (mEmphasis == Emphasis::Match && !selected) {
        painter->setPen(QPen(theme.match, theme.matchOutline));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mBox.adjusted(-2, -2, 2, 2), 9, 9);
    }
    painter->setPen(QPen(selected ? theme.selection : theme.ink,
                         selected ? theme.selectionOutline : theme.bodyOutline));
    painter->setBrush(theme.fill(mStatus));
    painter->drawRoundedRect(mBox, 8, 8);
    if (!textReadable(*painter, theme.bodyName))
        return;

    const QRectF inner =
        mBox.adjusted(theme.padding, theme.padding, -theme.padding, -theme.padding);
    const QFontMetricsF statusMetrics(theme.bodyStatus);
    painter->setPen(theme.ink);
    painter->setFont(theme.bodyName);
    painter->drawText(inner.adjusted(0, 0, 0, -statusMetrics.height()),
                      kNameFlags | Qt::AlignVCenter, mName);
    painter->setFont(theme.bodyStatus);
    painter->drawText(QRectF(inner.left(), inner.bottom() - statusMetrics.height(), inner.width(),
                             statusMetrics.height()),
                      Qt::AlignCenter, statusLabel(mStatus));
}

namespace {

/**
 * The path's points, when each of its curves is a straight line (its control points on the line
 * between its ends, as dot draws the edges of a large graph); otherwise none.
 */
/**
 * The part of the line inside the rectangle, as the fractions of its length where it enters and
 * leaves (Liang and Barsky's clipping); none if it misses.
 */
std::optional<std::pair<qreal, qreal>> partInside(const QLineF &line, const QRectF &rect)
{
    qreal enter = 0, leave = 1;
    const qreal dx = line.dx(), dy = line.dy();
    const std::pair<qreal, qreal> edges[] = {{-dx, line.x1() - rect.left()},
                                             {dx, rect.right() - line.x1()},
                                             {-dy, line.y1() - rect.top()},
                                             {dy, rect.bottom() - line.y1()}};
    for (const auto &[towards, room] : edges) {
        if (towards == 0) {
            if (room < 0)
                return std::nullopt;
            continue;
        }
        const qreal at = room / towards;
        if (towards < 0)
            enter = std::max(enter, at);
        else
            leave = std::min(leave, at);
    }
    if (enter > leave)
        return std::nullopt;
    return std::pair{enter, leave};
}

QPolygonF straightLines(const QPainterPath &path)
{
    constexpr qreal kOffLine = 0.25;
    // How far the point is from the segment from a to b.
    const auto offSegment = [](const QPointF &point, const QPointF &a, const QPointF &b) {
        const QPointF along = b - a;
        const qreal squared = QPointF::dotProduct(along, along);
        const qreal t = squared > 0
                            ? std::clamp(QPointF::dotProduct(point - a, along) / squared, 0.0, 1.0)
                            : 0.0;
        return QLineF(a + t * along, point).length();
    };
    QPolygonF points;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo() && !points.isEmpty())
            return {}; // a second stroke
        if (!element.isCurveTo()) {
            points.append(element);
            continue;
        }
        if (points.isEmpty() || i + 2 >= path.elementCount())
            return {};
        const QPointF end = path.elementAt(i + 2);
        if (offSegment(element, points.back(), end) > kOffLine ||
            offSegment(path.elementAt(i + 1), points.back(), end) > kOffLine)
            return {};
        points.append(end);
        i += 2;
    }
    return points;
}

} // namespace

void BodyItem::paintFarOut(QPainter *painter, bool selected) const
{
    const Theme &theme = *mTheme;
    const QBrush fill =
        mEmphasis == Emphasis::Match ? QBrush(theme.match) : QBrush(theme.fill(mStatus));
    if (const QRectF onScreen = painter->worldTransform().mapRect(mBox);
        onScreen.width() < kSmallestOutlinedPixels || onScreen.height() < kSmallestOutlinedPixels) {
        // Its outline would cover it: a dot of its colour, or of the selection's.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(mBox, selected ? QBrush(theme.selection) : fill);
        return;
    }
    // A few pixels: a plain box, unsmoothed, as for the relations.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(selected ? theme.selection : theme.ink, 0));
    painter->setBrush(fill);
    painter->drawRect(mBox);
}

bool allFarOut(qreal scale, const Theme &theme)
{
    const auto unreadable = [scale](const QFont &font) {
        return QFontMetricsF(font).height() * scale < BodyItem::kSmallestTextPixels;
    };
    return scale * std::max({theme.edgeWidth, theme.bodyOutline}) < kHairlineWidth &&
           unreadable(theme.bodyName) && unreadable(theme.edgeLabel);
}

RelationItem::RelationItem(const QString &id, const QString &label, const QString &status,
                           const QPainterPath &path, const QPolygonF &arrowHead,
                           const QRectF &labelBox, const Theme &theme)
    : mId(id), mLabel(label), mStatus(status), mPath(path), mArrowHead(arrowHead),
      mLabelBox(labelBox), mTheme(&theme)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setToolTip(plainToolTip(QStringLiteral("%1 (%2)").arg(label, statusLabel(status).toLower())));
    // Bounded once, from the curve: a stroke of the shape for each call (the view asks for
    // every item it paints) was a fifth of drawing 8,000 relations. The stroke (bevelled, as
    // QPainterPathStroker joins by default) reaches half its width beyond the curve.
    const qreal reach = clickWidth(theme) / 2 + 2;
    mBounds = mPath.boundingRect()
                  .adjusted(-reach, -reach, reach, reach)
                  .united(mArrowHead.boundingRect().adjusted(-2, -2, 2, 2));
    if (!mLabelBox.isEmpty())
        mBounds = mBounds.united(mLabelBox.adjusted(-2, -2, 2, 2));
    mStraightLines = straightLines(mPath);
}

qreal RelationItem::clickWidth(const Theme &theme)
{
    return std::max(10.0, theme.strongEdgeWidth + 2);
}

void RelationItem::setEmphasis(Emphasis emphasis)
{
    mEmphasis = emphasis;
    applyEmphasis(this, emphasis, 0, theme());
}

QColor RelationItem::farOutColour(bool selected) const
{
    return mTheme->relationLine(mStatus, selected, mEmphasis == Emphasis::Match);
}

void RelationItem::paintFarOut(QPainter *painter, bool selected) const
{
    // Far out, a line is a hairline whose dashes cannot be told apart: one pixel, unsmoothed,
    // draws the whole England layer's 8,000 relations several times faster.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(farOutColour(selected), 0));
    painter->setBrush(Qt::NoBrush);
    if (mStraightLines.isEmpty())
        painter->drawPath(mPath);
    else
        painter->drawPolyline(mStraightLines); // a quarter of the time of the path
}

void RelationItem::drawDashedLines(QPainter &painter, QPen pen) const
{
    // Qt works out every dash of a line, seen or not: zoomed in on the whole England layer, a
    // dashed relation 600,000 points long took seconds to draw. Only the part on the device is
    // drawn, its dashes offset to fall where the whole line's would.
    const QRectF device(0, 0, painter.device()->width(), painter.device()->height());
    const QRectF seen =
        painter.worldTransform().inverted().mapRect(device).adjusted(-20, -20, 20, 20);
    qreal along = 0;
    for (qsizetype i = 1; i < mStraightLines.size(); ++i) {
        const QLineF line(mStraightLines[i - 1], mStraightLines[i]);
        if (const std::optional<std::pair<qreal, qreal>> part = partInside(line, seen)) {
            pen.setDashOffset((along + part->first * line.length()) / pen.widthF());
            painter.setPen(pen);
            painter.drawLine(QLineF(line.pointAt(part->first), line.pointAt(part->second)));
        }
        along += line.length();
    }
}

QSizeF RelationItem::labelSizeFor(const QString &label, const Theme &theme)
{
    const QFontMetricsF metrics(theme.edgeLabel);
    const QSizeF text =
        metrics.boundingRect(QRectF(0, 0, theme.maxLabelWidth, 1e6), kLabelFlags, label).size();
    return QSizeF(std::ceil(text.width()) + 2 + 2 * theme.labelPadding,
                  std::ceil(text.height()) + 2 * theme.labelPadding);
}

QPainterPath RelationItem::shape() const
{
    // A wide stroke so that a thin line is still easy to click.
    QPainterPathStroker stroker;
    stroker.setWidth(clickWidth(*mTheme));
    QPainterPath shape = stroker.createStroke(mPath);
    shape.addPolygon(mArrowHead);
    if (!mLabelBox.isEmpty())
        shape.addRect(mLabelBox);
    return shape;
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const Theme &theme = *mTheme;
    const bool matched = mEmphasis == Emphasis::Match;
    const QColor colour = theme.relationLine(mStatus, selected, matched);
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) *
            theme.edgeWidth <
        kHairlineWidth) {
        paintFarOut(painter, selected);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, selected || matched ? theme.strongEdgeWidth : theme.edgeWidth,
             penStyleForStatus(mStatus));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (pen.style() == Qt::SolidLine || mStraightLines.isEmpty())
        painter->drawPath(mPath);
    else
        drawDashedLines(*painter, pen);
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(colour);
    painter->drawPolygon(mArrowHead);
    if (!mLabelBox.isEmpty() && textReadable(*painter, theme.edgeLabel)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.labelBacking);
        painter->drawRoundedRect(mLabelBox, 3, 3);
        painter->setPen(theme.relationText(mStatus, selected, matched));
        painter->setFont(theme.edgeLabel);
        painter->drawText(mLabelBox, kLabelFlags, mLabel);
    }
}

} // namespace nhsx
