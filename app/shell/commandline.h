#pragma once

#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/layout.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace nhsx {

/** Exit codes of the command-line contract (ARCHITECTURE.md). */
enum ExitCode { ExitOk = 0, ExitDataError = 1, ExitUsageError = 2 };

struct Options
{
    QString dataFile; // empty: the bundled dataset
    QString selectId;
    QString screenshotFile;
    QString exportFile;
    QSize size{1280, 800};
    bool validate = false;
    QString where; // no window: print where the matching practices and CCGs sit
    // The view to start with, as the Find field, legend and Focus controls would set it.
    QString search;
    GraphQuery query;
    bool tables = false;
    bool presentation = false;          // full screen unless for a screenshot, which keeps its size
    std::optional<LayoutEngine> engine; // none: as last time (or dot)
    QString tour;                       // a guided tour to start, at tourStep (from 1)
    int tourStep = 1;
};

/** Either options to run with, or an exit code: --help/--version were answered, or a usage error.
 */
struct ParsedCommandLine
{
    std::optional<Options> options;
    int exitCode = ExitOk;
};

/** Parses the arguments (argv[0] first). Prints help, version and usage errors itself. */
ParsedCommandLine parseCommandLine(const QStringList &arguments);

class MainWindow;

/**
 * What the window's first load reads: the layers read at start for the national picture; for a
 * layer on demand shown aggregated and nothing more asked of it, an outline, which is all its
 * first frame needs (the window reads the rest once shown); else every layer. Only the bundled
 * dataset is read in outline, since its tests check that the outline draws what the whole would.
 */
LayerChoice layersFor(const Options &options);

/** Sets up the window's view (filters, focus, selection, search) as the options name it. */
void applyViewOptions(MainWindow &window, const Options &options);

/** Runs the program as the options say; needs a QApplication. Returns the exit code. */
int runProgram(const Options &options);

/** True when QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY is set. */
bool displayOrPlatformChosen();

/** True unless the options ask for --screenshot, --export or --validate, which need no screen. */
bool needsAWindow(const Options &options);

} // namespace nhsx
