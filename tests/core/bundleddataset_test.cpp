// What the bundled dataset must cover (issue 3), checked on the real file: a row removed by
// mistake, or a position merged into another, fails here.
#include "core/datasetloader.h"

#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

class BundledDataset : public ::testing::Test
{
protected:
    void SetUp() override
    {
        LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
        ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
        dataset = std::move(*loaded.dataset);
    }

    Dataset dataset;
};

TEST_F(BundledDataset, HasEveryBodyTheArticlesName)
{
    for (const char *id :
         {"clinical-senates", "ccgs", "nhs-commissioning-board", "department-of-health",
          "government", "health-and-wellbeing-boards", "clinical-networks", "monitor",
          "nhs-future-forum", "nhs-alliance", "pct-clusters", "gp-practices", "nhs-east-of-england",
          "nhs-east-midlands", "pathfinder-learning-network", "deaneries", "gp-commissioners"})
        EXPECT_NE(dataset.body(QLatin1String(id)), nullptr) << id;
    for (const char *id : {"practice-based-commissioning", "primary-care-groups",
                           "locality-commissioning", "fundholding"}) {
        const Body *body = dataset.body(QLatin1String(id));
        ASSERT_NE(body, nullptr) << id;
        EXPECT_EQ(body->status, QStringLiteral("historical")) << id;
    }
}

TEST_F(BundledDataset, GivesTheSenatesAndCcgsTheStatusTheSourcesSupport)
{
    // Senates advise, with no veto (000, 003, 004); CCGs were a proposal in 2011, with a
    // "proposed statutory duty" (004) under a Health Bill still being changed (001).
    const Body *senates = dataset.body(QStringLiteral("clinical-senates"));
    const Body *ccgs = dataset.body(QStringLiteral("ccgs"));
    ASSERT_NE(senates, nullptr);
    ASSERT_NE(ccgs, nullptr);
    EXPECT_EQ(senates->status, QStringLiteral("advisory"));
    EXPECT_TRUE(senates->statusEvidence.contains(QStringLiteral("q000-no-veto")));
    EXPECT_TRUE(senates->statusEvidence.contains(QStringLiteral("q004-not-interfere")));
    EXPECT_EQ(ccgs->status, QStringLiteral("proposed"));
    EXPECT_TRUE(ccgs->statusEvidence.contains(QStringLiteral("q004-statutory-duty-no-veto")));
    EXPECT_TRUE(ccgs->statusEvidence.contains(QStringLiteral("q001-dixon-autonomy")));
    // What senates are to do for CCGs is advice.
    const Relation *advice = dataset.relation(QStringLiteral("senates-advise-ccgs"));
    ASSERT_NE(advice, nullptr);
    EXPECT_EQ(advice->status, QStringLiteral("advisory"));
}

TEST_F(BundledDataset, HoldsEachPositionByWhoTheSourceSaysHeldIt)
{
    // 004: "GP commissioners have argued they should not have to follow senates' advice":
    // GP commissioners, not CCGs as bodies.
    const QList<const Position *> positions =
        dataset.positionsOn(QStringLiteral("ccgs-follow-senates-advice"));
    const auto found = std::find_if(positions.cbegin(), positions.cend(), [](const Position *p) {
        return p->id == QStringLiteral("pos-follow-gp-commissioners");
    });
    ASSERT_NE(found, positions.cend());
    EXPECT_EQ((*found)->holderBody, QStringLiteral("gp-commissioners"));
    EXPECT_TRUE((*found)->holderPerson.isEmpty());

    // The NHS Alliance release (003) gives the Government's proposals only in the Alliance's
    // words, so a Government position resting on it says whose account it is.
    for (const Position &position : dataset.positions()) {
        if (position.holderBody == QStringLiteral("government") &&
            position.source == QStringLiteral("nhs-alliance-2011-06-20")) {
            EXPECT_TRUE(position.stance.startsWith(QStringLiteral("According to the NHS Alliance")))
                << position.id.toStdString();
        }
    }
}

