#pragma once

#include "dataset.h"

#include <QString>
#include <QStringList>

namespace nhsx {

/**
 * Whether a dataset date is known to have passed by asAt: a month or a year counts as its last
 * day, so "2011-06" is on or before "2011-06-30" but not "2011-06-20". Undated (or unreadable) is
 * never.
 */
bool onOrBefore(const QString &date, const QString &asAt);

/**
 * The dates the timeline can stand at, oldest first: every date on which a source, a position
 * or a status change says something. An empty asAt (every source, dated or not) comes after them.
 */
QStringList timelineDates(const Dataset &dataset);

/**
 * What the sources had said by a date: the bodies, relations, quotes, positions, events and
 * status changes known by then, and each body's and relation's status as it then stood (from its
 * status history), with that change's quote as the evidence. A quote counts from its source's
 * date, or from the date of a position or status change that cites it (a later source may report
 * what was said earlier). A body counts once a known quote, position or status change is about
 * it, or a known relation has it at either end. Undated things count only with an empty date,
 * which returns the dataset as it is.
 */
Dataset datasetAsAt(const Dataset &dataset, const QString &asAt);

} // namespace nhsx
