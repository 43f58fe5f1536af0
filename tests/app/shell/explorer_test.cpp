// Finding, filtering and focusing in the main window, driven through its widgets as a user would.
#include "app/controls/findbar.h"
#include "app/controls/legend.h"
#include "app/graph/birdseye.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/datasettables.h"
#include "app/panel/detailspanel.h"
#include "app/shell/commandline.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/graphvizlayout.h"
#include "core/search.h"
#include "support/testdatasets.h"
#include "warnings.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

using test::bundledDataset;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/** The ids of the bodies a window draws now, in dataset order. */
QStringList bodiesDrawnIn(const MainWindow &window, const Dataset &dataset)
{
    QStringList ids;
    for (const Body &body : dataset.bodies()) {
        if (window.scene()->bodyItem(body.id))
            ids.append(body.id);
    }
    return ids;
}

/** The menu bar's menu with this title (ignoring the & of its shortcut), or nullptr. */
QMenu *menuNamed(const MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text().remove(QLatin1Char('&')) == title)
            return action->menu();
    }
    return nullptr;
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
    QStringList drawnBodies() const { return bodiesDrawnIn(window, dataset); }
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
    // One row a match (its best field), so the count counts the rows; a match found in several
    // fields is listed once.
    const QListWidget *results = window.findBar()->results();
    QSet<QString> listed;
    for (int row = 0; row < results->count(); ++row)
        listed.insert(results->item(row)->data(Qt::UserRole).toString());
    EXPECT_EQ(results->count(), expected.size());
    EXPECT_EQ(listed, QSet<QString>(expected.cbegin(), expected.cend()));
    EXPECT_LT(results->count(), SearchIndex(dataset).search("veto").size()) << "hits by field";
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
    EXPECT_TRUE(
        window.legend()->accessibleDescription().contains(entry + QStringLiteral(" (hidden)")));

    clickLegendEntry(QStringLiteral("Relations:"), entry);
    EXPECT_EQ(drawnRelations().size(), dataset.relations().size());
    EXPECT_TRUE(window.legend()->hiddenEntryTexts().isEmpty());
    EXPECT_TRUE(window.viewNote().isEmpty());
}

TEST_F(ExplorerTest, TheLegendStrikesOutOnlyWhatIsHidden)
{
    // "statutory / binding" is one entry; the bundled relations are binding, none statutory.
    for (const Relation &relation : dataset.relations())
        ASSERT_NE(relation.status, QLatin1String("statutory"));
    // As --hide-status statutory does, for the statutory bodies.
    window.toggleRelationStatuses({QStringLiteral("statutory")});
    EXPECT_EQ(drawnRelations().size(), dataset.relations().size());
    EXPECT_TRUE(window.legend()->hiddenEntryTexts().isEmpty())
        << "the binding relations are all drawn";
    window.toggleRelationStatuses({QStringLiteral("binding")});
    EXPECT_EQ(window.legend()->hiddenEntryTexts(),
              QStringList{QStringLiteral("statutory / binding")});
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
         QStringLiteral("historical"), QStringLiteral("--focus"),
         QStringLiteral("clinical-senates"), QStringLiteral("--depth"), QStringLiteral("1"),
         QStringLiteral("--direction"), QStringLiteral("both"), QStringLiteral("--select"),
         QStringLiteral("clinical-senates"), QStringLiteral("--search"), QStringLiteral("veto"),
         QStringLiteral("--tables"), QStringLiteral("--layout"), QStringLiteral("dot")});
    ASSERT_TRUE(parsed.options);
    MainWindow scripted(dataset, QStringLiteral("test"), layout);
    applyViewOptions(scripted, *parsed.options);

    // One view state, reached both ways: the document's whole state, compared at once.
    EXPECT_EQ(scripted.document().state(), window.document().state());
    EXPECT_EQ(scripted.query().hiddenRelationStatuses, window.query().hiddenRelationStatuses);
    EXPECT_EQ(scripted.query().hiddenBodyStatuses, window.query().hiddenBodyStatuses);
    EXPECT_EQ(scripted.query().focus, window.query().focus);
    EXPECT_FALSE(scripted.tablesDock()->isHidden());
    EXPECT_EQ(scripted.query().depth, window.query().depth);
    EXPECT_EQ(scripted.viewNote(), window.viewNote());
    EXPECT_EQ(scripted.scene()->selectedId(), window.scene()->selectedId());
    EXPECT_EQ(scripted.findBar()->matches(), window.findBar()->matches());
    EXPECT_FALSE(scripted.findBar()->matches().isEmpty());
    EXPECT_EQ(bodiesDrawnIn(scripted, dataset), drawnBodies());
}

