#pragma once

#include "core/dataset.h"

#include <QTextBrowser>

namespace nhsx {

/**
 * The side panel: what the selected body or relation is, its status with the evidence, the
 * project's summary (marked as such) and the quotes, each cited. Dataset text is escaped, so it
 * always shows as plain text.
 */
class DetailsPanel final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPanel(const Dataset &dataset, QWidget *parent = nullptr);

    void showOverview();
    void showBody(const QString &id);
    void showRelation(const QString &id);

signals:
    /** A link to a body or relation in the panel was followed. */
    void idActivated(const QString &id);

private:
    QString citation(const Quote &quote) const;
    QString quoteBlock(const Quote &quote) const;
    QString relationLine(const Relation &relation) const;
    QString bodyLink(const QString &id) const;

    const Dataset &mDataset;
};

/** A dataset date for people: "2011-06-20" -> "20 June 2011", "2011-09" -> "September 2011". */
QString displayDate(const QString &isoDate);

} // namespace nhsx
