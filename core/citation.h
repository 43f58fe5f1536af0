#pragma once

#include "core/dataset.h"
#include "core/sourcereference.h"

namespace nhsx {

/**
 * A citation in the two forms a journalist pastes: plain text, and Markdown in which the
 * dataset's text shows exactly as written (its metacharacters escaped, quotes as block quotes).
 */
struct Citation
{
    QString plainText, markdown;
};

/**
 * Who says a quote: a person with their post and organisation ("Dr A Smith, chair, NHS Alliance",
 * the organisation left out when the post names it), the body that speaks, or, when the article
 * speaks in its own words, its author or outlet marked "(narration)".
 */
QString quoteSpeaker(const Dataset &dataset, const Quote &quote);

/** The quote verbatim in quotation marks, with its speaker, outlet, title, author and date. */
Citation citeQuote(const Dataset &dataset, const Quote &quote);
/**
 * The body's name and status, and each quote given as evidence for the status, cited; a body
 * built from a data file's row, with its kind and codes, cites that file and line.
 */
Citation citeBody(const Dataset &dataset, const Body &body);
/** "From — type — To", the status, and each quote about the relation (or its data row), cited. */
Citation citeRelation(const Dataset &dataset, const Relation &relation);

/** Text that Markdown shows as written: emphasis, links, HTML, headings and lists escaped. */
QString markdownEscaped(const QString &text);

} // namespace nhsx
