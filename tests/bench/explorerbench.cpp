// What a user waits for, on the bundled dataset and on a generated one of 1,000 bodies:
//   keystroke      search for "v", "ve", "vet", "veto", each typed after the letters before it:
//                  "index" (SearchIndex::search alone), "findbar" (the find bar's field, results
//                  list and count), "window" (the main window's find field: results, highlight in
//                  the graph and the repaint that follows);
//   filter         historical bodies and proposed relations hidden (two legend clicks);
//   focus-depth-N  the hub body and the bodies up to N relations away;
//   whole-graph    everything, as at start-up: bundled/whole-graph/layout is the baseline.
// Re-layouts are measured at three levels: "layout" (visibleGraph, layout request, Graphviz),
// "scene" (the same and the scene's items rebuilt) and "window" (MainWindow::setQuery and the
// repaint that follows). Times are per keystroke or per re-layout; setup is not timed.
//
// On the generated dataset Graphviz takes over a minute for the whole graph, the filter and
// depth 2, so those run only with --slow (Graphviz alone, once each). Its main window is built on
// a grid (no Graphviz) and shows the hub at depth 1, the one generated view laid out in seconds,
// also for its keystrokes.
//
// Not a test: cmake --build build/default --target explorer-benchmark
// Google Benchmark options pass through, e.g. nhsx-explorer-bench --benchmark_filter=bundled
#include "app/controls/findbar.h"
#include "app/graph/graphscene.h"
#include "app/shell/mainwindow.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "core/search.h"
#include "data/bundleddataset.h"
#include "generateddataset.h"
#include "support/testdatasets.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

using namespace nhsx;

namespace {

const GraphvizLayout &graphviz()
{
    static const GraphvizLayout layout;
    return layout;
}

/**
 * Graphviz, or while inGrid is set, nodes in rows and straight edges: lets a main window be
 * built without laying out a graph that takes Graphviz minutes. Nothing timed uses the grid.
 */
class BenchLayout final : public Layout
{
public:
    bool inGrid = false;

    LayoutResult compute(const LayoutRequest &request) const override
    {
        if (!inGrid)
            return graphviz().compute(request);
        LayoutResult result;
        const int columns = std::max(1, int(std::ceil(std::sqrt(double(request.nodes.size())))));
        QHash<QString, QPointF> centres;
        for (qsizetype i = 0; i < request.nodes.size(); ++i) {
            const LayoutNode &node = request.nodes[i];
            QRectF box(QPointF(), node.size);
            box.moveCenter(QPointF(250.0 * double(i % columns), 80.0 * double(i / columns)));
            result.nodes.append({node.id, box});
            centres.insert(node.id, box.center());
            result.bounds |= box;
        }
        for (const LayoutEdge &edge : request.edges) {
            const QPointF from = centres.value(edge.from), to = centres.value(edge.to);
            result.edges.append({edge.id, {from, from, to, to}, std::nullopt, std::nullopt});
        }
        return result;
    }
};

/** Whether two queries show the same. */
bool sameView(const GraphQuery &a, const GraphQuery &b)
{
    return a.hiddenBodyStatuses == b.hiddenBodyStatuses &&
           a.hiddenRelationStatuses == b.hiddenRelationStatuses && a.hiddenKinds == b.hiddenKinds &&
           a.hiddenTypes == b.hiddenTypes && a.focus == b.focus &&
           (a.focus.isEmpty() || (a.depth == b.depth && a.direction == b.direction));
}

/** A dataset with the widgets built on it, made the first time a benchmark needs them. */
class Subject
{
public:
    Subject(QString name, Dataset dataset, QString hub, bool largeGraph)
        : name(std::move(name)), dataset(std::move(dataset)), hub(std::move(hub)),
          largeGraph(largeGraph)
    {
    }

    const QString name;
    const Dataset dataset;
    const QString hub;     // the body with the most relations
    const bool largeGraph; // too large for Graphviz to lay out whole in seconds

    /** What the main window shows while keystrokes are measured. */
    GraphQuery searchView() const
    {
        GraphQuery query;
        if (largeGraph)
            query.focus = hub;
        return query;
    }

