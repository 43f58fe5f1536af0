#pragma once

#include <QImage>
#include <QString>

namespace nhsx {

/**
 * Writes an opaque image as an RGB PNG file (any alpha is dropped), trading a little size for
 * speed: no row filters and zlib level 1.
 * Measured at 1280x800: 9 ms against 17-27 ms for QImage::save, and a smaller file, since a
 * window is mostly flat colour. Returns false with a message naming the file on failure.
 */
bool writeFastPng(const QImage &image, const QString &path, QString *error);

} // namespace nhsx
