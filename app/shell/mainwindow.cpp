#include "app/shell/mainwindow.h"

#include "app/controls/findbar.h"
#include "app/controls/legend.h"
#include "app/controls/timelinebar.h"
#include "app/graph/birdseye.h"
#include "app/graph/dotexport.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/keyboardnavigation.h"
#include "app/panel/datasettables.h"
#include "app/panel/detailspanel.h"
#include "app/panel/sourceview.h"
#include "app/presentation/presentationcaption.h"
#include "app/presentation/presentationchrome.h"
#include "app/presentation/tourplayer.h"
#include "app/theme/theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <algorithm>

namespace nhsx {

namespace {

QString noteStyle(const Theme &theme)
{
    return QStringLiteral("background: %1; color: %2; padding: 4px")
        .arg(theme.noteBackground.name(), theme.noteText.name());
}

/** Whether two queries show the same: without a focus, its depth and direction do not count. */
bool drawsTheSame(GraphQuery a, const GraphQuery &b)
{
    if (a.focus.isEmpty() && b.focus.isEmpty()) {
        a.depth = b.depth;
        a.direction = b.direction;
    }
    return a == b;
}

/** Shows the statuses again if any of them is hidden, else hides them all. */
void toggle(QSet<QString> &hidden, const QStringList &statuses)
{
    const bool anyHidden = std::any_of(statuses.cbegin(), statuses.cend(),
                                       [&](const QString &s) { return hidden.contains(s); });
    for (const QString &status : statuses) {
        if (anyHidden)
            hidden.remove(status);
        else
            hidden.insert(status);
    }
}

/** A start showing a query with nothing else set. */
MainWindow::Start startOf(const GraphQuery &query)
{
    MainWindow::Start start;
    start.view.query = query;
    return start;
}

} // namespace

MainWindow::MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
                       const GraphQuery &query, QWidget *parent)
    : MainWindow(std::move(dataset), datasetName, layout, startOf(query), parent)
{
}

MainWindow::MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
                       const Start &start, QWidget *parent)
    : QMainWindow(parent),
      mDocument(std::make_unique<ExplorerDocument>(std::move(dataset), datasetName)),
      mPresentFullScreen(start.presentFullScreen)
{
    setWindowTitle(tr("NHS Commissioning Explorer"));
    mScene = new GraphScene(this);
    mScene->setTransitionDuration(kTransitionMilliseconds);
    mLayouts = new LayoutController(*mScene, layout, this);
    createWidgets();
    createActions();
    applyTheme(everydayTheme());
    connect(mDocument.get(), &ExplorerDocument::changed, this, &MainWindow::documentChanged);
    // Sized first, so the first view is framed for the window it is shown in.
    if (start.size.isValid())
        resize(start.size);
    if (start.remember)
        restoreWindowSettings(); // the view it remembers is in start.view already
    showFirstState(start.view);
    statusBar()->showMessage(layoutError().isEmpty()
                                 ? tr("%1 — click a body or relation for details; drag to pan, "
                                      "wheel to zoom, F to fit")
                                       .arg(datasetName)
                                 : tr("The graph could not be laid out: %1").arg(layoutError()));
}

