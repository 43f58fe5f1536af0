#include "graphquery.h"

#include "aggregation.h"
#include "timeline.h"

#include <QHash>
#include <algorithm>

namespace nhsx {

namespace {

bool bodyPasses(const Body &body, const GraphQuery &query)
{
    return !query.hiddenBodyStatuses.contains(body.status) &&
           !query.hiddenKinds.contains(body.kind);
}

/** The bodies of the query's layers, and those of other layers that their relations reach. */
QSet<QString> bodiesOfLayers(const Dataset &dataset, const GraphQuery &query)
{
    QSet<QString> bodies;
    for (const Body &body : dataset.bodies()) {
        if ((query.layers.isEmpty() || query.layers.contains(body.layer)) &&
            bodyPasses(body, query))
            bodies.insert(body.id);
    }
    if (query.layers.isEmpty())
        return bodies;
    for (const Relation &relation : dataset.relations()) {
        if (!query.layers.contains(relation.layer))
            continue;
        for (const QString &end : {relation.from, relation.to}) {
            if (const Body *body = dataset.body(end); body && bodyPasses(*body, query))
                bodies.insert(end);
        }
    }
    return bodies;
}

/** Leaves out the bodies under collapsed ones; returns the labels with the counts. */
QHash<QString, QString> aggregate(const Dataset &dataset, const GraphQuery &query,
                                  QSet<QString> &bodies)
{
    const MemberTree &tree = dataset.memberTree();
    bodies.removeIf([&](const QString &id) { return !tree.shown(id, query.expanded); });
    QHash<QString, QString> labels;
    for (const QString &id : std::as_const(bodies)) {
        const Body *body = dataset.body(id);
        if (body->layer == kNationalLayer ||
            (tree.membersOf(id).isEmpty() && !tree.hasUnreadMembers(id)))
            continue;
        labels.insert(id, aggregateLabel(body->name, tree.countsUnder(id), tree.collapsible(id),
                                         query.expanded.contains(id)));
    }
    return labels;
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
    QSet<QString> bodies = bodiesOfLayers(dataset, query);
    const QHash<QString, QString> labels =
        query.aggregate ? aggregate(dataset, query, bodies) : QHash<QString, QString>();
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
        if (bodies.contains(body.id)) {
            visible.bodies.append(body.id);
            if (const auto label = labels.constFind(body.id); label != labels.cend())
                visible.labels.insert(body.id, *label);
        }
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

GraphQuery wholeGraphOf(const GraphQuery &query)
{
    GraphQuery whole;
    whole.depth = query.depth;
    whole.direction = query.direction;
    whole.layers = query.layers;
    whole.aggregate = query.aggregate;
    whole.expanded = query.expanded;
    return whole;
}

QSet<QString> idsOf(const VisibleGraph &visible)
{
    QSet<QString> ids(visible.bodies.cbegin(), visible.bodies.cend());
    ids.unite(QSet<QString>(visible.relations.cbegin(), visible.relations.cend()));
    return ids;
}

QSet<QString> itemsOf(const TourStep &step)
{
    QSet<QString> ids(step.bodies.cbegin(), step.bodies.cend());
    ids.unite(QSet<QString>(step.relations.cbegin(), step.relations.cend()));
    return ids;
}

} // namespace nhsx