TEST_F(ExplorerTest, TabVisitsEveryBodyThenLeavesTheGraph)
{
    window.view()->setFocus();
    QStringList visited;
    for (qsizetype i = 0; i < dataset.bodies().size(); ++i) {
        QTest::keyClick(window.view(), Qt::Key_Tab);
        visited.append(window.scene()->selectedId());
        EXPECT_TRUE(window.details()->toPlainText().contains(dataset.body(visited.back())->name))
            << "the panel follows";
    }
    EXPECT_EQ(visited, window.tabOrder());
    EXPECT_EQ(sorted(visited), sorted(drawnBodies())) << "every body, each once";
    EXPECT_TRUE(window.view()->hasFocus());
    QTest::keyClick(window.view(), Qt::Key_Tab);
    EXPECT_FALSE(window.view()->hasFocus()) << "no keyboard trap";
    window.view()->setFocus();
    QTest::keyClick(window.view(), Qt::Key_Backtab);
    EXPECT_EQ(window.scene()->selectedId(), visited[visited.size() - 2]);
}

TEST_F(ExplorerTest, ArrowKeysMoveAlongRelationsToTheNeighbourThatWay)
{
    const QString senates = QStringLiteral("clinical-senates");
    ASSERT_TRUE(window.select(senates));
    window.view()->setFocus();
    const QPointF from = window.scene()->bodyItem(senates)->sceneBoundingRect().center();
    QTest::keyClick(window.view(), Qt::Key_Right);
    const QString reached = window.scene()->selectedId();
    ASSERT_NE(reached, senates);
    const BodyItem *item = window.scene()->bodyItem(reached);
    ASSERT_NE(item, nullptr) << "a body, not a relation";
    EXPECT_GT(item->sceneBoundingRect().center().x(), from.x());
    bool related = false;
    for (const Relation *relation : dataset.relationsOf(senates))
        related = related || relation->from == reached || relation->to == reached;
    EXPECT_TRUE(related) << reached.toStdString();
    QTest::keyClick(window.view(), Qt::Key_Left);
    EXPECT_NE(window.scene()->selectedId(), reached);
}

TEST_F(ExplorerTest, ShiftArrowsPanWithoutChangingTheSelection)
{
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    window.view()->zoomBy(4);
    window.view()->setFocus();
    const int before = window.view()->horizontalScrollBar()->value();
    QTest::keyClick(window.view(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_GT(window.view()->horizontalScrollBar()->value(), before);
    EXPECT_EQ(window.scene()->selectedId(), QStringLiteral("clinical-senates"));
}

TEST_F(ExplorerTest, BackAndForwardWalkTheSelectionHistory)
{
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    ASSERT_TRUE(window.select(QStringLiteral("ccgs")));
    ASSERT_TRUE(window.select(QStringLiteral("senates-advise-ccgs")));
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window.scene()->selectedId(), QStringLiteral("ccgs"));
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window.scene()->selectedId(), QStringLiteral("clinical-senates"));
    EXPECT_FALSE(window.goBack()) << "nothing before the first";
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(window.scene()->selectedId(), QStringLiteral("ccgs"));
    // A new selection drops the forward history.
    ASSERT_TRUE(window.select(QStringLiteral("nhs-commissioning-board")));
    EXPECT_FALSE(window.goForward());
    EXPECT_TRUE(window.goBack());
    EXPECT_EQ(window.scene()->selectedId(), QStringLiteral("ccgs"));
}

