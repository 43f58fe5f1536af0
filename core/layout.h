#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

namespace nhsx {

/** A node to place; size in scene units (points), measured by the caller. */
struct LayoutNode
{
    QString id;
    QString label; // for the Graphviz source only; the size above is what counts
    QSizeF size;
};

/**
 * A directed edge; labelSize is empty when the edge has no label. Edges normally rank their tail
 * above their head; where edges disagree (a cycle), those with the lower rankPriority decide and
 * the others are drawn without constraining the ranks. An upward edge (a member's to what it
 * belongs to) ranks its head above its tail, and its arrow still points at its head.
 */
struct LayoutEdge
{
    QString id, from, to;
    QString label;
    QSizeF labelSize;
    int rankPriority = 0;
    bool upward = false;

    /** The ends as the ranks see them: the one ranked above first. */
    const QString &rankedFirst() const { return upward ? to : from; }
    const QString &rankedSecond() const { return upward ? from : to; }
};

/** Which way edges run from tail to head: the hierarchy read downwards or rightwards. */
enum class LayoutDirection { TopToBottom, LeftToRight };

/**
 * How nodes are placed: Dot draws the hierarchy in ranks (the only engine that uses direction,
 * rankPriority and rank staggering); Neato places nodes by edge lengths (a spring model); Circo
 * puts the biconnected parts of the graph on circles; Twopi draws rings around a central node.
 */
enum class LayoutEngine { Dot, Neato, Circo, Twopi };

/** Every engine, Dot (the default) first. */
QList<LayoutEngine> layoutEngines();
/** The engine's name for the command line and settings, as Graphviz calls it: "dot", "neato"... */
QString layoutEngineName(LayoutEngine engine);
/** The engine of that name (case-insensitive); nothing for a name that is not one of ours. */
std::optional<LayoutEngine> layoutEngineFromName(const QString &name);

struct LayoutRequest
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    LayoutDirection direction = LayoutDirection::TopToBottom; // Dot only
    LayoutEngine engine = LayoutEngine::Dot;
};

struct NodeGeometry
{
    QString id;
    QRectF box;
};

/**
 * An edge as drawn: path is a cubic Bezier spline (start point, then three points per segment),
 * ending where the arrowhead starts; arrowTip is where the arrowhead points.
 */
struct EdgeGeometry
{
    QString id;
    QList<QPointF> path;
    std::optional<QPointF> arrowTip;
    std::optional<QPointF> labelCenter;
};

/** Plain geometry in scene coordinates: origin top left, y down, units of points. */
struct LayoutResult
{
    QRectF bounds;
    QList<NodeGeometry> nodes;
    QList<EdgeGeometry> edges;
    QString error; // set when the layout failed; the rest is then empty

    bool ok() const { return error.isEmpty(); }
    const NodeGeometry *node(const QString &id) const;
    const EdgeGeometry *edge(const QString &id) const;
};

/**
 * The ids of the edges that must not constrain ranks: taking edges by rankPriority (then in
 * request order), an edge that would close a cycle with those already taken is left out.
 */
QSet<QString> edgesAgainstTheHierarchy(const LayoutRequest &request);

/**
 * Minimum rank distances that spread leaves over several ranks, as Graphviz's unflatten does.
 * Many leaves on one hub (bodies whose every edge goes to the same other body) would otherwise
 * share one rank and make the drawing very wide. Edges not in the result keep length 1.
 */
QHash<QString, int> staggeredEdgeLengths(const LayoutRequest &request, int levels = 3);

/** Places nodes and routes edges. Implementations are safe to call from any thread. */
class Layout
{
public:
    virtual ~Layout() = default;
    virtual LayoutResult compute(const LayoutRequest &request) const = 0;
    /**
     * The same, asking stopRequested() now and then, from the thread it runs on, whether the
     * result is still wanted; once it is not, a layout that can stop returns an error at once.
     * By default it cannot: the whole graph is laid out.
     */
    virtual LayoutResult computeUntil(const LayoutRequest &request,
                                      const std::function<bool()> &stopRequested) const
    {
        Q_UNUSED(stopRequested);
        return compute(request);
    }
};

} // namespace nhsx
