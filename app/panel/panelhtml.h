#pragma once

#include "core/citation.h"

#include <QString>

namespace nhsx::panelhtml {

// The panel's own link schemes: a body or relation, a quote in its source, a page, an acronym,
// a citation to copy, an aggregated body to expand or collapse.
extern const QString kLinkScheme;
extern const QString kSourceScheme;
extern const QString kPageScheme;
extern const QString kGlossaryScheme;
extern const QString kCiteScheme;
extern const QString kCiteQuoteScheme;
extern const QString kExpandScheme;
extern const QString kCollapseScheme;

/** Characters that change the direction of the text after them (U+202A-E, U+2066-9). */
bool hasDirectionControls(const QString &text);

/** HTML made from text whose direction marks must stay inside it. */
QString isolated(const QString &text, const QString &html);

/** Dataset text as HTML that shows exactly that text, and whose direction marks stay inside it. */
QString esc(const QString &text);

/** A link target of one of the schemes above, the id percent-encoded. */
QString href(const QString &scheme, const QString &id);

/** A link to a body or relation, its text escaped. */
QString link(const QString &id, const QString &text);

/** A link to one of the panel's pages: "overview", "chronology", "acronyms". */
QString pageLink(const QString &page, const QString &text);

/** "Copy citation" for a body or relation (kCiteScheme) or a quote (kCiteQuoteScheme). */
QString citeLink(const QString &scheme, const QString &id);

/** Both forms on the clipboard at once: editors that read Markdown take it, the rest the text. */
void copyToClipboard(const Citation &citation);

/** The way back to the overview, at the top of a page. */
QString backLink();

/** A section heading of the page, its text escaped. */
QString heading(const QString &text);

/**
 * Text a little quieter than the rest, on light and dark desktops alike: the palette's text
 * colour a third of the way to its background, which keeps well over 4.5:1 on either.
 */
QString mutedColour();

/** HTML in the muted colour. */
QString muted(const QString &html);

/** A status as a label on the fill colour its bodies have in the graph. */
QString statusBadge(const QString &status);

/** The note that marks the project's own summary as such. */
QString editorialNote();

} // namespace nhsx::panelhtml
