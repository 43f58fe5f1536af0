#include "core/acronyms.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

const QList<GlossaryEntry> kGlossary{{"CCG", "clinical commissioning group", "s", "q"},
                                     {"NHS", "", "s", "q"},
                                     {"NHS CB", "NHS Commissioning Board", "s", "q"},
                                     {"<b>X</b>", "markup", "s", "q"}};

/** The matched text of each match, in order. */
QStringList matchedText(const QString &text)
{
    QStringList found;
    for (const AcronymMatch &match : findAcronyms(text, kGlossary))
        found << text.mid(match.start, match.length) + u'=' + match.entry->term;
    return found;
}

TEST(Acronyms, FindsWholeWordsAndTheirPlurals)
{
    EXPECT_EQ(matchedText(QStringLiteral("CCGs and a CCG, (CCG) CCG.")),
              QStringList({"CCGs=CCG", "CCG=CCG", "CCG=CCG", "CCG=CCG"}));
}

TEST(Acronyms, IgnoresTermsInsideWordsAndInAnotherCase)
{
    EXPECT_TRUE(matchedText(QStringLiteral("CCGX XCCG ccg CCGsx 2CCG")).isEmpty());
}

TEST(Acronyms, TheLongerTermWinsWhereTwoStartTogether)
{
    EXPECT_EQ(matchedText(QStringLiteral("The NHS CB and the NHS")),
              QStringList({"NHS CB=NHS CB", "NHS=NHS"}));
}

TEST(Acronyms, FindsTermsThatAreNotWords)
{
    EXPECT_EQ(matchedText(QStringLiteral("a<b>X</b>b")), QStringList({"<b>X</b>=<b>X</b>"}));
}

TEST(Acronyms, NotesTheExpansionOrSaysTheSourcesNeverGiveIt)
{
    EXPECT_EQ(acronymNote(kGlossary[0]), QStringLiteral("CCG: clinical commissioning group"));
    EXPECT_EQ(acronymNote(kGlossary[1]), QStringLiteral("NHS: not spelled out in the sources"));
    EXPECT_EQ(acronymNotes(QStringLiteral("NHS and CCGs and NHS"), kGlossary),
              QStringList({acronymNote(kGlossary[1]), acronymNote(kGlossary[0])}));
}

} // namespace
