#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QStringList>

namespace nhsx {

struct Theme;

/** How an item stands out: as a search match (on top), dimmed (not a match), or as usual. */
enum class Emphasis { Normal, Match, Dimmed };

struct Theme;

/** The opacity an item of this emphasis rests at in a theme (a transition fades in up to it). */
qreal opacityFor(Emphasis emphasis, const Theme &theme);

/**
 * Whether, at this scale, every body and relation is drawn far out: lines as hairlines, bodies as
 * plain boxes or dots, no text readable (paintFarOut()).
 */
bool allFarOut(qreal scale, const Theme &theme);

/** A body drawn as a rounded box with its name and status. Holds the body's id, nothing more. */
class BodyItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    /** notes are shown under the name in the tooltip, e.g. what the acronyms in it stand for. */
    BodyItem(const QString &id, const QString &name, const QString &status, const QRectF &box,
             const Theme &theme, const QStringList &notes = {});

    const QString &id() const { return mId; }
    const QString &name() const { return mName; }
    const QString &status() const { return mStatus; }
    /** The theme it is drawn in (one of the program's, which live as long as it does). */
    const Theme &theme() const { return *mTheme; }
    /** The box the layout gave, in scene coordinates, wherever a transition has it drawn now. */
    QRectF layoutBox() const { return mBox; }
    Emphasis emphasis() const { return mEmphasis; }
    void setEmphasis(Emphasis emphasis);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /**
     * Draws it as it looks far out: a plain box, or under three pixels a dot of its colour (of
     * the selection's when selected).
     */
    void paintFarOut(QPainter *painter, bool selected) const;

    /** Room for the name and status inside a box, in the theme's fonts, for the layout. */
    static QSizeF sizeFor(const QString &name, const QString &status, const Theme &theme);
    /**
     * Text smaller than this many pixels on screen is not drawn: a whole graph of thousands of
     * bodies, zoomed out, is boxes and lines, and pans and zooms without drawing unreadable text.
     */
    static constexpr qreal kSmallestTextPixels = 3.0;

private:
    QString mId, mName, mStatus;
    QRectF mBox;
    const Theme *mTheme;
    Emphasis mEmphasis = Emphasis::Normal;
};

/** A relation drawn as a spline with an arrowhead and a label; the pen style shows its status. */
class RelationItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    RelationItem(const QString &id, const QString &label, const QString &status,
                 const QPainterPath &path, const QPolygonF &arrowHead, const QRectF &labelBox,
                 const Theme &theme);

    const QString &id() const { return mId; }
    const QString &status() const { return mStatus; }
    const Theme &theme() const { return *mTheme; }
    QRectF labelBox() const { return mLabelBox; }
    Emphasis emphasis() const { return mEmphasis; }
    void setEmphasis(Emphasis emphasis);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /** Draws it as it looks far out: a hairline of its colour, without arrowhead or label. */
    void paintFarOut(QPainter *painter, bool selected) const;
    /** Its colour far out; the painter's pen for paintFarOut() and farOutLines(). */
    QColor farOutColour(bool selected) const;
    /**
     * Its curve as lines, to be drawn with many others in one call, when it is straight (as dot
     * draws the edges of a large graph); otherwise empty, and paintFarOut() draws it.
     */
    const QPolygonF &farOutLines() const { return mStraightLines; }

    static QSizeF labelSizeFor(const QString &label, const Theme &theme);

private:
    /** How wide a relation's clickable stroke is. */
    static qreal clickWidth(const Theme &theme);
    /** Draws the straight lines with the dashed pen, only as far as the device shows them. */
    void drawDashedLines(QPainter &painter, QPen pen) const;

    QString mId, mLabel, mStatus;
    QPainterPath mPath;
    QPolygonF mStraightLines; // the path as lines, when it is straight: cheaper to draw far out
    QPolygonF mArrowHead;
    QRectF mLabelBox;
    QRectF mBounds;
    const Theme *mTheme;
    Emphasis mEmphasis = Emphasis::Normal;
};

} // namespace nhsx
