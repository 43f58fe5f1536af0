#include "sourcereference.h"

#include "displaydate.h"

#include <QCoreApplication>

namespace nhsx {

namespace {

/** The words are a citation's: they keep its context in the translation catalogue. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::Citation)
};

} // namespace

QString sourceReference(const Source &source)
{
    QStringList parts{source.outlet, QStringLiteral("\u201c%1\u201d").arg(source.title)};
    if (!source.author.isEmpty())
        parts << Text::tr("by %1").arg(source.author);
    parts << displayDate(source.date, source.dateBasis);
    return parts.join(QStringLiteral(", "));
}

} // namespace nhsx
