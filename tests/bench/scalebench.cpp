// The bundled dataset with every layer (8,059 bodies: the England, April 2013 layer read
// as well as the national one), each figure against a baseline measured in the same run:
//   load           the bundled image read as at start (national layer) and with every layer;
//   layout/N       the national layer and the first England bodies (regions, area teams, CCGs,
//                  then practices) with the relations among them, N = 30, 300, 3,000, 8,000:
//                  "request" (label sizes measured in the theme's fonts, as the scene does),
//                  "graphviz" (GraphvizLayout, dot in-process) against "dot-command" (`dot
//                  -Tplain`) and "sfdp-command" (`sfdp -Tplain`) run on the same DOT text, as
//                  GraphvizLayout::toDot writes it; "cached" (the same layout read back from
//                  a layout cache's file, as at the window's next start) against "graphviz".
//                  Above 500 bodies and relations GraphvizLayout bounds dot's work (nslimit,
//                  mclimit, straight edges), and the DOT text says so, so the commands do the same;
//   layout/every-layer  the main window showing every body (8,059): "window" from setQuery until
//                  the layout, run off the GUI thread, is drawn ("gui_ms": how long setQuery held
//                  the GUI thread, "stall_ms": its longest wait, until the new bodies have faded
//                  in, "stall_at_ms": when that wait began; near the layout's time, it is the
//                  drawing), against "dot-command" and
//                  "sfdp-command" on the window's DOT text;
//   zoom-fitted    a zoom step (by 1.25, then back) of the view fitted to the window, painted at
//                  once: every layer (8,000 bodies, dots and hairlines) against the national one;
//   pan-readable   a pan step of 120 pixels along the graph's long side at scale 1, where names
//                  can be read, painted at once, likewise;
//   keystroke      each letter of "surg" and "veto" typed after the letters before it: "index"
//                  (the search as the find bar asks it: every id matched, snippets for the 200
//                  it lists; "hits" counts the ids) and "findbar" (the find bar's
//                  field, results list and count, everything on show), every layer against the
//                  national layer alone; "index-build" is what the first keystroke adds;
//   select         a body selected until the details panel has painted it: "panel" (the panel
//                  alone) and "window" (a click's selection in the main window, which shows the
//                  CCG with the most practices, its neighbours and so the other two bodies): the
//                  national body "ccgs" (211 CCGs join it in the England layer), that CCG and
//                  its first practice, against "ccgs" without the England layer.
// At the end the medians are printed with their baselines, ratios and the 16 ms targets.
// About eight minutes, most of it the layouts of 8,000 bodies.
//
// Not a test: cmake --build build/default --target scale-benchmark
// Google Benchmark options pass through, e.g. nhsx-scale-bench --benchmark_filter=keystroke
#include "app/controls/findbar.h"
#include "app/graph/dotexport.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/shell/mainwindow.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "core/layoutcache.h"
#include "core/search.h"
#include "data/bundleddataset.h"
#include "support/testdatasets.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unistd.h>

using namespace nhsx;

