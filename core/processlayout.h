#pragma once

#include "core/layout.h"

#include <QString>

namespace nhsx {

/**
 * A layout run in a helper process (nhs-explorer-layout, which runs GraphvizLayout), so that it
 * can be stopped: Graphviz has no way to stop a layout under way, and a large one takes tens of
 * seconds. computeUntil() kills the helper once its stop is asked for. Requests of fewer than
 * minNodes nodes are laid out in this process by the other layout, where they take milliseconds,
 * less than starting a process; so is every request when the helper is missing or cannot start,
 * and then it cannot be stopped.
 */
class ProcessLayout final : public Layout
{
public:
    ProcessLayout(const Layout &inProcess, QString helper, qsizetype minNodes);

    LayoutResult compute(const LayoutRequest &request) const override;
    LayoutResult computeUntil(const LayoutRequest &request,
                              const std::function<bool()> &stopRequested) const override;

    /** The error of a layout stopped on request. */
    static QString cancelledError();
    /** The helper for a program in this directory: beside it, or where the package puts it. */
    static QString helperFor(const QString &programDirectory);

private:
    const Layout &mInProcess;
    QString mHelper;
    qsizetype mMinNodes;
};

/**
 * The helper's side: reads a request from standard input, lays it out with GraphvizLayout and
 * writes the result to standard output; returns the exit code.
 */
int runLayoutHelper();

} // namespace nhsx
