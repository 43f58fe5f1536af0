#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"

#include <QGraphicsScene>
#include <QHash>

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

    /**
     * Left to right by default: the 2011 system is wide (most bodies act on the CCGs), and drawn
     * top to bottom it is about four times wider than high, unreadable when fitted to a window.
     */
    static constexpr LayoutDirection kDefaultDirection = LayoutDirection::LeftToRight;

    /** What the layout is asked to place, with label sizes measured in the graph's fonts. */
    static LayoutRequest layoutRequest(const Dataset &dataset, const VisibleGraph &visible,
                                       LayoutDirection direction = kDefaultDirection);
    /** The same for the whole dataset. */
    static LayoutRequest layoutRequest(const Dataset &dataset,
                                       LayoutDirection direction = kDefaultDirection);

    /**
     * Lays out what is visible and replaces the items; returns the layout's error, if any.
     * The selection is kept when its item is still shown.
     */
    QString showDataset(const Dataset &dataset, const Layout &layout, const VisibleGraph &visible,
                        LayoutDirection direction = kDefaultDirection);
    QString showDataset(const Dataset &dataset, const Layout &layout,
                        LayoutDirection direction = kDefaultDirection);

    /** Draws these items as matches, on top, and dims every other item. */
    void highlight(const QSet<QString> &ids);
    void clearHighlight();
    /** The id of the selected body or relation, or empty. */
    QString selectedId() const;

    BodyItem *bodyItem(const QString &id) const { return mBodies.value(id); }
    RelationItem *relationItem(const QString &id) const { return mRelations.value(id); }
    /** Selects the body or relation with this id; false if there is none. */
    bool selectId(const QString &id);

signals:
    void bodySelected(const QString &id);
    void relationSelected(const QString &id);
    void selectionEmptied();

private:
    void announceSelection();

    QHash<QString, BodyItem *> mBodies;
    QHash<QString, RelationItem *> mRelations;
};

} // namespace nhsx
