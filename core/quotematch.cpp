#include "quotematch.h"

#include <QStringList>

namespace nhsx {

namespace {

QString foldQuotationMarks(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x2018: // ‘
        case 0x2019: // ’
            c = QLatin1Char('\'');
            break;
        case 0x201C: // “
        case 0x201D: // ”
            c = QLatin1Char('"');
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace

bool quoteFoundIn(const QString &quote, const QString &text)
{
    const QString haystack = foldQuotationMarks(text);
    const QStringList parts = foldQuotationMarks(quote).split(kEllipsis);
    qsizetype from = 0;
    bool foundAny = false;
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype at = haystack.indexOf(part, from);
        if (at < 0)
            return false;
        from = at + part.size();
        foundAny = true;
    }
    return foundAny;
}

} // namespace nhsx
