#pragma once

#include "core/layout.h"

#include <QDataStream>
#include <optional>

namespace nhsx {

/**
 * Layout requests and results as bytes: for the layout cache's files and for the layout helper
 * process. The caller sets the stream's version. Reading stops at the first count larger than
 * what is left, so damaged bytes cannot ask for gigabytes.
 */
void writeRequest(QDataStream &out, const LayoutRequest &request);
std::optional<LayoutRequest> readRequest(QDataStream &in);
/** A result without its error: only a result that is ok() is written. */
void writeResult(QDataStream &out, const LayoutResult &result);
/** A result read back; nullopt when the bytes left are not exactly a whole result. */
std::optional<LayoutResult> readResult(QDataStream &in);

} // namespace nhsx
