#pragma once

#include "core/dataset.h"
#include "core/layout.h"
#include "core/viewstate.h"

#include <QSize>
#include <QString>

namespace nhsx {

/**
 * Writes a view state as a .png, .svg or .pdf of this size, drawn as the window draws it (the
 * theme, the search's or the tour step's highlight, the selection, the sources footer) but with
 * no window: only the document, a scene and its layout. False with the reason: a state the
 * dataset cannot show, a graph that cannot be laid out, a file that cannot be written.
 */
bool exportViewState(Dataset dataset, const QString &datasetName, const Layout &layout,
                     const ViewState &state, const QString &path, const QSize &size,
                     QString *error);

} // namespace nhsx
