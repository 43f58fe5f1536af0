// Finding, filtering and focusing in the main window, driven through its widgets as a user would.
#include "app/commandline.h"
#include "app/findbar.h"
#include "app/graphitems.h"
#include "app/graphscene.h"
#include "app/legend.h"
#include "app/mainwindow.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "core/search.h"
#include "data/bundleddataset.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

Dataset bundledDataset()
{
    LoadResult loaded = loadDatasetImage(bundledDatasetImage(), bundledDatasetName());
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

class ExplorerTest : public ::testing::Test
{
protected:
    ExplorerTest() : dataset(bundledDataset()), window(dataset, QStringLiteral("test"), layout)
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    /** The ids of the bodies and relations drawn now. */
    QStringList drawnBodies() const
    {
        QStringList ids;
        for (const Body &body : dataset.bodies()) {
            if (window.scene()->bodyItem(body.id))
                ids.append(body.id);
        }
        return ids;
    }
    QStringList drawnRelations() const
    {
        QStringList ids;
        for (const Relation &relation : dataset.relations()) {
            if (window.scene()->relationItem(relation.id))
                ids.append(relation.id);
        }
        return ids;
    }

    void typeInFind(const QString &text)
    {
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(window.findBar()->field(), text);
    }

    /** Clicks the legend entry with this text after the group title ("Relations:", "Bodies:"). */
    void clickLegendEntry(const QString &group, const QString &text)
    {
        Legend *legend = window.legend();
        const QStringList texts = legend->entryTexts();
        const qsizetype index = texts.indexOf(text, texts.indexOf(group));
        const QRect entry = legend->entryRect(index);
        ASSERT_FALSE(entry.isEmpty()) << text.toStdString();
        QTest::mouseClick(legend, Qt::LeftButton, {}, entry.center());
    }

    Dataset dataset;
    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(ExplorerTest, TypingInFindHighlightsTheMatchesAndDimsTheRest)
{
    typeInFind(QStringLiteral("veto"));
    const QStringList expected = SearchIndex(dataset).matchingIds(QStringLiteral("veto"));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(sorted(window.findBar()->matches()), sorted(expected));
    EXPECT_TRUE(window.findBar()->matches().contains(QStringLiteral("clinical-senates")));
    for (const Body &body : dataset.bodies()) {
        BodyItem *item = window.scene()->bodyItem(body.id);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->emphasis(), expected.contains(body.id) ? Emphasis::Match : Emphasis::Dimmed)
            << body.id.toStdString();
    }
    for (const Relation &relation : dataset.relations()) {
        RelationItem *item = window.scene()->relationItem(relation.id);
        EXPECT_EQ(item->emphasis(),
                  expected.contains(relation.id) ? Emphasis::Match : Emphasis::Dimmed)
            << relation.id.toStdString();
    }
    // Matches are drawn on top of everything else.
    const qreal matchZ = window.scene()->bodyItem(QStringLiteral("clinical-senates"))->zValue();
    for (const Body &body : dataset.bodies()) {
        if (!expected.contains(body.id)) {
            EXPECT_LT(window.scene()->bodyItem(body.id)->zValue(), matchZ);
        }
    }
    EXPECT_EQ(window.findBar()->results()->count(), SearchIndex(dataset).search("veto").size());
    EXPECT_EQ(window.findBar()->countText(), QStringLiteral("%1 matches").arg(expected.size()));
}

TEST_F(ExplorerTest, EnterAndF3MoveToTheNextMatchAndSelectIt)
{
    typeInFind(QStringLiteral("veto"));
    const QStringList matches = window.findBar()->matches();
    ASSERT_GE(matches.size(), 2);
    QTest::keyClick(window.findBar()->field(), Qt::Key_Return);
    EXPECT_EQ(window.scene()->selectedId(), matches[0]);
    EXPECT_EQ(window.findBar()->countText(), QStringLiteral("1 of %1").arg(matches.size()));
    QTest::keyClick(&window, Qt::Key_F3);
    EXPECT_EQ(window.scene()->selectedId(), matches[1]);
    EXPECT_EQ(window.findBar()->countText(), QStringLiteral("2 of %1").arg(matches.size()));
}

TEST_F(ExplorerTest, FindSaysSoWhenNothingMatchesAndEscClearsIt)
{
    typeInFind(QStringLiteral("zyxwv"));
    EXPECT_TRUE(window.findBar()->matches().isEmpty());
    EXPECT_EQ(window.findBar()->countText(), QStringLiteral("No match"));
    QTest::keyClick(window.findBar()->field(), Qt::Key_Escape);
    EXPECT_TRUE(window.findBar()->field()->text().isEmpty());
    for (const Body &body : dataset.bodies())
        EXPECT_EQ(window.scene()->bodyItem(body.id)->emphasis(), Emphasis::Normal);
}

TEST_F(ExplorerTest, ClickingALegendEntryHidesItsItemsAndSaysAFilterIsOn)
{
    QStringList advisory;
    for (const Relation &relation : dataset.relations()) {
        if (relation.status == QLatin1String("advisory"))
            advisory.append(relation.id);
    }
    ASSERT_FALSE(advisory.isEmpty());
    const QString entry = QStringLiteral("advisory (no veto)");
    clickLegendEntry(QStringLiteral("Relations:"), entry);
    for (const QString &id : advisory)
        EXPECT_EQ(window.scene()->relationItem(id), nullptr) << id.toStdString();
    EXPECT_EQ(drawnRelations().size(), dataset.relations().size() - advisory.size());
    EXPECT_TRUE(window.legend()->hiddenEntryTexts().contains(entry));
    EXPECT_TRUE(window.viewNote().contains(QStringLiteral("Filter on")))
        << window.viewNote().toStdString();
    EXPECT_TRUE(window.legend()->accessibleDescription().contains(entry + QStringLiteral(" (hidden)")));

    clickLegendEntry(QStringLiteral("Relations:"), entry);
    EXPECT_EQ(drawnRelations().size(), dataset.relations().size());
    EXPECT_TRUE(window.legend()->hiddenEntryTexts().isEmpty());
    EXPECT_TRUE(window.viewNote().isEmpty());
}

TEST_F(ExplorerTest, FocusAtDepthOneShowsExactlyTheNeighbours)
{
    const QString senates = QStringLiteral("clinical-senates");
    QStringList expected{senates};
    for (const Relation *relation : dataset.relationsOf(senates))
        expected.append(relation->from == senates ? relation->to : relation->from);
    expected.removeDuplicates();
    ASSERT_TRUE(window.select(senates));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(sorted(drawnBodies()), sorted(expected));
    for (const QString &id : drawnRelations()) {
        const Relation *relation = dataset.relation(id);
        EXPECT_TRUE(expected.contains(relation->from) && expected.contains(relation->to));
    }
    EXPECT_TRUE(window.viewNote().contains(QStringLiteral("Focus: Clinical senates and the bodies "
                                                         "one relation away")))
        << window.viewNote().toStdString();
    EXPECT_EQ(window.scene()->selectedId(), senates) << "the selection stays";

    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_EQ(drawnBodies().size(), dataset.bodies().size());
    EXPECT_TRUE(window.viewNote().isEmpty());
}

TEST_F(ExplorerTest, DeeperFocusShowsMoreAndOutgoingFollowsArrowsOnly)
{
    const QString board = QStringLiteral("nhs-commissioning-board");
    ASSERT_TRUE(window.focusOn(board));
    const qsizetype depthOne = drawnBodies().size();
    window.findChild<QSpinBox *>()->setValue(2);
    EXPECT_GT(drawnBodies().size(), depthOne);
    GraphQuery outgoing;
    outgoing.focus = board;
    outgoing.direction = FocusDirection::Out;
    window.setQuery(outgoing);
    QStringList heads{board};
    for (const Relation *relation : dataset.relationsOf(board)) {
        if (relation->from == board)
            heads.append(relation->to);
    }
    heads.removeDuplicates();
    EXPECT_EQ(sorted(drawnBodies()), sorted(heads));
}

TEST_F(ExplorerTest, TheCommandLineNamesTheSameViewAsTheControls)
{
    // By hand: hide historical bodies and relations, focus on the senates, search "veto".
    clickLegendEntry(QStringLiteral("Relations:"), QStringLiteral("historical"));
    clickLegendEntry(QStringLiteral("Bodies:"), QStringLiteral("historical"));
    ASSERT_EQ(window.legend()->hiddenEntryTexts().size(), 2) << "one for bodies, one for relations";
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    typeInFind(QStringLiteral("veto"));

    const ParsedCommandLine parsed = parseCommandLine(
        {QStringLiteral("nhs-explorer"), QStringLiteral("--hide-status"),
         QStringLiteral("historical"), QStringLiteral("--focus"), QStringLiteral("clinical-senates"),
         QStringLiteral("--depth"), QStringLiteral("1"), QStringLiteral("--direction"),
         QStringLiteral("both"), QStringLiteral("--select"), QStringLiteral("clinical-senates"),
         QStringLiteral("--search"), QStringLiteral("veto")});
    ASSERT_TRUE(parsed.options);
    MainWindow scripted(dataset, QStringLiteral("test"), layout);
    applyViewOptions(scripted, *parsed.options);

    EXPECT_EQ(scripted.query().hiddenRelationStatuses, window.query().hiddenRelationStatuses);
    EXPECT_EQ(scripted.query().hiddenBodyStatuses, window.query().hiddenBodyStatuses);
    EXPECT_EQ(scripted.query().focus, window.query().focus);
    EXPECT_EQ(scripted.query().depth, window.query().depth);
    EXPECT_EQ(scripted.viewNote(), window.viewNote());
    EXPECT_EQ(scripted.scene()->selectedId(), window.scene()->selectedId());
    EXPECT_EQ(scripted.findBar()->matches(), window.findBar()->matches());
    EXPECT_FALSE(scripted.findBar()->matches().isEmpty());
    QStringList scriptedBodies;
    for (const Body &body : dataset.bodies()) {
        if (scripted.scene()->bodyItem(body.id))
            scriptedBodies.append(body.id);
    }
    EXPECT_EQ(scriptedBodies, drawnBodies());
}

} // namespace
