#include "core/datasetloader.h"
#include "core/validation.h"
#include "support/testdatasets.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/** Loads a dataset built from the valid test content plus the given changes. */
Dataset datasetWith(const QString &changes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    test::writeDataset(path, test::validContentSql() + changes);
    LoadResult loaded = loadDatasetFile(path, LayerChoice::Every);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

bool hasProblem(const QList<Problem> &problems, const QString &table, const QString &rowId,
                const QString &messagePart)
{
    for (const Problem &problem : problems) {
        if (problem.table == table && problem.rowId == rowId &&
            problem.message.contains(messagePart))
            return true;
    }
    return false;
}

QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

TEST(Validation, TheBundledDatasetKeepsEveryRule)
{
    const LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const QList<Problem> problems = validateDataset(*loaded.dataset);
    EXPECT_TRUE(problems.isEmpty()) << describe(problems).toStdString();
}

TEST(Validation, TheSmallTestDatasetKeepsEveryRule)
{
    const QList<Problem> problems = validateDataset(datasetWith({}));
    EXPECT_TRUE(problems.isEmpty()) << describe(problems).toStdString();
}

TEST(Validation, ReportsAQuoteThatIsNotInItsSource)
{
    const auto problems = validateDataset(
        datasetWith(QStringLiteral("UPDATE quotes SET text = 'Senates should be authorising';")));
    EXPECT_TRUE(hasProblem(problems, "quotes", "q-advisory", "not found verbatim"))
        << describe(problems).toStdString();
}

TEST(Validation, ReportsABodyWithoutAQuote)
{
    const auto problems = validateDataset(datasetWith(
        QStringLiteral("INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES "
                       "('monitor', 'Monitor', NULL, 'regulator', 'statutory', 'r');"
                       "INSERT INTO status_evidence VALUES ('monitor', 'q-advisory');")));
    EXPECT_TRUE(hasProblem(problems, "bodies", "monitor", "has no quote"));
}

TEST(Validation, ReportsABodyWithoutStatusEvidence)
{
    const auto problems = validateDataset(
        datasetWith(QStringLiteral("DELETE FROM status_evidence WHERE body = 'ccgs';")));
    EXPECT_TRUE(hasProblem(problems, "bodies", "ccgs", "no evidence for its status"));
}

TEST(Validation, ReportsABodyWithoutARole)
{
    const auto problems = validateDataset(
        datasetWith(QStringLiteral("UPDATE bodies SET role = ' ' WHERE id = 'ccgs';")));
    EXPECT_TRUE(hasProblem(problems, "bodies", "ccgs", "has no role"));
}

TEST(Validation, ReportsARelationWithoutAQuote)
{
    const auto problems = validateDataset(datasetWith(
        QStringLiteral("INSERT INTO relations (id, from_body, to_body, type, status, description) "
                       "VALUES ('ccgs-to-senates', 'ccgs', 'senates', 'consult', "
                       "'proposed', 'd');")));
    EXPECT_TRUE(hasProblem(problems, "relations", "ccgs-to-senates", "has no quote"));
}

TEST(Validation, ReportsReferencesToRowsThatDoNotExist)
{
    // A dataset made elsewhere may not have had foreign keys on.
    const auto problems = validateDataset(
        datasetWith(QStringLiteral("PRAGMA foreign_keys = OFF;"
                                   "UPDATE relations SET to_body = 'nowhere';"
                                   "UPDATE quotes SET speaker = 'nobody';"
                                   "INSERT INTO quote_bodies VALUES ('q-advisory', 'ghost');")));
    EXPECT_TRUE(hasProblem(problems, "relations", "senates-advise-ccgs", "'nowhere'"));
    EXPECT_TRUE(hasProblem(problems, "quotes", "q-advisory", "'nobody'"));
    EXPECT_TRUE(hasProblem(problems, "quote_bodies", "q-advisory", "'ghost'"));
}

TEST(Validation, ReportsATopicWithOnlyOnePosition)
{
    const auto problems = validateDataset(
        datasetWith(QStringLiteral("DELETE FROM position_quotes WHERE position = 'follow-dixon';"
                                   "DELETE FROM positions WHERE id = 'follow-dixon';")));
    EXPECT_TRUE(hasProblem(problems, "topics", "follow-advice", "fewer than two positions"));
}

TEST(Validation, ReportsAPositionWithoutAQuoteOrCitingAnotherSource)
{
    const auto problems = validateDataset(datasetWith(QStringLiteral(
        "INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file, full_text) "
        "VALUES ('other', 'T', 'O', NULL, NULL, 'not stated: undated', "
        "    'o.txt', 'Other words here.');"
        "INSERT INTO quotes (id, source, text) VALUES ('q-other', 'other', 'Other words');"
        "INSERT INTO quote_bodies VALUES ('q-other', 'senates');"
        "DELETE FROM position_quotes WHERE position = 'follow-dixon';"
        "UPDATE position_quotes SET quote = 'q-other' WHERE position = 'follow-government';")));
    EXPECT_TRUE(hasProblem(problems, "position_quotes", "follow-dixon", "has no quote"));
    EXPECT_TRUE(
        hasProblem(problems, "position_quotes", "follow-government", "not from its source"));
}

TEST(Validation, ReportsBadDatesAndMissingDateBases)
{
    const auto problems = validateDataset(datasetWith(
        QStringLiteral("UPDATE events SET date = '20 June 2011';"
                       "UPDATE positions SET date = '2011-13' WHERE id = 'follow-government';"
                       "UPDATE positions SET date_basis = '' WHERE id = 'follow-dixon';"
                       "UPDATE sources SET date = '2011-02-30';")));
    EXPECT_TRUE(hasProblem(problems, "events", "release", "not YYYY"));
    EXPECT_TRUE(hasProblem(problems, "positions", "follow-government", "not YYYY"));
    EXPECT_TRUE(hasProblem(problems, "positions", "follow-dixon", "how its date is known"));
    EXPECT_TRUE(hasProblem(problems, "sources", "alliance", "not YYYY"));
}

TEST(Validation, ReportsAnEventWithoutAQuote)
{
    const auto problems = validateDataset(datasetWith(QStringLiteral("DELETE FROM event_quotes;")));
    EXPECT_TRUE(hasProblem(problems, "event_quotes", "release", "has no quote"));
}

TEST(Validation, ReportsAGlossaryEntryItsQuoteDoesNotBear)
{
    const auto problems = validateDataset(datasetWith(QStringLiteral(
        "INSERT INTO glossary VALUES ('PCT', 'primary care trust', 'alliance', 'q-ccgs');"
        "UPDATE glossary SET expansion = 'clinical commissioning gang' WHERE term = 'CCG';")));
    EXPECT_TRUE(hasProblem(problems, "glossary", "PCT", "does not occur in its quote"));
    EXPECT_TRUE(hasProblem(problems, "glossary", "PCT", "expansion 'primary care trust'"));
    EXPECT_TRUE(hasProblem(problems, "glossary", "CCG", "expansion 'clinical commissioning gang'"));
}

TEST(Validation, ReportsAMissingSpeakingBody)
{
    const auto problems = validateDataset(
        datasetWith(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE quotes SET speaking_body = "
                                   "'nobody' WHERE id = 'q-ccgs';")));
    EXPECT_TRUE(hasProblem(problems, "quotes", "q-ccgs", "speaking body 'nobody'"));
}

