#include "app/export/viewexport.h"

#include "app/export/pngwriter.h"
#include "core/citation.h"
#include "core/displaydate.h"
#include "core/postertiles.h"
#include "core/visiblesources.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>

namespace nhsx {

namespace {

constexpr qreal kScreenDpi = 96;
/** The size the footer and margins are planned for; a larger picture scales them up. */
constexpr qreal kPlannedWidth = 1280, kPlannedHeight = 800;
/** Never enlarged beyond this, as in the window's fit, so that a few bodies stay a sane size. */
constexpr qreal kMaxScale = 1.5;
constexpr qreal kFooterPointSize = 8;
/** The footer may take this share of the height at most; the rest is summed up in one line. */
constexpr qreal kMaxFooterShare = 0.4;

const QColor kFooterInk(0x33, 0x33, 0x33);
const QColor kRule(0xbb, 0xbb, 0xbb);

/**
 * How much larger than planned the text and margins are drawn on this device: its dots per
 * screen pixel, times how much larger the area is than planned (never smaller).
 */
qreal pageFactor(const QPaintDevice *device, const QSizeF &area)
{
    const qreal dots = device->logicalDpiY() / kScreenDpi;
    const qreal enlarged =
        std::min(area.width() / dots / kPlannedWidth, area.height() / dots / kPlannedHeight);
    return dots * std::max(1.0, enlarged);
}

QString oneLine(const QString &text)
{
    constexpr qsizetype kLongest = 200;
    const QString line = text.simplified();
    return line.size() <= kLongest ? line : line.left(kLongest - 1) + QStringLiteral("\u2026");
}

/** The footer's paragraphs, laid out for a width: what fits, and a line for what does not. */
class Footer
{
public:
    Footer(const ViewPicture &picture, const QPaintDevice *device, qreal width, qreal maxHeight,
           qreal factor)
        : mWidth(width), mTitle(picture.asAt.isEmpty()
                                    ? QObject::tr("Sources")
                                    : QObject::tr("Sources, as at %1: what they had said by then")
                                          .arg(displayDate(picture.asAt)))
    {
        const QStringList &citations = picture.citations;
        mFont.setFamily(QStringLiteral("DejaVu Sans"));
        mFont.setStyleStrategy(QFont::PreferNoShaping); // no "ﬁ" ligature in a PDF's text
        // Point sizes follow the device's resolution, so the footer reads the same on each.
        mFont.setPointSizeF(kFooterPointSize * factor * kScreenDpi / device->logicalDpiY());
        mHeading = mFont;
        mHeading.setBold(true);
        mSpacing = 2 * factor;
        const QFontMetricsF headingMetrics(mHeading, device);
        mHeight = headingMetrics.height();
        const QFontMetricsF metrics(mFont, device);
        const QString none = QObject::tr("none: nothing on show is quoted from a source.");
        const QStringList wanted = citations.isEmpty() ? QStringList{none} : citations;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const qreal height = heightOf(metrics, wanted[i]);
            // The last one is listed rather than summed up: its line would take as much room.
            const bool last = i + 1 == wanted.size();
            const QString rest = QObject::tr("… and %1 more sources.").arg(wanted.size() - i);
            if (!last && mHeight + 2 * mSpacing + height + heightOf(metrics, rest) > maxHeight &&
                !mParagraphs.isEmpty()) {
                add(rest, heightOf(metrics, rest));
                break;
            }
            add(wanted[i], height);
        }
    }

    qreal height() const { return mHeight; }

    /** Paints the footer with its top left here; note goes at the right of the heading line. */
    void paint(QPainter &painter, const QPointF &topLeft, const QString &note = {}) const
    {
        painter.save();
        painter.setPen(kFooterInk);
        painter.setFont(mHeading);
        const qreal headingHeight = QFontMetricsF(mHeading, painter.device()).height();
        const QRectF headingLine(topLeft, QSizeF(mWidth, headingHeight));
        painter.drawText(headingLine, Qt::AlignLeft | Qt::AlignVCenter, mTitle);
        painter.setFont(mFont);
        if (!note.isEmpty())
            painter.drawText(headingLine, Qt::AlignRight | Qt::AlignVCenter, note);
        qreal y = topLeft.y() + headingHeight;
        for (qsizetype i = 0; i < mParagraphs.size(); ++i) {
            y += mSpacing;
            // drawText takes the text as it is: dataset text is never read as markup here.
            painter.drawText(QRectF(topLeft.x(), y, mWidth, mHeights[i]), kFlags, mParagraphs[i]);
            y += mHeights[i];
        }
        painter.restore();
    }

private:
    static constexpr int kFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

    qreal heightOf(const QFontMetricsF &metrics, const QString &text) const
    {
        return metrics.boundingRect(QRectF(0, 0, mWidth, 1e9), kFlags, text).height();
    }

    void add(const QString &paragraph, qreal height)
    {
        mParagraphs.append(paragraph);
        mHeights.append(height);
        mHeight += mSpacing + height;
    }

