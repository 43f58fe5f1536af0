#include "core/citation.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/** Names, titles and quotes full of Markdown's metacharacters; one source dated, one not. */
Dataset citedDataset()
{
    DatasetContent content;
    content.sources = {
        {"release", "Senates *not* [final]", "Pulse_Today", "", "2011-06-20", "stated: dated",
         "r.txt", ""},
        {"letter", "The `letter`", "Health <Journal>", "Jane Doe", "2011-09-15",
         "inferred: published that day", "l.txt", ""},
        {"answer", "An answer", "Pulse", "Sam # Smith", "", "not stated: no date", "a.txt", ""}};
    content.bodies = {{"alliance", "NHS *Alliance*", "", "membership", "non-statutory", "", {}},
                      {"senates",
                       "Clinical senates",
                       "CS",
                       "network",
                       "advisory",
                       "",
                       {"q-person", "q-narration"}},
                      {"ccgs", "CCGs_", "", "commissioner", "statutory", "", {}}};
    content.people = {{"smith", "Dr A <Smith>", "chair", "alliance"},
                      {"jones", "B Jones", "head of NHS *Alliance* policy", "alliance"}};
    content.relations = {{"advises", "senates", "ccgs", "advises", "advisory", ""},
                         {"unquoted", "ccgs", "senates", "ignores", "proposed", ""}};
    content.quotes = {
        {"q-person", "release", "smith", "", "We **must** listen & act_now", {"senates"}, {}},
        {"q-body", "letter", "", "alliance", "Senates [will] not veto", {}, {"advises"}},
        {"q-narration", "answer", "", "", "- no veto\n1. advisory", {"senates"}, {"advises"}},
        {"q-jones", "release", "jones", "", "Yes", {}, {}}};
    return Dataset(content);
}

TEST(Citation, APersonsQuoteNamesSpeakerPostOrganisationOutletTitleAndDate)
{
    const Dataset dataset = citedDataset();
    const Citation citation = citeQuote(dataset, *dataset.quote("q-person"));
    EXPECT_EQ(
        citation.plainText,
        QStringLiteral("“We **must** listen & act_now”\n— Dr A <Smith>, chair, NHS *Alliance*; "
                       "Pulse_Today, “Senates *not* [final]”, 20 June 2011"));
}

TEST(Citation, LeavesOutTheOrganisationWhenThePostNamesIt)
{
    const Dataset dataset = citedDataset();
    EXPECT_EQ(quoteSpeaker(dataset, *dataset.quote("q-jones")),
              QStringLiteral("B Jones, head of NHS *Alliance* policy"));
}

TEST(Citation, MarkdownEscapesTheDatasetsTextAndQuotesAsABlockQuote)
{
    const Dataset dataset = citedDataset();
    const Citation citation = citeQuote(dataset, *dataset.quote("q-person"));
    EXPECT_EQ(citation.markdown,
              QStringLiteral("> “We \\*\\*must\\*\\* listen \\& act\\_now”\n>\n"
                             "> — Dr A \\<Smith\\>, chair, NHS \\*Alliance\\*; Pulse\\_Today, "
                             "“Senates \\*not\\* \\[final\\]”, 20 June 2011"));
}

TEST(Citation, ABodySpeaksWhenNoPersonDoesAndAnInferredDateSaysSo)
{
    const Dataset dataset = citedDataset();
    const Citation citation = citeQuote(dataset, *dataset.quote("q-body"));
    EXPECT_EQ(citation.plainText,
              QStringLiteral("“Senates [will] not veto”\n— NHS *Alliance*; Health <Journal>, "
                             "“The `letter`”, by Jane Doe, 15 September 2011 (inferred)"));
    EXPECT_EQ(citation.markdown,
              QStringLiteral("> “Senates \\[will\\] not veto”\n>\n> — NHS \\*Alliance\\*; Health "
                             "\\<Journal\\>, “The \\`letter\\`”, by Jane Doe, 15 September 2011 "
                             "(inferred)"));
}

TEST(Citation, NarrationIsTheAuthorsAndAnUndatedSourceIsCitedAsUndated)
{
    const Dataset dataset = citedDataset();
    const Citation citation = citeQuote(dataset, *dataset.quote("q-narration"));
    EXPECT_EQ(citation.plainText,
              QStringLiteral("“- no veto\n1. advisory”\n— Sam # Smith (narration); Pulse, "
                             "“An answer”, by Sam # Smith, undated"));
    // Every line of a quote stays in the block quote, and no line turns into a list.
    EXPECT_EQ(citation.markdown,
              QStringLiteral("> “\\- no veto\n> 1\\. advisory”\n>\n> — Sam \\# Smith (narration); "
                             "Pulse, “An answer”, by Sam \\# Smith, undated"));
}

TEST(Citation, ABodyIsCitedWithItsStatusAndEachQuoteOfEvidence)
{
    const Dataset dataset = citedDataset();
    const Body &senates = *dataset.body("senates");
    const Citation citation = citeBody(dataset, senates);
    const Citation person = citeQuote(dataset, *dataset.quote("q-person"));
    const Citation narration = citeQuote(dataset, *dataset.quote("q-narration"));
    EXPECT_EQ(citation.plainText, QStringLiteral("Clinical senates (CS): advisory\nEvidence for "
                                                 "the status:\n\n") +
                                      person.plainText + QStringLiteral("\n\n") +
                                      narration.plainText);
    EXPECT_EQ(
        citation.markdown,
        QStringLiteral("**Clinical senates (CS)**: advisory\n\nEvidence for the status:\n\n") +
            person.markdown + QStringLiteral("\n\n") + narration.markdown);
}