TEST_F(ExplorerTest, FitSelectionZoomsToTheSelectedBody)
{
    const QString senates = QStringLiteral("clinical-senates");
    ASSERT_TRUE(window.select(senates));
    const qreal fitted = window.view()->zoom();
    QTest::keyClick(&window, Qt::Key_F, Qt::ShiftModifier);
    EXPECT_GT(window.view()->zoom(), fitted);
    const QRect box = window.view()
                          ->mapFromScene(window.scene()->bodyItem(senates)->sceneBoundingRect())
                          .boundingRect();
    EXPECT_TRUE(window.view()->viewport()->rect().contains(box));
}

TEST_F(ExplorerTest, TheTablesListWhatTheGraphShowsAndFollowItsSelection)
{
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    ASSERT_TRUE(window.tablesDock()->isVisible());
    DatasetTables *tables = window.tables();
    EXPECT_EQ(tables->bodiesTable()->model()->rowCount(), dataset.bodies().size());
    EXPECT_EQ(tables->relationsTable()->model()->rowCount(), dataset.relations().size());
    EXPECT_FALSE(tables->bodiesTable()->accessibleName().isEmpty());
    EXPECT_FALSE(tables->relationsTable()->accessibleName().isEmpty());

    // Graph to table.
    ASSERT_TRUE(window.select(QStringLiteral("ccgs")));
    EXPECT_EQ(tables->selectedId(), QStringLiteral("ccgs"));
    ASSERT_TRUE(window.select(QStringLiteral("senates-advise-ccgs")));
    EXPECT_EQ(tables->tabs()->currentIndex(), 1);
    EXPECT_EQ(tables->selectedId(), QStringLiteral("senates-advise-ccgs"));

    // Table to graph, by keyboard.
    tables->tabs()->setCurrentIndex(0);
    QTableView *bodies = tables->bodiesTable();
    bodies->setFocus();
    bodies->setCurrentIndex(bodies->model()->index(0, 0));
    QTest::keyClick(bodies, Qt::Key_Down);
    const QString rowId = tables->selectedId();
    ASSERT_FALSE(rowId.isEmpty());
    EXPECT_EQ(window.scene()->selectedId(), rowId);
    EXPECT_TRUE(window.details()->toPlainText().contains(dataset.body(rowId)->name));

    // Sorting by a header keeps the ids right.
    bodies->sortByColumn(0, Qt::DescendingOrder);
    bodies->setCurrentIndex(bodies->model()->index(0, 0));
    const QString last = tables->selectedId();
    QStringList names;
    for (const Body &body : dataset.bodies())
        names.append(body.name);
    names.sort(Qt::CaseInsensitive);
    EXPECT_EQ(dataset.body(last)->name, names.back());
    EXPECT_EQ(window.scene()->selectedId(), last);

    // The filter field narrows both tables; a graph filter removes rows too.
    QTest::keyClicks(tables->filterField(), QStringLiteral("senate"));
    EXPECT_LT(bodies->model()->rowCount(), dataset.bodies().size());
    EXPECT_GE(bodies->model()->rowCount(), 1);
    tables->filterField()->clear();
    clickLegendEntry(QStringLiteral("Bodies:"), QStringLiteral("historical"));
    qsizetype historical = 0;
    for (const Body &body : dataset.bodies())
        historical += body.status == QLatin1String("historical");
    EXPECT_EQ(bodies->model()->rowCount(), dataset.bodies().size() - historical);
}