namespace {

const QString kEnglandLayer = QStringLiteral("england-2013");
/** The national body the England layer's CCGs join ("is one of"). */
const QString kNationalBody = QStringLiteral("ccgs");
/** The limit for a keystroke and for select to panel. */
constexpr double kFrameMs = 16.0;

Dataset load(LayerChoice layers)
{
    LoadResult loaded = loadDatasetImage(bundledDatasetImage(), bundledDatasetName(), layers);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return std::move(*loaded.dataset);
}

/** The England layer's kinds from the top down: the order its bodies are taken in. */
int englandRank(const Body &body)
{
    static const QStringList kinds = {
        QStringLiteral("commissioning region"), QStringLiteral("area team"),
        QStringLiteral("clinical commissioning group"), QStringLiteral("GP practice")};
    const qsizetype rank = kinds.indexOf(body.kind);
    return int(rank < 0 ? kinds.size() : rank);
}

/**
 * The first count bodies: the national layer's, then the England layer's from the top down (in
 * dataset order within a kind); and the relations among them.
 */
VisibleGraph firstBodies(const Dataset &dataset, qsizetype count)
{
    QList<const Body *> order;
    QList<const Body *> england;
    for (const Body &body : dataset.bodies())
        (body.layer == kEnglandLayer ? england : order).append(&body);
    std::stable_sort(england.begin(), england.end(), [](const Body *a, const Body *b) {
        return englandRank(*a) < englandRank(*b);
    });
    order += england;
    QSet<QString> chosen;
    for (qsizetype i = 0; i < std::min(count, order.size()); ++i)
        chosen.insert(order[i]->id);
    VisibleGraph graph;
    for (const Body &body : dataset.bodies()) {
        if (chosen.contains(body.id))
            graph.bodies.append(body.id);
    }
    for (const Relation &relation : dataset.relations()) {
        if (chosen.contains(relation.from) && chosen.contains(relation.to))
            graph.relations.append(relation.id);
    }
    return graph;
}

/** The CCG with the most member practices, and its first practice. */
std::pair<QString, QString> largestCcg(const Dataset &dataset)
{
    QHash<QString, QStringList> members;
    for (const Relation &relation : dataset.relations()) {
        if (relation.layer == kEnglandLayer && relation.type == u"is a member of")
            members[relation.to].append(relation.from);
    }
    QString ccg;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (ccg.isEmpty() || it.value().size() > members.value(ccg).size() ||
            (it.value().size() == members.value(ccg).size() && it.key() < ccg))
            ccg = it.key();
    }
    if (ccg.isEmpty())
        throw std::runtime_error("the bundled dataset has no CCG with practices");
    return {ccg, members.value(ccg).constFirst()};
}

/** Delivers what is pending, repaints included. */
void processEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void showOffscreen(QWidget &widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        throw std::runtime_error("a widget was not exposed");
}

/** A dataset with the widgets measured on it, made the first time a benchmark needs them. */
class Subject
{
public:
    Subject(std::string name, Dataset dataset) : name(std::move(name)), dataset(std::move(dataset))
    {
    }

    const std::string name;
    const Dataset dataset;

    SearchIndex &index()
    {
        if (!mIndex)
            mIndex = std::make_unique<SearchIndex>(dataset);
        return *mIndex;
    }
    /** A find bar with every body and relation on show, its index built. */
    FindBar &findBar()
    {
        if (!mFindBar) {
            mFindBar = std::make_unique<FindBar>(dataset);
            mFindBar->setShownIds(test::everyBodyAndRelationId(dataset));
            mFindBar->field()->setText(QStringLiteral("x"));
            mFindBar->field()->clear();
        }
        return *mFindBar;
    }
    /** The details panel, shown (offscreen) as wide as the window's. */
    DetailsPanel &panel()
    {
        if (!mPanel) {
            mPanel = std::make_unique<DetailsPanel>(dataset);
            showOffscreen(*mPanel, 400, 760);
        }
        return *mPanel;
    }
    /** The main window, 1280 x 800, showing the view. */
    MainWindow &window(const GraphQuery &view)
    {
        if (!mWindow) {
            mWindow = std::make_unique<MainWindow>(dataset, bundledDatasetName(), mLayout);
            showOffscreen(*mWindow, 1280, 800);
        }
        if (!(mWindow->query() == view)) {
            mWindow->setQuery(view);
            processEvents();
            if (!mWindow->layoutError().isEmpty())
                throw std::runtime_error(mWindow->layoutError().toStdString());
        }
        return *mWindow;
    }
    void release()
    {
        mWindow.reset();
        mPanel.reset();
        mFindBar.reset();
        mIndex.reset();
    }

private:
    GraphvizLayout mLayout;
    std::unique_ptr<SearchIndex> mIndex;
    std::unique_ptr<FindBar> mFindBar;
    std::unique_ptr<DetailsPanel> mPanel;
    std::unique_ptr<MainWindow> mWindow;
};

