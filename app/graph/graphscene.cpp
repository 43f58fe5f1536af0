#include "app/graph/graphscene.h"

#include "app/graph/graphitems.h"
#include "core/acronyms.h"
#include "core/aggregation.h"

#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QVariantAnimation>

namespace nhsx {

namespace {

QPainterPath splinePath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.front());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    return path;
}

QPolygonF arrowHead(const QPointF &base, const QPointF &tip)
{
    const QLineF shaft(base, tip);
    if (shaft.length() <= 0)
        return {};
    const QLineF normal = shaft.normalVector().unitVector();
    const QPointF side(normal.dx() * shaft.length() * 0.45, normal.dy() * shaft.length() * 0.45);
    return QPolygonF({tip, base + side, base - side});
}

/** Binding relations decide the hierarchy before proposed, disputed and advisory ones. */
int rankPriority(const QString &status)
{
    static const QStringList order = {QStringLiteral("statutory"), QStringLiteral("binding"),
                                      QStringLiteral("proposed"),  QStringLiteral("disputed"),
                                      QStringLiteral("advisory"),  QStringLiteral("historical")};
    const qsizetype index = order.indexOf(status);
    return index < 0 ? int(order.size()) : int(index);
}

} // namespace

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::announceSelection);
}

GraphScene::~GraphScene()
{
    // QGraphicsScene's destructor deselects the items as it deletes them, when this object is
    // no longer a GraphScene: nothing may hear of it.
    blockSignals(true);
}

LayoutRequest GraphScene::layoutRequest(const Dataset &dataset, const VisibleGraph &visible,
                                        LayoutDirection direction, LayoutEngine engine,
                                        const Theme &theme)
{
    LayoutRequest request;
    request.direction = direction;
    request.engine = engine;
    for (const QString &id : visible.bodies) {
        if (const Body *body = dataset.body(id)) {
            const QString label = visible.labels.value(id, body->name);
            request.nodes.append({body->id, label, BodyItem::sizeFor(label, body->status, theme)});
        }
    }
    for (const QString &id : visible.relations) {
        const Relation *relation = dataset.relation(id);
        if (!relation || !dataset.body(relation->from) || !dataset.body(relation->to))
            continue;
        request.edges.append({relation->id, relation->from, relation->to, relation->type,
                              RelationItem::labelSizeFor(relation->type, theme),
                              rankPriority(relation->status), pointsUpward(*relation)});
    }
    return request;
}

LayoutRequest GraphScene::layoutRequest(const Dataset &dataset, LayoutDirection direction)
{
    return layoutRequest(dataset, visibleGraph(dataset, {}), direction);
}

QString GraphScene::showDataset(const Dataset &dataset, const Layout &layout,
                                LayoutDirection direction)
{
    return showDataset(dataset, layout, visibleGraph(dataset, {}), direction);
}

QString GraphScene::showDataset(const Dataset &dataset, const Layout &layout,
                                const VisibleGraph &visible, LayoutDirection direction,
                                LayoutEngine engine)
{
    return showLayout(dataset,
                      layout.compute(layoutRequest(dataset, visible, direction, engine, *mTheme)),
                      visible.labels);
}

GraphScene::Items::Items() = default;
GraphScene::Items::Items(Items &&) noexcept = default;
GraphScene::Items &GraphScene::Items::operator=(Items &&) noexcept = default;
GraphScene::Items::~Items() = default;

QString GraphScene::showLayout(const Dataset &dataset, const LayoutResult &result,
                               const QHash<QString, QString> &labels)
{
    return showItems(makeItems(dataset, result, labels, *mTheme));
}

GraphScene::Items GraphScene::makeItems(const Dataset &dataset, const LayoutResult &result,
                                        const QHash<QString, QString> &labels, const Theme &theme)
{
    Items items;
    if (!result.ok()) {
        items.error = result.error;
        return items;
    }
    items.bodies.reserve(result.nodes.size());
    for (const NodeGeometry &node : result.nodes) {
        const Body *body = dataset.body(node.id);
        if (!body)
            continue;
        items.bodies.push_back(std::make_unique<BodyItem>(
            node.id, labels.value(node.id, body->name), body->status, node.box, theme,
            acronymNotes(body->name, dataset.glossary())));
    }
    items.relations.reserve(result.edges.size());
    QHash<QString, QSizeF> labelSizes; // by type: a dozen types label 8,000 relations
    for (const EdgeGeometry &edge : result.edges) {
        const Relation *relation = dataset.relation(edge.id);
        if (!relation)
            continue;
        QPolygonF head;
        if (edge.arrowTip && !edge.path.isEmpty())
            head = arrowHead(edge.path.back(), *edge.arrowTip);
        QRectF labelBox;
        if (edge.labelCenter) {
            auto size = labelSizes.constFind(relation->type);
            if (size == labelSizes.cend())
                size = labelSizes.insert(relation->type,
                                         RelationItem::labelSizeFor(relation->type, theme));
            labelBox.setSize(*size);
            labelBox.moveCenter(*edge.labelCenter);
        }
        items.relations.push_back(
            std::make_unique<RelationItem>(edge.id, relation->type, relation->status,
                                           splinePath(edge.path), head, labelBox, theme));
    }
    items.bounds = result.bounds;
    return items;
}

