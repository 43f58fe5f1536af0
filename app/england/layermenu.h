#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace nhsx {

class MainWindow;

/**
 * View's choice of picture, one entry a layer: the national picture of 2011, and each layer read
 * on demand (England, April 2013), aggregated, or whole after a warning (confirmWholeLayer). The
 * entries are checked as the window's query stands whenever the menu opens.
 */
void addLayerActions(MainWindow &window, QMenu *menu);

/**
 * Reads the layer if it is not read yet, and asks whether to draw every body of it at once,
 * naming how many bodies and relations that is and that laying them out may take minutes. Shows
 * it whole when the answer is yes; false when it is no, or the layer cannot be read.
 */
bool confirmWholeLayer(MainWindow &window, const QString &layerId);

} // namespace nhsx