    QFont mFont, mHeading;
    qreal mWidth = 0, mSpacing = 0, mHeight = 0;
    QString mTitle; // "Sources", with the date of a dated view
    QStringList mParagraphs;
    QList<qreal> mHeights;
};

/** Draws the scene rectangle source into target, whose aspect ratio the caller has matched. */
void renderScene(QPainter &painter, QGraphicsScene *scene, const QRectF &target,
                 const QRectF &source)
{
    painter.save();
    painter.setClipRect(target);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    scene->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

void drawRule(QPainter &painter, qreal y, qreal left, qreal right, qreal factor)
{
    painter.save();
    painter.setPen(QPen(kRule, factor));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.restore();
}

/** Each poster page's picture rectangle, in the scene's units, and the footer every page has. */
struct PosterPlan
{
    QList<QRectF> tiles; // in scene coordinates
    QRectF graphArea;    // on each page, in device pixels
    qreal footerTop = 0;
};

PosterPlan planPoster(QPrinter &printer, const ViewPicture &picture, const Footer &footer,
                      qreal factor)
{
    const QSizeF page = printer.pageRect(QPrinter::DevicePixel).size();
    const qreal gap = 8 * factor;
    PosterPlan plan;
    plan.footerTop = page.height() - footer.height();
    plan.graphArea = QRectF(0, 0, page.width(), std::max(1.0, plan.footerTop - gap));
    // One scene unit is one screen pixel, as the window shows the graph unzoomed: a body's name
    // prints at 12 points.
    const qreal dotsPerUnit = printer.resolution() / kScreenDpi;
    const QRectF scene = picture.scene->sceneRect();
    const qreal overlap = kPosterOverlapMm / 25.4 * kScreenDpi;
    for (const QRectF &tile :
         posterTiles(scene.size(), plan.graphArea.size() / dotsPerUnit, overlap))
        plan.tiles.append(tile.translated(scene.topLeft()));
    return plan;
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<PictureFormat> pictureFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PictureFormat::Png;
    if (suffix == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return std::nullopt;
}

QString citation(const Source &source)
{
    Source shortened = source;
    for (QString *field : {&shortened.outlet, &shortened.title, &shortened.author})
        *field = oneLine(*field);
    return sourceReference(shortened) + QLatin1Char('.');
}

QStringList citationsFor(const Dataset &dataset, const VisibleGraph &visible)
{
    QStringList citations;
    for (const Source *source : sourcesOfVisible(dataset, visible))
        citations.append(citation(*source));
    return citations;
}

void paintView(QPainter &painter, const QRectF &area, const ViewPicture &picture)
{
    painter.save();
    painter.fillRect(area, picture.background);
    const qreal factor = pageFactor(painter.device(), area.size());
    const qreal margin = 16 * factor;
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    const Footer footer(picture, painter.device(), inner.width(), kMaxFooterShare * inner.height(),
                        factor);
    const qreal footerTop = inner.bottom() - footer.height();
    const QRectF graphArea(inner.topLeft(),
                           QPointF(inner.right(), footerTop - margin)); // may be empty

    const QRectF source = picture.scene->sceneRect();
    if (!source.isEmpty() && graphArea.height() > 0) {
        const qreal scale = std::min({graphArea.width() / source.width(),
                                      graphArea.height() / source.height(), kMaxScale * factor});
        QRectF target(QPointF(), source.size() * scale);
        target.moveCenter(graphArea.center());
        renderScene(painter, picture.scene, target, source);
    }
    drawRule(painter, footerTop - margin / 2, inner.left(), inner.right(), factor);
    footer.paint(painter, QPointF(inner.left(), footerTop));
    painter.restore();
}

bool exportView(const ViewPicture &picture, const QString &path, const QSize &size, QString *error)
{
    const std::optional<PictureFormat> format = pictureFormatFor(path);
    if (!format) {
        *error = QStringLiteral("%1: not a picture format (.png, .svg or .pdf)").arg(path);
        return false;
    }
    const QRectF area(QPointF(0, 0), QSizeF(size));
    if (*format == PictureFormat::Png) {
        QImage image(size, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            paintView(painter, area, picture);
        }
        return writeFastPng(image, path, error);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString title = QObject::tr("NHS Commissioning Explorer");
    if (*format == PictureFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(int(kScreenDpi));
        svg.setSize(size);
        svg.setViewBox(area);
        svg.setTitle(title);
        svg.setDescription(QObject::tr("The commissioning graph as shown, with its sources."));
        QPainter painter(&svg);
        paintView(painter, area, picture);
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(title);
        pdf.setResolution(int(kScreenDpi));
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / kScreenDpi, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        QPainter painter(&pdf);
        paintView(painter, QRectF(0, 0, pdf.width(), pdf.height()), picture);
    }
    return writeFileAtomically(path, buffer.data(), error);
}

QList<QRectF> posterPages(QPrinter &printer, const ViewPicture &picture)
{
    const QSizeF page = printer.pageRect(QPrinter::DevicePixel).size();
    const qreal factor = printer.resolution() / kScreenDpi;
    const Footer footer(picture, &printer, page.width(), kMaxFooterShare * page.height(), factor);
    return planPoster(printer, picture, footer, factor).tiles;
}

void printView(QPrinter &printer, const ViewPicture &picture, PrintLayout layout)
{
    QPainter painter(&printer);
    const QRectF page(QPointF(), printer.pageRect(QPrinter::DevicePixel).size());
    if (layout == PrintLayout::OnePage) {
        paintView(painter, page, picture);
        return;
    }
    // The footer on every page: each sheet of a poster says where it comes from and goes.
    const qreal factor = printer.resolution() / kScreenDpi;
    const Footer footer(picture, &printer, page.width(), kMaxFooterShare * page.height(), factor);
    const PosterPlan plan = planPoster(printer, picture, footer, factor);
    for (qsizetype i = 0; i < plan.tiles.size(); ++i) {
        if (i > 0)
            printer.newPage();
        painter.fillRect(page, picture.background);
        renderScene(painter, picture.scene, plan.graphArea, plan.tiles[i]);
        drawRule(painter, plan.footerTop - 4 * factor, 0, page.width(), factor);
        footer.paint(painter, QPointF(0, plan.footerTop),
                     QObject::tr("Page %1 of %2; pages overlap by %3 mm")
                         .arg(i + 1)
                         .arg(plan.tiles.size())
                         .arg(kPosterOverlapMm));
    }
}

} // namespace nhsx
