#include "core/quotematch.h"

#include <gtest/gtest.h>

using nhsx::quoteFoundIn;

namespace {

const QString kText = QStringLiteral(
    "Senates should be only advisory not authorising. They will not have a right of veto for "
    "plans or proposals. Health and Wellbeing Boards will have a \u2018clear right to refer "
    "plans back\u2019 to the group.");

TEST(QuoteMatch, FindsAnExactSubstring)
{
    EXPECT_TRUE(quoteFoundIn(QStringLiteral("only advisory not authorising"), kText));
}

TEST(QuoteMatch, RejectsAChangedWord)
{
    EXPECT_FALSE(quoteFoundIn(QStringLiteral("only advisory and authorising"), kText));
}

TEST(QuoteMatch, RejectsDifferentCase)
{
    EXPECT_FALSE(quoteFoundIn(QStringLiteral("senates should be only advisory"), kText));
}

TEST(QuoteMatch, TreatsStraightAndTypographicQuotationMarksAlike)
{
    EXPECT_TRUE(quoteFoundIn(QStringLiteral("a 'clear right to refer plans back'"), kText));
    EXPECT_TRUE(
        quoteFoundIn(QStringLiteral("a \u2018clear right to refer plans back\u2019"), kText));
}

TEST(QuoteMatch, FindsEachPartOfAnElidedQuoteInOrder)
{
    EXPECT_TRUE(quoteFoundIn(
        QStringLiteral("Senates should be only advisory\u2026 plans or proposals"), kText));
}

TEST(QuoteMatch, RejectsElidedPartsOutOfOrder)
{
    EXPECT_FALSE(quoteFoundIn(QStringLiteral("plans or proposals\u2026 Senates should be"), kText));
}

TEST(QuoteMatch, RejectsAnElidedQuoteWithOneMissingPart)
{
    EXPECT_FALSE(quoteFoundIn(QStringLiteral("Senates should be\u2026 a strict veto"), kText));
}

TEST(QuoteMatch, RejectsAnEmptyQuote)
{
    EXPECT_FALSE(quoteFoundIn(QString(), kText));
    EXPECT_FALSE(quoteFoundIn(QStringLiteral("\u2026"), kText));
}

} // namespace

namespace {

TEST(QuoteMatch, GivesWhereEachPartWasFound)
{
    const QString text = QStringLiteral("Alpha beta gamma. Delta \u2018epsilon\u2019 zeta.");
    const QList<nhsx::TextRange> ranges =
        nhsx::quoteRangesIn(QStringLiteral("beta\u2026 'epsilon'"), text);
    ASSERT_EQ(ranges.size(), 2);
    EXPECT_EQ(text.mid(ranges[0].start, ranges[0].length), QStringLiteral("beta"));
    EXPECT_EQ(text.mid(ranges[1].start, ranges[1].length), QStringLiteral("\u2018epsilon\u2019"));
    EXPECT_TRUE(nhsx::quoteRangesIn(QStringLiteral("omega"), text).isEmpty());
}

} // namespace