MainWindow::~MainWindow()
{
    // The scene outlives this destructor's body (it is deleted with the children) and may
    // announce a selection change while it clears: nothing must hear it by then.
    mScene->blockSignals(true);
    // The layouts end first: one running reads the scene's theme and the layout engine.
    delete mLayouts;
    // Every widget reads the document, which goes with this window's members, before
    // QWidget would delete the widgets: they go now, all of them, whatever was made lazily.
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

void MainWindow::showFirstState(const ViewState &state)
{
    const int before = mLayouts->count();
    ViewState first = state;
    // Shown whole if it can be; a selection that cannot be shown is left out, not the view.
    if (!applyState(first)) {
        first.selection.clear();
        applyState(first);
    }
    if (mLayouts->count() == before)
        relayout(); // the default state: nothing changed, but nothing is drawn yet
}

bool MainWindow::applyState(const ViewState &state, QString *problem)
{
    return mDocument->apply(state, problem);
}

void MainWindow::documentChanged(ExplorerDocument::Changes what)
{
    using Change = ExplorerDocument::Change;
    const ViewState &state = mDocument->state();
    if (what & Change::Dataset)
        datasetChanged();
    if (what & Change::Presentation)
        presentationChanged();
    if (what & Change::Tour)
        tourChanged();
    if (what & Change::Search && mFind->field()->text() != state.search)
        mFind->field()->setText(state.search);
    if (what & Change::Layout) {
        for (QAction *action : std::as_const(mEngineActions))
            action->setChecked(action->data().toString() == layoutEngineName(state.engine));
        mDownwards->setEnabled(state.engine == LayoutEngine::Dot); // only dot has ranks to turn
        const QSignalBlocker blocker(mDownwards);
        mDownwards->setChecked(state.direction == LayoutDirection::TopToBottom);
    }
    if (what & Change::Query) {
        const QSignalBlocker depthBlocker(mDepth);
        mDepth->setValue(state.query.depth);
        const QSignalBlocker directionBlocker(mFocusDirection);
        mFocusDirection->setCurrentIndex(mFocusDirection->findData(int(state.query.direction)));
    }
    const bool revealed = (what & Change::Query) && (what & Change::Selection);
    if (what & (Change::Dataset | Change::Layout | Change::Presentation) ||
        (what & Change::Query && !drawsTheSame(state.query, mDrawn.query)))
        relayout();
    if (what & Change::Selection)
        selectionChanged(revealed);
    else if (what & Change::Presentation)
        updateCaption();
    // A tour step is framed again at presentation mode's scale.
    if (what & (Change::Tour | Change::Presentation) && !state.tour.isEmpty())
        frameTourStep(mDocument->dataset(), *mScene, *mView, mTourHighlight);
    if (what & Change::Presentation && state.presenting)
        mView->setFocus();
    mBack->setEnabled(mDocument->canGoBack());
    mForward->setEnabled(mDocument->canGoForward());
}

void MainWindow::datasetChanged()
{
    mFind->datasetChanged();
    mDetails->setAsAt(query().asAt);
    mTimeline->setDate(query().asAt);
    if (mTables) {
        const bool shown = !mTablesDock->isHidden();
        delete mTables;
        mTables = nullptr;
        if (shown)
            createTables();
    }
    // A layer read brings its own kinds (GP practice, area team...) and types.
    if (fullDataset().bodies().size() != mFilterMenuBodies)
        fillFilterMenu();
    refreshDetails();
}

void MainWindow::relayout()
{
    mLayoutProgress->hide();
    // The scene keeps its selection across a layout: it must not take that for a new one.
    const QScopedValueRollback showing(mShowingSelection, true);
    mLayouts->lay(mDocument->dataset(), mDocument->shownGraph(), mDocument->state().direction,
                  mDocument->state().engine);
}

void MainWindow::cancelBackgroundLayout()
{
    if (!mLayouts->cancel())
        return;
    mLayoutProgress->hide();
    // Back to what is drawn: its query, engine and direction; a selection or search made
    // meanwhile stays.
    ViewState before = mDocument->state();
    before.query = mDrawn.query;
    before.engine = mDrawn.engine;
    before.direction = mDrawn.direction;
    applyState(before);
}

void MainWindow::finishRelayout(const VisibleGraph &visible)
{
    mLayoutProgress->hide();
    mDrawn = mDocument->state();
    if (!layoutError().isEmpty())
        statusBar()->showMessage(tr("The graph could not be laid out: %1").arg(layoutError()));
    mLegend->setHiddenStatuses(query().hiddenBodyStatuses, query().hiddenRelationStatuses);
    for (const auto &[action, hidden] : std::as_const(mFilterActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(!(query().*hidden).contains(action->data().toString()));
    }
    const QSet<QString> shown = idsOf(visible);
    mFind->setShownIds(shown); // re-applies the search highlight to the new items
    if (!mTourHighlight.isEmpty() && !mFind->searching())
        mScene->highlight(mTourHighlight);
    mDetails->setAggregation(query().aggregate, query().expanded);
    if (mTables) {
        mTables->setShownIds(shown);
        mTables->showSelection(mScene->selectedId());
    }
    const QString note = mDocument->viewNote();
    mNote->setText(note);
    mNote->setVisible(!note.isEmpty());
    if (query().aggregate)
        frameReadably(*mView, aggregatedViewArea(mDocument->dataset(), *mScene, query().expanded));
    else
        mView->fitToWindow();
    // The scene kept the selection if it still shows it; it shows the document's.
    showSelectionInScene();
    emit layoutFinished();
}

QString MainWindow::viewNote() const
{
    return mNote->isVisibleTo(this) ? mNote->text() : QString();
}

void MainWindow::selectedInScene(const QString &id)
{
    // What the scene says while it shows the document's state is the document's own.
    if (!mShowingSelection)
        select(id);
}

void MainWindow::showSelectionInScene()
{
    const QString &id = mDocument->state().selection;
    if (mScene->selectedId() == id)
        return;
    mShowingSelection = true;
    if (id.isEmpty() || !mScene->selectId(id))
        mScene->clearSelection();
    mShowingSelection = false;
}

void MainWindow::selectionChanged(bool revealed)
{
    const QString &id = mDocument->state().selection;
    if (!mLayouts->running()) // else shown once the layout is drawn
        showSelectionInScene();
    refreshDetails();
    updateCaption();
    if (mTables)
        mTables->showSelection(id);
    if (revealed && query().aggregate) {
        if (const BodyItem *body = mScene->bodyItem(id))
            frameReadably(*mView, boxWithNeighbours(mDocument->dataset(), *mScene, *body));
    }
    for (QGraphicsItem *item : mScene->selectedItems())
        mView->ensureVisible(item, 40, 40);
}

void MainWindow::refreshDetails()
{
    const QString &selected = mDocument->state().selection;
    if (mDocument->dataset().body(selected))
        mDetails->showBody(selected);
    else if (mDocument->dataset().relation(selected))
        mDetails->showRelation(selected);
    else
        mDetails->showOverview();
}

bool MainWindow::select(const QString &id)
{
    if (!edit([&id](ViewState &next) { next.selection = id; }))
        return false;
    for (QGraphicsItem *item : mScene->selectedItems())
        mView->ensureVisible(item, 40, 40);
    return true;
}

void MainWindow::setQuery(const GraphQuery &query)
{
    edit([&query](ViewState &next) { next.query = query; });
}

bool MainWindow::focusOn(const QString &bodyId)
{
    // A body the sources had not named by the timeline's date may still be focused: the graph
    // is empty until the date moves on.
    if (!fullDataset().body(bodyId))
        return false;
    return edit([&bodyId](ViewState &next) { next.query.focus = bodyId; });
}

void MainWindow::showWholeGraph()
{
    edit([](ViewState &next) { next.query = wholeGraphOf(next.query); });
}

void MainWindow::clearFocus()
{
    edit([](ViewState &next) { next.query.focus.clear(); });
}

void MainWindow::toggleBodyStatuses(const QStringList &statuses)
{
    edit([&statuses](ViewState &next) { toggle(next.query.hiddenBodyStatuses, statuses); });
}

void MainWindow::toggleRelationStatuses(const QStringList &statuses)
{
    edit([&statuses](ViewState &next) { toggle(next.query.hiddenRelationStatuses, statuses); });
}

void MainWindow::find(const QString &text)
{
    edit([&text](ViewState &next) { next.search = text; });
}

void MainWindow::setEngine(LayoutEngine engine)
{
    edit([engine](ViewState &next) { next.engine = engine; });
}

void MainWindow::setAsAt(const QString &date)
{
    edit([&date](ViewState &next) { next.query.asAt = date; });
}

bool MainWindow::loadLayersOnDemand()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool read = mDocument->loadLayersOnDemand(&error);
    QApplication::restoreOverrideCursor();
    if (!read)
        statusBar()->showMessage(error);
    return read;
}

bool MainWindow::showLayer(const QString &layerId, bool aggregated)
{
    if (layerId != kNationalLayer && !loadLayersOnDemand())
        return false;
    if (!fullDataset().layer(layerId))
        return false;
    return edit([&](ViewState &next) {
        next.query.focus.clear(); // a focus on a body of the other layer would show nothing
        next.query.layers = {layerId};
        next.query.aggregate = layerId != kNationalLayer && aggregated;
        next.query.expanded.clear();
    });
}

bool MainWindow::setExpanded(const QString &bodyId, bool expanded)
{
    if (!query().aggregate || !dataset().memberTree().collapsible(bodyId))
        return false;
    if (expanded == query().expanded.contains(bodyId))
        return true;
    if (expanded && dataset().memberTree().hasUnreadMembers(bodyId) && !loadLayersOnDemand())
        return false;
    edit([&](ViewState &next) {
        if (expanded)
            next.query.expanded.insert(bodyId);
        else
            next.query.expanded.remove(bodyId);
    });
    refreshDetails(); // its link now says the other way
    if (const BodyItem *item =
            mScene->bodyItem(bodyId)) // with what it now shows, or its neighbours
        frameReadably(*mView, boxWithNeighbours(dataset(), *mScene, *item));
    return true;
}

bool MainWindow::toggleExpanded(const QString &bodyId)
{
    return setExpanded(bodyId, !query().expanded.contains(bodyId));
}

void MainWindow::showMatches(const QStringList &ids, bool searching)
{
    if (searching)
        mScene->highlight(QSet<QString>(ids.cbegin(), ids.cend()));
    else if (!mTourHighlight.isEmpty()) // a tour step's highlight, under the search
        mScene->highlight(mTourHighlight);
    else
        mScene->clearHighlight();
}

void MainWindow::goToMatch(const QString &id)
{
    if (!select(id))
        return;
    for (QGraphicsItem *item : mScene->selectedItems())
        mView->centerOn(item);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (mFind->field()->hasFocus() && mFind->searching()) {
            mFind->field()->clear();
            return;
        }
        if (!tourId().isEmpty()) {
            endTour();
            return;
        }
        if (!query().focus.isEmpty() || query().filters() || !query().asAt.isEmpty()) {
            showWholeGraph();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

bool MainWindow::goBack()
{
    return mDocument->goBack();
}

bool MainWindow::goForward()
{
    return mDocument->goForward();
}

void MainWindow::fitSelection()
{
    nhsx::fitSelection(dataset(), *mScene, *mView);
}

QStringList MainWindow::tabOrder() const
{
    return nhsx::tabOrder(dataset(), *mScene, mDocument->state().direction);
}

bool MainWindow::navigate(int key)
{
    const QString selected = mScene->selectedId();
    QString target;
    if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
        const QStringList order = tabOrder();
        const qsizetype at = order.indexOf(selected);
        const qsizetype next = key == Qt::Key_Tab ? at + 1 : (at < 0 ? order.size() - 1 : at - 1);
        if (next < 0 || next >= order.size())
            return false;
        target = order[next];
    } else {
        target = neighbourToward(dataset(), *mScene, selected, key);
    }
    return !target.isEmpty() && select(target);
}

ViewPicture MainWindow::viewPicture() const
{
    ViewPicture picture;
    picture.scene = mScene;
    picture.background = mScene->backgroundBrush().style() == Qt::NoBrush
                             ? mView->backgroundBrush()
                             : mScene->backgroundBrush();
    picture.citations = citationsFor(dataset(), mDocument->shownGraph());
    picture.asAt = query().asAt;
    return picture;
}

QString MainWindow::dotText() const
{
    return nhsx::dotText(dataset(), mDocument->shownGraph(), mDocument->state());
}

bool MainWindow::exportTo(const QString &path, const QSize &size, QString *error)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("dot"))
        return writeFileAtomically(path, dotText().toUtf8(), error);
    mScene->finishTransition(); // the bodies where they are going, not half way there
    return exportView(viewPicture(), path, size, error);
}

