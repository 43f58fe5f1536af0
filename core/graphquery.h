#pragma once

#include "dataset.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nhsx {

/** Which relations count when walking out from a focused body. */
enum class FocusDirection { In, Out, Both };

/** What part of the dataset is on show: filters, and optionally a focus on one body. */
struct GraphQuery
{
    // A body and a relation may share a status name ("advisory"): each is hidden on its own.
    QSet<QString> hiddenBodyStatuses;
    QSet<QString> hiddenRelationStatuses;
    QSet<QString> hiddenKinds; // bodies of these kinds are hidden
    QSet<QString> hiddenTypes; // relations of these types are hidden
    QString focus;             // a body id; empty: the whole graph
    int depth = 1;             // 1 to 3 relations away from the focus
    FocusDirection direction = FocusDirection::Both;
    QString asAt; // a timeline date: only what the sources had said by then; empty: everything
    // Bodies of these layers are shown; empty: every layer. The England 2013 layer's thousands
    // of bodies are left out unless asked for. With a layer come the bodies of other layers that
    // its relations reach: the Board above England's regions, the 2011 body its CCGs are one of.
    QSet<QString> layers{kNationalLayer};
    // Aggregated, an area team or a CCG stands for the bodies under it (see MemberTree), which
    // are shown only when it is in expanded; the labels then count them.
    bool aggregate = false;
    QSet<QString> expanded;

    friend bool operator==(const GraphQuery &, const GraphQuery &) = default;

    bool filters() const
    {
        return !hiddenBodyStatuses.isEmpty() || !hiddenRelationStatuses.isEmpty() ||
               !hiddenKinds.isEmpty() || !hiddenTypes.isEmpty();
    }
};

/** The bodies and relations a query leaves on show, in dataset order. */
struct VisibleGraph
{
    QStringList bodies;
    QStringList relations;
    // A shown body's label where it is not the body's name: an aggregated body's counts. (An
    // initializer, so that graphs written as {bodies, relations} stay warning-free.)
    QHash<QString, QString> labels{};
};

/**
 * Applies the query: the date first (datasetAsAt: statuses as they then stood), filters next,
 * then the aggregation hides the bodies under collapsed ones, then the focus walks the remaining
 * relations breadth-first
 * to the given depth. A relation is shown only when both its ends are; a focus on a body that is
 * filtered out (or does not exist) shows nothing.
 */
VisibleGraph visibleGraph(const Dataset &dataset, const GraphQuery &query);

/**
 * The whole graph of the query's layer, as expanded: no focus, no filter and every source (Esc,
 * Go > Whole graph, the end of a tour); the focus depth and direction are kept for the next focus.
 */
GraphQuery wholeGraphOf(const GraphQuery &query);

/** The ids of every body and relation a graph shows. */
QSet<QString> idsOf(const VisibleGraph &visible);

/** The bodies and relations a tour step is about, which it highlights. */
QSet<QString> itemsOf(const TourStep &step);

/** What a tour step shows: its date, and its focus one relation away both ways (or the whole). */
GraphQuery queryForStep(const TourStep &step);

} // namespace nhsx