/** The median of each benchmark, then each figure against its baseline. */
class RatioReporter final : public benchmark::ConsoleReporter
{
public:
    /** In colour on a terminal; counters as name=value, so that one header does for all. */
    RatioReporter() : ConsoleReporter(isatty(fileno(stdout)) ? OO_Color : OO_None) {}

    struct Comparison
    {
        std::string figure, baseline;
        std::optional<double> limitMs; // the target for the figure, if it has one
    };

    void compare(Comparison comparison) { mComparisons.push_back(std::move(comparison)); }

    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (!run.error_occurred && (single || median))
                mMs[run.run_name.function_name] = run.GetAdjustedRealTime();
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        std::printf("\n%-44s %12s  %-36s %12s %9s\n", "Figure", "median ms", "baseline",
                    "median ms", "ratio");
        for (const Comparison &comparison : mComparisons) {
            const auto figure = mMs.find(comparison.figure);
            const auto baseline = mMs.find(comparison.baseline);
            if (figure == mMs.end() || baseline == mMs.end())
                continue; // filtered out, or failed
            std::printf("%-44s %12.3f  %-36s %12.3f %8.3gx", comparison.figure.c_str(),
                        figure->second, comparison.baseline.c_str(), baseline->second,
                        figure->second / baseline->second);
            if (comparison.limitMs)
                std::printf("  target <= %.0f ms: %s", *comparison.limitMs,
                            figure->second <= *comparison.limitMs ? "met" : "missed");
            std::printf("\n");
        }
    }

private:
    std::map<std::string, double> mMs;
    std::vector<Comparison> mComparisons;
};

/** How long one run of a benchmark takes, which sets how it is repeated. */
enum class Pace {
    Fast,   // milliseconds: as many runs as fit in 0.2 s, five times
    Slow,   // a second or so: one run, five times
    Slowest // a minute or so: one run, once
};

void add(const std::string &name, Pace pace, std::function<void(benchmark::State &)> function)
{
    auto *benchmark = benchmark::RegisterBenchmark(name.c_str(), std::move(function));
    benchmark->Unit(benchmark::kMillisecond)->UseRealTime()->ReportAggregatesOnly(true);
    switch (pace) {
    case Pace::Fast:
        benchmark->MinTime(0.2)->Repetitions(5);
        break;
    case Pace::Slow:
        benchmark->Iterations(1)->Repetitions(5);
        break;
    case Pace::Slowest:
        benchmark->Iterations(1)->Repetitions(1);
        break;
    }
}

void registerLoad(RatioReporter &reporter)
{
    for (const auto &[name, layers] : {std::pair{"load/at-start", LayerChoice::AtStart},
                                       std::pair{"load/every-layer", LayerChoice::Every}}) {
        add(name, Pace::Fast, [layers = layers](benchmark::State &state) {
            qsizetype bodies = 0;
            for (auto _ : state) {
                const Dataset dataset = load(layers);
                bodies = dataset.bodies().size();
                benchmark::DoNotOptimize(dataset);
            }
            state.counters["bodies"] = double(bodies);
        });
    }
    reporter.compare({"load/every-layer", "load/at-start", std::nullopt});
}