TEST(Citation, ABodyWithoutEvidenceSaysSo)
{
    const Dataset dataset = citedDataset();
    const Citation citation = citeBody(dataset, *dataset.body("ccgs"));
    EXPECT_TRUE(citation.plainText.startsWith(QStringLiteral("CCGs_: statutory\n")));
    EXPECT_TRUE(citation.markdown.startsWith(QStringLiteral("**CCGs\\_**: statutory\n")));
    EXPECT_TRUE(citation.plainText.contains(QStringLiteral("No quote")));
    EXPECT_FALSE(citation.plainText.contains(u'“'));
}

TEST(Citation, ARelationIsCitedFromTypeToWithItsStatusAndQuotes)
{
    const Dataset dataset = citedDataset();
    const Citation citation = citeRelation(dataset, *dataset.relation("advises"));
    const Citation body = citeQuote(dataset, *dataset.quote("q-body"));
    const Citation narration = citeQuote(dataset, *dataset.quote("q-narration"));
    EXPECT_EQ(citation.plainText,
              QStringLiteral("Clinical senates — advises — CCGs_: advisory\nQuotes about it:\n\n") +
                  body.plainText + QStringLiteral("\n\n") + narration.plainText);
    EXPECT_EQ(citation.markdown,
              QStringLiteral("**Clinical senates — advises — CCGs\\_**: advisory\n\nQuotes about "
                             "it:\n\n") +
                  body.markdown + QStringLiteral("\n\n") + narration.markdown);
    EXPECT_TRUE(citeRelation(dataset, *dataset.relation("unquoted"))
                    .plainText.contains(QStringLiteral("No quote")));
}

TEST(Citation, ABodyOrRelationOfADataFileCitesItsFileAndLine)
{
    DatasetContent content;
    content.sources = {{"practices", "GP practices", "NHS *ODS*", "", "2015-10",
                        "inferred: the file's newest opening date", "epraccur.csv", "", "data"}};
    Body practice{"p1", "THE *SURGERY*", "", "GP practice", "unstated", "A practice.", {}};
    practice.layer = "england-2013";
    practice.code = "A81001";
    practice.postcode = "TS18 1HU";
    practice.row = {"practices", 7};
    Body ccg{"c1", "NHS Somewhere", "", "clinical commissioning group", "unstated", "", {}};
    ccg.layer = "england-2013";
    ccg.row = {"practices", 9};
    content.bodies = {practice, ccg};
    Relation member{"m1", "p1", "c1", "is a member of", "unstated", ""};
    member.row = {"practices", 7};
    content.relations = {member};
    const Dataset dataset(content);

    const Citation body = citeBody(dataset, *dataset.body("p1"));
    EXPECT_EQ(
        body.plainText,
        QStringLiteral("THE *SURGERY* (GP practice A81001 TS18 1HU): unstated\nFrom "
                       "epraccur.csv line 7 (NHS *ODS*, “GP practices”, October 2015 (inferred))"));
    EXPECT_EQ(body.markdown,
              QStringLiteral(
                  "**THE \\*SURGERY\\* (GP practice A81001 TS18 1HU)**: unstated\n\nFrom "
                  "epraccur.csv line 7 (NHS \\*ODS\\*, “GP practices”, October 2015 (inferred))"));
    EXPECT_FALSE(body.plainText.contains(QStringLiteral("No quote")));
    EXPECT_EQ(
        citeBody(dataset, *dataset.body("c1")).plainText,
        QStringLiteral("NHS Somewhere (clinical commissioning group): unstated\nFrom "
                       "epraccur.csv line 9 (NHS *ODS*, “GP practices”, October 2015 (inferred))"));
    EXPECT_EQ(
        citeRelation(dataset, *dataset.relation("m1")).plainText,
        QStringLiteral("THE *SURGERY* — is a member of — NHS Somewhere: unstated\nFrom "
                       "epraccur.csv line 7 (NHS *ODS*, “GP practices”, October 2015 (inferred))"));
}

TEST(MarkdownEscaped, EscapesInlineMetacharactersEverywhere)
{
    EXPECT_EQ(markdownEscaped(QStringLiteral("a*b_c`d[e](f)<g>h\\i#j|k~l&amp;m![n]")),
              QStringLiteral("a\\*b\\_c\\`d\\[e\\](f)\\<g\\>h\\\\i\\#j\\|k\\~l\\&amp;m\\!\\[n\\]"));
}

TEST(MarkdownEscaped, EscapesListAndHeadingMarkersOnlyAtTheStartOfALine)
{
    EXPECT_EQ(
        markdownEscaped(QStringLiteral("- a\n  + b\n12) c\n3. d\n===\nx - y 4. z well-being")),
        QStringLiteral("\\- a\n  \\+ b\n12\\) c\n3\\. d\n\\===\nx - y 4. z well-being"));
    EXPECT_EQ(markdownEscaped(QStringLiteral("2011 was")), QStringLiteral("2011 was"));
}

} // namespace
