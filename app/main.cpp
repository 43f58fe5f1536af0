#include "app/commandline.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (nhsx::wantsOffscreenPlatform(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (nhsx::lacksADisplay(argc, argv)) {
        std::fputs("nhs-explorer: no display to show the window on (DISPLAY and WAYLAND_DISPLAY "
                   "are not set).\nStart it from a desktop session, or use --screenshot, "
                   "--export or --validate, which need no display.\n",
                   stderr);
        return nhsx::ExitDataError;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nhs-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("NHS Commissioning Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(NHSX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("NHS Commissioning Explorer"));

    const nhsx::ParsedCommandLine parsed = nhsx::parseCommandLine(QApplication::arguments());
    if (!parsed.options)
        return parsed.exitCode;
    return nhsx::runProgram(*parsed.options);
}
