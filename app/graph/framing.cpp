#include "app/graph/framing.h"

#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"

#include <algorithm>

namespace nhsx {

namespace {

/** Never closer than a whole-graph fit may come, so the area is seen in its surroundings. */
QRectF grownToFitScale(const GraphView &view, const QRectF &area)
{
    const QSizeF least = QSizeF(view.viewport()->size()) / GraphView::kMaxFitScale;
    const qreal growX = std::max(0.0, least.width() - area.width()) / 2;
    const qreal growY = std::max(0.0, least.height() - area.height()) / 2;
    return area.adjusted(-growX, -growY, growX, growY);
}

/** At least readable: a small screen leaves the surroundings to panning. */
void zoomToReadable(GraphView &view, const QRectF &area)
{
    if (view.zoom() < kReadableZoom) {
        view.zoomBy(kReadableZoom / view.zoom());
        view.centerOn(area.center());
    }
}

} // namespace

QRectF boxWithNeighbours(const Dataset &dataset, const GraphScene &scene, const BodyItem &body)
{
    QRectF area = body.layoutBox();
    for (const Relation *relation : dataset.relationsOf(body.id())) {
        const QString other = relation->from == body.id() ? relation->to : relation->from;
        if (const BodyItem *neighbour = scene.bodyItem(other))
            area = area.united(neighbour->layoutBox());
    }
    return area;
}

QRectF aggregatedViewArea(const Dataset &dataset, const GraphScene &scene,
                          const QSet<QString> &expanded)
{
    QRectF expandedArea, national;
    for (const Body &body : dataset.bodies()) {
        const BodyItem *item = scene.bodyItem(body.id);
        if (item && expanded.contains(body.id))
            expandedArea = expandedArea.united(boxWithNeighbours(dataset, scene, *item));
        else if (item && body.layer == kNationalLayer)
            national = national.united(boxWithNeighbours(dataset, scene, *item));
    }
    return expandedArea.isEmpty() ? national : expandedArea;
}

void frameReadably(GraphView &view, const QRectF &area)
{
    view.fitToWindow();
    if (view.zoom() >= kReadableZoom || area.isEmpty())
        return;
    view.fitRect(grownToFitScale(view, area).adjusted(-30, -30, 30, 30));
    zoomToReadable(view, area);
}

void fitSelection(const Dataset &dataset, const GraphScene &scene, GraphView &view)
{
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    if (selected.isEmpty())
        return;
    const BodyItem *selectedBody = scene.bodyItem(scene.selectedId());
    // A body with its neighbours' boxes: the item in its context.
    const QRectF area = selectedBody ? boxWithNeighbours(dataset, scene, *selectedBody)
                                     : selected.front()->sceneBoundingRect();
    view.fitRect(area.adjusted(-30, -30, 30, 30));
    // At presentation mode's smallest scale the neighbours may not all fit: the selection does.
    if (selectedBody)
        view.ensureVisible(selectedBody->layoutBox(), 30, 30);
}

void frameTourStep(const Dataset &dataset, const GraphScene &scene, GraphView &view,
                   const QSet<QString> &highlight)
{
    QRectF area;
    for (const QString &id : highlight) {
        if (const BodyItem *body = scene.bodyItem(id)) {
            area = area.united(boxWithNeighbours(dataset, scene, *body));
        } else if (const RelationItem *relation = scene.relationItem(id)) {
            area = area.united(relation->sceneBoundingRect());
        }
        // A relation is seen with both its ends.
        if (const Relation *relation = dataset.relation(id)) {
            for (const QString &end : {relation->from, relation->to}) {
                if (const BodyItem *body = scene.bodyItem(end))
                    area = area.united(body->layoutBox());
            }
        }
    }
    if (!area.isEmpty()) {
        area.adjust(-40, -40, 40, 40);
        view.fitRect(grownToFitScale(view, area));
        zoomToReadable(view, area);
    }
    // Where the view does not show all of it (a small screen, presentation mode), the step's
    // first body, or its first relation's label, is what must be seen.
    QRectF first;
    if (const BodyItem *body = scene.bodyItem(scene.selectedId()))
        first = body->layoutBox();
    else if (const RelationItem *relation = scene.relationItem(scene.selectedId()))
        first =
            relation->labelBox().isEmpty() ? relation->sceneBoundingRect() : relation->labelBox();
    const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
    if (!first.isEmpty() && !shown.contains(first))
        view.centerOn(first.center());
}

} // namespace nhsx
