#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QString>

namespace nhsx {

/** WCAG 2's relative luminance of a colour (its alpha ignored): 0 for black, 1 for white. */
qreal relativeLuminance(const QColor &colour);
/** WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black and white). */
qreal contrastRatio(const QColor &a, const QColor &b);
/** A translucent colour as it shows over an opaque one. */
QColor composited(const QColor &over, const QColor &under);

/**
 * How the graph and what frames it are drawn: colours, fonts and line widths. Lengths are in
 * scene units (pixels at zoom 1, Graphviz points at 72 dpi). The items, the label sizes given to
 * the layout, the view, the legend and the presentation caption all take theirs from one theme.
 */
struct Theme
{
    QColor background;
    QColor ink;                         // body outlines and text, relation lines, legend text
    QHash<QString, QColor> bodyFills;   // by body status
    QColor otherFill;                   // a status the theme does not know
    QColor historicalInk;               // relations that no longer hold, line and label
    QColor labelBacking;                // behind a relation's label, over the lines
    QColor selection, match;            // outlines and lines of the selected item and of matches
    QColor selectionText, matchText;    // the label of a selected or matched relation
    QColor legendText, legendMutedText; // muted: entries whose items are hidden; invalid: the
                                        // palette's, on the palette's background
    QColor noteText, noteBackground;    // the note above the graph that a filter or focus is on
    QFont bodyName, bodyStatus, edgeLabel;
    QFont legend; // a default QFont: the widget's own
    qreal maxNameWidth = 190, maxLabelWidth = 110, padding = 10, labelPadding = 3;
    qreal bodyOutline = 1.5, selectionOutline = 4, matchOutline = 6;
    qreal edgeWidth = 1.8, strongEdgeWidth = 3.5, legendLineWidth = 2;
    /**
     * How opaque an item not matching a search or a tour step is drawn. Presenting, text must
     * still read at 7:1, so nothing fades.
     */
    qreal dimmedOpacity = 0.2;
    /** Body text is never shown smaller than this many pixels tall; 0: it follows the zoom. */
    qreal minimumTextPixels = 0;
    /** The strip under the graph in presentation mode: the selection's name, status, a quote. */
    QColor captionBackground, captionText, captionMutedText;
    QFont captionTitle, captionBody, captionCitation;

    QColor fill(const QString &bodyStatus) const;
    /** A relation's line and arrow, and its label's text, as selected or matched or neither. */
    QColor relationLine(const QString &status, bool selected, bool matched) const;
    QColor relationText(const QString &status, bool selected, bool matched) const;
    /** The smallest zoom at which body names and statuses are minimumTextPixels tall, or 0. */
    qreal minimumScale() const;
};

/** The everyday look on a light desktop. */
const Theme &normalTheme();
/** The everyday look on a dark desktop: every text at least 4.5:1, as the light one. */
const Theme &darkTheme();
/** Whether a palette is a dark desktop's (its window colour is dark). */
bool paletteIsDark(const QPalette &palette);
/** The everyday theme for the application's palette: dark or light, as the desktop is. */
const Theme &everydayTheme();
/**
 * For a projector: every text at least 7:1 against what is behind it, thick lines, large
 * selection marks, large text that the view never lets shrink below 24 pixels.
 */
const Theme &presentationTheme();

} // namespace nhsx
