#pragma once

#include <QString>

namespace nhsx {

/** A dataset date for people: "2011-06-20" -> "20 June 2011", "2011-09" -> "September 2011". */
QString displayDate(const QString &isoDate);
/** The date and, when it is not stated in the source, how it is known: "13 June 2011 (inferred)".
 */
QString displayDate(const QString &isoDate, const QString &dateBasis);

} // namespace nhsx
