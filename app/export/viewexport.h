#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"

#include <QBrush>
#include <QRectF>
#include <QSize>
#include <QStringList>
#include <optional>

class QGraphicsScene;
class QPainter;
class QPrinter;

namespace nhsx {

/**
 * Writes the bytes to the file, all or nothing (through a temporary file beside it). False with
 * a message naming the file when it cannot be written.
 */
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

/** The picture formats a view is exported to, chosen by the file's extension. */
enum class PictureFormat { Png, Svg, Pdf };
std::optional<PictureFormat> pictureFormatFor(const QString &path);

/**
 * A source as a footer cites it: as sourceReference() does (outlet, title, author if any, date),
 * in plain text on one line; a field of over 200 characters (only a hostile dataset has one) is
 * cut short with an ellipsis.
 */
QString citation(const Source &source);
/** The citations of every source behind what is visible (see sourcesOfVisible()). */
QStringList citationsFor(const Dataset &dataset, const VisibleGraph &visible);

/** What an export or a printout shows: the scene as drawn, on its background, and its sources. */
struct ViewPicture
{
    QGraphicsScene *scene = nullptr;
    QBrush background = Qt::white;
    QStringList citations;
    QString asAt; // the date of a dated view, which the footer names; empty: every source
};

/**
 * Paints the whole scene scaled to fit area, above a footer that lists the sources; the aspect
 * ratio is kept and a small graph is not blown up past a readable size.
 */
void paintView(QPainter &painter, const QRectF &area, const ViewPicture &picture);

/**
 * Writes the view as a PNG of exactly this many pixels, or an SVG or a one-page PDF of this size
 * (at 96 dpi), with vector text, by the file's extension. False with a message naming the file
 * when it cannot be written.
 */
bool exportView(const ViewPicture &picture, const QString &path, const QSize &size, QString *error);

/** How a printout is laid out: the whole view on one page, or a poster of overlapping pages. */
enum class PrintLayout { OnePage, Poster };
/** Shared by neighbouring poster pages, to trim and glue along. */
inline constexpr qreal kPosterOverlapMm = 10;

/**
 * Prints the view. A poster draws the graph at the size the window shows it unzoomed (a
 * body's name at 12 points) on as many pages as it needs, each overlapping its neighbours by
 * kPosterOverlapMm, with the sources footer and the page's place on every page.
 */
void printView(QPrinter &printer, const ViewPicture &picture, PrintLayout layout);
/** The part of the scene each page of a poster shows, in the order they are printed. */
QList<QRectF> posterPages(QPrinter &printer, const ViewPicture &picture);

} // namespace nhsx
