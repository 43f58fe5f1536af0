#pragma once

#include <QList>
#include <QString>

namespace nhsx {

/** The character that marks an elision inside a quote. */
inline constexpr QChar kEllipsis = QChar(0x2026);

/**
 * True when the quote is a verbatim substring of the text. Typographic and straight quotation
 * marks count as the same character; an elision written as … splits the quote into parts that
 * must each be found, in order.
 */
bool quoteFoundIn(const QString &quote, const QString &text);

/** Where a quote's text lies in the text. */
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/** Where each part of the quote was found, in order; empty when it is not found whole. */
QList<TextRange> quoteRangesIn(const QString &quote, const QString &text);

} // namespace nhsx
