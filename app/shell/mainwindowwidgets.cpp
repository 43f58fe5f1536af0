// The main window's widgets: the graph with its legend, timeline, note, strips and panel, and
// how each sends its edits to the document.
#include "app/controls/findbar.h"
#include "app/controls/legend.h"
#include "app/controls/timelinebar.h"
#include "app/graph/birdseye.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/presentation/presentationcaption.h"
#include "app/presentation/presentationchrome.h"
#include "app/presentation/tourplayer.h"
#include "app/shell/mainwindow.h"

#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
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

void MainWindow::createWidgets()
{
    const Dataset &dataset = mDocument->dataset();
    auto *graphPane = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    mLegend = new Legend(statusesOf(dataset.relations()), statusesOf(dataset.bodies()));
    graphLayout->addWidget(mLegend);
    mTimeline = new TimelineBar(mDocument->fullDataset());
    graphLayout->addWidget(mTimeline);
    connect(mTimeline, &TimelineBar::dateChosen, this, &MainWindow::setAsAt);
    mNote = new QLabel;
    mNote->setTextFormat(Qt::PlainText);
    mNote->setWordWrap(true);
    mNote->setAccessibleName(tr("View note"));
    mNote->hide();
    graphLayout->addWidget(mNote);
    mView = new GraphView(mScene);
    graphLayout->addWidget(mView, 1);
    mTourPlayer = new TourPlayer;
    mTourPlayer->hide();
    graphLayout->addWidget(mTourPlayer);
    mLayoutProgress = new QFrame;
    auto *progressLayout = new QHBoxLayout(mLayoutProgress);
    auto *busy = new QProgressBar;
    busy->setRange(0, 0); // Graphviz tells nothing of how far it has gone
    busy->setMaximumWidth(160);
    busy->setAccessibleName(tr("Layout in progress"));
    mLayoutProgressLabel = new QLabel;
    mLayoutProgressLabel->setTextFormat(Qt::PlainText);
    mLayoutProgressLabel->setWordWrap(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(cancel, &QPushButton::clicked, this, &MainWindow::cancelBackgroundLayout);
    progressLayout->addWidget(busy);
    progressLayout->addWidget(mLayoutProgressLabel, 1);
    progressLayout->addWidget(cancel);
    mLayoutProgress->hide();
    graphLayout->addWidget(mLayoutProgress);
    connect(mLayouts, &LayoutController::started, this,
            [this](qsizetype bodies, qsizetype relations) {
                mLayoutProgressLabel->setText(
                    tr("Laying out %1 bodies and %2 relations\u2026 The window stays usable; "
                       "Cancel goes back to the view before.")
                        .arg(bodies)
                        .arg(relations));
                mLayoutProgress->show();
            });
    connect(mLayouts, &LayoutController::finished, this, &MainWindow::finishRelayout);
    connect(mTourPlayer, &TourPlayer::previousRequested, this, &MainWindow::previousTourStep);
    connect(mTourPlayer, &TourPlayer::nextRequested, this, &MainWindow::nextTourStep);
    connect(mTourPlayer, &TourPlayer::endRequested, this, &MainWindow::endTour);
    mCaption = new PresentationCaption(dataset);
    mCaption->hide();
    graphLayout->addWidget(mCaption);
    mChrome = std::make_unique<PresentationChrome>(this);
    mBirdsEye = new BirdsEye(mView);
    connect(mLegend, &Legend::bodyStatusesClicked, this, &MainWindow::toggleBodyStatuses);
    connect(mLegend, &Legend::relationStatusesClicked, this, &MainWindow::toggleRelationStatuses);

    mDetails = new DetailsPanel(mDocument->dataset());
    mDetails->setMinimumWidth(300);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(graphPane);
    splitter->addWidget(mDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 400});
    setCentralWidget(splitter);

    // A click in the graph is an edit of the document's selection, which the scene then shows.
    connect(mScene, &GraphScene::bodySelected, this, &MainWindow::selectedInScene);
    connect(mScene, &GraphScene::relationSelected, this, &MainWindow::selectedInScene);
    connect(mScene, &GraphScene::selectionEmptied, this, [this] { selectedInScene({}); });
    mView->setNavigator([this](int key) { return navigate(key); });
    // When the graph is too large to fit at presentation size, the view shows the selection.
    mView->setFitAnchor([this] {
        const QString selected = mScene->selectedId();
        if (const BodyItem *body = mScene->bodyItem(selected))
            return body->layoutBox();
        if (const RelationItem *relation = mScene->relationItem(selected))
            return relation->sceneBoundingRect();
        if (const BodyItem *focus = mScene->bodyItem(query().focus))
            return focus->layoutBox();
        return QRectF();
    });
    connect(mDetails, &DetailsPanel::idActivated, this, &MainWindow::select);
    connect(mDetails, &DetailsPanel::sourceRequested, this, &MainWindow::showInSource);
    connect(mDetails, &DetailsPanel::expansionRequested, this, &MainWindow::setExpanded);
    connect(mDetails, &DetailsPanel::whereRequested, this, &MainWindow::showWhereDialog);
    // Queued: the double-click's items are replaced by the new layout only once it is handled.
    connect(mScene, &GraphScene::bodyActivated, this, &MainWindow::toggleExpanded,
            Qt::QueuedConnection);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *expand = new QShortcut(QKeySequence(key), mView);
        expand->setContext(Qt::WidgetWithChildrenShortcut);
        connect(expand, &QShortcut::activated, this,
                [this] { toggleExpanded(mScene->selectedId()); });
    }

    mFind = new FindBar(mDocument->dataset());
    mSearchResults = new QDockWidget(tr("Search results"), this);
    mSearchResults->setObjectName(QStringLiteral("searchResults"));
    mSearchResults->setWidget(mFind->results());
    addDockWidget(Qt::LeftDockWidgetArea, mSearchResults);
    mSearchResults->hide();
    connect(mFind, &FindBar::matchesChanged, this, [this](const QStringList &ids, bool searching) {
        mSearchResults->setVisible(searching && !presenting());
        showMatches(ids, searching);
    });
    connect(mFind, &FindBar::matchActivated, this, &MainWindow::goToMatch);
    connect(mFind->field(), &QLineEdit::textChanged, this, [this](const QString &text) {
        edit([&text](ViewState &next) { next.search = text; });
    });

    // The tables are made when the dock is first shown (by the menu or a restored layout):
    // most runs never open them, and start-up should not wait for them.
    mTablesDock = new QDockWidget(tr("Tables"), this);
    mTablesDock->setObjectName(QStringLiteral("tables"));
    addDockWidget(Qt::BottomDockWidgetArea, mTablesDock);
    mTablesDock->hide();
    connect(mTablesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            createTables();
    });
}

} // namespace nhsx
