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

} // namespace
