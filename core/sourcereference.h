#pragma once

#include "core/dataset.h"

#include <QString>

namespace nhsx {

/** The source as cited: outlet, title in quotation marks, author, and the date as shown. */
QString sourceReference(const Source &source);

} // namespace nhsx