/** SQL that swaps a table for a copy without keys or CHECKs, as a file not made by us may have. */
QString withoutConstraints(const QString &table)
{
    return QStringLiteral("PRAGMA foreign_keys = OFF; CREATE TABLE loose AS SELECT * FROM %1; "
                          "DROP TABLE %1; ALTER TABLE loose RENAME TO %1;")
        .arg(table);
}

TEST(Validation, ReportsRepeatedIds)
{
    const auto problems = validateDataset(datasetWith(
        withoutConstraints(QStringLiteral("relations")) +
        withoutConstraints(QStringLiteral("glossary")) +
        QStringLiteral("INSERT INTO relations (id, from_body, to_body, type, status, "
                       "description, layer) SELECT id, to_body, from_body, type, status, "
                       "description, layer FROM relations;"
                       "INSERT INTO glossary SELECT * FROM glossary;")));
    EXPECT_TRUE(hasProblem(problems, "relations", "senates-advise-ccgs", "repeats an id"))
        << describe(problems).toStdString();
    EXPECT_TRUE(hasProblem(problems, "glossary", "CCG", "repeats an id"));
}

TEST(Validation, ReportsAStatusOutsideTheVocabulary)
{
    const auto problems = validateDataset(datasetWith(
        withoutConstraints(QStringLiteral("bodies")) +
        withoutConstraints(QStringLiteral("relations")) +
        QStringLiteral(
            "UPDATE bodies SET status = 'binding' WHERE id = 'senates';"
            "UPDATE relations SET status = 'sort of' WHERE id = 'senates-advise-ccgs';")));
    EXPECT_TRUE(hasProblem(problems, "bodies", "senates", "status 'binding', which is not one of"))
        << describe(problems).toStdString();
    EXPECT_TRUE(hasProblem(problems, "relations", "senates-advise-ccgs", "status 'sort of'"));
}

TEST(Validation, ReportsATopicAboutBothABodyAndARelation)
{
    const auto problems = validateDataset(datasetWith(
        QStringLiteral("UPDATE topics SET body = 'senates', relation = 'senates-advise-ccgs';")));
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.constFirst().message.contains(QStringLiteral("not both")))
        << describe(problems).toStdString();
}

} // namespace

