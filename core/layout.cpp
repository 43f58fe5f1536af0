#include "layout.h"

#include <QHash>
#include <algorithm>

namespace nhsx {

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
        if (reaches(edge->to, edge->from))
            against.insert(edge->id);
        else
            taken[edge->from].append(edge->to);
    }
    return against;
}

} // namespace nhsx
