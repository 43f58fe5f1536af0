#pragma once

#include "app/theme/theme.h"
#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"

#include <QGraphicsScene>
#include <QHash>
#include <memory>
#include <vector>

class QVariantAnimation;

namespace nhsx {

class BodyItem;
class RelationItem;

/** The dataset's graph as scene items. Items hold ids; the one path from geometry to items is here.
 */
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    /** Its items go with it; that is no change of selection to announce. */
    ~GraphScene() override;

    /**
     * Left to right by default: the 2011 system is wide (most bodies act on the CCGs), and drawn
     * top to bottom it is about four times wider than high, unreadable when fitted to a window.
     */
    static constexpr LayoutDirection kDefaultDirection = LayoutDirection::LeftToRight;

    /**
     * What the layout is asked to place, with label sizes measured in the theme's fonts; the
     * direction counts for dot only.
     */
    static LayoutRequest layoutRequest(const Dataset &dataset, const VisibleGraph &visible,
                                       LayoutDirection direction = kDefaultDirection,
                                       LayoutEngine engine = LayoutEngine::Dot,
                                       const Theme &theme = normalTheme());
    /** The same for the whole dataset. */
    static LayoutRequest layoutRequest(const Dataset &dataset,
                                       LayoutDirection direction = kDefaultDirection);

    /**
     * Lays out what is visible and replaces the items; returns the layout's error, if any.
     * The selection is kept when its item is still shown.
     */
    QString showDataset(const Dataset &dataset, const Layout &layout, const VisibleGraph &visible,
                        LayoutDirection direction = kDefaultDirection,
                        LayoutEngine engine = LayoutEngine::Dot);
    QString showDataset(const Dataset &dataset, const Layout &layout,
                        LayoutDirection direction = kDefaultDirection);
    /**
     * Replaces the items with a layout computed already (off the GUI thread, for a large graph);
     * returns its error, if any. The selection is kept when its item is still shown. A body is
     * labelled with its name unless labels (VisibleGraph::labels) give another.
     */
    QString showLayout(const Dataset &dataset, const LayoutResult &result,
                       const QHash<QString, QString> &labels = {});

    /** A layout's items, made and not yet shown, or its error. */
    struct Items
    {
        Items();
        Items(Items &&) noexcept;
        Items &operator=(Items &&) noexcept;
        ~Items();
        std::vector<std::unique_ptr<BodyItem>> bodies;
        std::vector<std::unique_ptr<RelationItem>> relations;
        QRectF bounds;
        QString error;
    };
    /**
     * The items showLayout() shows, drawn in the theme (one of the program's, which outlive
     * them). It reads only its arguments, so a large graph's items are made off the window's
     * thread, where their memory is first touched too.
     */
    static Items makeItems(const Dataset &dataset, const LayoutResult &result,
                           const QHash<QString, QString> &labels, const Theme &theme);
    /** Replaces the items with these, as showLayout() does; returns their error, if any. */
    QString showItems(Items items);

    /** The theme items are drawn and measured in; it counts from the next showDataset(). */
    const Theme &theme() const { return *mTheme; }
    void setTheme(const Theme &theme) { mTheme = &theme; }

    /**
     * How long bodies take to glide from where they were to where a new layout puts them, while
     * new bodies and relations fade in; 0 (the default) for no transition. A layout of more than
     * kMaxAnimatedBodies appears at once: each frame of a transition moves or fades every item,
     * and at 8,000 bodies one frame took 265 ms.
     */
    void setTransitionDuration(int milliseconds) { mTransitionDuration = milliseconds; }
    static constexpr qsizetype kMaxAnimatedBodies = 1500;
    /** Ends a running transition at once, everything in its place. */
    void finishTransition();

    /** Draws these items as matches, on top, and dims every other item. */
    void highlight(const QSet<QString> &ids);
    void clearHighlight();
    /** The id of the selected body or relation, or empty. */
    QString selectedId() const;

    BodyItem *bodyItem(const QString &id) const { return mBodies.value(id); }
    RelationItem *relationItem(const QString &id) const { return mRelations.value(id); }
    /** Every body's and relation's item, by id. */
    const QHash<QString, BodyItem *> &bodyItems() const { return mBodies; }
    const QHash<QString, RelationItem *> &relationItems() const { return mRelations; }
    /** Selects the body or relation with this id; false if there is none. */
    bool selectId(const QString &id);

signals:
    void bodySelected(const QString &id);
    void relationSelected(const QString &id);
    void selectionEmptied();
    /** A body was double-clicked: e.g. an aggregated area team, to expand it. */
    void bodyActivated(const QString &id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void announceSelection();
    /** Starts the transition from the bodies' previous centres (by id) to the new layout. */
    void startTransition(const QHash<QString, QPointF> &previousCentres);
    /** Places gliding items and sets fading ones' opacity, progress from 0 to 1. */
    void applyTransition(qreal progress);

    QHash<QString, BodyItem *> mBodies;
    QHash<QString, RelationItem *> mRelations;
    const Theme *mTheme = &normalTheme();
    int mTransitionDuration = 0;
    QVariantAnimation *mTransition = nullptr;
    QHash<QGraphicsItem *, QPointF> mGlides; // item -> offset it starts from
    QList<BodyItem *> mFadingBodies;
    QList<RelationItem *> mFadingRelations;
    qreal mProgress = 1;
};

} // namespace nhsx
