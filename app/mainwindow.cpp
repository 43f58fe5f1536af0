#include "mainwindow.h"

#include "detailspanel.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "legend.h"
#include "sourceview.h"

#include <QAction>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

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
    mLayoutError = mScene->showDataset(mDataset, layout);

    auto *graphPane = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    graphLayout->addWidget(
        new Legend(statusesOf(mDataset.relations()), statusesOf(mDataset.bodies())));
    mView = new GraphView(mScene);
    graphLayout->addWidget(mView, 1);

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

    createActions();
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
}

void MainWindow::setDirection(LayoutDirection direction)
{
    const QList<QGraphicsItem *> selected = mScene->selectedItems();
    QString selectedId;
    if (!selected.isEmpty()) {
        if (const auto *body = qgraphicsitem_cast<BodyItem *>(selected.front()))
            selectedId = body->id();
        else if (const auto *relation = qgraphicsitem_cast<RelationItem *>(selected.front()))
            selectedId = relation->id();
    }
    {
        const QSignalBlocker blocker(mScene); // the panel keeps showing what it shows
        mLayoutError = mScene->showDataset(mDataset, mLayout, direction);
    }
    if (!selectedId.isEmpty())
        mScene->selectId(selectedId);
    mView->fitToWindow();
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
