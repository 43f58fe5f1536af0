#include "app/graph/keyboardnavigation.h"

#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"

#include <algorithm>
#include <cmath>

namespace nhsx {

QStringList tabOrder(const Dataset &dataset, const GraphScene &scene, LayoutDirection direction)
{
    QList<const BodyItem *> items;
    for (const Body &body : dataset.bodies()) {
        if (const BodyItem *item = scene.bodyItem(body.id))
            items.append(item);
    }
    // Ranks are columns when drawn left to right, rows when drawn top to bottom.
    const bool columns = direction == LayoutDirection::LeftToRight;
    std::stable_sort(items.begin(), items.end(), [columns](const BodyItem *a, const BodyItem *b) {
        const QPointF p = a->layoutBox().center(), q = b->layoutBox().center();
        const qreal rankA = std::round(columns ? p.x() : p.y());
        const qreal rankB = std::round(columns ? q.x() : q.y());
        if (rankA != rankB)
            return rankA < rankB;
        return (columns ? p.y() : p.x()) < (columns ? q.y() : q.x());
    });
    QStringList order;
    for (const BodyItem *item : items)
        order.append(item->id());
    return order;
}

QString neighbourToward(const Dataset &dataset, const GraphScene &scene, const QString &bodyId,
                        int key)
{
    const BodyItem *from = scene.bodyItem(bodyId);
    if (!from)
        return {};
    const QPointF direction = key == Qt::Key_Left    ? QPointF(-1, 0)
                              : key == Qt::Key_Right ? QPointF(1, 0)
                              : key == Qt::Key_Up    ? QPointF(0, -1)
                                                     : QPointF(0, 1);
    const QPointF origin = from->layoutBox().center();
    QString best;
    qreal bestCost = 0;
    for (const Relation *relation : dataset.relationsOf(bodyId)) {
        if (!scene.relationItem(relation->id))
            continue;
        const QString other = relation->from == bodyId ? relation->to : relation->from;
        const BodyItem *item = scene.bodyItem(other);
        if (!item || other == bodyId)
            continue;
        const QPointF offset = item->layoutBox().center() - origin;
        const qreal distance = std::hypot(offset.x(), offset.y());
        if (distance < 1)
            continue;
        // Within 60 degrees of the arrow's direction; nearer and straighter is better.
        const qreal alignment = QPointF::dotProduct(offset, direction) / distance;
        if (alignment < 0.5)
            continue;
        const qreal cost = distance / alignment;
        if (best.isEmpty() || cost < bestCost) {
            best = other;
            bestCost = cost;
        }
    }
    return best;
}

} // namespace nhsx
