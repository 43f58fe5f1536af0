#pragma once

#include <QGraphicsView>

namespace nhsx {

/** The graph's view: wheel to zoom about the cursor, drag to pan, fit to window on request. */
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
    qreal zoom() const { return transform().m11(); }

    static constexpr qreal kMaxFitScale = 1.5;
    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 8.0;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool mFitted = true;
};

} // namespace nhsx