namespace {

/** The bundled dataset with these changes, as the program would load it from a file. */
Dataset bundledWith(const QString &changes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changed.sqlite"));
    test::writeChangedBundledDataset(path, changes);
    LoadResult loaded = loadDatasetFile(path);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

} // namespace

TEST(Validation, ReportsAStatusThatIsNotWhereItsHistoryEnds)
{
    const auto problems = validateDataset(bundledWith(
        QStringLiteral("UPDATE bodies SET status = 'proposed' WHERE id = 'clinical-senates';")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("bodies"), QStringLiteral("clinical-senates"),
                           QStringLiteral("history ends with 'advisory'")))
        << describe(problems).toStdString();
}

TEST(Validation, ReportsAStatusChangeWhoseQuoteIsAboutSomethingElse)
{
    const auto problems = validateDataset(bundledWith(QStringLiteral(
        "UPDATE status_history SET quote = 'q003-dateline' WHERE id = 'sh-senates-dh-letter';")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("status_history"),
                           QStringLiteral("sh-senates-dh-letter"), QStringLiteral("not about")))
        << describe(problems).toStdString();
}

TEST(Validation, ReportsAGapInATour)
{
    const auto problems = validateDataset(
        bundledWith(QStringLiteral("UPDATE tour_steps SET ordinal = 9 WHERE id = 'stop-3';")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("tour_steps"), QStringLiteral("stop-4"),
                           QStringLiteral("where step 3 was expected")))
        << describe(problems).toStdString();
}

TEST(Validation, ReportsATourStepHighlightingWhatItDoesNotShow)
{
    // On 13 June 2011 the NHS Alliance had said nothing yet.
    const auto problems = validateDataset(bundledWith(
        QStringLiteral("INSERT INTO tour_step_bodies VALUES ('change-1', 'nhs-alliance');")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("tour_step_bodies"), QStringLiteral("change-1"),
                           QStringLiteral("not on show")))
        << describe(problems).toStdString();
}

TEST(Validation, ReportsATourStepQuotingWhatWasNotYetSaid)
{
    const auto problems = validateDataset(bundledWith(QStringLiteral(
        "UPDATE tour_steps SET quote = 'q004-not-statutory' WHERE id = 'change-1';")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("tour_steps"), QStringLiteral("change-1"),
                           QStringLiteral("not yet said")))
        << describe(problems).toStdString();
}

TEST(Validation, ReportsATourWithoutSteps)
{
    const auto problems = validateDataset(
        bundledWith(QStringLiteral("INSERT INTO tours VALUES ('empty-tour', 'Nothing');")));
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("tours"), QStringLiteral("empty-tour"),
                           QStringLiteral("no steps")))
        << describe(problems).toStdString();
}

TEST(Validation, ADataFilesRowCitesADataFileByLineAndStatesNoStanding)
{
    const QString layer = QStringLiteral(
        "INSERT INTO layers (id, name, description, on_demand) VALUES ('local', 'L', 'D.', 1);"
        "INSERT INTO sources (id, title, outlet, date_basis, seed_file, kind) VALUES "
        "  ('file', 'F', 'O', 'inferred', 'f.csv', 'data');"
        "INSERT INTO bodies (id, name, kind, status, role, layer, source, source_line) VALUES "
        "  ('row', 'Row', 'k', 'unstated', 'R.', 'local', 'file', 3);");
    EXPECT_TRUE(validateDataset(datasetWith(layer)).isEmpty())
        << describe(validateDataset(datasetWith(layer))).toStdString();

    const auto problems = validateDataset(datasetWith(
        layer +
        QStringLiteral(
            "INSERT INTO bodies (id, name, kind, status, role, layer, source, source_line) VALUES "
            "  ('sure', 'S', 'k', 'advisory', 'R.', 'local', 'file', 4),"
            "  ('from-article', 'A', 'k', 'unstated', 'R.', 'local', 'alliance', 5),"
            "  ('no-line', 'N', 'k', 'unstated', 'R.', 'local', 'file', NULL);"
            "PRAGMA foreign_keys = OFF;"
            "INSERT INTO bodies (id, name, kind, status, role, layer, source, source_line) VALUES "
            "  ('nowhere', 'W', 'k', 'unstated', 'R.', 'elsewhere', 'file', 6);"
            "INSERT INTO quotes (id, source, text) VALUES ('q-file', 'file', 'Row');"
            "INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES "
            "  ('down', 'senates', 'row', 'links', 'advisory', 'D.');"
            "INSERT INTO quote_relations VALUES ('q-advisory', 'down');")));
    EXPECT_TRUE(hasProblem(problems, "bodies", "sure", "a data file's row can only be 'unstated'"))
        << describe(problems).toStdString();
    EXPECT_TRUE(hasProblem(problems, "bodies", "from-article", "which is not a data file"));
    EXPECT_TRUE(hasProblem(problems, "bodies", "no-line", "does not give the line"));
    EXPECT_TRUE(
        hasProblem(problems, "bodies", "nowhere", "layer 'elsewhere', which does not exist"));
    EXPECT_TRUE(hasProblem(problems, "quotes", "q-file", "a data file"));
    EXPECT_TRUE(hasProblem(problems, "relations", "down", "read at start, but body 'row'"));
    EXPECT_FALSE(hasProblem(problems, "bodies", "row", "")) << "its row is fine";
}
