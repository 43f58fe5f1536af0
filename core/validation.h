#pragma once

#include "dataset.h"

#include <QList>
#include <QString>

namespace nhsx {

/** One broken rule: which row of which table, and what is wrong with it. */
struct Problem
{
    QString table;
    QString rowId;
    QString message;
    QString toString() const;
};

/**
 * Checks the dataset rules: every quote verbatim in its source, every body with a role, a quote
 * and evidence for its status, every relation with a quote, and every reference resolving.
 */
QList<Problem> validateDataset(const Dataset &dataset);

} // namespace nhsx
