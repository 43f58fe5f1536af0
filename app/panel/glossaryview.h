#pragma once

#include "core/dataset.h"

#include <QTableWidget>

namespace nhsx {

/**
 * Every acronym the sources use, one row each: the term, its expansion (or that the sources never
 * spell it out), the source that uses it and the quote it is used in. Shown in View > Glossary.
 */
class GlossaryView final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { TermColumn, ExpansionColumn, SourceColumn, QuoteColumn };

    explicit GlossaryView(const Dataset &dataset, QWidget *parent = nullptr);

    /** Selects the term's row and scrolls to it; false if the glossary has no such term. */
    bool showTerm(const QString &term);
};

} // namespace nhsx
