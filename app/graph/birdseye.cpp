#include "app/graph/birdseye.h"

#include "app/graph/graphview.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>

namespace nhsx {

namespace {

constexpr int kMargin = 8;

} // namespace

BirdsEye::BirdsEye(GraphView *view) : QWidget(view), mView(view)
{
    setAccessibleName(tr("Bird's-eye view"));
    setToolTip(tr("The whole graph: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    hide();
    connect(view, &GraphView::viewChanged, this, &BirdsEye::follow);
    connect(view->scene(), &QGraphicsScene::changed, this, [this] {
        mPictureStale = true;
        update();
    });
    connect(view->scene(), &QGraphicsScene::sceneRectChanged, this, [this] {
        mPictureStale = true;
        follow();
    });
}

void BirdsEye::follow()
{
    const QRectF scene = mView->sceneRect();
    const QRect viewport = mView->viewport()->geometry();
    const QRectF shown = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    const qreal slack = 3 / std::max(mView->zoom(), 0.01); // three pixels of rounding
    const bool larger =
        !scene.isEmpty() && !shown.adjusted(-slack, -slack, slack, slack).contains(scene);
    if (!mAllowed || !larger || viewport.width() < 3 * kMaxWidth ||
        viewport.height() < 2 * kMaxHeight) {
        hide();
        return;
    }
    const qreal scale = std::min(kMaxWidth / scene.width(), kMaxHeight / scene.height());
    const QSize size(int(scene.width() * scale) + 2, int(scene.height() * scale) + 2);
    if (size != this->size())
        mPictureStale = true;
    setGeometry(QRect(
        viewport.bottomRight() - QPoint(size.width() + kMargin, size.height() + kMargin), size));
    show();
    raise();
    update();
}

void BirdsEye::setAllowed(bool allowed)
{
    mAllowed = allowed;
    follow();
}

QRectF BirdsEye::pictureRect() const
{
    return QRectF(rect()).adjusted(1, 1, -1, -1);
}

QPointF BirdsEye::toScene(const QPointF &point) const
{
    const QRectF scene = mView->sceneRect(), picture = pictureRect();
    return {scene.left() + (point.x() - picture.left()) * scene.width() / picture.width(),
            scene.top() + (point.y() - picture.top()) * scene.height() / picture.height()};
}

QPointF BirdsEye::fromScene(const QPointF &point) const
{
    const QRectF scene = mView->sceneRect(), picture = pictureRect();
    return {picture.left() + (point.x() - scene.left()) * picture.width() / scene.width(),
            picture.top() + (point.y() - scene.top()) * picture.height() / scene.height()};
}

void BirdsEye::paintEvent(QPaintEvent *)
{
    if (mPictureStale || mPicture.size() != size() * devicePixelRatioF()) {
        mPicture = QPixmap(size() * devicePixelRatioF());
        mPicture.setDevicePixelRatio(devicePixelRatioF());
        mPicture.fill(Qt::white);
        QPainter picture(&mPicture);
        picture.setRenderHint(QPainter::Antialiasing);
        mView->scene()->render(&picture, pictureRect(), mView->sceneRect());
        mPictureStale = false;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, mPicture);
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    const QRectF shown = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    const QRectF frame(fromScene(shown.topLeft()), fromScene(shown.bottomRight()));
    painter.setPen(QPen(QColor(0x00, 0x5e, 0xb8), 2));
    painter.setBrush(QColor(0x00, 0x5e, 0xb8, 30));
    painter.drawRect(frame.intersected(pictureRect()));
}

void BirdsEye::mousePressEvent(QMouseEvent *event)
{
    mView->centerOn(toScene(event->position()));
    event->accept();
}

void BirdsEye::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mView->centerOn(toScene(event->position()));
    event->accept();
}

} // namespace nhsx
