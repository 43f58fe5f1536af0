#include "app/theme/theme.h"

#include "app/theme/style.h"
#include "core/dataset.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace nhsx {

namespace {

qreal linearChannel(qreal value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QFont pixelFont(int pixels, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font;
    font.setStyleStrategy(QFont::PreferNoShaping); // as style.cpp's: no "ﬁ" in an exported PDF
    font.setPixelSize(pixels);
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

Theme makeNormalTheme()
{
    Theme theme;
    theme.background = Qt::white;
    theme.ink = inkForRelationStatus(QStringLiteral("statutory"));
    for (const QString &status : bodyStatuses())
        theme.bodyFills.insert(status, fillForBodyStatus(status));
    theme.otherFill = fillForBodyStatus(QString());
    theme.historicalInk = inkForRelationStatus(QStringLiteral("historical"));
    theme.noteText = theme.ink;
    theme.noteBackground = QColor(0xff, 0xf3, 0xc4);
    theme.labelBacking = QColor(255, 255, 255, 230);
    theme.selection = theme.selectionText = QColor(0x00, 0x5e, 0xb8);
    theme.match = QColor(0xe0, 0x6c, 0x00);
    theme.matchText = QColor(0xa8, 0x4f, 0x00); // the orange of the lines is 3.3:1 as text
    theme.bodyName = bodyNameFont();
    theme.bodyStatus = bodyStatusFont();
    theme.edgeLabel = edgeLabelFont();
    theme.captionBackground = theme.background;
    theme.captionText = theme.ink;
    theme.captionMutedText = QColor(0x44, 0x44, 0x44);
    theme.captionTitle = pixelFont(18, QFont::Bold);
    theme.captionBody = theme.captionCitation = pixelFont(14);
    return theme;
}

/** For a dark desktop: light text on the dark background and on dark tints of the status fills. */
Theme makeDarkTheme()
{
    Theme theme = makeNormalTheme();
    theme.background = QColor(0x1e, 0x1f, 0x22);
    theme.ink = QColor(0xec, 0xec, 0xec);
    theme.bodyFills = {{QStringLiteral("statutory"), QColor(0x1e, 0x3a, 0x5a)},
                       {QStringLiteral("advisory"), QColor(0x4d, 0x3d, 0x0f)},
                       {QStringLiteral("proposed"), QColor(0x1f, 0x42, 0x22)},
                       {QStringLiteral("disputed"), QColor(0x5a, 0x24, 0x24)},
                       {QStringLiteral("non-statutory"), QColor(0x3d, 0x2b, 0x55)},
                       {QStringLiteral("historical"), QColor(0x3b, 0x3b, 0x3b)},
                       {QStringLiteral("unstated"), QColor(0x27, 0x28, 0x2b)}};
    theme.otherFill = QColor(0x33, 0x33, 0x4a);
    theme.historicalInk = QColor(0xa0, 0xa0, 0xa0);
    theme.noteText = QColor(0xf5, 0xf5, 0xf5);
    theme.noteBackground = QColor(0x4a, 0x40, 0x20);
    theme.labelBacking = QColor(0x1e, 0x1f, 0x22, 230);
    theme.selection = theme.selectionText = QColor(0x5a, 0xa9, 0xff);
    theme.match = theme.matchText = QColor(0xff, 0x9f, 0x43);
    theme.captionBackground = theme.background;
    theme.captionText = theme.ink;
    theme.captionMutedText = QColor(0xb0, 0xb0, 0xb0);
    return theme;
}

Theme makePresentationTheme()
{
    Theme theme;
    theme.background = Qt::white;
    theme.ink = Qt::black;
    // Stronger than the everyday pastels, to survive a washed-out projector, and all light
    // enough for black text (each at least 12:1).
    theme.bodyFills = {{QStringLiteral("statutory"), QColor(0x9f, 0xd0, 0xff)},
                       {QStringLiteral("advisory"), QColor(0xff, 0xd7, 0x5e)},
                       {QStringLiteral("proposed"), QColor(0xa6, 0xe3, 0x9a)},
                       {QStringLiteral("historical"), QColor(0xcf, 0xcf, 0xcf)},
                       {QStringLiteral("unstated"), QColor(0xff, 0xff, 0xff)},
                       {QStringLiteral("disputed"), QColor(0xff, 0xb3, 0xb3)}};
    theme.otherFill = QColor(0xdc, 0xc2, 0xf2);
    theme.historicalInk = QColor(0x55, 0x55, 0x55);
    theme.noteText = theme.ink;
    theme.noteBackground = QColor(0xff, 0xf3, 0xc4);
    theme.labelBacking = Qt::white;
    // The marks are not text: strong hues, unlike any fill. Text in their colours is darker.
    theme.selection = QColor(0x00, 0x5e, 0xb8);
    theme.selectionText = QColor(0x00, 0x30, 0x87);
    theme.match = QColor(0xe0, 0x6c, 0x00);
    theme.matchText = QColor(0x8a, 0x3b, 0x00);
    theme.legendText = theme.ink;
    theme.legendMutedText = QColor(0x55, 0x55, 0x55);
    theme.bodyName = pixelFont(28, QFont::Bold);
    theme.bodyStatus = pixelFont(24, QFont::Normal, true);
    theme.edgeLabel = pixelFont(24);
    theme.legend = pixelFont(20);
    theme.maxNameWidth = 340;
    theme.maxLabelWidth = 200;
    theme.padding = 14;
    theme.labelPadding = 4;
    theme.bodyOutline = 3;
    theme.selectionOutline = 7;
    theme.matchOutline = 10;
    theme.edgeWidth = 3;
    theme.strongEdgeWidth = 6;
    theme.legendLineWidth = 3;
    theme.minimumTextPixels = 24;
    // Nothing is faded: faded text would fall below 7:1 (the historical grey first). Matches and
    // a tour's highlight stand out by their heavy outlines and lines instead.
    theme.dimmedOpacity = 1;
    theme.captionBackground = QColor(0x0b, 0x0c, 0x0c);
    theme.captionText = Qt::white;
    theme.captionMutedText = QColor(0xd0, 0xd0, 0xd0);
    theme.captionTitle = pixelFont(32, QFont::Bold);
    theme.captionBody = pixelFont(26);
    theme.captionCitation = pixelFont(22);
    return theme;
}

} // namespace

qreal relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal first = relativeLuminance(a), second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor composited(const QColor &over, const QColor &under)
{
    const qreal alpha = over.alphaF();
    const auto mix = [alpha](qreal top, qreal bottom) {
        return top * alpha + bottom * (1 - alpha);
    };
    return QColor::fromRgbF(float(mix(over.redF(), under.redF())),
                            float(mix(over.greenF(), under.greenF())),
                            float(mix(over.blueF(), under.blueF())));
}

QColor Theme::fill(const QString &bodyStatus) const
{
    return bodyFills.value(bodyStatus, otherFill);
}

QColor Theme::relationLine(const QString &status, bool selected, bool matched) const
{
    if (selected)
        return selection;
    if (matched)
        return match;
    return status == QLatin1String("historical") ? historicalInk : ink;
}

QColor Theme::relationText(const QString &status, bool selected, bool matched) const
{
    if (selected)
        return selectionText;
    if (matched)
        return matchText;
    return relationLine(status, false, false);
}

qreal Theme::minimumScale() const
{
    if (minimumTextPixels <= 0)
        return 0;
    return minimumTextPixels / std::min(bodyName.pixelSize(), bodyStatus.pixelSize());
}

// Made once and never destroyed: fonts must not outlive the application in static destructors.
const Theme &normalTheme()
{
    static const Theme *theme = new Theme(makeNormalTheme());
    return *theme;
}

const Theme &darkTheme()
{
    static const Theme *theme = new Theme(makeDarkTheme());
    return *theme;
}

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

const Theme &everydayTheme()
{
    return paletteIsDark(QGuiApplication::palette()) ? darkTheme() : normalTheme();
}

const Theme &presentationTheme()
{
    static const Theme *theme = new Theme(makePresentationTheme());
    return *theme;
}

} // namespace nhsx
