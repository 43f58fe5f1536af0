#include "graphview.h"

#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace nhsx {

GraphView::GraphView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Commissioning graph"));
}

void GraphView::zoomBy(qreal factor)
{
    mFitted = false;
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
}

void GraphView::fitToWindow()
{
    mFitted = true;
    const QRectF target = sceneRect();
    if (target.isEmpty() || viewport()->width() <= 0)
        return;
    const qreal scale = std::min({viewport()->width() / target.width(),
                                  viewport()->height() / target.height(), kMaxFitScale});
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(target.center());
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mFitted)
        fitToWindow();
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
