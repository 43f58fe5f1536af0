#include "app/shell/identity.h"

#include <QGuiApplication>

namespace nhsx {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("nhs-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NHSX_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("NHS Commissioning Explorer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("nhsx.org"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.nhsx.NhsExplorer"));
}

} // namespace nhsx
