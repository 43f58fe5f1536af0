#pragma once

#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace nhsx {

class ExplorerDocument;

/** Shows a layer, aggregated or whole; false when it cannot be shown. */
using ShowLayer = std::function<bool(const QString &layerId, bool aggregated)>;

/**
 * View's choice of picture, one entry a layer: the national picture of 2011, and each layer read
 * on demand (England, April 2013), aggregated, or whole after a warning (confirmWholeLayer) shown
 * over parent. The entries are checked as the document's view stands whenever the menu opens.
 */
void addLayerActions(ExplorerDocument &document, QMenu *menu, QWidget *parent, ShowLayer show);

/**
 * Reads the layer if it is not read yet, and asks whether to draw every body of it at once,
 * naming how many bodies and relations that is and that laying them out may take minutes. True
 * when the answer is yes; false when it is no, or the layer cannot be read.
 */
bool confirmWholeLayer(QWidget *parent, ExplorerDocument &document, const QString &layerId);

} // namespace nhsx
