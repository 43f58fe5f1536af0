#pragma once

#include <QGraphicsView>
#include <functional>

namespace nhsx {

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
     * Never enlarges beyond kMaxFitScale, so a small graph does not turn huge.
     */
    void fitToWindow();
    /** Shows this scene rectangle as large as fits, at most kMaxZoom; stops following resizes. */
    void fitRect(const QRectF &rect);
    qreal zoom() const { return transform().m11(); }

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

private:
    bool mFitted = true;
    std::function<bool(int key)> mNavigator;
};

} // namespace nhsx
