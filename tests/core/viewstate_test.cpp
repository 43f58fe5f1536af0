// The view state: its equality, its checks against the bundled dataset, and the note it makes.
#include "core/datasetloader.h"
#include "core/timeline.h"
#include "core/viewstate.h"

#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

using namespace nhsx;

namespace {

const QString kName = QStringLiteral("bundled");
const QString kEngland = QStringLiteral("england-2013");
const QString kSenates = QStringLiteral("clinical-senates");
const QString kTour = QStringLiteral("senates-role-in-2011");
const QString kAreaTeam = QStringLiteral("area-team-e39000009"); // West Yorkshire
const std::string kEsc = " Esc shows the whole graph.";

Dataset load(LayerChoice layers)
{
    LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), layers);
    EXPECT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    return loaded.ok() ? std::move(*loaded.dataset) : Dataset();
}

/** The bundled dataset as loaded at start: the England layer's bodies are not read. */
const Dataset &atStart()
{
    static const Dataset dataset = load(LayerChoice::AtStart);
    return dataset;
}

const Dataset &everyLayer()
{
    static const Dataset dataset = load(LayerChoice::Every);
    return dataset;
}

/** The problem as the command line prints it ("--select: ..."), or "none". */
std::string printed(const std::optional<ViewProblem> &problem)
{
    return problem
               ? (optionFor(problem->field) + QStringLiteral(": ") + problem->message).toStdString()
               : std::string("none");
}

std::string noteOf(const ViewState &state, const Dataset &full = atStart())
{
    return viewNote(state, full, datasetAsAt(full, state.query.asAt)).toStdString();
}

TEST(ViewState, EqualsItsCopyAndEachFieldOnItsOwnMakesStatesDiffer)
{
    EXPECT_TRUE(ViewState() == ViewState());
    const std::vector<std::pair<const char *, std::function<void(ViewState &)>>> changes{
        {"layers", [](ViewState &s) { s.query.layers = {kEngland}; }},
        {"aggregate", [](ViewState &s) { s.query.aggregate = true; }},
        {"expanded", [](ViewState &s) { s.query.expanded = {kAreaTeam}; }},
        {"asAt", [](ViewState &s) { s.query.asAt = QStringLiteral("2011-06"); }},
        {"hidden body statuses",
         [](ViewState &s) { s.query.hiddenBodyStatuses = {QStringLiteral("proposed")}; }},
        {"hidden relation statuses",
         [](ViewState &s) { s.query.hiddenRelationStatuses = {QStringLiteral("proposed")}; }},
        {"hidden kinds", [](ViewState &s) { s.query.hiddenKinds = {QStringLiteral("network")}; }},
        {"hidden types", [](ViewState &s) { s.query.hiddenTypes = {QStringLiteral("advises")}; }},
        {"focus", [](ViewState &s) { s.query.focus = kSenates; }},
        {"depth", [](ViewState &s) { s.query.depth = 2; }},
        {"focus direction", [](ViewState &s) { s.query.direction = FocusDirection::In; }},
        {"engine", [](ViewState &s) { s.engine = LayoutEngine::Neato; }},
        {"direction", [](ViewState &s) { s.direction = LayoutDirection::TopToBottom; }},
        {"selection", [](ViewState &s) { s.selection = kSenates; }},
        {"search", [](ViewState &s) { s.search = QStringLiteral("senate"); }},
        {"tour", [](ViewState &s) { s.tour = kTour; }},
        {"tour step", [](ViewState &s) { s.tourStep = 1; }},
        {"presenting", [](ViewState &s) { s.presenting = true; }},
    };
    for (const auto &[field, change] : changes) {
        ViewState changed;
        change(changed);
        EXPECT_FALSE(changed == ViewState()) << field;
        const ViewState copy = changed;
        EXPECT_TRUE(copy == changed) << field;
    }
}

TEST(ViewState, OptionForNamesEachFieldsCommandLineOption)
{
    EXPECT_EQ(optionFor(ViewField::Layer), QStringLiteral("--layer"));
    EXPECT_EQ(optionFor(ViewField::Expanded), QStringLiteral("--expand"));
    EXPECT_EQ(optionFor(ViewField::Selection), QStringLiteral("--select"));
    EXPECT_EQ(optionFor(ViewField::Tour), QStringLiteral("--tour"));
    EXPECT_EQ(optionFor(ViewField::TourStep), QStringLiteral("--tour-step"));
    EXPECT_EQ(optionFor(ViewField::Focus), QStringLiteral("--focus"));
    EXPECT_EQ(optionFor(ViewField::Depth), QStringLiteral("--depth"));
    EXPECT_EQ(optionFor(ViewField::AsAt), QStringLiteral("--as-at"));
}

