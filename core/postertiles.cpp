#include "postertiles.h"

#include <algorithm>
#include <cmath>

namespace nhsx {

namespace {

/** Where the tiles start along one side. */
QList<qreal> tileStarts(qreal length, qreal page, qreal overlap)
{
    const qreal step = page - overlap;
    // The small tolerance keeps a picture that fits exactly (up to rounding) from a page more.
    const qsizetype count =
        length <= page ? 1 : qsizetype(std::ceil((length - overlap) / step - 1e-9));
    QList<qreal> starts;
    for (qsizetype i = 0; i < count; ++i)
        starts.append(qreal(i) * step);
    return starts;
}

} // namespace

QList<QRectF> posterTiles(const QSizeF &picture, const QSizeF &page, qreal overlap)
{
    if (page.isEmpty())
        return {};
    const qreal widthOverlap = std::clamp(overlap, 0.0, page.width() / 2);
    const qreal heightOverlap = std::clamp(overlap, 0.0, page.height() / 2);
    QList<QRectF> tiles;
    for (const qreal top : tileStarts(picture.height(), page.height(), heightOverlap)) {
        for (const qreal left : tileStarts(picture.width(), page.width(), widthOverlap))
            tiles.append(QRectF(QPointF(left, top), page));
    }
    return tiles;
}

} // namespace nhsx
