#include "displaydate.h"

#include <QDate>
#include <QLocale>

namespace nhsx {

QString displayDate(const QString &isoDate)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (const QDate day = QDate::fromString(isoDate, Qt::ISODate); day.isValid())
        return english.toString(day, QStringLiteral("d MMMM yyyy"));
    if (const QDate month = QDate::fromString(isoDate, QStringLiteral("yyyy-MM")); month.isValid())
        return english.toString(month, QStringLiteral("MMMM yyyy"));
    return isoDate.isEmpty() ? QStringLiteral("undated") : isoDate;
}

QString displayDate(const QString &isoDate, const QString &dateBasis)
{
    const QString date = displayDate(isoDate);
    if (!isoDate.isEmpty() && dateBasis.startsWith(QLatin1String("inferred")))
        return QStringLiteral("%1 (inferred)").arg(date);
    return date;
}

} // namespace nhsx
