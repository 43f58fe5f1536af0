#include "layout.h"

#include <QHash>
#include <algorithm>

namespace nhsx {

QList<LayoutEngine> layoutEngines()
{
    return {LayoutEngine::Dot, LayoutEngine::Neato, LayoutEngine::Circo, LayoutEngine::Twopi};
}

QString layoutEngineName(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Dot:
        return QStringLiteral("dot");
    case LayoutEngine::Neato:
        return QStringLiteral("neato");
    case LayoutEngine::Circo:
        return QStringLiteral("circo");
    case LayoutEngine::Twopi:
        return QStringLiteral("twopi");
    }
    return QStringLiteral("dot");
}

std::optional<LayoutEngine> layoutEngineFromName(const QString &name)
{
    for (const LayoutEngine engine : layoutEngines()) {
        if (name.compare(layoutEngineName(engine), Qt::CaseInsensitive) == 0)
            return engine;
    }
    return std::nullopt;
}

const NodeGeometry *LayoutResult::node(const QString &id) const
{
    const auto it = std::find_if(nodes.cbegin(), nodes.cend(),
                                 [&](const NodeGeometry &n) { return n.id == id; });
    return it == nodes.cend() ? nullptr : &*it;
}

const EdgeGeometry *LayoutResult::edge(const QString &id) const
{
    const auto it = std::find_if(edges.cbegin(), edges.cend(),
                                 [&](const EdgeGeometry &e) { return e.id == id; });
    return it == edges.cend() ? nullptr : &*it;
}

QSet<QString> edgesAgainstTheHierarchy(const LayoutRequest &request)
{
    QList<const LayoutEdge *> byPriority;
    for (const LayoutEdge &edge : request.edges)
        byPriority.append(&edge);
    std::stable_sort(
        byPriority.begin(), byPriority.end(),
        [](const LayoutEdge *a, const LayoutEdge *b) { return a->rankPriority < b->rankPriority; });

    QHash<QString, QStringList> taken; // tail -> heads of the edges kept so far
    const auto reaches = [&](const QString &from, const QString &to) {
        QSet<QString> seen;
        QStringList pending{from};
        while (!pending.isEmpty()) {
            const QString node = pending.takeLast();
            if (node == to)
                return true;
            if (!seen.contains(node)) {
                seen.insert(node);
                pending.append(taken.value(node));
            }
        }
        return false;
    };
    QSet<QString> against;
    for (const LayoutEdge *edge : byPriority) {
        if (reaches(edge->rankedSecond(), edge->rankedFirst()))
            against.insert(edge->id);
        else
            taken[edge->rankedFirst()].append(edge->rankedSecond());
    }
    return against;
}

QHash<QString, int> staggeredEdgeLengths(const LayoutRequest &request, int levels)
{
    // The one neighbour of each node whose edges all go to (or come from) a single other node.
    QHash<QString, QSet<QString>> neighbours;
    for (const LayoutEdge &edge : request.edges) {
        neighbours[edge.from].insert(edge.to);
        neighbours[edge.to].insert(edge.from);
    }
    const auto isLeafOf = [&](const QString &node, const QString &hub) {
        const QSet<QString> &around = neighbours[node];
        return around.size() == 1 && around.contains(hub);
    };
    QHash<QString, int> lengths;
    QHash<QString, int> leavesIntoHub, leavesOutOfHub;
    QHash<QString, int> lengthOfLeaf; // a leaf with two edges to its hub keeps one length
    for (const LayoutEdge &edge : request.edges) {
        const bool tailIsLeaf = isLeafOf(edge.from, edge.to);
        const bool headIsLeaf = isLeafOf(edge.to, edge.from);
        if (tailIsLeaf == headIsLeaf)
            continue; // not a leaf on a hub (or a pair of nodes on their own)
        const QString &leaf = tailIsLeaf ? edge.from : edge.to;
        if (!lengthOfLeaf.contains(leaf)) {
            int &count = tailIsLeaf ? leavesIntoHub[edge.to] : leavesOutOfHub[edge.from];
            lengthOfLeaf.insert(leaf, 1 + count % std::max(1, levels));
            ++count;
        }
        lengths.insert(edge.id, lengthOfLeaf.value(leaf));
    }
    return lengths;
}

} // namespace nhsx
