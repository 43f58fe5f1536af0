#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>

namespace nhsx {

/** How a relation of the given status is stroked: the legend and the edges share this. */
Qt::PenStyle penStyleForStatus(const QString &relationStatus);
/** Colour of a relation's line: grey for historical ones, ink for the rest. */
QColor inkForRelationStatus(const QString &relationStatus);
/** Fill colour of a body box for the body's status. */
QColor fillForBodyStatus(const QString &bodyStatus);
/** A status as shown to people: "advisory" -> "Advisory". */
QString statusLabel(const QString &status);

/**
 * Fonts for text drawn in the graph. Sizes are in pixels so that one scene unit is one
 * Graphviz point (Graphviz works at 72 dpi).
 */
QFont bodyNameFont();
QFont bodyStatusFont();
QFont edgeLabelFont();

} // namespace nhsx
