#include "app/document/explorerdocument.h"
#include "core/datasetloader.h"
#include "data/bundleddataset.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

using Change = ExplorerDocument::Change;

const QString kSenates = QStringLiteral("clinical-senates");
const QString kCcgs = QStringLiteral("ccgs");
const QString kEngland = QStringLiteral("england-2013");

/** The bundled dataset as the window's first load reads it: the national layer only. */
Dataset datasetAtStart()
{
    LoadResult loaded =
        loadDatasetImage(bundledDatasetImage(), bundledDatasetName(), LayerChoice::AtStart);
    EXPECT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    return std::move(*loaded.dataset);
}

class ExplorerDocumentTest : public ::testing::Test
{
protected:
    ExplorerDocument document{datasetAtStart(), bundledDatasetName()};
    QSignalSpy changes{&document, &ExplorerDocument::changed};

    /** The one notification since the last call, or fails. */
    ExplorerDocument::Changes onlyChange()
    {
        EXPECT_EQ(changes.size(), 1);
        if (changes.size() != 1)
            return {};
        const auto what = changes.takeFirst().at(0).value<ExplorerDocument::Changes>();
        return what;
    }
};

TEST_F(ExplorerDocumentTest, StartsWithTheWholeNationalPictureOnShow)
{
    EXPECT_EQ(document.state(), ViewState());
    EXPECT_EQ(document.shownGraph().bodies.size(), document.dataset().bodies().size());
    EXPECT_TRUE(document.viewNote().isEmpty());
}

TEST_F(ExplorerDocumentTest, AnEqualStateChangesNothingAndAnnouncesNothing)
{
    EXPECT_TRUE(document.apply(document.state()));
    EXPECT_TRUE(changes.isEmpty());
}

TEST_F(ExplorerDocumentTest, OneApplyIsOneNotificationNamingEveryPartThatChanged)
{
    ViewState next;
    next.query.focus = kSenates;
    next.selection = kSenates;
    next.search = QStringLiteral("veto");
    next.engine = LayoutEngine::Neato;
    ASSERT_TRUE(document.apply(next));
    EXPECT_EQ(onlyChange(), Change::Query | Change::Selection | Change::Search | Change::Layout);
    EXPECT_EQ(document.state(), next);
    EXPECT_TRUE(document.viewNote().contains(QStringLiteral("Focus: Clinical senates")));
    EXPECT_LT(document.shownGraph().bodies.size(), document.dataset().bodies().size());

    next.presenting = true;
    ASSERT_TRUE(document.apply(next));
    EXPECT_EQ(onlyChange(), Change::Presentation);
}

TEST_F(ExplorerDocumentTest, AStateThatCannotBeShownIsRefusedAndTheViewStaysAsItWas)
{
    ViewState good;
    good.selection = kSenates;
    ASSERT_TRUE(document.apply(good));
    changes.clear();
    for (const auto &[edit, words] :
         std::initializer_list<std::pair<std::function<void(ViewState &)>, QString>>{
             {[](ViewState &s) { s.query.focus = QStringLiteral("no-such-body"); },
              QStringLiteral("no body 'no-such-body'")},
             {[](ViewState &s) { s.query.depth = 4; }, QStringLiteral("expected 1, 2 or 3")},
             {[](ViewState &s) { s.tour = QStringLiteral("no-such-tour"); },
              QStringLiteral("no tour 'no-such-tour'")},
             {[](ViewState &s) { s.query.layers = {QStringLiteral("mars")}; },
              QStringLiteral("no layer 'mars'")},
         }) {
        ViewState bad = good;
        edit(bad);
        QString problem;
        EXPECT_FALSE(document.apply(bad, &problem));
        EXPECT_TRUE(problem.contains(words)) << problem.toStdString();
        EXPECT_EQ(document.state(), good);
        EXPECT_TRUE(changes.isEmpty());
    }
}

TEST_F(ExplorerDocumentTest, ASelectionOffShowIsRefusedOnItsOwnAndDroppedByAView)
{
    ViewState focused;
    focused.query.focus = QStringLiteral("monitor");
    focused.query.direction = FocusDirection::Out;
    ASSERT_TRUE(document.apply(focused));
    ViewState far = focused;
    far.selection = QStringLiteral("fundholding");
    ASSERT_FALSE(document.shownIds().contains(far.selection));
    QString problem;
    EXPECT_FALSE(document.apply(far, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("not on show"))) << problem.toStdString();
    EXPECT_EQ(document.state(), focused);

    // Selected on the whole graph, then hidden by a filter of its status: the view drops it.
    ViewState selected;
    selected.selection = QStringLiteral("fundholding");
    ASSERT_TRUE(document.apply(selected));
    changes.clear();
    ViewState filtered = selected;
    filtered.query.hiddenBodyStatuses = {document.dataset().body(selected.selection)->status};
    ASSERT_TRUE(document.apply(filtered));
    EXPECT_EQ(onlyChange(), Change::Query | Change::Selection);
    EXPECT_TRUE(document.state().selection.isEmpty());
}

