#include "app/graph/graphview.h"

#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace nhsx {

GraphView::GraphView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Each item sets the pen, brush and font it draws with: saving and restoring the painter
    // around every one of 16,000 items took a fifth of drawing them.
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Commissioning graph"));
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    // A cursor set on each of 16,000 items was a record each, made on the window's thread.
    if (event->buttons() == Qt::NoButton) {
        viewport()->setCursor(itemAt(event->position().toPoint()) ? Qt::PointingHandCursor
                              : dragMode() == ScrollHandDrag      ? Qt::OpenHandCursor
                                                                  : Qt::ArrowCursor);
    }
}

void GraphView::paintEvent(QPaintEvent *event)
{
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    const bool farOut = graph && allFarOut(zoom(), graph->theme());
    // Drawn here, items do not record where each was drawn, which the view needs to repaint only
    // what an item left: far out, a change repaints the whole view, which is cheap then.
    setViewportUpdateMode(farOut ? FullViewportUpdate : MinimalViewportUpdate);
    if (!farOut) {
        QGraphicsView::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    painter.setWorldTransform(viewportTransform());
    const QRectF exposed = mapToScene(event->rect()).boundingRect();
    drawBackground(&painter, exposed);
    drawFarOut(painter, *graph, exposed);
    drawForeground(&painter, exposed);
}

void GraphView::drawFarOut(QPainter &painter, const GraphScene &graph, const QRectF &exposed)
{
    // Drawn one by one, the England layer's 16,000 items took 50 to 90 ms at their first paint,
    // most of it the view's record of each item (a hash each, 20 MB) and each item's own painter
    // state and call. Here the relations' lines are drawn in one call for each colour and
    // opacity, then the bodies; the matches above both, as their z values have it.
    struct Lines
    {
        QColor colour;
        qreal opacity;
        QList<QLineF> lines;
    };
    const auto shown = [&exposed](const QGraphicsItem *item) {
        return item->isVisible() && exposed.intersects(item->sceneBoundingRect());
    };
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const bool matches : {false, true}) {
        QList<Lines> groups;
        for (const RelationItem *relation : graph.relationItems()) {
            if ((relation->emphasis() == Emphasis::Match) != matches || !shown(relation))
                continue;
            const QPolygonF &points = relation->farOutLines();
            if (points.isEmpty()) {
                painter.setOpacity(relation->opacity());
                painter.translate(relation->pos());
                relation->paintFarOut(&painter, relation->isSelected());
                painter.translate(-relation->pos());
                continue;
            }
            const QColor colour = relation->farOutColour(relation->isSelected());
            auto group = std::find_if(groups.begin(), groups.end(), [&](const Lines &lines) {
                return lines.colour == colour && lines.opacity == relation->opacity();
            });
            if (group == groups.end())
                group = groups.insert(groups.end(), {colour, relation->opacity(), {}});
            for (qsizetype i = 1; i < points.size(); ++i)
                group->lines.append(QLineF(points[i - 1], points[i]).translated(relation->pos()));
        }
        for (const Lines &group : std::as_const(groups)) {
            painter.setOpacity(group.opacity);
            painter.setPen(QPen(group.colour, 0));
            painter.drawLines(group.lines);
        }
        for (const BodyItem *body : graph.bodyItems()) {
            if ((body->emphasis() == Emphasis::Match) != matches || !shown(body))
                continue;
            painter.setOpacity(body->opacity());
            painter.translate(body->pos());
            body->paintFarOut(&painter, body->isSelected());
            painter.translate(-body->pos());
        }
    }
}

void GraphView::zoomBy(qreal factor)
{
    mFitted = false;
    const qreal target = std::clamp(zoom() * factor, std::max(kMinZoom, mMinimumScale), kMaxZoom);
    scale(target / zoom(), target / zoom());
    emit viewChanged();
}

void GraphView::fitToWindow()
{
    mFitted = true;
    const QRectF target = sceneRect();
    if (target.isEmpty() || viewport()->width() <= 0)
        return;
    // A pixel to spare each way: the view rounds the scaled scene's edges, and a scene as wide
    // as the viewport could round one pixel wider, show a scroll bar and leave less room, to be
    // fitted again smaller, lose the bar, fitted larger... without end.
    const qreal fit = std::min({(viewport()->width() - 2) / target.width(),
                                (viewport()->height() - 2) / target.height(), kMaxFitScale});
    if (fit <= 0)
        return;
    const qreal scale = std::max(fit, mMinimumScale);
    setTransform(QTransform::fromScale(scale, scale));
    const QRectF anchor = scale > fit && mFitAnchor ? mFitAnchor() : QRectF();
    centerOn(anchor.isEmpty() ? target.center() : anchor.center());
    emit viewChanged();
}

void GraphView::fitRect(const QRectF &rect)
{
    mFitted = false;
    if (rect.isEmpty() || viewport()->width() <= 0)
        return;
    const qreal scale = std::clamp(
        std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height()),
        std::max(kMinZoom, mMinimumScale), kMaxZoom);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(rect.center());
    emit viewChanged();
}

void GraphView::setMinimumScale(qreal scale)
{
    mMinimumScale = std::clamp(scale, 0.0, kMaxZoom);
    if (zoom() < mMinimumScale) {
        setTransform(QTransform::fromScale(mMinimumScale, mMinimumScale));
        emit viewChanged();
    }
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool arrow =
        key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && event->modifiers() == Qt::NoModifier && mNavigator && mNavigator(key)) {
        event->accept();
        return;
    }
    if (arrow && event->modifiers() == Qt::ShiftModifier) {
        // Shift+arrows always pan, a tenth of the view at a time.
        QScrollBar *bar = key == Qt::Key_Left || key == Qt::Key_Right ? horizontalScrollBar()
                                                                      : verticalScrollBar();
        const int sign = key == Qt::Key_Left || key == Qt::Key_Up ? -1 : 1;
        bar->setValue(bar->value() + sign * std::max(bar->pageStep() / 10, 10));
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool GraphView::focusNextPrevChild(bool next)
{
    // Tab walks the bodies; past the last one, focus moves on as usual (no keyboard trap).
    if (mNavigator && mNavigator(next ? Qt::Key_Tab : Qt::Key_Backtab))
        return true;
    return QGraphicsView::focusNextPrevChild(next);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mFitted)
        fitToWindow();
    emit viewChanged();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewChanged();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, steps));
    event->accept();
}

} // namespace nhsx
