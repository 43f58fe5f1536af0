#include "mainwindow.h"

#include "detailspanel.h"
#include "findbar.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "legend.h"
#include "sourceview.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace nhsx {

namespace {

template <typename Row> QStringList statusesOf(const QList<Row> &rows)
{
    QStringList statuses;
    for (const Row &row : rows) {
        if (!statuses.contains(row.status))
            statuses.append(row.status);
    }
    return statuses;
}

} // namespace

MainWindow::MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
                       QWidget *parent)
    : QMainWindow(parent), mDataset(std::move(dataset)), mLayout(layout)
{
    setWindowTitle(tr("NHS Commissioning Explorer"));
    mScene = new GraphScene(this);
    mDirection = GraphScene::kDefaultDirection;

    auto *graphPane = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    mLegend = new Legend(statusesOf(mDataset.relations()), statusesOf(mDataset.bodies()));
    graphLayout->addWidget(mLegend);
    mNote = new QLabel;
    mNote->setTextFormat(Qt::PlainText);
    mNote->setWordWrap(true);
    mNote->setStyleSheet(QStringLiteral("background: #fff3c4; color: #1a1a1a; padding: 4px"));
    mNote->setAccessibleName(tr("View note"));
    mNote->hide();
    graphLayout->addWidget(mNote);
    mView = new GraphView(mScene);
    graphLayout->addWidget(mView, 1);
    connect(mLegend, &Legend::bodyStatusesClicked, this, &MainWindow::toggleBodyStatuses);
    connect(mLegend, &Legend::relationStatusesClicked, this, &MainWindow::toggleRelationStatuses);

    mDetails = new DetailsPanel(mDataset);
    mDetails->setMinimumWidth(300);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(graphPane);
    splitter->addWidget(mDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 400});
    setCentralWidget(splitter);

    connect(mScene, &GraphScene::bodySelected, mDetails, &DetailsPanel::showBody);
    connect(mScene, &GraphScene::relationSelected, mDetails, &DetailsPanel::showRelation);
    connect(mScene, &GraphScene::selectionEmptied, mDetails, &DetailsPanel::showOverview);
    connect(mDetails, &DetailsPanel::idActivated, this, &MainWindow::select);
    connect(mDetails, &DetailsPanel::sourceRequested, this, &MainWindow::showInSource);

    mFind = new FindBar(mDataset);
    auto *results = new QDockWidget(tr("Search results"), this);
    results->setObjectName(QStringLiteral("searchResults"));
    results->setWidget(mFind->results());
    addDockWidget(Qt::LeftDockWidgetArea, results);
    results->hide();
    connect(mFind, &FindBar::matchesChanged, this, [this, results](const QStringList &ids,
                                                                   bool searching) {
        results->setVisible(searching);
        showMatches(ids, searching);
    });
    connect(mFind, &FindBar::matchActivated, this, &MainWindow::goToMatch);

    createActions();
    relayout();
    statusBar()->showMessage(mLayoutError.isEmpty()
                                 ? tr("%1 — click a body or relation for details; drag to pan, "
                                      "wheel to zoom, F to fit")
                                       .arg(datasetName)
                                 : tr("The graph could not be laid out: %1").arg(mLayoutError));
}

MainWindow::~MainWindow()
{
    // The scene outlives this destructor's body (it is deleted with the children) and may
    // announce a selection change while it clears: the panel must not hear it by then.
    mScene->blockSignals(true);
    // The panel, the find bar and the source view refer to mDataset, which is destroyed before
    // QMainWindow deletes its children: they go now.
    delete mSourceView;
    delete takeCentralWidget();
    delete mFind;
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("View"));
    toolbar->setMovable(false);
    auto *zoomIn = toolbar->addAction(tr("Zoom in"), this, [this] { mView->zoomBy(1.25); });
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    auto *zoomOut = toolbar->addAction(tr("Zoom out"), this, [this] { mView->zoomBy(0.8); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    auto *fit = toolbar->addAction(tr("Fit to window"), mView, &GraphView::fitToWindow);
    fit->setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)});
    fit->setToolTip(tr("Fit to window (F)"));
    toolbar->addSeparator();
    auto *downwards = toolbar->addAction(tr("Top to bottom"));
    downwards->setCheckable(true);
    downwards->setChecked(GraphScene::kDefaultDirection == LayoutDirection::TopToBottom);
    downwards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    downwards->setToolTip(tr("Draw the hierarchy top to bottom instead of left to right (Ctrl+L)"));
    connect(downwards, &QAction::toggled, this, [this](bool topToBottom) {
        setDirection(topToBottom ? LayoutDirection::TopToBottom : LayoutDirection::LeftToRight);
    });

    toolbar->addSeparator();
    auto *focus = toolbar->addAction(tr("Focus"), this, [this] { focusOn(mScene->selectedId()); });
    focus->setToolTip(tr("Show only the neighbourhood of the selected body (Esc: whole graph)"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    mDepth = new QSpinBox;
    mDepth->setRange(1, 3);
    mDepth->setPrefix(tr("depth "));
    mDepth->setAccessibleName(tr("Focus depth"));
    toolbar->addWidget(mDepth);
    mFocusDirection = new QComboBox;
    mFocusDirection->setAccessibleName(tr("Focus direction"));
    mFocusDirection->addItem(tr("both ways"), int(FocusDirection::Both));
    mFocusDirection->addItem(tr("incoming"), int(FocusDirection::In));
    mFocusDirection->addItem(tr("outgoing"), int(FocusDirection::Out));
    toolbar->addWidget(mFocusDirection);
    const auto refocus = [this] {
        if (!mQuery.focus.isEmpty())
            focusOn(mQuery.focus);
    };
    connect(mDepth, &QSpinBox::valueChanged, this, refocus);
    connect(mFocusDirection, &QComboBox::currentIndexChanged, this, refocus);

    toolbar->addSeparator();
    toolbar->addWidget(mFind);
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        mFind->field()->setFocus();
        mFind->field()->selectAll();
    });
    addAction(findAction);
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), mView);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, findAction, &QAction::trigger);
    auto *findNext = new QAction(tr("Find next"), this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, mFind, &FindBar::findNext);
    addAction(findNext);
}

