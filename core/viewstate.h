#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"

#include <QString>
#include <optional>

namespace nhsx {

/** Everything that decides what the window shows: one value, compared with ==. */
struct ViewState
{
    GraphQuery query; // layers and expansions, as-at date, filters, focus (id, depth, direction)
    LayoutEngine engine = LayoutEngine::Dot;
    LayoutDirection direction = LayoutDirection::LeftToRight;
    QString selection; // a body or relation id; empty: nothing selected
    QString search;    // the text in Find
    QString tour;      // the tour playing; empty: none
    int tourStep = 0;  // its step, from 1; 0 when no tour plays
    bool presenting = false;

    friend bool operator==(const ViewState &, const ViewState &) = default;
};

/** Which part of a view state a problem is about (the command line names its option from it). */
enum class ViewField { Layer, Expanded, Selection, Tour, TourStep, Focus, Depth, AsAt };

struct ViewProblem
{
    ViewField field;
    QString message;
};

/**
 * The command-line option that sets a field: "--layer", "--expand", "--select", "--tour",
 * "--tour-step", "--focus", "--depth", "--as-at".
 */
QString optionFor(ViewField field);

/**
 * The first thing in the state that the dataset lacks, or a value out of range; none when the
 * state can be shown. datasetName names the dataset in the message.
 */
std::optional<ViewProblem> checkView(const ViewState &state, const Dataset &dataset,
                                     const QString &datasetName);

/**
 * How the focus follows relations, as the window's control and note say it: "both ways",
 * "incoming", "outgoing".
 */
QString focusDirectionLabel(FocusDirection direction);

/**
 * The note above the graph (what layer, date, focus, filter is on), empty when none is. full: the
 * whole dataset; shown: the dataset as at the state's date.
 */
QString viewNote(const ViewState &state, const Dataset &full, const Dataset &shown);

/** The tour step a state plays, or nullptr when it plays none (or one the dataset lacks). */
const TourStep *tourStepOf(const ViewState &state, const Dataset &dataset);

/**
 * The state that shows a tour's step: the tour and the step (from 1), the step's date and focus
 * (queryForStep), its first body (or relation) selected and no search, whose highlight the step's
 * takes the place of; the engine, direction and presentation mode are kept.
 */
ViewState stateForTourStep(ViewState state, const QString &tourId, int ordinal,
                           const TourStep &step);

} // namespace nhsx
