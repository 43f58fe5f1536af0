#pragma once

#include "core/dataset.h"

#include <QTextBrowser>

namespace nhsx {

/**
 * The side panel: what the selected body or relation is, its status with the evidence, the
 * project's summaries (marked as such), the positions the sources take on it side by side, and
 * the quotes grouped by source, each cited and linked to its place in the source. Dataset text is
 * escaped, so it always shows as plain text.
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
    /** Refuses every resource, so no file or address named in the text is ever read. */
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    /** A link to a body or relation in the panel was followed. */
    void idActivated(const QString &id);
    /** "Show in source" was followed for this quote. */
    void sourceRequested(const QString &quoteId);

private:
    /** Follows a link to one of the pages: "overview", "chronology", "acronyms". */
    void showPage(const QString &page);
    QString speakerLine(const Quote &quote) const;
    /** A quote with its speaker, and its source unless a heading above already names it. */
    QString quoteBlock(const Quote &quote, bool citeSource) const;
    QString quotesBySource(const QList<const Quote *> &quotes) const;
    QString positionsTable(const QString &aboutId) const;
    QString relationLine(const Relation &relation) const;
    QString bodyLink(const QString &id) const;

    const Dataset &mDataset;
};

/** A dataset date for people: "2011-06-20" -> "20 June 2011", "2011-09" -> "September 2011". */
QString displayDate(const QString &isoDate);
/** The date and, when it is not stated in the source, how it is known: "13 June 2011 (inferred)".
 */
QString displayDate(const QString &isoDate, const QString &dateBasis);

} // namespace nhsx