void MainWindow::setDirection(LayoutDirection direction)
{
    mDirection = direction;
    relayout();
}

void MainWindow::relayout()
{
    const VisibleGraph visible = visibleGraph(mDataset, mQuery);
    mLayoutError = mScene->showDataset(mDataset, mLayout, visible, mDirection);
    mLegend->setHiddenStatuses(mQuery.hiddenBodyStatuses, mQuery.hiddenRelationStatuses);
    QSet<QString> shown(visible.bodies.cbegin(), visible.bodies.cend());
    shown.unite(QSet<QString>(visible.relations.cbegin(), visible.relations.cend()));
    mFind->setShownIds(shown); // re-applies the search highlight to the new items

    QStringList notes;
    if (const Body *focus = mDataset.body(mQuery.focus)) {
        const QString reach = mQuery.depth == 1
                                  ? tr("one relation away")
                                  : tr("up to %1 relations away").arg(mQuery.depth);
        notes << tr("Focus: %1 and the bodies %2 (%3).")
                     .arg(focus->name, reach, mFocusDirection->currentText());
    }
    if (mQuery.filters()) {
        const auto listed = [](const QSet<QString> &statuses) {
            QStringList sorted(statuses.cbegin(), statuses.cend());
            sorted.sort();
            return sorted.join(QStringLiteral(", "));
        };
        QStringList hidden;
        if (!mQuery.hiddenBodyStatuses.isEmpty())
            hidden << tr("%1 bodies").arg(listed(mQuery.hiddenBodyStatuses));
        if (!mQuery.hiddenRelationStatuses.isEmpty())
            hidden << tr("%1 relations").arg(listed(mQuery.hiddenRelationStatuses));
        notes << tr("Filter on: %1 hidden.").arg(hidden.join(tr(" and ")));
    }
    if (!notes.isEmpty())
        notes << tr("Esc shows the whole graph.");
    mNote->setText(notes.join(QLatin1Char(' ')));
    mNote->setVisible(!notes.isEmpty());
    mView->fitToWindow();
}

QString MainWindow::viewNote() const
{
    return mNote->isVisibleTo(this) ? mNote->text() : QString();
}

void MainWindow::setQuery(const GraphQuery &query)
{
    mQuery = query;
    if (const int index = mFocusDirection->findData(int(query.direction)); index >= 0) {
        const QSignalBlocker blocker(mFocusDirection);
        mFocusDirection->setCurrentIndex(index);
    }
    {
        const QSignalBlocker blocker(mDepth);
        mDepth->setValue(query.depth);
    }
    mQuery.depth = mDepth->value();
    relayout();
}

bool MainWindow::focusOn(const QString &bodyId)
{
    if (!mDataset.body(bodyId))
        return false;
    mQuery.focus = bodyId;
    mQuery.depth = mDepth->value();
    mQuery.direction = FocusDirection(mFocusDirection->currentData().toInt());
    relayout();
    return true;
}

void MainWindow::clearFocus()
{
    mQuery.focus.clear();
    relayout();
}

namespace {

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

} // namespace

void MainWindow::toggleBodyStatuses(const QStringList &statuses)
{
    toggle(mQuery.hiddenBodyStatuses, statuses);
    relayout();
}

void MainWindow::toggleRelationStatuses(const QStringList &statuses)
{
    toggle(mQuery.hiddenRelationStatuses, statuses);
    relayout();
}

void MainWindow::find(const QString &text)
{
    mFind->field()->setText(text);
}

void MainWindow::showMatches(const QStringList &ids, bool searching)
{
    if (searching)
        mScene->highlight(QSet<QString>(ids.cbegin(), ids.cend()));
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
        if (!mQuery.focus.isEmpty() || mQuery.filters()) {
            mQuery.focus.clear();
            mQuery.hiddenBodyStatuses.clear();
            mQuery.hiddenRelationStatuses.clear();
            relayout();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::showInSource(const QString &quoteId)
{
    if (!mSourceView)
        mSourceView = new SourceView(mDataset, this);
    if (mSourceView->showQuote(quoteId)) {
        mSourceView->show();
        mSourceView->raise();
    }
}

bool MainWindow::select(const QString &id)
{
    if (!mScene->selectId(id))
        return false;
    for (QGraphicsItem *item : mScene->selectedItems())
        mView->ensureVisible(item, 40, 40);
    return true;
}

} // namespace nhsx
