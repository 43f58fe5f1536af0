#pragma once

#include "core/dataset.h"

#include <QRectF>
#include <QSet>
#include <QString>

namespace nhsx {

class BodyItem;
class GraphScene;
class GraphView;

/** A tour step, and a body found otherwise, is framed no smaller than this zoom (names 12 px). */
constexpr qreal kReadableZoom = 0.75;

/** A body's box with the boxes of the bodies on show that it is related to. */
QRectF boxWithNeighbours(const Dataset &dataset, const GraphScene &scene, const BodyItem &body);

/**
 * What an aggregated view frames: the expanded bodies with what they show, else the national
 * bodies on show with the bodies they are related to.
 */
QRectF aggregatedViewArea(const Dataset &dataset, const GraphScene &scene,
                          const QSet<QString> &expanded);

/**
 * The whole graph if it fits readably (at kReadableZoom or more), else this part of it, at that
 * zoom when it does not fit either: the aggregated England view is too tall to read whole on
 * most screens.
 */
void frameReadably(GraphView &view, const QRectF &area);

/** Zooms to the selected item with its surroundings (Shift+F). */
void fitSelection(const Dataset &dataset, const GraphScene &scene, GraphView &view);

/**
 * Frames a tour step: the highlighted bodies among those they relate to, and each relation with
 * both its ends, readable rather than whole; the selection is kept in view.
 */
void frameTourStep(const Dataset &dataset, const GraphScene &scene, GraphView &view,
                   const QSet<QString> &highlight);

} // namespace nhsx