void MainWindow::createTables()
{
    if (mTables)
        return;
    mTables = new DatasetTables(dataset());
    mTablesDock->setWidget(mTables);
    connect(mTables, &DatasetTables::idSelected, this, &MainWindow::select);
    mTables->setShownIds(mDocument->shownIds());
    mTables->showSelection(mDocument->state().selection);
}

void MainWindow::showTables(bool shown)
{
    if (shown)
        createTables();
    mTablesDock->setVisible(shown);
    if (shown)
        resizeDocks({mTablesDock}, {std::max(180, height() / 4)}, Qt::Vertical);
}

void MainWindow::restoreSettings()
{
    restoreWindowSettings();
    applyState(rememberedView(mDocument->state(), true));
}

void MainWindow::restoreWindowSettings()
{
    mRemembers = true;
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

ViewState MainWindow::rememberedView(ViewState view, bool rememberEngine)
{
    const QSettings settings;
    const auto engine =
        layoutEngineFromName(settings.value(QStringLiteral("view/layout")).toString());
    if (engine && rememberEngine)
        view.engine = *engine;
    if (settings.value(QStringLiteral("view/direction")).toString() ==
        QLatin1String("top-to-bottom"))
        view.direction = LayoutDirection::TopToBottom;
    if (view.selection.isEmpty() && view.tour.isEmpty())
        view.selection = settings.value(QStringLiteral("view/selection")).toString();
    return view;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    const ViewState &state = mDocument->state();
    settings.setValue(QStringLiteral("view/direction"),
                      state.direction == LayoutDirection::TopToBottom
                          ? QStringLiteral("top-to-bottom")
                          : QStringLiteral("left-to-right"));
    settings.setValue(QStringLiteral("view/selection"), state.selection);
    settings.setValue(QStringLiteral("view/layout"), layoutEngineName(state.engine));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (presenting()) // what is remembered is the window as it is outside presentation mode
        setPresentationMode(false);
    if (mRemembers)
        saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showInSource(const QString &quoteId)
{
    if (!mSourceView)
        mSourceView = new SourceView(dataset(), this);
    if (mSourceView->showQuote(quoteId)) {
        mSourceView->show();
        mSourceView->raise();
    }
}

void MainWindow::applyTheme(const Theme &theme)
{
    mScene->setTheme(theme);
    mLegend->setTheme(theme);
    mNote->setFont(theme.legend);
    mNote->setStyleSheet(noteStyle(theme));
    mCaption->setTheme(theme);
    mView->setBackgroundBrush(theme.background);
    mTourPlayer->setPresenting(presenting(), theme);
    mView->setMinimumScale(theme.minimumScale());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The desktop turned dark or light: the everyday theme follows (presentation mode keeps its
    // own), and the panel's muted colours are worked out again from the palette.
    const bool paletteChanged =
        event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange;
    if (paletteChanged && !presenting() && &mScene->theme() != &everydayTheme()) {
        applyTheme(everydayTheme());
        relayout();
        refreshDetails();
    }
    QMainWindow::changeEvent(event);
}

} // namespace nhsx
