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

QList<TextRange> quoteRangesIn(const QString &quote, const QString &text)
{
    // Folding maps one character to one, so positions in the folded text are positions in text.
    const QString haystack = foldQuotationMarks(text);
    const QStringList parts = foldQuotationMarks(quote).split(kEllipsis);
    QList<TextRange> ranges;
    qsizetype from = 0;
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype at = haystack.indexOf(part, from);
        if (at < 0)
            return {};
        ranges.append({at, part.size()});
        from = at + part.size();
    }
    return ranges;
}

bool quoteFoundIn(const QString &quote, const QString &text)
{
    return !quoteRangesIn(quote, text).isEmpty();
}

} // namespace nhsx
