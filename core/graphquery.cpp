#include "graphquery.h"

#include "timeline.h"

#include <QHash>
#include <algorithm>

namespace nhsx {

namespace {

bool bodyPasses(const Body &body, const GraphQuery &query)
{
    return (query.layers.isEmpty() || query.layers.contains(body.layer)) &&
           !query.hiddenBodyStatuses.contains(body.status) &&
           !query.hiddenKinds.contains(body.kind);
}

bool relationPasses(const Relation &relation, const GraphQuery &query)
{
    return !query.hiddenRelationStatuses.contains(relation.status) &&
           !query.hiddenTypes.contains(relation.type);
}

/** Bodies within depth relations of the focus, walking only the given relations. */
QSet<QString> neighbourhood(const QList<const Relation *> &relations, const GraphQuery &query)
{
    QHash<QString, QStringList> next;
    for (const Relation *relation : relations) {
        if (query.direction != FocusDirection::In)
            next[relation->from].append(relation->to);
        if (query.direction != FocusDirection::Out)
            next[relation->to].append(relation->from);
    }
    QSet<QString> reached{query.focus};
    QStringList frontier{query.focus};
    for (int step = 0; step < std::clamp(query.depth, 1, 3) && !frontier.isEmpty(); ++step) {
        QStringList following;
        for (const QString &body : frontier) {
            for (const QString &neighbour : next.value(body)) {
                if (!reached.contains(neighbour)) {
                    reached.insert(neighbour);
                    following.append(neighbour);
                }
            }
        }
        frontier = following;
    }
    return reached;
}

} // namespace

VisibleGraph visibleGraph(const Dataset &dataset, const GraphQuery &query)
{
    if (!query.asAt.isEmpty()) {
        GraphQuery undated = query;
        undated.asAt.clear();
        return visibleGraph(datasetAsAt(dataset, query.asAt), undated);
    }
    QSet<QString> bodies;
    for (const Body &body : dataset.bodies()) {
        if (bodyPasses(body, query))
            bodies.insert(body.id);
    }
    QList<const Relation *> relations;
    for (const Relation &relation : dataset.relations()) {
        if (relationPasses(relation, query) && bodies.contains(relation.from) &&
            bodies.contains(relation.to))
            relations.append(&relation);
    }
    if (!query.focus.isEmpty()) {
        if (!bodies.contains(query.focus))
            return {};
        bodies = neighbourhood(relations, query);
    }

    VisibleGraph visible;
    for (const Body &body : dataset.bodies()) {
        if (bodies.contains(body.id))
            visible.bodies.append(body.id);
    }
    // Every relation between bodies on show is shown, also those the focus did not walk.
    for (const Relation *relation : relations) {
        if (bodies.contains(relation->from) && bodies.contains(relation->to))
            visible.relations.append(relation->id);
    }
    return visible;
}

GraphQuery queryForStep(const TourStep &step)
{
    GraphQuery query;
    query.focus = step.focus;
    query.asAt = step.asAt;
    query.depth = 1;
    query.direction = FocusDirection::Both;
    return query;
}

} // namespace nhsx
