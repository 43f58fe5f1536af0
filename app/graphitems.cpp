#include "graphitems.h"

#include "style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace nhsx {

namespace {

constexpr qreal kMaxNameWidth = 190;
constexpr qreal kMaxLabelWidth = 110;
constexpr int kLabelFlags = Qt::AlignCenter | Qt::TextWordWrap;
constexpr qreal kPadding = 10;
constexpr qreal kLabelPadding = 3;
constexpr int kNameFlags = Qt::AlignHCenter | Qt::TextWordWrap;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kSelection(0x00, 0x5e, 0xb8);
const QColor kMatch(0xe0, 0x6c, 0x00);
constexpr qreal kDimmedOpacity = 0.2;

} // namespace

qreal opacityFor(Emphasis emphasis)
{
    return emphasis == Emphasis::Dimmed ? kDimmedOpacity : 1.0;
}

namespace {

/** Matches are drawn above everything else; z values otherwise keep bodies over relations. */
void applyEmphasis(QGraphicsItem *item, Emphasis emphasis, qreal normalZ)
{
    item->setOpacity(opacityFor(emphasis));
    item->setZValue(emphasis == Emphasis::Match ? normalZ + 10 : normalZ);
    item->update();
}

/** Tool tips guess whether text is HTML; escaped and wrapped, dataset text always shows as is. */
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QSizeF nameSize(const QString &name)
{
    const QFontMetricsF metrics(bodyNameFont());
    return metrics.boundingRect(QRectF(0, 0, kMaxNameWidth, 1e6), kNameFlags, name).size();
}

} // namespace

BodyItem::BodyItem(const QString &id, const QString &name, const QString &status, const QRectF &box)
    : mId(id), mName(name), mStatus(status), mBox(box)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(plainToolTip(name));
    setZValue(1);
}

void BodyItem::setEmphasis(Emphasis emphasis)
{
    mEmphasis = emphasis;
    applyEmphasis(this, emphasis, 1);
}

QSizeF BodyItem::sizeFor(const QString &name, const QString &status)
{
    const QSizeF nameBox = nameSize(name);
    const QFontMetricsF statusMetrics(bodyStatusFont());
    const qreal width =
        std::max(nameBox.width(), statusMetrics.horizontalAdvance(statusLabel(status)));
    // Whole points and a little slack, so rounding never makes the drawn text wrap differently.
    return QSizeF(std::ceil(width) + 2 + 2 * kPadding,
                  std::ceil(nameBox.height() + statusMetrics.height()) + 2 * kPadding);
}

QRectF BodyItem::boundingRect() const
{
    return mBox.adjusted(-6, -6, 6, 6);
}

void BodyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    if (mEmphasis == Emphasis::Match && !selected) {
        painter->setPen(QPen(kMatch, 6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mBox.adjusted(-2, -2, 2, 2), 9, 9);
    }
    painter->setPen(QPen(selected ? kSelection : kInk, selected ? 4 : 1.5));
    painter->setBrush(fillForBodyStatus(mStatus));
    painter->drawRoundedRect(mBox, 8, 8);

    const QRectF inner = mBox.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetricsF statusMetrics(bodyStatusFont());
    painter->setPen(kInk);
    painter->setFont(bodyNameFont());
    painter->drawText(inner.adjusted(0, 0, 0, -statusMetrics.height()),
                      kNameFlags | Qt::AlignVCenter, mName);
    painter->setFont(bodyStatusFont());
    painter->drawText(QRectF(inner.left(), inner.bottom() - statusMetrics.height(), inner.width(),
                             statusMetrics.height()),
                      Qt::AlignCenter, statusLabel(mStatus));
}

RelationItem::RelationItem(const QString &id, const QString &label, const QString &status,
                           const QPainterPath &path, const QPolygonF &arrowHead,
                           const QRectF &labelBox)
    : mId(id), mLabel(label), mStatus(status), mPath(path), mArrowHead(arrowHead),
      mLabelBox(labelBox)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(plainToolTip(QStringLiteral("%1 (%2)").arg(label, statusLabel(status).toLower())));
}

void RelationItem::setEmphasis(Emphasis emphasis)
{
    mEmphasis = emphasis;
    applyEmphasis(this, emphasis, 0);
}

QSizeF RelationItem::labelSizeFor(const QString &label)
{
    const QFontMetricsF metrics(edgeLabelFont());
    const QSizeF text =
        metrics.boundingRect(QRectF(0, 0, kMaxLabelWidth, 1e6), kLabelFlags, label).size();
    return QSizeF(std::ceil(text.width()) + 2 + 2 * kLabelPadding,
                  std::ceil(text.height()) + 2 * kLabelPadding);
}

QRectF RelationItem::boundingRect() const
{
    return shape().boundingRect().adjusted(-2, -2, 2, 2);
}

QPainterPath RelationItem::shape() const
{
    // A wide stroke so that a thin line is still easy to click.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(mPath);
    shape.addPolygon(mArrowHead);
    if (!mLabelBox.isEmpty())
        shape.addRect(mLabelBox);
    return shape;
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected                       ? kSelection
                          : mEmphasis == Emphasis::Match ? kMatch
                                                         : inkForRelationStatus(mStatus);
    painter->setRenderHint(QPainter::Antialiasing);
    const bool strong = selected || mEmphasis == Emphasis::Match;
    QPen pen(colour, strong ? 3.5 : 1.8, penStyleForStatus(mStatus));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPath);
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(colour);
    painter->drawPolygon(mArrowHead);
    if (!mLabelBox.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(mLabelBox, 3, 3);
        painter->setPen(colour);
        painter->setFont(edgeLabelFont());
        painter->drawText(mLabelBox, kLabelFlags, mLabel);
    }
}

} // namespace nhsx