    SearchIndex &index()
    {
        if (!mIndex)
            mIndex = std::make_unique<SearchIndex>(dataset);
        return *mIndex;
    }
    /** A find bar on its own, with every body and relation on show. */
    FindBar &findBar()
    {
        if (!mFindBar) {
            mFindBar = std::make_unique<FindBar>(dataset);
            mFindBar->setShownIds(test::everyBodyAndRelationId(dataset));
        }
        return *mFindBar;
    }
    GraphScene &scene()
    {
        if (!mScene)
            mScene = std::make_unique<GraphScene>();
        return *mScene;
    }
    /** The main window, shown (offscreen), 1280 x 800. */
    MainWindow &window()
    {
        if (!mWindow) {
            mLayout.inGrid = largeGraph;
            mWindow = std::make_unique<MainWindow>(dataset, name, mLayout);
            mLayout.inGrid = false;
            if (largeGraph)
                mWindow->setQuery(searchView());
            mWindow->resize(1280, 800);
            mWindow->show();
            if (!QTest::qWaitForWindowExposed(mWindow.get()))
                throw std::runtime_error("the main window was not exposed");
        }
        return *mWindow;
    }
    void release()
    {
        mWindow.reset();
        mScene.reset();
        mFindBar.reset();
        mIndex.reset();
    }

private:
    BenchLayout mLayout;
    std::unique_ptr<SearchIndex> mIndex;
    std::unique_ptr<FindBar> mFindBar;
    std::unique_ptr<GraphScene> mScene;
    std::unique_ptr<MainWindow> mWindow;
};

GraphQuery filterQuery()
{
    GraphQuery query;
    query.hiddenBodyStatuses = {QStringLiteral("historical")};
    query.hiddenRelationStatuses = {QStringLiteral("proposed")};
    return query;
}

GraphQuery focusQuery(const QString &hub, int depth)
{
    GraphQuery query;
    query.focus = hub;
    query.depth = depth;
    return query;
}

/** Delivers what is pending, repaints included. */
void processEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

/** Types the prefix's last character after the rest, into this field; only the key is timed. */
void typeLastCharacter(benchmark::State &state, QLineEdit *field, const QString &prefix,
                       bool repaint)
{
    const char key = prefix.back().toLatin1();
    for (auto _ : state) {
        state.PauseTiming();
        field->setText(prefix.chopped(1));
        if (repaint)
            processEvents();
        state.ResumeTiming();
        QTest::keyClick(field, key);
        if (repaint)
            processEvents();
    }
}

void keystrokeIndex(benchmark::State &state, Subject &subject, const QString &prefix)
{
    SearchIndex &index = subject.index();
    qsizetype hits = 0;
    for (auto _ : state) {
        const QList<SearchHit> found = index.search(prefix);
        hits = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["hits"] = double(hits);
}

void keystrokeFindBar(benchmark::State &state, Subject &subject, const QString &prefix)
{
    FindBar &bar = subject.findBar();
    typeLastCharacter(state, bar.field(), prefix, false);
    state.counters["matches"] = double(bar.matches().size());
}

void keystrokeWindow(benchmark::State &state, Subject &subject, const QString &prefix)
{
    MainWindow &window = subject.window();
    if (!sameView(window.query(), subject.searchView()))
        window.setQuery(subject.searchView());
    typeLastCharacter(state, window.findBar()->field(), prefix, true);
    state.counters["matches"] = double(window.findBar()->matches().size());
    window.find({});
    processEvents();
}

void relayoutLayout(benchmark::State &state, Subject &subject, const GraphQuery &query)
{
    VisibleGraph visible;
    for (auto _ : state) {
        visible = visibleGraph(subject.dataset, query);
        const LayoutRequest request = GraphScene::layoutRequest(subject.dataset, visible);
        const LayoutResult result = graphviz().compute(request);
        if (!result.ok()) {
            state.SkipWithError(result.error.toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["bodies"] = double(visible.bodies.size());
    state.counters["relations"] = double(visible.relations.size());
}

void relayoutScene(benchmark::State &state, Subject &subject, const GraphQuery &query)
{
    GraphScene &scene = subject.scene();
    for (auto _ : state) {
        const VisibleGraph visible = visibleGraph(subject.dataset, query);
        const QString error = scene.showDataset(subject.dataset, graphviz(), visible);
        if (!error.isEmpty()) {
            state.SkipWithError(error.toStdString().c_str());
            break;
        }
    }
    state.counters["items"] = double(scene.items().size());
}

void relayoutWindow(benchmark::State &state, Subject &subject, const GraphQuery &query)
{
    MainWindow &window = subject.window();
    processEvents();
    for (auto _ : state) {
        window.setQuery(query);
        processEvents();
        if (!window.layoutError().isEmpty()) {
            state.SkipWithError(window.layoutError().toStdString().c_str());
            break;
        }
    }
}

template <typename Argument>
using Function = void (*)(benchmark::State &, Subject &, const Argument &);

/** Times in ms; medians and means of several runs: of one re-layout each when it is slow. */
template <typename Argument>
void add(const std::string &name, Subject &subject, Function<Argument> function,
         const Argument &argument, bool slow)
{
    auto *benchmark = benchmark::RegisterBenchmark(
        name.c_str(), [function, &subject, argument](benchmark::State &state) {
            function(state, subject, argument);
        });
    benchmark->Unit(benchmark::kMillisecond)->UseRealTime()->ReportAggregatesOnly(true);
    if (slow)
        benchmark->Iterations(1)->Repetitions(5);
    else
        benchmark->MinTime(0.2)->Repetitions(5);
}

void registerAll(Subject &subject, bool withSlow)
{
    const std::string name = subject.name.toStdString();
    const std::pair<const char *, GraphQuery> queries[] = {
        {"whole-graph", GraphQuery{}},
        {"filter", filterQuery()},
        {"focus-depth-1", focusQuery(subject.hub, 1)},
        {"focus-depth-2", focusQuery(subject.hub, 2)},
    };
    for (const auto &[what, query] : queries) {
        const std::string prefix = name + "/" + what;
        if (subject.largeGraph && !sameView(query, subject.searchView())) {
            // Minutes each: Graphviz alone, and once, is enough to show it.
            if (withSlow) {
                benchmark::RegisterBenchmark((prefix + "/layout").c_str(),
                                             [&subject, query = query](benchmark::State &state) {
                                                 relayoutLayout(state, subject, query);
                                             })
                    ->Unit(benchmark::kMillisecond)
                    ->UseRealTime()
                    ->Iterations(1);
            }
            continue;
        }
        add<GraphQuery>(prefix + "/layout", subject, relayoutLayout, query, subject.largeGraph);
        add<GraphQuery>(prefix + "/scene", subject, relayoutScene, query, subject.largeGraph);
        add<GraphQuery>(prefix + "/window", subject, relayoutWindow, query, subject.largeGraph);
    }
    const std::pair<const char *, Function<QString>> keystrokes[] = {
        {"index", keystrokeIndex}, {"findbar", keystrokeFindBar}, {"window", keystrokeWindow}};
    for (const auto &[level, function] : keystrokes) {
        for (const char *text : {"v", "ve", "vet", "veto"}) {
            add<QString>(name + "/keystroke-" + level + "/" + text, subject, function,
                         QString::fromLatin1(text), false);
        }
    }
}

Subject *bundledSubject()
{
    LoadResult loaded = loadDatasetImage(bundledDatasetImage(), bundledDatasetName());
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return new Subject(QStringLiteral("bundled"), std::move(*loaded.dataset),
                       QStringLiteral("ccgs"), false);
}

Subject *generatedSubject()
{
    return new Subject(QStringLiteral("generated"), Dataset(bench::generatedDatasetContent()),
                       QString::fromLatin1(bench::kGeneratedHub), true);
}

std::string sizeOf(const Dataset &dataset)
{
    return std::to_string(dataset.bodies().size()) + " bodies, " +
           std::to_string(dataset.relations().size()) + " relations, " +
           std::to_string(dataset.quotes().size()) + " quotes";
}

QtMessageHandler standardMessages = nullptr;

/** The offscreen platform says this at every window resize: noise between the figures. */
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (standardMessages)
        standardMessages(type, context, message);
}

/** Removes our own option from the arguments; true if it was there. */
bool takeOption(int &argc, char *argv[], const char *option)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], option) == 0) {
            for (int j = i; j + 1 <= argc; ++j)
                argv[j] = argv[j + 1];
            --argc;
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    standardMessages = qInstallMessageHandler(quietMessages);
    const bool withSlow = takeOption(argc, argv, "--slow");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        std::fprintf(stderr, "nhsx-explorer-bench: also --slow: the generated whole graph, filter "
                             "and depth 2, over a minute each\n");
        return 1;
    }

    try {
        // Created after the application and deleted before it: they hold widgets.
        const std::unique_ptr<Subject> bundled(bundledSubject());
        const std::unique_ptr<Subject> generated(generatedSubject());
        benchmark::AddCustomContext("bundled", sizeOf(bundled->dataset));
        benchmark::AddCustomContext("generated", sizeOf(generated->dataset));
        const VisibleGraph hubView = visibleGraph(generated->dataset, generated->searchView());
        benchmark::AddCustomContext(
            "generated window",
            "shows " + generated->hub.toStdString() + " at depth 1 (" +
                std::to_string(hubView.bodies.size()) + " bodies, " +
                std::to_string(hubView.relations.size()) + " relations)" +
                (withSlow ? "" : "; whole graph, filter and depth 2 skipped (--slow runs them)"));

        // The first layout and search in a process pay for Graphviz's and SQLite's start.
        if (!graphviz().compute(GraphScene::layoutRequest(bundled->dataset)).ok())
            throw std::runtime_error("the bundled graph could not be laid out");
        bundled->index().search(QStringLiteral("veto"));

        registerAll(*bundled, withSlow);
        registerAll(*generated, withSlow);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        generated->release();
        bundled->release();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "nhsx-explorer-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