/** Runs a Graphviz command on the DOT text; its output is read and dropped. Empty if it ran. */
QString runCommand(const QString &program, const QStringList &arguments, const QByteArray &dot)
{
    QProcess process;
    process.start(program, arguments);
    process.write(dot);
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + process.errorString() + u' ' +
               QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

/** Gives back a result computed before: fills a layout cache without running Graphviz again. */
class ReplayLayout final : public Layout
{
public:
    explicit ReplayLayout(LayoutResult result) : mResult(std::move(result)) {}
    LayoutResult compute(const LayoutRequest &) const override { return mResult; }

private:
    LayoutResult mResult;
};

/** The layout read back from a cache file, by a cache that has nothing in memory yet. */
void readCachedLayout(benchmark::State &state, const LayoutRequest &request,
                      const LayoutResult &result)
{
    static const QByteArray identity = "nhsx-scale-bench";
    const QTemporaryDir directory;
    const ReplayLayout replay(result);
    CachedLayout(replay, identity, directory.path()).compute(request);
    for (auto _ : state) {
        const CachedLayout cache(replay, identity, directory.path());
        benchmark::DoNotOptimize(cache.compute(request));
        if (cache.hits() != 1) {
            state.SkipWithError("the layout was not read from the cache's file");
            break;
        }
    }
}

/** Sets the counters of a layout benchmark: the size of the graph laid out. */
std::function<void(benchmark::State &)> graphSize(const VisibleGraph &graph)
{
    return [bodies = graph.bodies.size(),
            relations = graph.relations.size()](benchmark::State &state) {
        state.counters["bodies"] = double(bodies);
        state.counters["relations"] = double(relations);
    };
}

/** "dot-command" and "sfdp-command": the Graphviz commands on the DOT text. */
void addCommands(const std::string &prefix, Pace pace, const QByteArray &dot,
                 const std::function<void(benchmark::State &)> &counted)
{
    const std::pair<const char *, QStringList> commands[] = {
        {"dot", {QStringLiteral("-Tplain")}},
        // The DOT text names dot as its layout; -G sets it for the whole graph.
        {"sfdp", {QStringLiteral("-Glayout=sfdp"), QStringLiteral("-Tplain")}}};
    for (const auto &[program, arguments] : commands) {
        add(prefix + "/" + program + "-command", pace,
            [program = QString::fromLatin1(program), arguments = arguments, dot,
             counted](benchmark::State &state) {
                for (auto _ : state) {
                    const QString error = runCommand(program, arguments, dot);
                    if (!error.isEmpty()) {
                        state.SkipWithError(error.toStdString().c_str());
                        break;
                    }
                }
                counted(state);
            });
    }
}

void registerLayout(RatioReporter &reporter, const Dataset &every)
{
    for (const int size : {30, 300, 3000, 8000}) {
        const std::string prefix = "layout/" + std::to_string(size);
        const Pace pace = size <= 300 ? Pace::Fast : size <= 3000 ? Pace::Slow : Pace::Slowest;
        const VisibleGraph graph = firstBodies(every, size);
        const auto request =
            std::make_shared<LayoutRequest>(GraphScene::layoutRequest(every, graph));
        const auto counted = graphSize(graph);
        add(prefix + "/request", size <= 300 ? Pace::Fast : Pace::Slow,
            [&every, graph, counted](benchmark::State &state) {
                for (auto _ : state)
                    benchmark::DoNotOptimize(GraphScene::layoutRequest(every, graph));
                counted(state);
            });
        // Kept for "cached", so that the slowest layouts are not run once more to fill the cache.
        const auto laidOut = std::make_shared<std::optional<LayoutResult>>();
        add(prefix + "/graphviz", pace, [request, laidOut, counted](benchmark::State &state) {
            for (auto _ : state) {
                *laidOut = GraphvizLayout().compute(*request);
                if (!laidOut->value().ok()) {
                    state.SkipWithError(laidOut->value().error.toStdString().c_str());
                    laidOut->reset();
                    break;
                }
            }
            counted(state);
        });
        add(prefix + "/cached", Pace::Fast, [request, laidOut, counted](benchmark::State &state) {
            if (!*laidOut)
                *laidOut = GraphvizLayout().compute(*request);
            readCachedLayout(state, *request, laidOut->value());
            counted(state);
        });
        addCommands(prefix, pace, GraphvizLayout().toDot(*request).toUtf8(), counted);
        reporter.compare({prefix + "/cached", prefix + "/graphviz", std::nullopt});
        reporter.compare({prefix + "/graphviz", prefix + "/dot-command", std::nullopt});
        reporter.compare({prefix + "/graphviz", prefix + "/sfdp-command", std::nullopt});
    }
}

/** Waits until the window has drawn the layout it is computing off the GUI thread, if any. */
void waitForLayout(MainWindow &window)
{
    if (!window.layoutRunning())
        return;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::layoutFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

/**
 * The main window asked to show every body: the time until the layout, run off the GUI thread,
 * is drawn; how long setQuery held the GUI thread ("gui_ms"), and the longest the GUI thread went
 * without handling events meanwhile and while the new bodies fade in ("stall_ms": a timer due
 * every millisecond waited this long).
 */
void layOutWholeGraph(benchmark::State &state, Subject &every, const GraphQuery &whole)
{
    MainWindow &window = every.window(GraphQuery{});
    double guiMs = 0, stallMs = 0, stallAtMs = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        qint64 lastTick = 0, longestGap = 0, longestGapAt = 0;
        const auto tick = [&] {
            const qint64 now = clock.nsecsElapsed();
            if (now - lastTick > longestGap) {
                longestGap = now - lastTick;
                longestGapAt = lastTick;
            }
            lastTick = now;
        };
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, tick);
        clock.start();
        ticker.start();
        window.setQuery(whole);
        guiMs = double(clock.nsecsElapsed()) / 1e6;
        waitForLayout(window);
        // The result is drawn, and its bodies fade in: those frames count in stall_ms, not in
        // the time to the layout.
        state.PauseTiming();
        QEventLoop settle;
        QTimer::singleShot(MainWindow::kTransitionMilliseconds + 250, &settle, &QEventLoop::quit);
        settle.exec();
        tick();
        state.ResumeTiming();
        stallMs = double(longestGap) / 1e6;
        stallAtMs = double(longestGapAt) / 1e6;
        if (!window.layoutError().isEmpty()) {
            state.SkipWithError(window.layoutError().toStdString().c_str());
            break;
        }
    }
    state.counters["gui_ms"] = guiMs;
    state.counters["stall_ms"] = stallMs;
    state.counters["stall_at_ms"] = stallAtMs;
}

