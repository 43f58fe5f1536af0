#pragma once

#include "layout.h"

namespace nhsx {

/**
 * Layout by Graphviz, in-process, with the request's engine (dot unless asked otherwise).
 * Graphviz is not thread-safe, so every call takes one process-wide lock: layouts run one at a
 * time. Nothing of Graphviz leaks out of the .cpp.
 */
class GraphvizLayout final : public Layout
{
public:
    LayoutResult compute(const LayoutRequest &request) const override;
    /**
     * The graph exactly as it is given to Graphviz, in the dot language (written by cgraph), with
     * the engine as its layout attribute.
     */
    QString toDot(const LayoutRequest &request) const;
    /** "graphviz " and the version this program was built against. */
    static QByteArray version();
};

} // namespace nhsx
