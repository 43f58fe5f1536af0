#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>

namespace nhsx {

class GraphScene;

/**
 * Runs the layouts of the graph scene: a small graph at once, a large one off the window's
 * thread (where Graphviz runs in a helper process when the layout is one, so it can be stopped).
 * A layout asked for while one runs stops that one; Cancel stops it and says so; a result for a
 * graph no longer wanted is dropped. It outlives every layout it started.
 */
class LayoutController final : public QObject
{
    Q_OBJECT

public:
    /**
     * A graph of more bodies than this is laid out off the GUI thread: the window stays usable,
     * a strip shows the work and offers Cancel. Smaller ones are laid out at once.
     */
    static constexpr qsizetype kBackgroundLayoutBodies = 1500;

    /** Lays out into this scene with this layout, which must outlive the controller. */
    LayoutController(GraphScene &scene, const Layout &layout, QObject *parent = nullptr);
    ~LayoutController() override;

    /**
     * Lays out what is visible of the dataset and shows it in the scene: at once for a small
     * graph (finished() is emitted before this returns), else off the GUI thread (started() now,
     * finished() once it is drawn). Any layout under way is told to stop.
     */
    void lay(const Dataset &dataset, const VisibleGraph &visible, LayoutDirection direction,
             LayoutEngine engine);
    /** Whether a layout is running off the GUI thread. */
    bool running() const { return mRunning; }
    /** Stops the layout running off the GUI thread; false when none was running. */
    bool cancel();
    /** Empty when the last layout drawn was laid out, else why not. */
    const QString &error() const { return mError; }
    /** How many layouts were asked for since the controller was made. */
    int count() const { return mCount; }

signals:
    /** A layout of this many bodies and relations started off the GUI thread. */
    void started(qsizetype bodies, qsizetype relations);
    /** A layout has been drawn in the scene, with the graph it drew. */
    void finished(const nhsx::VisibleGraph &visible);

private:
    GraphScene &mScene;
    const Layout &mLayout;
    QString mError;
    bool mRunning = false;
    int mCount = 0;
    // Each layout's number: a late result of an older one is dropped, and a queued one is not
    // started (read on the layout's thread too).
    std::atomic<quint64> mGeneration = 0;
    QThreadPool mPool; // one thread: Graphviz is not thread-safe
};

} // namespace nhsx
