#pragma once

#include "core/placement.h"

#include <QCoreApplication>
#include <QStringList>

namespace nhsx {

/** Translation context of the "where does it sit?" text. */
class WhereText
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::WhereText)
};

/**
 * Where a practice or CCG sits, as plain lines for --where and the Where dialog: the match, each
 * link of its chain up to the Board, the 2011 layer's ways of advising a CCG or referring its
 * plans back with a quote and its citation each, and the file and line of every row used.
 */
QStringList whereLines(const Dataset &dataset, const Placement &placement);

} // namespace nhsx
