#include "app/shell/commandline.h"
#include "app/shell/identity.h"
#include "app/shell/translations.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

int main(int argc, char *argv[])
{
    nhsx::setApplicationIdentity();

    // Parsed before QApplication exists: usage errors, --help and --version need no display,
    // and whether a window is wanted decides which platform Qt may start with.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const nhsx::ParsedCommandLine parsed = nhsx::parseCommandLine(arguments);
    if (!parsed.options)
        return parsed.exitCode;

    if (!nhsx::displayOrPlatformChosen()) {
        if (nhsx::needsAWindow(*parsed.options)) {
            std::fputs("nhs-explorer: no display to show the window on (DISPLAY and "
                       "WAYLAND_DISPLAY are not set).\nStart it from a desktop session, or use "
                       "--screenshot, --export or --validate, which need no display.\n",
                       stderr);
            return nhsx::ExitDataError;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTranslator translator;
    if (nhsx::loadTranslation(translator, QLocale()))
        QApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(QStringLiteral("NHS Commissioning Explorer"));
    return nhsx::runProgram(*parsed.options);
}