TEST_F(ExplorerTest, ClickingARowCutOffAtTheBottomOfATableSelectsItInTheGraph)
{
    window.showTables(true);
    DatasetTables *tables = window.tables();
    tables->tabs()->setCurrentIndex(1);
    QTableView *relations = tables->relationsTable();
    // Three and a half rows on show: the fourth is cut off, and selecting it scrolls the table.
    const int rowHeight = relations->rowHeight(0);
    relations->setFixedHeight(relations->horizontalHeader()->height() +
                              2 * relations->frameWidth() + 3 * rowHeight + rowHeight / 2);
    QCoreApplication::processEvents();
    const QPoint cutOff(relations->columnViewportPosition(1) + 5, 3 * rowHeight + rowHeight / 4);
    const int row = relations->rowAt(cutOff.y());
    ASSERT_EQ(row, 3);
    ASSERT_GT(relations->visualRect(relations->model()->index(row, 1)).bottom(),
              relations->viewport()->height());
    QTest::mouseClick(relations->viewport(), Qt::LeftButton, {}, cutOff);
    const QString selected = window.scene()->selectedId();
    EXPECT_FALSE(selected.isEmpty());
    EXPECT_EQ(tables->selectedId(), selected) << "the table and the graph agree";
    EXPECT_EQ(selected, dataset.relations()[row].id) << "on the row clicked";
}

TEST_F(ExplorerTest, TheTablesFilterTakesAnyTextWithoutAWarning)
{
    const test::WarningCollector warnings;
    window.showTables(true);
    DatasetTables *tables = window.tables();
    // A lone surrogate, as a broken paste may bring: no regular expression can be made of it.
    tables->filterField()->setText(QString(QChar(0xD800)));
    EXPECT_EQ(tables->bodiesTable()->model()->rowCount(), 0);
    tables->filterField()->setText(QStringLiteral("(SENATE"));
    EXPECT_EQ(tables->bodiesTable()->model()->rowCount(), 0) << "a plain text, not a pattern";
    tables->filterField()->setText(QStringLiteral("SENATE"));
    EXPECT_GE(tables->bodiesTable()->model()->rowCount(), 1) << "in any case";
    EXPECT_TRUE(warnings.warnings().isEmpty()) << warnings.warnings().join(u'\n').toStdString();
}

TEST_F(ExplorerTest, RemembersTheWindowBetweenRuns)
{
    QSettings().clear();
    {
        MainWindow first(dataset, QStringLiteral("test"), layout);
        first.restoreSettings();
        first.resize(1000, 700);
        first.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
        first.showTables(true);
        ASSERT_TRUE(first.select(QStringLiteral("ccgs")));
        QTest::keyClick(&first, Qt::Key_L, Qt::ControlModifier); // top to bottom
        first.close();
    }
    {
        MainWindow neato(dataset, QStringLiteral("test"), layout);
        neato.restoreSettings();
        EXPECT_EQ(neato.engine(), LayoutEngine::Dot);
        neato.setEngine(LayoutEngine::Neato);
        neato.close();
        MainWindow again(dataset, QStringLiteral("test"), layout);
        again.restoreSettings();
        EXPECT_EQ(again.engine(), LayoutEngine::Neato);
        again.setEngine(LayoutEngine::Dot);
        again.close();
    }
    MainWindow second(dataset, QStringLiteral("test"), layout);
    second.restoreSettings();
    second.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second));
    EXPECT_EQ(second.size(), QSize(1000, 700));
    EXPECT_TRUE(second.tablesDock()->isVisible());
    EXPECT_EQ(second.scene()->selectedId(), QStringLiteral("ccgs"));
    const QRectF board =
        second.scene()->bodyItem(QStringLiteral("nhs-commissioning-board"))->sceneBoundingRect();
    const QRectF senates =
        second.scene()->bodyItem(QStringLiteral("clinical-senates"))->sceneBoundingRect();
    EXPECT_LT(board.center().y(), senates.center().y()) << "drawn top to bottom again";
    QSettings().clear();
}

TEST_F(ExplorerTest, AWindowThatNeverRestoredWritesNoSettings)
{
    QSettings().clear();
    window.select(QStringLiteral("ccgs"));
    window.close();
    EXPECT_TRUE(QSettings().allKeys().isEmpty());
}

