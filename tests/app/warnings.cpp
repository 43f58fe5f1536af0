#include "warnings.h"

namespace nhsx::test {

namespace {

QStringList gWarnings;
QtMessageHandler gPrevious = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        !message.startsWith(QLatin1String("This plugin does not support ")))
        gWarnings.append(message);
    gPrevious(type, context, message);
}

} // namespace

WarningCollector::WarningCollector() : mPrevious(qInstallMessageHandler(collect))
{
    gPrevious = mPrevious;
    gWarnings.clear();
}

WarningCollector::~WarningCollector()
{
    qInstallMessageHandler(mPrevious);
}

const QStringList &WarningCollector::warnings() const
{
    return gWarnings;
}

void WarningCollector::clear()
{
    gWarnings.clear();
}

} // namespace nhsx::test
