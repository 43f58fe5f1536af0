#pragma once

#include <QPixmap>
#include <QWidget>

namespace nhsx {

class GraphView;

/**
 * A small picture of the whole graph in a corner of the view, with a frame round the part on
 * show; click or drag in it to move the view there. It shows itself only when the graph is
 * larger than the view.
 */
class BirdsEye final : public QWidget
{
    Q_OBJECT

public:
    explicit BirdsEye(GraphView *view);

    /** Where a point of this widget lies in the scene. */
    QPointF toScene(const QPointF &point) const;
    /** Where a point of the scene lies in this widget. */
    QPointF fromScene(const QPointF &point) const;

    /** Whether it may show at all (it stays out of presentation mode's way). */
    void setAllowed(bool allowed);

    static constexpr int kMaxWidth = 220;
    static constexpr int kMaxHeight = 160;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /** Shows or hides itself, sizes and places itself after the view or scene changed. */
    void follow();
    QRectF pictureRect() const;

    GraphView *mView = nullptr;
    QPixmap mPicture; // the scene drawn small, redrawn when the scene changes
    bool mPictureStale = true;
    bool mAllowed = true;
};

} // namespace nhsx