TEST_F(ExplorerTest, ABirdsEyeViewAppearsWhenTheGraphIsLargerThanTheView)
{
    GraphView *view = window.view();
    BirdsEye *overview = window.birdsEye();
    EXPECT_FALSE(overview->isVisible()) << "the fitted graph is all on show";
    view->zoomBy(4);
    ASSERT_TRUE(overview->isVisible());
    EXPECT_LE(overview->width(), BirdsEye::kMaxWidth + 2);
    EXPECT_TRUE(view->viewport()->geometry().contains(overview->geometry()));

    // Clicking a point of the picture centres the view on that point of the graph (one away
    // from the graph's edges, where the view cannot centre).
    const QPointF target =
        window.scene()->bodyItem(QStringLiteral("clinical-senates"))->sceneBoundingRect().center();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    ASSERT_TRUE(view->sceneRect()
                    .adjusted(shown.width() / 2, shown.height() / 2, -shown.width() / 2,
                              -shown.height() / 2)
                    .contains(target));
    QTest::mouseClick(overview, Qt::LeftButton, {}, overview->fromScene(target).toPoint());
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    const qreal tolerance = 2.0 / overview->width() * view->sceneRect().width() + 2;
    EXPECT_NEAR(centre.x(), target.x(), tolerance);
    EXPECT_NEAR(centre.y(), target.y(), tolerance);

    QTest::keyClick(&window, Qt::Key_F);
    EXPECT_FALSE(overview->isVisible());
}

TEST_F(ExplorerTest, ANewLayoutGlidesBodiesIntoPlaceAndFadesInTheRest)
{
    const QString senates = QStringLiteral("clinical-senates");
    const QPointF before = window.scene()->bodyItem(senates)->sceneBoundingRect().center();
    ASSERT_TRUE(window.focusOn(senates));
    BodyItem *item = window.scene()->bodyItem(senates);
    ASSERT_NE(item, nullptr);
    const QPointF after = item->layoutBox().center();
    ASSERT_NE(before, after) << "focus moved the senates";
    EXPECT_EQ(item->sceneBoundingRect().center(), before) << "it starts where it was";
    const RelationItem *relation =
        window.scene()->relationItem(QStringLiteral("senates-advise-ccgs"));
    ASSERT_NE(relation, nullptr);
    EXPECT_LT(relation->opacity(), 1.0);
    QTest::qWait(MainWindow::kTransitionMilliseconds + 150);
    EXPECT_EQ(item->sceneBoundingRect().center(), after) << "and ends where the layout put it";
    EXPECT_EQ(relation->opacity(), 1.0);
}

TEST_F(ExplorerTest, TheViewMenuLaysTheGraphOutWithAnotherEngine)
{
    QMenu *view = menuNamed(window, QStringLiteral("View"));
    ASSERT_NE(view, nullptr);
    QMenu *engines = nullptr;
    for (QAction *action : view->actions()) {
        if (action->menu() && action->text() == QLatin1String("Layout"))
            engines = action->menu();
    }
    ASSERT_NE(engines, nullptr);
    ASSERT_EQ(engines->actions().size(), layoutEngines().size());
    const QPointF dotBoard =
        window.scene()->bodyItem(QStringLiteral("nhs-commissioning-board"))->layoutBox().center();
    for (QAction *action : engines->actions()) {
        if (action->text().contains(QLatin1String("circo")))
            action->trigger();
    }
    EXPECT_EQ(window.engine(), LayoutEngine::Circo);
    ASSERT_TRUE(window.layoutError().isEmpty()) << window.layoutError().toStdString();
    EXPECT_EQ(drawnBodies().size(), dataset.bodies().size());
    EXPECT_NE(
        window.scene()->bodyItem(QStringLiteral("nhs-commissioning-board"))->layoutBox().center(),
        dotBoard);

    // The command line names the same drawing.
    const ParsedCommandLine parsed = parseCommandLine(
        {QStringLiteral("nhs-explorer"), QStringLiteral("--layout"), QStringLiteral("circo")});
    ASSERT_TRUE(parsed.options);
    MainWindow scripted(dataset, QStringLiteral("test"), layout);
    applyViewOptions(scripted, *parsed.options);
    EXPECT_EQ(scripted.engine(), LayoutEngine::Circo);
    for (const Body &body : dataset.bodies()) {
        EXPECT_EQ(scripted.scene()->bodyItem(body.id)->layoutBox(),
                  window.scene()->bodyItem(body.id)->layoutBox())
            << body.id.toStdString();
    }
}

