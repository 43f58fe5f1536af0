#pragma once

#include <QGraphicsView>
#include <functional>

namespace nhsx {

class GraphScene;

/**
 * The graph's view: wheel to zoom about the cursor, drag or Shift+arrow keys to pan, fit to window
 * on request. Arrow keys and Tab are offered to a navigator first (to move between bodies).
 */
class GraphView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    /**
     * Shows the whole graph, and keeps it fitted as the window resizes until the user zooms.
     * Never enlarges beyond kMaxFitScale, so a small graph does not turn huge, nor shrinks
     * below the minimum scale: then it shows the fit anchor's part of the graph at that scale.
     */
    void fitToWindow();
    /** Shows this scene rectangle as large as fits, at most kMaxZoom; stops following resizes. */
    void fitRect(const QRectF &rect);
    qreal zoom() const { return transform().m11(); }

    /**
     * The view never zooms out below this scale, nor fits below it (0, the default: no limit but
     * kMinZoom for zooming). Presentation mode keeps text large this way. Zooms in at once if the
     * view is below it.
     */
    void setMinimumScale(qreal scale);
    qreal minimumScale() const { return mMinimumScale; }
    /**
     * The part of the scene to centre on when the whole graph does not fit at the minimum
     * scale, e.g. the selection; an empty rectangle (or none given) centres the scene.
     */
    void setFitAnchor(std::function<QRectF()> anchor) { mFitAnchor = std::move(anchor); }

    /**
     * Asked for arrow keys (Qt::Key_Left...) and Tab (Qt::Key_Tab, Qt::Key_Backtab) before the
     * view handles them; returns true when it moved the selection. Without Shift only.
     */
    void setNavigator(std::function<bool(int key)> navigator) { mNavigator = std::move(navigator); }

    static constexpr qreal kMaxFitScale = 1.5;
    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 8.0;

signals:
    /** What the view shows changed: scrolled, zoomed or resized. */
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;
    /** Far out (allFarOut()), draws the graph's items itself, together; otherwise as usual. */
    void paintEvent(QPaintEvent *event) override;
    /** Points at a body or a relation under the pointer: items keep no cursor of their own. */
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    static void drawFarOut(QPainter &painter, const GraphScene &graph, const QRectF &exposed);

    bool mFitted = true;
    qreal mMinimumScale = 0;
    std::function<QRectF()> mFitAnchor;
    std::function<bool(int key)> mNavigator;
};

} // namespace nhsx
