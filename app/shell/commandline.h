#pragma once

#include "app/shell/mainwindow.h"
#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/layout.h"
#include "core/viewstate.h"

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
    QString screenshotFile;
    QString exportFile;
    QSize size{1280, 800};
    bool validate = false;
    QString where; // no window: print where the matching practices and CCGs sit
    // The view to start with, as the controls would set it: one state, shown at once. A tour's
    // step is resolved against the dataset (startState).
    ViewState view;
    bool engineChosen = false; // --layout: else the engine used last (or dot)
    bool tables = false;
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

/**
 * What the window's first load reads: the layers read at start for the national picture; for a
 * layer on demand shown aggregated and nothing more asked of it, an outline, which is all its
 * first frame needs (the window reads the rest once shown); else every layer. Only the bundled
 * dataset is read in outline, since its tests check that the outline draws what the whole would.
 */
LayerChoice layersFor(const Options &options);

/**
 * The view state the options name in this dataset: as given, or a tour's step (its date, focus,
 * highlight and selection, as the Tours menu shows it).
 */
ViewState startState(const Options &options, const Dataset &dataset);

/**
 * How the command line starts the window for the options: their view state, at their size, as
 * a person left it last time unless for a screenshot or an export.
 */
MainWindow::Start startFor(const Options &options, const Dataset &dataset);

/**
 * Shows the options' view in the window in one step, as the command line does at start (the
 * window's engine kept unless --layout was given), and the tables if asked for.
 */
void applyViewOptions(MainWindow &window, const Options &options);

/** Runs the program as the options say; needs a QApplication. Returns the exit code. */
int runProgram(const Options &options);

/** True when QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY is set. */
bool displayOrPlatformChosen();

/** True unless the options ask for --screenshot, --export or --validate, which need no screen. */
bool needsAWindow(const Options &options);

} // namespace nhsx
