#include "app/commandline.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (nhsx::wantsOffscreenPlatform(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
