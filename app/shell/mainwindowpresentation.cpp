// The main window's guided tours and presentation mode: what they send the document, and how
// the strip, caption, theme and framing follow it.
#include "app/controls/findbar.h"
#include "app/controls/timelinebar.h"
#include "app/graph/birdseye.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/presentation/presentationcaption.h"
#include "app/presentation/presentationchrome.h"
#include "app/presentation/tourplayer.h"
#include "app/shell/mainwindow.h"
#include "app/theme/theme.h"

#include <QAction>

namespace nhsx {

bool MainWindow::startTour(const QString &tourId, int ordinal)
{
    const QList<const TourStep *> steps = fullDataset().stepsOf(tourId);
    if (ordinal < 1 || ordinal > steps.size())
        return false;
    return edit([&](ViewState &next) {
        next = stateForTourStep(next, tourId, ordinal, *steps[ordinal - 1]);
    });
}

bool MainWindow::showTourStep(int ordinal)
{
    return !tourId().isEmpty() && startTour(tourId(), ordinal);
}

bool MainWindow::nextTourStep()
{
    return showTourStep(tourStep() + 1);
}

bool MainWindow::previousTourStep()
{
    return showTourStep(tourStep() - 1);
}

void MainWindow::endTour()
{
    if (tourId().isEmpty())
        return;
    edit([](ViewState &next) {
        next.tour.clear();
        next.tourStep = 0;
        next.query = wholeGraphOf(next.query);
    });
}

void MainWindow::tourChanged()
{
    const ViewState &state = mDocument->state();
    const TourStep *step = tourStepOf(state, fullDataset());
    const auto tour = std::find_if(fullDataset().tours().cbegin(), fullDataset().tours().cend(),
                                   [&state](const Tour &t) { return t.id == state.tour; });
    if (!step || tour == fullDataset().tours().cend()) {
        mTourHighlight.clear();
        mTourPlayer->hide();
        mScene->clearHighlight();
        updateCaption();
        return;
    }
    mTourHighlight = itemsOf(*step);
    if (!mFind->searching()) // a new layout, if one comes, highlights it again
        mScene->highlight(mTourHighlight);
    mTourPlayer->showStep(fullDataset(), *tour, *step,
                          int(fullDataset().stepsOf(state.tour).size()));
    mTourPlayer->show();
    updateCaption();
}

void MainWindow::setPresentationMode(bool on, bool fullScreen)
{
    mPresentFullScreen = fullScreen;
    edit([on](ViewState &next) { next.presenting = on; });
}

void MainWindow::presentationChanged()
{
    const bool on = presenting();
    {
        const QSignalBlocker blocker(mPresentationAction);
        mPresentationAction->setChecked(on);
    }
    if (on)
        mChrome->clear({mDetails, mTimeline}, mPresentFullScreen); // the note says the date
    applyTheme(on ? presentationTheme() : everydayTheme());
    // The room sees the graph alone: no scroll bars, no bird's-eye picture over its corner.
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    mView->setHorizontalScrollBarPolicy(bars);
    mView->setVerticalScrollBarPolicy(bars);
    mBirdsEye->setAllowed(!on);
    for (QAction *action : std::as_const(mClickerActions))
        action->setEnabled(on);
    if (!on)
        mChrome->restore();
}

bool MainWindow::presentationNext()
{
    if (!tourId().isEmpty())
        return nextTourStep();
    return stepThroughBodies(1);
}

bool MainWindow::presentationPrevious()
{
    if (!tourId().isEmpty())
        return previousTourStep();
    return stepThroughBodies(-1);
}

bool MainWindow::stepThroughBodies(int step)
{
    const QStringList order = tabOrder();
    if (order.isEmpty())
        return false;
    const qsizetype at = order.indexOf(mScene->selectedId());
    const qsizetype target = at < 0 ? (step > 0 ? 0 : order.size() - 1) : at + step;
    if (target < 0 || target >= order.size() || !select(order[target]))
        return false;
    fitSelection();
    return true;
}

void MainWindow::updateCaption()
{
    const QString &selected = mDocument->state().selection;
    if (dataset().body(selected))
        mCaption->showBody(selected);
    else if (dataset().relation(selected))
        mCaption->showRelation(selected);
    else
        mCaption->showNothing();
    // A tour's strip says more than the caption would.
    mCaption->setVisible(presenting() && tourId().isEmpty() && mCaption->hasContent());
}

} // namespace nhsx