void registerWholeGraph(RatioReporter &reporter, Subject &every)
{
    GraphQuery whole;
    whole.layers.clear();
    const VisibleGraph graph = visibleGraph(every.dataset, whole);
    const auto counted = graphSize(graph);
    add("layout/every-layer/window", Pace::Slowest,
        [&every, whole, counted](benchmark::State &state) {
            layOutWholeGraph(state, every, whole);
            counted(state);
        });
    // What File > Export and --export write for this view: the one writer of .dot.
    ViewState view;
    view.query = whole;
    addCommands("layout/every-layer", Pace::Slowest,
                dotText(every.dataset, graph, view).toUtf8(), counted);
    reporter.compare({"layout/every-layer/window", "layout/every-layer/dot-command", std::nullopt});
    reporter.compare(
        {"layout/every-layer/window", "layout/every-layer/sfdp-command", std::nullopt});
}

/** The window showing the view, laid out; it waits for a background layout to end. */
MainWindow &shownLaidOut(Subject &subject, const GraphQuery &view)
{
    MainWindow &window = subject.window(view);
    if (window.layoutRunning())
        waitForLayout(window);
    window.scene()->finishTransition();
    processEvents();
    return window;
}

/**
 * Steps that undo each other in turn (a zoom in then out, a pan there then back), each painted
 * at once: one step and its frame a run.
 */
void stepAndPaint(benchmark::State &state, GraphView &view, const std::function<void()> &step,
                  const std::function<void()> &back)
{
    bool forth = true;
    for (auto _ : state) {
        (forth ? step : back)();
        forth = !forth;
        view.viewport()->repaint();
    }
}

