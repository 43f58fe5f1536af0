#pragma once

#include "core/dataset.h"
#include "core/layout.h"

#include <QString>
#include <QStringList>

namespace nhsx {

class GraphScene;

/** The bodies on show in the order Tab visits them: by rank, then along it. */
QStringList tabOrder(const Dataset &dataset, const GraphScene &scene, LayoutDirection direction);

/**
 * The neighbour of a body, along a drawn relation, lying most nearly toward an arrow key
 * (Qt::Key_Left, Right, Up or Down); empty when none lies within 60 degrees of it.
 */
QString neighbourToward(const Dataset &dataset, const GraphScene &scene, const QString &bodyId,
                        int key);

} // namespace nhsx