TEST_F(ExplorerDocumentTest, TheDatasetShownIsTheOneAsAtTheDate)
{
    ViewState june;
    june.query.asAt = QStringLiteral("2011-06");
    ASSERT_TRUE(document.apply(june));
    EXPECT_EQ(onlyChange(), Change::Dataset | Change::Query);
    EXPECT_EQ(document.dataset().body(kSenates)->status, QStringLiteral("proposed"));
    EXPECT_EQ(document.fullDataset().body(kSenates)->status, QStringLiteral("advisory"));
    EXPECT_TRUE(document.viewNote().startsWith(QStringLiteral("As at")));
}

TEST_F(ExplorerDocumentTest, ReadsTheLayerAViewNeedsOnceAndAnnouncesItWithTheView)
{
    ASSERT_FALSE(document.unreadLayerName().isEmpty());
    ViewState england;
    england.query.layers = {kEngland};
    england.query.aggregate = true;
    ASSERT_TRUE(document.apply(england));
    EXPECT_EQ(onlyChange(), Change::Dataset | Change::Query);
    EXPECT_TRUE(document.unreadLayerName().isEmpty());
    EXPECT_TRUE(document.fullDataset().layer(kEngland)->loaded);
    EXPECT_GT(document.fullDataset().bodies().size(), 8000);
}

TEST_F(ExplorerDocumentTest, SelectingABodyUnderACollapsedOneExpandsWhatStandsAboveIt)
{
    ViewState england;
    england.query.layers = {kEngland};
    england.query.aggregate = true;
    ASSERT_TRUE(document.apply(england));
    changes.clear();
    ViewState practice = england;
    practice.selection = QStringLiteral("practice-a81001");
    ASSERT_TRUE(document.apply(practice));
    EXPECT_EQ(onlyChange(), Change::Query | Change::Selection);
    EXPECT_EQ(document.state().selection, practice.selection);
    EXPECT_FALSE(document.state().query.expanded.isEmpty());
    EXPECT_TRUE(document.shownIds().contains(practice.selection));
}

TEST_F(ExplorerDocumentTest, BackAndForwardWalkTheSelections)
{
    EXPECT_FALSE(document.canGoBack());
    for (const QString &id : {kSenates, kCcgs, QStringLiteral("monitor")}) {
        ViewState next = document.state();
        next.selection = id;
        ASSERT_TRUE(document.apply(next));
    }
    EXPECT_TRUE(document.goBack());
    EXPECT_EQ(document.state().selection, kCcgs);
    EXPECT_TRUE(document.goBack());
    EXPECT_EQ(document.state().selection, kSenates);
    EXPECT_FALSE(document.goBack());
    EXPECT_TRUE(document.goForward());
    EXPECT_EQ(document.state().selection, kCcgs);
    ViewState other = document.state();
    other.selection = QStringLiteral("monitor");
    ASSERT_TRUE(document.apply(other));
    EXPECT_FALSE(document.canGoForward()) << "a new selection ends the way forward";
}

TEST_F(ExplorerDocumentTest, ATourStepIsOneStateWithItsQueryAndSelection)
{
    const QString tour = QStringLiteral("senates-role-in-2011");
    const QList<const TourStep *> steps = document.fullDataset().stepsOf(tour);
    ASSERT_GE(steps.size(), 2);
    ViewState searching;
    searching.search = QStringLiteral("veto");
    ASSERT_TRUE(document.apply(searching));
    changes.clear();
    const ViewState step = stateForTourStep(document.state(), tour, 2, *steps[1]);
    ASSERT_TRUE(document.apply(step));
    EXPECT_TRUE(onlyChange() & Change::Tour);
    EXPECT_EQ(document.state().tourStep, 2);
    EXPECT_TRUE(document.state().search.isEmpty()) << "the step's highlight replaces a search";
    EXPECT_EQ(document.state().query, queryForStep(*steps[1]));
    const QString first =
        steps[1]->bodies.isEmpty() ? steps[1]->relations.value(0) : steps[1]->bodies.front();
    EXPECT_EQ(document.state().selection, first);
}

} // namespace