void registerPanAndZoom(RatioReporter &reporter, Subject &atStart, Subject &every)
{
    GraphQuery whole;
    whole.layers.clear();
    const std::pair<Subject *, GraphQuery> views[] = {{&atStart, GraphQuery{}}, {&every, whole}};
    for (const auto &[subject, view] : views) {
        const std::string suffix = "/" + subject->name;
        // Fitted: the whole England layer is dots and hairlines, drawn together.
        add("zoom-fitted" + suffix, Pace::Fast,
            [subject = subject, view = view](benchmark::State &state) {
                GraphView &graph = *shownLaidOut(*subject, view).view();
                graph.fitToWindow();
                // Scaled as the wheel does, without the wheel's floor: fitted, 8,000 bodies are
                // below it.
                stepAndPaint(
                    state, graph, [&] { graph.scale(1.25, 1.25); }, [&] { graph.scale(0.8, 0.8); });
            });
        // Zoomed in until names can be read, around the middle: items drawn one by one.
        add("pan-readable" + suffix, Pace::Fast,
            [subject = subject, view = view](benchmark::State &state) {
                GraphView &graph = *shownLaidOut(*subject, view).view();
                graph.setTransform(QTransform());
                graph.centerOn(graph.sceneRect().center());
                // Along the graph's long side.
                QScrollBar *along =
                    graph.verticalScrollBar()->maximum() > graph.horizontalScrollBar()->maximum()
                        ? graph.verticalScrollBar()
                        : graph.horizontalScrollBar();
                stepAndPaint(
                    state, graph, [&] { along->setValue(along->value() + 120); },
                    [&] { along->setValue(along->value() - 120); });
            });
    }
    for (const char *what : {"zoom-fitted", "pan-readable"})
        reporter.compare(
            {std::string(what) + "/every-layer", std::string(what) + "/at-start", kFrameMs});
}

/** Types the prefix's last character after the rest into the field; only the key is timed. */
void typeLastCharacter(benchmark::State &state, QLineEdit *field, const QString &prefix)
{
    const char key = prefix.back().toLatin1();
    for (auto _ : state) {
        state.PauseTiming();
        field->setText(prefix.chopped(1));
        state.ResumeTiming();
        QTest::keyClick(field, key);
    }
}

void registerSearch(RatioReporter &reporter, Subject &atStart, Subject &every)
{
    for (Subject *subject : {&atStart, &every}) {
        add("index-build/" + subject->name, Pace::Fast, [subject](benchmark::State &state) {
            for (auto _ : state)
                SearchIndex index(subject->dataset);
        });
    }
    reporter.compare({"index-build/every-layer", "index-build/at-start", std::nullopt});
    for (const char *word : {"surg", "veto"}) {
        for (qsizetype length = 1; length <= qsizetype(std::strlen(word)); ++length) {
            const QString prefix = QString::fromLatin1(word, length);
            const std::string typed = prefix.toStdString();
            for (Subject *subject : {&atStart, &every}) {
                const std::string suffix = "/" + subject->name + "/" + typed;
                add("keystroke-index" + suffix, Pace::Fast,
                    [subject, prefix](benchmark::State &state) {
                        qsizetype hits = 0;
                        for (auto _ : state) {
                            const SearchResult found = subject->index().find(
                                prefix, [](const QString &) { return true; }, FindBar::kMaxListed);
                            hits = found.ids.size();
                            benchmark::DoNotOptimize(found);
                        }
                        state.counters["hits"] = double(hits);
                    });
                add("keystroke-findbar" + suffix, Pace::Fast,
                    [subject, prefix](benchmark::State &state) {
                        FindBar &bar = subject->findBar();
                        typeLastCharacter(state, bar.field(), prefix);
                        state.counters["matches"] = double(bar.matches().size());
                        bar.field()->clear();
                    });
            }
            for (const char *level : {"keystroke-index", "keystroke-findbar"}) {
                reporter.compare({std::string(level) + "/every-layer/" + typed,
                                  std::string(level) + "/at-start/" + typed, kFrameMs});
            }
        }
    }
}