TEST_F(BundledDataset, StatesOnlyTheRelationsTheSourcesSupport)
{
    // 001 calls Zollinger-Read "a Government lead on its pathfinder learning network" and one of
    // the DH's pathfinder leads; no source says who runs the network.
    for (const Relation &relation : dataset.relations())
        EXPECT_FALSE(relation.to == QStringLiteral("pathfinder-learning-network") &&
                     relation.type == QStringLiteral("runs"))
            << relation.id.toStdString();
}

TEST_F(BundledDataset, NamesEveryPersonQuoted)
{
    QSet<QString> names;
    for (const Person &person : dataset.people())
        names.insert(person.name);
    for (const char *name : {"Dr Stewart Findlay", "Dr Paul Zollinger-Read", "Dr James Kingsland",
                             "Dr Michael Dixon", "Dr Kathy McLean", "Craig Kenny"})
        EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
}

TEST_F(BundledDataset, DatesTheKeyEventsAndSaysHow)
{
    const QHash<QString, QString> dates = {{"nhs-alliance-release", "2011-06-20"},
                                           {"dear-colleague-letter-16614", "2011-09-15"},
                                           {"future-forum-report", "2011-06-13"},
                                           {"government-response", "2011-06"}};
    QHash<QString, const Event *> events;
    for (const Event &event : dataset.events())
        events.insert(event.id, &event);
    ASSERT_TRUE(events.contains(QStringLiteral("listening-exercise")));
    for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
        ASSERT_TRUE(events.contains(it.key())) << it.key().toStdString();
        EXPECT_EQ(events[it.key()]->date, it.value()) << it.key().toStdString();
    }
    EXPECT_TRUE(events[QStringLiteral("nhs-alliance-release")]->dateBasis.startsWith("stated"));
    EXPECT_TRUE(events[QStringLiteral("future-forum-report")]->dateBasis.startsWith("inferred"));
}

TEST_F(BundledDataset, KeepsJuneAndSeptemberPositionsApart)
{
    for (const char *topic :
         {"ccgs-follow-senates-advice", "senates-formal-role-in-authorisation"}) {
        const QList<const Position *> positions = dataset.positionsOn(QLatin1String(topic));
        QSet<QString> holders, dates;
        for (const Position *position : positions) {
            holders.insert(dataset.holderName(*position));
            dates.insert(position->date.left(7));
        }
        EXPECT_GE(holders.size(), 3) << topic;
        EXPECT_TRUE(dates.contains(QStringLiteral("2011-06"))) << topic;
        EXPECT_TRUE(dates.contains(QStringLiteral("2011-09"))) << topic;
    }
}

TEST_F(BundledDataset, ExpandsTheAcronymsTheSourcesSpellOut)
{
    QHash<QString, QString> glossary;
    for (const GlossaryEntry &entry : dataset.glossary())
        glossary.insert(entry.term, entry.expansion);
    EXPECT_EQ(glossary.value(QStringLiteral("CCG")),
              QStringLiteral("clinical commissioning group"));
    // 004 says "the Department of Health" and later "the DH" but never links them, so the
    // glossary lists DH without an expansion, as it does GP, NHS and PCT.
    for (const char *term : {"DH", "GP", "NHS", "PCT"}) {
        EXPECT_TRUE(glossary.contains(QLatin1String(term))) << term;
        EXPECT_TRUE(glossary.value(QLatin1String(term)).isEmpty()) << term;
    }
    // PCT is a glossary term; the body named "PCTs" does not repeat it as its own acronym.
    EXPECT_TRUE(dataset.body(QStringLiteral("pcts"))->acronym.isEmpty());
}

TEST_F(BundledDataset, QuotesEveryArticleAndNoDataFile)
{
    QSet<QString> quoted;
    for (const Quote &quote : dataset.quotes())
        quoted.insert(quote.source);
    for (const Source &source : dataset.sources())
        EXPECT_EQ(quoted.contains(source.id), !source.isData()) << source.id.toStdString();
}

} // namespace
