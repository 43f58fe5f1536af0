#pragma once

#include "core/layout.h"

#include <QString>
#include <atomic>

namespace nhsx {

/**
 * A layout run in a helper process (nhs-explorer-layout, which runs GraphvizLayout), so that it
 * can be stopped: Graphviz has no way to stop a layout under way, and a large one takes tens of
 * seconds. cancel() kills the helpers under way. Requests of fewer than minNodes nodes, and every
 * request when the helper is missing, are laid out in this process by the other layout: there
 * they take milliseconds, less than starting a process.
 */
class ProcessLayout final : public Layout
{
public:
    ProcessLayout(const Layout &inProcess, QString helper, qsizetype minNodes);

    LayoutResult compute(const LayoutRequest &request) const override;
    void cancel() const override;

    /** The error of a layout that cancel() stopped. */
    static QString cancelledError();
    /** The helper for a program in this directory: beside it, or where the package puts it. */
    static QString helperFor(const QString &programDirectory);

private:
    const Layout &mInProcess;
    QString mHelper;
    qsizetype mMinNodes;
    mutable std::atomic<quint64> mCancels = 0;
};

/**
 * The helper's side: reads a request from standard input, lays it out with GraphvizLayout and
 * writes the result to standard output; returns the exit code.
 */
int runLayoutHelper();

} // namespace nhsx
