#include "app/graph/layoutcontroller.h"

#include "app/graph/graphscene.h"

#include <memory>

namespace nhsx {

LayoutController::LayoutController(GraphScene &scene, const Layout &layout, QObject *parent)
    : QObject(parent), mScene(scene), mLayout(layout)
{
    mPool.setMaxThreadCount(1);
}

LayoutController::~LayoutController()
{
    // A layout running off the GUI thread reads the layout engine, which the caller owns: it
    // ends before the controller does, stopped if the engine can stop it, and none queued starts.
    ++mGeneration;
    mPool.clear();
    mPool.waitForDone();
}

void LayoutController::lay(const Dataset &dataset, const VisibleGraph &visible,
                           LayoutDirection direction, LayoutEngine engine)
{
    ++mCount;
    const quint64 generation = ++mGeneration; // a layout under way is told to stop
    if (visible.bodies.size() <= kBackgroundLayoutBodies) {
        mRunning = false;
        mError = mScene.showDataset(dataset, mLayout, visible, direction, engine);
        emit finished(visible);
        return;
    }
    mRunning = true;
    emit started(visible.bodies.size(), visible.relations.size());
    // The labels are measured off this thread too: at 8,000 bodies that takes 40 ms. The task
    // gets copies (implicitly shared, so cheap) of what may change meanwhile, and the theme,
    // which lives as long as the program. The layout asks, as it goes, whether a newer layout,
    // Cancel or the controller's end has made it unwanted; a layout in a helper process then
    // stops at once. The destructor waits for the task, so the controller outlives it and its
    // queued answer.
    mPool.start([this, dataset, theme = &mScene.theme(), direction, engine, visible, generation] {
        const auto unwanted = [this, generation] { return generation != mGeneration; };
        if (unwanted())
            return; // superseded while it waited for the one before
        const LayoutResult result = mLayout.computeUntil(
            GraphScene::layoutRequest(dataset, visible, direction, engine, *theme), unwanted);
        if (unwanted())
            return;
        // The items are made here too: making 16,000 held the window's thread 30 to 130 ms.
        auto items = std::make_shared<GraphScene::Items>(
            GraphScene::makeItems(dataset, result, visible.labels, *theme));
        QMetaObject::invokeMethod(
            this,
            [this, items, visible, generation] {
                if (generation != mGeneration)
                    return; // cancelled, or another graph was asked for meanwhile
                mRunning = false;
                mError = mScene.showItems(std::move(*items));
                emit finished(visible);
            },
            Qt::QueuedConnection);
    });
}

bool LayoutController::cancel()
{
    if (!mRunning)
        return false;
    ++mGeneration; // the layout under way is told to stop
    mRunning = false;
    return true;
}

} // namespace nhsx
