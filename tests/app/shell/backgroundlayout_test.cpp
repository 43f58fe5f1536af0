// A large graph is laid out off the GUI thread: the window stays usable, shows the work and can
// go back to the view before.
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/shell/mainwindow.h"
#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/graphvizlayout.h"
#include "support/testdatasets.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

constexpr int kGenerated = int(MainWindow::kBackgroundLayoutBodies) + 100;

/** The small test dataset and more lone bodies of kind "generated" than are laid out at once. */
Dataset largeDataset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    test::writeDataset(
        path, test::validContentSql() +
                  QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < %1) INSERT INTO bodies (id, name, acronym, kind, "
                                 "status, role) SELECT 'g' || i, 'Generated ' || i, NULL, "
                                 "'generated', 'unstated', 'Generated.' FROM n;")
                      .arg(kGenerated));
    LoadResult loaded = loadDatasetFile(path);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

int drawnBodies(const MainWindow &window)
{
    int count = 0;
    for (QGraphicsItem *item : window.scene()->items())
        count += dynamic_cast<BodyItem *>(item) != nullptr;
    return count;
}

bool waitForLayout(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::layoutFinished);
    return !window.layoutRunning() || finished.wait(120'000);
}

class BackgroundLayout : public ::testing::Test
{
protected:
    BackgroundLayout() : dataset(largeDataset()), window(dataset, QStringLiteral("large"), layout)
    {
    }

    QFrame *strip() const
    {
        for (QProgressBar *busy : window.findChildren<QProgressBar *>())
            return qobject_cast<QFrame *>(busy->parentWidget());
        return nullptr;
    }

    Dataset dataset;
    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(BackgroundLayout, ALargeGraphIsLaidOutOffTheGuiThreadWithItsWorkShown)
{
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(window.layoutRunning()) << "more than the bodies laid out at once";
    ASSERT_NE(strip(), nullptr);
    EXPECT_TRUE(strip()->isVisible());
    bool said = false;
    for (const QLabel *label : strip()->findChildren<QLabel *>())
        said |= label->text().contains(
            QStringLiteral("Laying out %1 bodies").arg(dataset.bodies().size()));
    EXPECT_TRUE(said);
    // The GUI thread is free meanwhile: a timer fires while Graphviz works.
    bool ticked = false;
    QTimer::singleShot(10, &window, [&] { ticked = window.layoutRunning(); });
    ASSERT_TRUE(waitForLayout(window));
    EXPECT_TRUE(ticked) << "the event loop ran while the layout was under way";
    EXPECT_FALSE(window.layoutRunning());
    EXPECT_FALSE(strip()->isVisible());
    EXPECT_EQ(drawnBodies(window), dataset.bodies().size());
}

TEST_F(BackgroundLayout, SoManyBodiesAppearInPlaceAtOnce)
{
    // Fading thousands in, or gliding them, would stall each frame of the transition.
    ASSERT_GT(dataset.bodies().size(), GraphScene::kMaxAnimatedBodies);
    window.show();
    ASSERT_TRUE(waitForLayout(window));
    const GraphQuery whole = window.query();
    GraphQuery few = whole;
    few.hiddenKinds.insert(QStringLiteral("generated"));
    window.setQuery(few);
    ASSERT_FALSE(window.layoutRunning());
    window.scene()->finishTransition();
    const QString kept = window.scene()->selectedId().isEmpty() ? dataset.bodies().first().id
                                                                : window.scene()->selectedId();
    ASSERT_NE(window.scene()->bodyItem(kept), nullptr);

    window.setQuery(whole);
    ASSERT_TRUE(waitForLayout(window));
    const BodyItem *generated = window.scene()->bodyItem(QStringLiteral("g1"));
    const BodyItem *stayed = window.scene()->bodyItem(kept);
    ASSERT_NE(generated, nullptr);
    ASSERT_NE(stayed, nullptr);
    EXPECT_EQ(generated->opacity(), 1.0) << "not faded in";
    EXPECT_EQ(stayed->sceneBoundingRect().center(), stayed->layoutBox().center())
        << "not gliding from where it was";
}

TEST_F(BackgroundLayout, CancelGoesBackToTheViewBeforeAndALateResultIsDropped)
{
    ASSERT_TRUE(waitForLayout(window));
    GraphQuery small;
    small.hiddenKinds = {QStringLiteral("generated")};
    window.setQuery(small);
    ASSERT_FALSE(window.layoutRunning()) << "a small graph is laid out at once";
    const int smallCount = drawnBodies(window);
    ASSERT_EQ(smallCount, dataset.bodies().size() - kGenerated);

    window.setQuery(GraphQuery{});
    ASSERT_TRUE(window.layoutRunning());
    window.find(QStringLiteral("board"));
    window.cancelBackgroundLayout();
    EXPECT_FALSE(window.layoutRunning());
    EXPECT_EQ(window.query(), small) << "the view before";
    EXPECT_EQ(window.document().state().search, QStringLiteral("board"))
        << "what was typed meanwhile stays";
    EXPECT_EQ(drawnBodies(window), smallCount);
    // The dropped layout still ends on its thread; its answer must not replace the view.
    QSignalSpy finished(&window, &MainWindow::layoutFinished);
    QTest::qWait(3000);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(drawnBodies(window), smallCount);
}

/**
 * Lays small graphs out with Graphviz; a large one, as Graphviz on a huge graph, it never
 * finishes until its stop is asked for.
 */
class StuckLayout final : public Layout
{
public:
    LayoutResult compute(const LayoutRequest &request) const override
    {
        return computeUntil(request, [] { return false; });
    }
    LayoutResult computeUntil(const LayoutRequest &request,
                              const std::function<bool()> &stopRequested) const override
    {
        if (request.nodes.size() <= MainWindow::kBackgroundLayoutBodies)
            return GraphvizLayout().compute(request);
        started = true;
        QDeadlineTimer giveUp(60'000);
        while (!stopRequested() && !giveUp.hasExpired())
            QThread::msleep(10);
        stopped = stopRequested();
        LayoutResult result;
        result.error = QStringLiteral("stopped");
        return result;
    }
    mutable std::atomic<bool> started = false;
    mutable std::atomic<bool> stopped = false;
};

TEST(BackgroundLayoutCancel, CancelStopsTheLayoutUnderWayWhereTheLayoutCan)
{
    const Dataset dataset = largeDataset();
    const StuckLayout layout;
    GraphQuery small;
    small.hiddenKinds = {QStringLiteral("generated")};
    MainWindow window(dataset, QStringLiteral("large"), layout, small);
    ASSERT_FALSE(window.layoutRunning());
    window.setQuery(GraphQuery{});
    ASSERT_TRUE(window.layoutRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return layout.started.load(); }, 10'000));
    window.cancelBackgroundLayout();
    EXPECT_EQ(window.query(), small) << "the view before";
    EXPECT_TRUE(QTest::qWaitFor([&] { return layout.stopped.load(); }, 10'000))
        << "the layout was told to stop, not left to run on";
}

TEST(BackgroundLayoutCancel, ClosingTheWindowStopsTheLayoutUnderWay)
{
    const Dataset dataset = largeDataset();
    const StuckLayout layout;
    {
        MainWindow window(dataset, QStringLiteral("large"), layout);
        ASSERT_TRUE(window.layoutRunning());
        ASSERT_TRUE(QTest::qWaitFor([&] { return layout.started.load(); }, 10'000));
    }
    EXPECT_TRUE(layout.stopped) << "the window did not wait for the whole layout";
}

} // namespace