TEST(ViewState, CheckAcceptsTheDefaultStateAndAValidOne)
{
    EXPECT_EQ(printed(checkView(ViewState(), atStart(), kName)), "none");
    ViewState state;
    state.query.layers = {kEngland};
    state.query.aggregate = true;
    state.query.expanded = {kAreaTeam};
    state.query.focus = kSenates;
    state.query.depth = 3;
    state.query.asAt = QStringLiteral("2011-06");
    state.selection = QStringLiteral("senates-advise-ccgs"); // a relation
    state.tour = kTour;
    state.tourStep = 5;
    state.presenting = true;
    EXPECT_EQ(printed(checkView(state, everyLayer(), kName)), "none");
    state.selection = kSenates; // a body
    state.tourStep = 1;
    EXPECT_EQ(printed(checkView(state, everyLayer(), kName)), "none");
    for (const char *date : {"2011", "2011-12", "2011-06-30"}) {
        state.query.asAt = QString::fromLatin1(date);
        EXPECT_EQ(printed(checkView(state, everyLayer(), kName)), "none") << date;
    }
}

TEST(ViewState, CheckNamesALayerTheDatasetLacksAndListsTheLayers)
{
    ViewState state;
    state.query.layers = {kNationalLayer, QStringLiteral("wales-2013")};
    const auto problem = checkView(state, atStart(), kName);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, ViewField::Layer);
    EXPECT_EQ(printed(problem),
              "--layer: no layer 'wales-2013' in bundled; the layers are national-2011, "
              "england-2013");
}

TEST(ViewState, CheckNeedsTheExpandedBodiesRead)
{
    ViewState state;
    state.query.layers = {kEngland};
    state.query.aggregate = true;
    state.query.expanded = {kAreaTeam};
    // At start the England layer's bodies are not read, so the area team is not there yet.
    const auto problem = checkView(state, atStart(), kName);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, ViewField::Expanded);
    EXPECT_EQ(printed(problem), "--expand: no body 'area-team-e39000009' in bundled");
    EXPECT_FALSE(checkView(state, everyLayer(), kName));
}

TEST(ViewState, CheckNamesASelectionThatIsNeitherBodyNorRelation)
{
    ViewState state;
    state.selection = QStringLiteral("x");
    const auto problem = checkView(state, atStart(), kName);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, ViewField::Selection);
    EXPECT_EQ(printed(problem), "--select: no body or relation 'x' in bundled");
}

TEST(ViewState, CheckNamesATourTheDatasetLacksAndListsTheTours)
{
    ViewState state;
    state.tour = QStringLiteral("no-such-tour");
    state.tourStep = 1;
    const auto problem = checkView(state, atStart(), kName);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, ViewField::Tour);
    EXPECT_EQ(printed(problem),
              "--tour: no tour 'no-such-tour' in bundled; the tours are who-can-stop-a-ccg-plan, "
              "what-is-a-clinical-senate, senates-role-in-2011");
}

TEST(ViewState, CheckKeepsTheTourStepWithinTheTour)
{
    ViewState state;
    state.tour = kTour;
    for (const int step : {0, 6, -1}) {
        state.tourStep = step;
        const auto problem = checkView(state, atStart(), kName);
        ASSERT_TRUE(problem) << step;
        EXPECT_EQ(problem->field, ViewField::TourStep);
        EXPECT_EQ(printed(problem), "--tour-step: tour 'senates-role-in-2011' has 5 steps");
    }
    // With no tour there is no step.
    state.tour.clear();
    state.tourStep = 2;
    const auto problem = checkView(state, atStart(), kName);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, ViewField::TourStep);
    EXPECT_EQ(printed(problem), "--tour-step: step 2, but no tour plays");
}

TEST(ViewState, CheckNamesAFocusThatIsNoBody)
{
    ViewState state;
    state.query.focus = QStringLiteral("senates-advise-ccgs"); // a relation, not a body
    const auto problem = checkView(state, atStart(), kName);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, ViewField::Focus);
    EXPECT_EQ(printed(problem), "--focus: no body 'senates-advise-ccgs' in bundled");
}

