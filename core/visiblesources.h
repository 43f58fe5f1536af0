#pragma once

#include "dataset.h"
#include "graphquery.h"

#include <QList>

namespace nhsx {

/**
 * The sources behind what a view shows: those of the quotes about its bodies and relations and
 * of the quotes that are evidence for its bodies' statuses. Each source once, oldest first (as
 * dateBefore() orders dates, undated last), then in dataset order. Quotes or sources that a
 * dataset names but does not hold are left out.
 */
QList<const Source *> sourcesOfVisible(const Dataset &dataset, const VisibleGraph &visible);

} // namespace nhsx