/** Selects the body and waits until the panel has painted it; only that is timed. */
void selectInPanel(benchmark::State &state, DetailsPanel &panel, const QString &id)
{
    for (auto _ : state) {
        state.PauseTiming();
        panel.showOverview();
        processEvents();
        state.ResumeTiming();
        panel.showBody(id);
        processEvents();
    }
}

void selectInWindow(benchmark::State &state, MainWindow &window, const QString &id)
{
    for (auto _ : state) {
        state.PauseTiming();
        window.scene()->clearSelection();
        processEvents();
        state.ResumeTiming();
        if (!window.select(id)) {
            state.SkipWithError("the body is not in the window's view");
            break;
        }
        processEvents();
    }
    window.scene()->clearSelection();
}

void registerSelect(RatioReporter &reporter, Subject &atStart, Subject &every)
{
    const auto [ccg, practice] = largestCcg(every.dataset);
    GraphQuery aroundCcg;
    aroundCcg.layers.clear();
    aroundCcg.focus = ccg;
    const std::pair<std::string, QString> bodies[] = {
        {"national", kNationalBody}, {"ccg", ccg}, {"practice", practice}};
    const std::pair<Subject *, GraphQuery> views[] = {{&atStart, GraphQuery{}},
                                                      {&every, aroundCcg}};
    for (const auto &[subject, view] : views) {
        for (const auto &[what, id] : bodies) {
            if (!subject->dataset.body(id))
                continue;
            const std::string suffix = "/" + subject->name + "/" + what;
            add("select-panel" + suffix, Pace::Fast,
                [subject = subject, id = id](benchmark::State &state) {
                    selectInPanel(state, subject->panel(), id);
                });
            add("select-window" + suffix, Pace::Fast,
                [subject = subject, view = view, id = id](benchmark::State &state) {
                    selectInWindow(state, subject->window(view), id);
                });
        }
    }
    for (const char *level : {"select-panel", "select-window"}) {
        const std::string baseline = std::string(level) + "/at-start/national";
        for (const char *what : {"national", "ccg", "practice"})
            reporter.compare({std::string(level) + "/every-layer/" + what, baseline, kFrameMs});
    }
    benchmark::AddCustomContext("select", "CCG " + ccg.toStdString() +
                                              " (the most practices), "
                                              "practice " +
                                              practice.toStdString());
}

std::string sizeOf(const Dataset &dataset)
{
    return std::to_string(dataset.bodies().size()) + " bodies, " +
           std::to_string(dataset.relations().size()) + " relations";
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    standardMessages = qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    try {
        // Created after the application and deleted before it: they hold widgets.
        Subject atStart("at-start", load(LayerChoice::AtStart));
        Subject every("every-layer", load(LayerChoice::Every));
        benchmark::AddCustomContext("at-start", sizeOf(atStart.dataset));
        benchmark::AddCustomContext("every-layer", sizeOf(every.dataset));

        // The first layout and search in a process pay for Graphviz's and SQLite's start.
        if (!GraphvizLayout().compute(GraphScene::layoutRequest(atStart.dataset)).ok())
            throw std::runtime_error("the national layer could not be laid out");
        atStart.index().search(QStringLiteral("veto"));

        RatioReporter reporter;
        registerLoad(reporter);
        registerLayout(reporter, every.dataset);
        registerWholeGraph(reporter, every);
        registerPanAndZoom(reporter, atStart, every);
        registerSearch(reporter, atStart, every);
        registerSelect(reporter, atStart, every);
        benchmark::RunSpecifiedBenchmarks(&reporter);
        benchmark::Shutdown();
        every.release();
        atStart.release();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "nhsx-scale-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
