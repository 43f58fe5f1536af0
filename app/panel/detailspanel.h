#pragma once

#include "core/aggregation.h"
#include "core/dataset.h"
#include "core/displaydate.h"

#include <QSet>
#include <QTextBrowser>

namespace nhsx {

/**
 * The side panel: what the selected body or relation is, its status with the evidence, the
 * project's summaries (marked as such), the positions the sources take on it side by side, and
 * the quotes grouped by source, each cited, linked to its place in the source and offered as a
 * citation to copy. Acronyms explain themselves when hovered. Dataset text is escaped, so it
 * always shows as plain text.
 */
class DetailsPanel final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPanel(const Dataset &dataset, QWidget *parent = nullptr);
    /** It keeps a reference to the dataset: a temporary would not live long enough. */
    DetailsPanel(const Dataset &&dataset, QWidget *parent = nullptr) = delete;

    /** What the program is, the counts, the sources, and links to the two pages below. */
    void showOverview();
    /** Every dated event, oldest first, with how each date is known. */
    void showChronology();
    /** Every acronym the sources use, with its expansion where a source gives it. */
    void showAcronyms();
    void showBody(const QString &id);
    void showRelation(const QString &id);
    /**
     * Puts the citation of a body or relation on the clipboard, as plain text and Markdown;
     * false if there is none of this id.
     */
    bool copyCitation(const QString &id);
    bool copyQuoteCitation(const QString &quoteId);
    /** What hovering an acronym shows: its expansion, as text; empty for an unknown term. */
    QString glossaryToolTip(const QString &term) const;
    /**
     * The timeline's date (empty: none). The project's summaries are written from every source,
     * so a dated view says so beside them.
     */
    void setAsAt(const QString &date) { mAsAt = date; }
    /**
     * Whether the graph is aggregated, and which bodies are expanded: a collapsible body's page
     * then offers to expand or collapse it. Shown from the next page.
     */
    void setAggregation(bool aggregated, const QSet<QString> &expanded);
    /** Refuses every resource, so no file or address named in the text is ever read. */
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    /** A link to a body or relation in the panel was followed. */
    void idActivated(const QString &id);
    /** "Show in source" was followed for this quote. */
    void sourceRequested(const QString &quoteId);
    /** An acronym in the text was followed. */
    void glossaryRequested(const QString &term);
    /** A citation of this (a name, or "a quote") was put on the clipboard. */
    void citationCopied(const QString &what);
    /** The overview's "Where does my practice sit?" was followed. */
    void whereRequested();
    /** The link to expand (or collapse) an aggregated body was followed. */
    void expansionRequested(const QString &id, bool expand);

private:
    /** Follows a link to a page ("overview", "chronology", "acronyms") or to "where". */
    void showPage(const QString &page);
    /** Shows the HTML, with the acronyms in it drawn as text with a dotted underline. */
    void setPage(const QString &html);
    /** Dataset text as HTML that shows exactly that text, with acronyms linked to the glossary. */
    QString prose(const QString &text) const;
    QString glossarySource(const GlossaryEntry &entry) const;
    QString speakerLine(const Quote &quote) const;
    /** A quote with its speaker, and its source unless a heading above already names it. */
    QString quoteBlock(const Quote &quote, bool citeSource) const;
    QString quotesBySource(const QList<const Quote *> &quotes) const;
    QString positionsTable(const QString &aboutId) const;
    QString positionRow(const Position &position) const;
    QString relationLine(const Relation &relation) const;
    QString bodyLink(const QString &id) const;
    /**
     * A body's relations of one type, one way round, with the bodies of another layer: one
     * paragraph of names, each a link to its relation.
     */
    QString otherLayerRelations(const QString &id, const QList<const Relation *> &relations) const;

    QString datedSummaryNote() const;
    /**
     * A body built from a data file's row: its codes, where it sits (each level a link), what
     * stands under it, the row it comes from and what its layer's files cannot say.
     */
    void showDataRowBody(const Body &body);
    /** The link that expands or collapses an aggregated body, or empty when it is neither. */
    QString expansionLink(const QString &id, const QList<MemberCount> &counts,
                          bool collapsible) const;

    const Dataset &mDataset;
    QString mAsAt;
    bool mAggregated = false;
    QSet<QString> mExpanded;
};

} // namespace nhsx
