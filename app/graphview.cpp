#include "graphview.h"

#include <QKeyEvent>
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