QString GraphScene::showItems(Items items)
{
    const QString selected = selectedId();
    QHash<QString, QPointF> previousCentres;
    for (const BodyItem *item : std::as_const(mBodies))
        previousCentres.insert(item->id(), item->sceneBoundingRect().center());
    finishTransition();
    {
        const QSignalBlocker blocker(this); // clearing is not a change of selection to announce
        clear();
    }
    mBodies.clear();
    mRelations.clear();
    if (!items.error.isEmpty()) {
        if (!selected.isEmpty())
            emit selectionEmptied();
        return items.error;
    }
    mBodies.reserve(qsizetype(items.bodies.size()));
    for (std::unique_ptr<BodyItem> &body : items.bodies) {
        BodyItem *item = body.release();
        addItem(item);
        mBodies.insert(item->id(), item);
    }
    mRelations.reserve(qsizetype(items.relations.size()));
    for (std::unique_ptr<RelationItem> &relation : items.relations) {
        RelationItem *item = relation.release();
        addItem(item);
        mRelations.insert(item->id(), item);
    }
    setSceneRect(items.bounds.adjusted(-20, -20, 20, 20));
    if (!previousCentres.isEmpty())
        startTransition(previousCentres);
    if (!selected.isEmpty() && !selectId(selected))
        emit selectionEmptied();
    return {};
}

void GraphScene::startTransition(const QHash<QString, QPointF> &previousCentres)
{
    if (mTransitionDuration <= 0 || mBodies.size() > kMaxAnimatedBodies)
        return;
    for (BodyItem *item : std::as_const(mBodies)) {
        const auto previous = previousCentres.constFind(item->id());
        if (previous == previousCentres.cend()) {
            mFadingBodies.append(item);
        } else if (const QPointF offset = *previous - item->layoutBox().center();
                   !offset.isNull()) {
            mGlides.insert(item, offset);
        }
    }
    for (RelationItem *item : std::as_const(mRelations))
        mFadingRelations.append(item); // their routes are new: they fade in rather than bend
    if (!mTransition) {
        mTransition = new QVariantAnimation(this);
        mTransition->setStartValue(0.0);
        mTransition->setEndValue(1.0);
        mTransition->setEasingCurve(QEasingCurve::OutCubic);
        connect(mTransition, &QVariantAnimation::valueChanged, this,
                [this](const QVariant &value) { applyTransition(value.toReal()); });
        connect(mTransition, &QVariantAnimation::finished, this, &GraphScene::finishTransition);
    }
    mTransition->setDuration(mTransitionDuration);
    applyTransition(0);
    mTransition->start();
}

void GraphScene::applyTransition(qreal progress)
{
    mProgress = progress;
    for (auto glide = mGlides.cbegin(); glide != mGlides.cend(); ++glide)
        glide.key()->setPos(glide.value() * (1 - progress));
    for (BodyItem *item : std::as_const(mFadingBodies))
        item->setOpacity(progress * opacityFor(item->emphasis(), item->theme()));
    for (RelationItem *item : std::as_const(mFadingRelations))
        item->setOpacity(progress * opacityFor(item->emphasis(), item->theme()));
}

void GraphScene::finishTransition()
{
    if (mTransition)
        mTransition->stop();
    applyTransition(1);
    mGlides.clear();
    mFadingBodies.clear();
    mFadingRelations.clear();
}

void GraphScene::highlight(const QSet<QString> &ids)
{
    for (BodyItem *item : std::as_const(mBodies))
        item->setEmphasis(ids.contains(item->id()) ? Emphasis::Match : Emphasis::Dimmed);
    for (RelationItem *item : std::as_const(mRelations))
        item->setEmphasis(ids.contains(item->id()) ? Emphasis::Match : Emphasis::Dimmed);
    applyTransition(mProgress); // items still fading in stay faded
}

void GraphScene::clearHighlight()
{
    for (BodyItem *item : std::as_const(mBodies))
        item->setEmphasis(Emphasis::Normal);
    for (RelationItem *item : std::as_const(mRelations))
        item->setEmphasis(Emphasis::Normal);
    applyTransition(mProgress);
}

QString GraphScene::selectedId() const
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.isEmpty())
        return {};
    if (const auto *body = qgraphicsitem_cast<BodyItem *>(selected.front()))
        return body->id();
    if (const auto *relation = qgraphicsitem_cast<RelationItem *>(selected.front()))
        return relation->id();
    return {};
}

namespace {

/**
 * Ctrl+click adds an item to Qt's selection, or takes it out; the graph selects one item at a
 * time, the one the panel shows, so a click selects whatever the modifiers.
 */
void ignoreControl(QGraphicsSceneMouseEvent *event)
{
    event->setModifiers(event->modifiers() & ~Qt::ControlModifier);
}

} // namespace

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ignoreControl(event);
    QGraphicsScene::mousePressEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    ignoreControl(event);
    QGraphicsScene::mouseReleaseEvent(event);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    ignoreControl(event);
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (const auto *body = qgraphicsitem_cast<BodyItem *>(item)) {
            emit bodyActivated(body->id());
            return;
        }
    }
}

bool GraphScene::selectId(const QString &id)
{
    QGraphicsItem *item = mBodies.value(id);
    if (!item)
        item = mRelations.value(id);
    if (!item)
        return false;
    QSignalBlocker blocker(this);
    clearSelection();
    item->setSelected(true);
    blocker.unblock();
    announceSelection();
    return true;
}

void GraphScene::announceSelection()
{
    const QString id = selectedId();
    if (id.isEmpty())
        emit selectionEmptied();
    else if (mBodies.contains(id))
        emit bodySelected(id);
    else
        emit relationSelected(id);
}

} // namespace nhsx
