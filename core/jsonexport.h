#pragma once

#include "dataset.h"

#include <QByteArray>

namespace nhsx {

/** The whole dataset as JSON, in the shape ARCHITECTURE.md fixes ("JSON export"). */
QByteArray exportJson(const Dataset &dataset);

} // namespace nhsx
