#include "app/detailspanel.h"
#include "core/datasetloader.h"
#include "support/testdatasets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

Dataset smallDataset(const QString &changes = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    test::writeDataset(path, test::validContentSql() + changes);
    LoadResult loaded = loadDatasetFile(path);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

TEST(DetailsPanel, ShowsDatasetTextAsTextNeverAsHtml)
{
    const Dataset dataset = smallDataset(QStringLiteral(
        "UPDATE bodies SET name = '<b>Bold</b> & <i>co</i>', "
        "role = '<a href=\"x\">click</a><script>alert(1)</script>' WHERE id = 'senates';"));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Bold</b> & <i>co</i>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<a href=\"x\">click</a><script>alert(1)</script>")));
}

TEST(DetailsPanel, CitesEachQuoteWithSpeakerOutletTitleAndDate)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Senates should be only advisory")));
    EXPECT_TRUE(text.contains(QStringLiteral("Dr Michael Dixon, chair")));
    EXPECT_TRUE(text.contains(QStringLiteral("NHS Alliance, A release, 20 June 2011")))
        << text.toStdString();
}

TEST(DetailsPanel, MarksTheRoleAsTheProjectsSummary)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    const QString text = panel.toPlainText();
    const qsizetype note = text.indexOf(QStringLiteral("Summary in this program's words"));
    ASSERT_GE(note, 0);
    EXPECT_GT(text.indexOf(QStringLiteral("They commission.")), note);
}

TEST(DetailsPanel, ShowsARelationWithItsDescriptionAndQuote)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showRelation(QStringLiteral("senates-advise-ccgs"));
    const QString text = panel.toPlainText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Clinical senates advises Clinical commissioning groups")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Senates advise CCGs.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Senates should be only advisory")));
}

TEST(DetailsPanel, LinksToRelatedBodiesAndRelations)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    QSignalSpy activated(&panel, &DetailsPanel::idActivated);
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx:senates-advise-ccgs")));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.front().front().toString(), QStringLiteral("senates-advise-ccgs"));
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx:senates-advise-ccgs")));
}

TEST(DetailsPanel, FormatsDatesForPeople)
{
    EXPECT_EQ(displayDate(QStringLiteral("2011-06-20")), QStringLiteral("20 June 2011"));
    EXPECT_EQ(displayDate(QStringLiteral("2011-09")), QStringLiteral("September 2011"));
    EXPECT_EQ(displayDate(QString()), QStringLiteral("undated"));
}

TEST(DetailsPanel, GroupsQuotesBySourceInDateOrder)
{
    const Dataset dataset = smallDataset(QStringLiteral(
        "INSERT INTO sources VALUES ('letter', 'The letter', 'Letters Weekly', NULL, '2011-09-15',"
        "    'inferred: published the day of the letter', 'l.txt', 'Senates will not have a "
        "veto.');"
        "INSERT INTO sources VALUES ('undated', 'Undated piece', 'Pulse', NULL, NULL,"
        "    'not stated: no date', 'u.txt', 'Senates came in at the last minute.');"
        "INSERT INTO quotes (id, source, text) VALUES"
        "    ('q-late', 'undated', 'Senates came in at the last minute.'),"
        "    ('q-veto', 'letter', 'Senates will not have a veto.');"
        "INSERT INTO quote_bodies VALUES ('q-late', 'senates'), ('q-veto', 'senates');"));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    const qsizetype quotes = text.indexOf(QStringLiteral("Quotes by source"));
    ASSERT_GE(quotes, 0);
    const qsizetype june = text.indexOf(QStringLiteral("NHS Alliance, A release"), quotes);
    const qsizetype september = text.indexOf(QStringLiteral("Letters Weekly, The letter"), quotes);
    const qsizetype undated = text.indexOf(QStringLiteral("Pulse, Undated piece"), quotes);
    ASSERT_GE(june, 0) << text.toStdString();
    EXPECT_LT(june, september);
    EXPECT_LT(september, undated) << "undated sources come last";
    EXPECT_TRUE(text.contains(QStringLiteral("15 September 2011 (inferred)")));
    EXPECT_EQ(text.count(QStringLiteral("Letters Weekly, The letter")), 1);
    // Each quote sits under its own source's heading.
    EXPECT_GT(text.indexOf(QStringLiteral("Senates will not have a veto.")), september);
    EXPECT_GT(text.indexOf(QStringLiteral("Senates came in at the last minute.")), undated);
}

TEST(DetailsPanel, ShowsDifferingPositionsSideBySideWithTheirDates)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    const qsizetype question = text.indexOf(QStringLiteral("Must CCGs follow senates' advice?"));
    ASSERT_GE(question, 0) << text.toStdString();
    const qsizetype government = text.indexOf(QStringLiteral("CCGs should follow the advice."));
    const qsizetype dixon = text.indexOf(QStringLiteral("Senates should only advise."));
    EXPECT_GT(dixon, question);
    EXPECT_GT(government, dixon) << "20 June 2011 before June 2011, which may be its end";
    EXPECT_TRUE(text.contains(QStringLiteral("June 2011 (inferred)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Dr Michael Dixon")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("The government said CCGs should follow their advice.")));
    // Side by side: a table, one row per position.
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("<table")));
}

TEST(DetailsPanel, OffersEachQuoteInItsSource)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx-source:q-ccgs")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("Show in source")));
    QSignalSpy requested(&panel, &DetailsPanel::sourceRequested);
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-source:q-ccgs")));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.front().front().toString(), QStringLiteral("q-ccgs"));
}

TEST(DetailsPanel, NamesTheInstitutionWhenNoPersonSpeaks)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("— NHS Alliance")))
        << panel.toPlainText().toStdString();
}

TEST(DetailsPanel, ListsEventsOldestFirstInTheChronology)
{
    const Dataset dataset = smallDataset(QStringLiteral(
        "INSERT INTO events VALUES ('earlier', 'The report', '2011-06-13', 'inferred: published "
        "today',"
        "    'It reported.'), ('sometime', 'A teleconference', NULL, 'not stated: yesterday', "
        "'Talk.');"
        "INSERT INTO event_quotes VALUES ('earlier', 'q-advisory'), ('sometime', 'q-advisory');"));
    DetailsPanel panel(dataset);
    panel.showChronology();
    const QString text = panel.toPlainText();
    const qsizetype report = text.indexOf(QStringLiteral("13 June 2011 (inferred): The report"));
    const qsizetype release =
        text.indexOf(QStringLiteral("20 June 2011: The NHS Alliance release"));
    const qsizetype undated = text.indexOf(QStringLiteral("undated: A teleconference"));
    ASSERT_GE(report, 0) << text.toStdString();
    EXPECT_LT(report, release);
    EXPECT_LT(release, undated);
    EXPECT_TRUE(text.contains(QStringLiteral("not stated: yesterday")));
}

TEST(DetailsPanel, ListsTheAcronyms)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showAcronyms();
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("CCG: clinical commissioning group")));
}

TEST(DetailsPanel, TheOverviewLeadsToTheChronologyAndTheAcronymsAndBack)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showOverview();
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx-page:chronology")));
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx-page:acronyms")));
    EXPECT_FALSE(panel.toPlainText().contains(QStringLiteral("The NHS Alliance release")))
        << "the events are on their own page";
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-page:chronology")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("The NHS Alliance release")))
        << panel.toPlainText().toStdString();
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-page:overview")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("Sources")));
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-page:acronyms")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("CCG: clinical commissioning group")));
}

} // namespace
