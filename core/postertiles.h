#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace nhsx {

/**
 * Cuts a picture into pages for printing as a poster: each tile is a page's size, placed on the
 * picture (origin at its top left), row by row from the top left. Neighbouring tiles share a
 * strip `overlap` wide, to trim and glue along. A picture that fits a page takes one tile; the
 * last tile of a row or column may run past the picture. An overlap of half a page or more is
 * cut to half a page, so that the tiles still advance.
 */
QList<QRectF> posterTiles(const QSizeF &picture, const QSizeF &page, qreal overlap);

} // namespace nhsx
