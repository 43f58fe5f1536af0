#pragma once

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

/** Runs the program as the options say; needs a QApplication. Returns the exit code. */
int runProgram(const Options &options);

/**
 * True when these arguments ask for no window (--export, --validate, --screenshot, --help,
 * --version) and there is no display and no platform chosen: then offscreen is the one that works.
 */
bool wantsOffscreenPlatform(int argc, char *argv[]);

/**
 * True when a window is asked for but there is no display and no platform chosen: Qt would abort
 * with a core dump, so main() says what to do instead.
 */
bool lacksADisplay(int argc, char *argv[]);

} // namespace nhsx