TEST(ViewState, CheckKeepsTheDepthFromOneToThree)
{
    ViewState state;
    for (const int depth : {0, 4}) {
        state.query.depth = depth;
        const auto problem = checkView(state, atStart(), kName);
        ASSERT_TRUE(problem) << depth;
        EXPECT_EQ(problem->field, ViewField::Depth);
        EXPECT_EQ(printed(problem), "--depth: expected 1, 2 or 3, not " + std::to_string(depth));
    }
}

TEST(ViewState, CheckWantsTheDateAsYearMonthOrDay)
{
    ViewState state;
    for (const char *date : {"2011-13", "11-06-20", "2011-6-1", "2011-06-32", "June 2011"}) {
        state.query.asAt = QString::fromLatin1(date);
        const auto problem = checkView(state, atStart(), kName);
        ASSERT_TRUE(problem) << date;
        EXPECT_EQ(problem->field, ViewField::AsAt);
        EXPECT_EQ(printed(problem), std::string("--as-at: expected a date as YYYY, YYYY-MM or "
                                                "YYYY-MM-DD, e.g. 2011-06-20, not '") +
                                        date + "'");
    }
}

TEST(ViewState, CheckReportsTheFirstProblemInItsOrder)
{
    ViewState state;
    state.query.asAt = QStringLiteral("never");
    state.query.depth = 9;
    state.query.focus = QStringLiteral("nowhere");
    state.tour = QStringLiteral("nowhere");
    state.selection = QStringLiteral("nowhere");
    state.query.expanded = {QStringLiteral("nowhere")};
    state.query.layers = {QStringLiteral("nowhere")};
    const std::vector<ViewField> order{ViewField::Layer, ViewField::Expanded, ViewField::Selection,
                                       ViewField::Tour,  ViewField::Focus,    ViewField::Depth,
                                       ViewField::AsAt};
    const std::vector<std::function<void(ViewState &)>> fixes{
        [](ViewState &s) { s.query.layers = {kNationalLayer}; },
        [](ViewState &s) { s.query.expanded.clear(); },
        [](ViewState &s) { s.selection.clear(); },
        [](ViewState &s) { s.tour.clear(); },
        [](ViewState &s) { s.query.focus = kSenates; },
        [](ViewState &s) { s.query.depth = 1; },
        [](ViewState &s) { s.query.asAt.clear(); },
    };
    for (size_t i = 0; i < order.size(); ++i) {
        const auto problem = checkView(state, atStart(), kName);
        ASSERT_TRUE(problem) << i;
        EXPECT_EQ(problem->field, order[i]) << printed(problem);
        fixes[i](state);
    }
    EXPECT_EQ(printed(checkView(state, atStart(), kName)), "none");
}

TEST(ViewState, FocusDirectionLabelsAreTheControlsWords)
{
    EXPECT_EQ(focusDirectionLabel(FocusDirection::Both), QStringLiteral("both ways"));
    EXPECT_EQ(focusDirectionLabel(FocusDirection::In), QStringLiteral("incoming"));
    EXPECT_EQ(focusDirectionLabel(FocusDirection::Out), QStringLiteral("outgoing"));
}

TEST(ViewState, NoteIsEmptyForTheWholeGraph)
{
    EXPECT_EQ(noteOf(ViewState()), "");
    ViewState state; // what is not filter, focus, date or layer makes no note
    state.selection = kSenates;
    state.search = QStringLiteral("senate");
    state.engine = LayoutEngine::Circo;
    EXPECT_EQ(noteOf(state), "");
}

TEST(ViewState, NoteSaysTheDate)
{
    ViewState state;
    state.query.asAt = QStringLiteral("2011-06-20");
    EXPECT_EQ(noteOf(state), "As at 20 June 2011: only what the sources had said by then, with "
                             "statuses as they then stood." +
                                 kEsc);
}

TEST(ViewState, NoteSaysTheFocusItsReachAndDirection)
{
    ViewState state;
    state.query.focus = kSenates;
    EXPECT_EQ(noteOf(state),
              "Focus: Clinical senates and the bodies one relation away (both ways)." + kEsc);
    state.query.depth = 2;
    state.query.direction = FocusDirection::In;
    EXPECT_EQ(noteOf(state),
              "Focus: Clinical senates and the bodies up to 2 relations away (incoming)." + kEsc);
    state.query.depth = 3;
    state.query.direction = FocusDirection::Out;
    EXPECT_EQ(noteOf(state),
              "Focus: Clinical senates and the bodies up to 3 relations away (outgoing)." + kEsc);
}