TEST(FindBar, CountsEveryMatchOnShowHoweverManyThereAre)
{
    DatasetContent content;
    QSet<QString> all, lastTen;
    for (int i = 0; i < 300; ++i) {
        const QString id = QStringLiteral("body-%1").arg(i);
        content.bodies.append({id,
                               QStringLiteral("Body %1").arg(i),
                               {},
                               QStringLiteral("board"),
                               QStringLiteral("advisory"),
                               QStringLiteral("An alpha body"),
                               {}});
        all.insert(id);
        if (i >= 290)
            lastTen.insert(id);
    }
    const Dataset dataset(content);
    FindBar find(dataset);
    find.setShownIds(all);
    find.field()->setText(QStringLiteral("alpha"));
    EXPECT_EQ(find.matches().size(), 300);
    EXPECT_EQ(find.results()->count(), FindBar::kMaxListed);
    EXPECT_EQ(find.countText(), QStringLiteral("300 matches, the best 200 listed"));
    find.setShownIds(lastTen);
    EXPECT_EQ(find.matches().size(), 10) << "matches on show beyond the first 200 hits count";
}

TEST(FindBar, BuildsItsIndexOffTheGuiThreadWhenTheFieldTakesFocus)
{
    const Dataset &dataset = bundledDataset();
    QWidget window;
    auto *find = new FindBar(dataset, &window);
    auto *other = new QLineEdit(&window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    other->setFocus();
    QApplication::processEvents();
    EXPECT_FALSE(find->indexReady()) << "nothing is built before it is asked for";
    find->field()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(find->indexReady(), 10000);

    find->setShownIds(test::everyBodyAndRelationId(dataset));
    find->field()->setText(QStringLiteral("veto"));
    EXPECT_EQ(find->matches(), SearchIndex(dataset).matchingIds(QStringLiteral("veto")));
    EXPECT_FALSE(find->matches().isEmpty());
}

TEST_F(ExplorerTest, TheFilterMenuHidesKindsOfBodyAndTypesOfRelation)
{
    QMenu *filter = menuNamed(window, QStringLiteral("Filter"));
    ASSERT_NE(filter, nullptr);
    const auto entry = [&](const QString &submenu, const QString &value) -> QAction * {
        for (QAction *group : filter->actions()) {
            if (group->menu() && group->text() == submenu) {
                for (QAction *action : group->menu()->actions()) {
                    if (action->data().toString() == value)
                        return action;
                }
            }
        }
        return nullptr;
    };
    QAction *historical =
        entry(QStringLiteral("Kinds of body"), dataset.body(QStringLiteral("fundholding"))->kind);
    ASSERT_NE(historical, nullptr);
    historical->trigger();
    EXPECT_EQ(window.scene()->bodyItem(QStringLiteral("fundholding")), nullptr);
    EXPECT_NE(window.scene()->bodyItem(QStringLiteral("ccgs")), nullptr);
    EXPECT_TRUE(window.viewNote().contains(QStringLiteral("bodies of kind")))
        << window.viewNote().toStdString();

    QAction *advises = entry(QStringLiteral("Types of relation"), QStringLiteral("advises"));
    ASSERT_NE(advises, nullptr);
    advises->trigger();
    EXPECT_EQ(window.scene()->relationItem(QStringLiteral("senates-advise-ccgs")), nullptr);
    EXPECT_NE(window.scene()->bodyItem(QStringLiteral("clinical-senates")), nullptr);

    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_EQ(drawnBodies().size(), dataset.bodies().size());
    EXPECT_EQ(drawnRelations().size(), dataset.relations().size());
    EXPECT_TRUE(historical->isChecked()) << "the menu follows the view";
    EXPECT_TRUE(advises->isChecked());
}

} // namespace
