#include "displaydate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace nhsx {

namespace {

/** The context of the words of a date in the translation catalogue. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::DisplayDate)
};

} // namespace

QString displayDate(const QString &isoDate)
{
    //: The locale (language_COUNTRY) whose month names dates are written with: the catalogue's.
    const QLocale locale(Text::tr("en_GB"));
    if (const QDate day = QDate::fromString(isoDate, Qt::ISODate); day.isValid()) {
        //: A day's date, in QDate::toString()'s format: "20 June 2011".
        return locale.toString(day, Text::tr("d MMMM yyyy"));
    }
    if (const QDate month = QDate::fromString(isoDate, QStringLiteral("yyyy-MM"));
        month.isValid()) {
        //: A month, in QDate::toString()'s format: "September 2011".
        return locale.toString(month, Text::tr("MMMM yyyy"));
    }
    return isoDate.isEmpty() ? Text::tr("undated") : isoDate;
}

QString displayDate(const QString &isoDate, const QString &dateBasis)
{
    const QString date = displayDate(isoDate);
    if (!isoDate.isEmpty() && dateBasis.startsWith(QLatin1String("inferred")))
        return Text::tr("%1 (inferred)").arg(date);
    return date;
}

} // namespace nhsx