TEST(ViewState, NoteSaysWhenTheFocusWasNotNamedByTheDate)
{
    ViewState state;
    state.query.asAt = QStringLiteral("2011-06-13");
    state.query.focus = QStringLiteral("monitor"); // first quoted on 20 June 2011
    ASSERT_TRUE(atStart().body(state.query.focus));
    ASSERT_FALSE(datasetAsAt(atStart(), state.query.asAt).body(state.query.focus));
    EXPECT_EQ(noteOf(state), "As at 13 June 2011: only what the sources had said by then, with "
                             "statuses as they then stood. Focus: Monitor, which the sources had "
                             "not named by then." +
                                 kEsc);
    state.query.focus = kSenates; // named by then
    EXPECT_EQ(noteOf(state), "As at 13 June 2011: only what the sources had said by then, with "
                             "statuses as they then stood. Focus: Clinical senates and the "
                             "bodies one relation away (both ways)." +
                                 kEsc);
}

TEST(ViewState, NoteListsTheHiddenStatusesSorted)
{
    ViewState state;
    state.query.hiddenBodyStatuses = {QStringLiteral("proposed"), QStringLiteral("historical")};
    EXPECT_EQ(noteOf(state), "Filter on: historical, proposed bodies hidden." + kEsc);
    state.query.hiddenRelationStatuses = {QStringLiteral("unstated"), QStringLiteral("advisory")};
    state.query.hiddenKinds = {QStringLiteral("network")};
    state.query.hiddenTypes = {QStringLiteral("hosts"), QStringLiteral("advises")};
    EXPECT_EQ(noteOf(state), "Filter on: historical, proposed bodies and advisory, unstated "
                             "relations and bodies of kind network and relations of type "
                             "advises, hosts hidden." +
                                 kEsc);
}

TEST(ViewState, NoteLeavesOutEscDuringATourOrPresenting)
{
    ViewState state;
    state.query.focus = kSenates;
    const std::string focus =
        "Focus: Clinical senates and the bodies one relation away (both ways).";
    ASSERT_EQ(noteOf(state), focus + kEsc);
    state.tour = kTour;
    state.tourStep = 2;
    EXPECT_EQ(noteOf(state), focus);
    state.tour.clear();
    state.tourStep = 0;
    state.presenting = true;
    EXPECT_EQ(noteOf(state), focus);
}

TEST(ViewState, NoteSaysHowTheEnglandLayerIsShownFirst)
{
    ViewState state;
    state.query.layers = {kEngland};
    state.query.aggregate = true;
    const std::string aggregated =
        "England, April 2013: each area team and CCG stands for the bodies under it (▸); "
        "double-click one, or select it and press Enter, to show them.";
    EXPECT_EQ(noteOf(state), aggregated); // alone, it offers no Esc
    EXPECT_EQ(noteOf(state, everyLayer()), aggregated);
    state.query.aggregate = false;
    const std::string whole =
        "England, April 2013: every body, with those of the national picture that it links to.";
    EXPECT_EQ(noteOf(state), whole);
    state.query.focus = kSenates;
    EXPECT_EQ(noteOf(state),
              whole + " Focus: Clinical senates and the bodies one relation away (both ways)." +
                  kEsc);
    // The national layer, several layers or a layer the dataset lacks make no layer note.
    for (const QSet<QString> &layers :
         {QSet<QString>{kNationalLayer}, QSet<QString>{kNationalLayer, kEngland},
          QSet<QString>{QStringLiteral("wales-2013")}, QSet<QString>{}}) {
        state.query.layers = layers;
        EXPECT_EQ(noteOf(state),
                  "Focus: Clinical senates and the bodies one relation away (both ways)." + kEsc);
    }
}

} // namespace

TEST(ViewState, TourStepOfIsTheStepPlayingOrNone)
{
    LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
    ASSERT_TRUE(loaded.ok());
    const Dataset &dataset = *loaded.dataset;
    const QString tour = QStringLiteral("senates-role-in-2011");
    const QList<const TourStep *> steps = dataset.stepsOf(tour);
    ASSERT_GE(steps.size(), 2);
    ViewState state;
    EXPECT_EQ(tourStepOf(state, dataset), nullptr) << "no tour";
    state.tour = tour;
    state.tourStep = 2;
    EXPECT_EQ(tourStepOf(state, dataset), steps[1]);
    state.tourStep = int(steps.size()) + 1;
    EXPECT_EQ(tourStepOf(state, dataset), nullptr) << "past the last step";
    state.tourStep = 0;
    EXPECT_EQ(tourStepOf(state, dataset), nullptr);
}
