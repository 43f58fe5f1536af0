#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/viewstate.h"

#include <QString>

namespace nhsx {

/**
 * The graph a view state shows, as given to Graphviz, in the dot language: the bodies and
 * relations on show of the dataset as at the state's date, in its engine and direction, their
 * labels measured in the everyday theme. The one writer of .dot for File > Export, --export and
 * the benchmarks.
 */
QString dotText(const Dataset &shown, const VisibleGraph &visible, const ViewState &state);

/** The same from the whole dataset: what a view state shows of it is worked out first. */
QString dotText(const Dataset &full, const ViewState &state);

} // namespace nhsx
