#include "app/shell/mainwindow.h"

#include "app/controls/findbar.h"
#include "app/controls/legend.h"
#include "app/controls/timelinebar.h"
#include "app/england/layermenu.h"
#include "app/england/wheredialog.h"
#include "app/export/viewexport.h"
#include "app/graph/birdseye.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/datasettables.h"
#include "app/panel/detailspanel.h"
#include "app/panel/glossaryview.h"
#include "app/panel/sourceview.h"
#include "app/presentation/presentationcaption.h"
#include "app/presentation/presentationchrome.h"
#include "app/presentation/tourplayer.h"
#include "app/shell/aboutdialog.h"
#include "app/shell/datasetchoice.h"
#include "app/theme/theme.h"
#include "core/aggregation.h"
#include "core/graphvizlayout.h"
#include "core/timeline.h"
#include "data/bundleddataset.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace nhsx {

namespace {

QString engineLabel(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Dot:
        return MainWindow::tr("Hierarchy (dot)");
    case LayoutEngine::Neato:
        return MainWindow::tr("Spring (neato)");
    case LayoutEngine::Circo:
        return MainWindow::tr("Circle (circo)");
    case LayoutEngine::Twopi:
        return MainWindow::tr("Radial (twopi)");
    }
    return layoutEngineName(engine);
}

QString noteStyle(const Theme &theme)
{
    return QStringLiteral("background: %1; color: %2; padding: 4px")
        .arg(theme.noteBackground.name(), theme.noteText.name());
}

QSet<QString> idsOf(const VisibleGraph &visible)
{
    QSet<QString> ids(visible.bodies.cbegin(), visible.bodies.cend());
    ids.unite(QSet<QString>(visible.relations.cbegin(), visible.relations.cend()));
    return ids;
}

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
                       const GraphQuery &query, QWidget *parent)
    : QMainWindow(parent), mFullDataset(std::move(dataset)), mDatasetName(datasetName),
      mDataset(mFullDataset), mLayout(layout)
{
    setWindowTitle(tr("NHS Commissioning Explorer"));
    mScene = new GraphScene(this);
    mScene->setTransitionDuration(kTransitionMilliseconds);
    mDirection = GraphScene::kDefaultDirection;

    auto *graphPane = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    mLegend = new Legend(statusesOf(mDataset.relations()), statusesOf(mDataset.bodies()));
    graphLayout->addWidget(mLegend);
    mTimeline = new TimelineBar(mFullDataset);
    graphLayout->addWidget(mTimeline);
    connect(mTimeline, &TimelineBar::dateChosen, this, &MainWindow::setAsAt);
    mNote = new QLabel;
    mNote->setTextFormat(Qt::PlainText);
    mNote->setWordWrap(true);
    mNote->setStyleSheet(noteStyle(everydayTheme()));
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
    mLayoutPool.setMaxThreadCount(1);
    connect(mTourPlayer, &TourPlayer::previousRequested, this, &MainWindow::previousTourStep);
    connect(mTourPlayer, &TourPlayer::nextRequested, this, &MainWindow::nextTourStep);
    connect(mTourPlayer, &TourPlayer::endRequested, this, &MainWindow::endTour);
    mCaption = new PresentationCaption(mDataset);
    mCaption->hide();
    graphLayout->addWidget(mCaption);
    mChrome = std::make_unique<PresentationChrome>(this);
    mBirdsEye = new BirdsEye(mView);
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
    connect(mScene, &GraphScene::bodySelected, this, &MainWindow::recordSelection);
    connect(mScene, &GraphScene::relationSelected, this, &MainWindow::recordSelection);
    mView->setNavigator([this](int key) { return navigate(key); });
    // When the graph is too large to fit at presentation size, the view shows the selection.
    mView->setFitAnchor([this] {
        const QString selected = mScene->selectedId();
        if (const BodyItem *body = mScene->bodyItem(selected))
            return body->layoutBox();
        if (const RelationItem *relation = mScene->relationItem(selected))
            return relation->sceneBoundingRect();
        if (const BodyItem *focus = mScene->bodyItem(mQuery.focus))
            return focus->layoutBox();
        return QRectF();
    });
    connect(mScene, &GraphScene::bodySelected, this, &MainWindow::updateCaption);
    connect(mScene, &GraphScene::relationSelected, this, &MainWindow::updateCaption);
    connect(mScene, &GraphScene::selectionEmptied, this, &MainWindow::updateCaption);
    connect(mDetails, &DetailsPanel::idActivated, this, &MainWindow::select);
    connect(mDetails, &DetailsPanel::sourceRequested, this, &MainWindow::showInSource);
    connect(mDetails, &DetailsPanel::expansionRequested, this, &MainWindow::setExpanded);
    // Queued: the double-click's items are replaced by the new layout only once it is handled.
    connect(mScene, &GraphScene::bodyActivated, this, &MainWindow::toggleExpanded,
            Qt::QueuedConnection);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *expand = new QShortcut(QKeySequence(key), mView);
        expand->setContext(Qt::WidgetWithChildrenShortcut);
        connect(expand, &QShortcut::activated, this,
                [this] { toggleExpanded(mScene->selectedId()); });
    }

    mFind = new FindBar(mDataset);
    auto *results = new QDockWidget(tr("Search results"), this);
    results->setObjectName(QStringLiteral("searchResults"));
    results->setWidget(mFind->results());
    addDockWidget(Qt::LeftDockWidgetArea, results);
    results->hide();
    connect(mFind, &FindBar::matchesChanged, this,
            [this, results](const QStringList &ids, bool searching) {
                results->setVisible(searching && !mPresenting);
                showMatches(ids, searching);
            });
    connect(mFind, &FindBar::matchActivated, this, &MainWindow::goToMatch);

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

    createActions();
    applyTheme(everydayTheme());
    setQuery(query);
    statusBar()->showMessage(mLayoutError.isEmpty()
                                 ? tr("%1 — click a body or relation for details; drag to pan, "
                                      "wheel to zoom, F to fit")
                                       .arg(datasetName)
                                 : tr("The graph could not be laid out: %1").arg(mLayoutError));
}

MainWindow::~MainWindow()
{
    // A layout running off the GUI thread reads the layout engine, which the caller owns: it
    // ends before the window does, stopped if the engine can stop it, and none queued starts.
    ++mLayoutGeneration;
    mLayoutPool.clear();
    mLayoutPool.waitForDone();
    mReadPool.waitForDone(); // its answer is queued to this window
    // The scene outlives this destructor's body (it is deleted with the children) and may
    // announce a selection change while it clears: the panel must not hear it by then.
    mScene->blockSignals(true);
    // The panel, the find bar and the source view refer to mDataset, which is destroyed before
    // QMainWindow deletes its children: they go now.
    delete mSourceView;
    delete takeCentralWidget();
    delete mFind;
    delete mTablesDock;
    delete mGlossaryDock;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction =
        fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportWithDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = fileMenu->addAction(tr("&Print…"), this, &MainWindow::printWithPreview);
    print->setShortcuts(QKeySequence::Print);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    addLayerActions(*this, viewMenu);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *filterMenu = menuBar()->addMenu(tr("F&ilter"));
    createTourActions(menuBar()->addMenu(tr("T&ours")));
    mKindsMenu = filterMenu->addMenu(tr("Kinds of body"));
    mTypesMenu = filterMenu->addMenu(tr("Types of relation"));
    fillFilterMenu();
    auto *toolbar = addToolBar(tr("View"));
    toolbar->setObjectName(QStringLiteral("viewToolbar"));
    toolbar->setMovable(false);
    auto *zoomIn = toolbar->addAction(tr("Zoom in"), this, [this] { mView->zoomBy(1.25); });
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    auto *zoomOut = toolbar->addAction(tr("Zoom out"), this, [this] { mView->zoomBy(0.8); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    auto *fit = toolbar->addAction(tr("Fit to window"), mView, &GraphView::fitToWindow);
    fit->setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)});
    fit->setToolTip(tr("Fit to window (F)"));
    auto *fitSelected = new QAction(tr("Fit selection"), this);
    fitSelected->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    connect(fitSelected, &QAction::triggered, this, &MainWindow::fitSelection);
    toolbar->addSeparator();
    mDownwards = toolbar->addAction(tr("Top to bottom"));
    mDownwards->setCheckable(true);
    mDownwards->setChecked(GraphScene::kDefaultDirection == LayoutDirection::TopToBottom);
    mDownwards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    mDownwards->setToolTip(
        tr("Draw the hierarchy top to bottom instead of left to right (Ctrl+L)"));
    connect(mDownwards, &QAction::toggled, this, [this](bool topToBottom) {
        setDirection(topToBottom ? LayoutDirection::TopToBottom : LayoutDirection::LeftToRight);
    });
    auto *tables = new QAction(tr("Tables"), this);
    tables->setCheckable(true);
    tables->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(tables, &QAction::triggered, this, &MainWindow::showTables);
    connect(mTablesDock, &QDockWidget::visibilityChanged, tables,
            [this, tables] { tables->setChecked(!mTablesDock->isHidden()); });
    viewMenu->addActions({zoomIn, zoomOut, fit, fitSelected});
    addActions({zoomIn, zoomOut, fit, fitSelected}); // they work with the menus hidden too
    viewMenu->addSeparator();
    viewMenu->addAction(mDownwards);
    QMenu *engines = viewMenu->addMenu(tr("Layout"));
    auto *engineGroup = new QActionGroup(this);
    for (const LayoutEngine engine : layoutEngines()) {
        QAction *action = engines->addAction(engineLabel(engine));
        action->setCheckable(true);
        action->setChecked(engine == mEngine);
        action->setData(layoutEngineName(engine));
        engineGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, engine] { setEngine(engine); });
        mEngineActions.append(action);
    }
    viewMenu->addSeparator();
    viewMenu->addAction(tables);

    mBack = goMenu->addAction(tr("Back"), this, &MainWindow::goBack);
    mBack->setShortcuts(QKeySequence::Back);
    mForward = goMenu->addAction(tr("Forward"), this, &MainWindow::goForward);
    mForward->setShortcuts(QKeySequence::Forward);
    mBack->setEnabled(false);
    mForward->setEnabled(false);
    goMenu->addSeparator();

    toolbar->addSeparator();
    auto *focus = toolbar->addAction(tr("Focus"), this, [this] { focusOn(mScene->selectedId()); });
    focus->setToolTip(tr("Show only the neighbourhood of the selected body (Esc: whole graph)"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    goMenu->addAction(focus);
    goMenu->addAction(tr("Whole graph"), this, &MainWindow::showWholeGraph);
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
    createPresentationActions(viewMenu);
    createCitationAndGlossaryActions(viewMenu);
    createHelpActions(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::createHelpActions(QMenu *menu)
{
    QAction *about = menu->addAction(tr("&About NHS Commissioning Explorer"), this, [this] {
        auto *dialog =
            new AboutDialog(mFullDataset, mDatasetName, datasetSha256(mDatasetName), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createCitationAndGlossaryActions(QMenu *viewMenu)
{
    auto *editMenu = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(viewMenu->menuAction(), editMenu);
    QAction *copyCitation = editMenu->addAction(tr("Copy citation"), this, [this] {
        if (!mDetails->copyCitation(mScene->selectedId()))
            statusBar()->showMessage(tr("Select a body or a relation to copy its citation."), 5000);
    });
    copyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *where =
        editMenu->addAction(tr("Where does my practice sit?…"), this, &MainWindow::showWhereDialog);
    where->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(mDetails, &DetailsPanel::citationCopied, this, [this](const QString &what) {
        statusBar()->showMessage(
            tr("Copied the citation of %1, as plain text and Markdown.").arg(what), 5000);
    });

    // The glossary is made when its dock is first shown, as the tables are: laying out its
    // wrapped rows took a twentieth of the start-up, for a dock most runs never open.
    mGlossaryDock = new QDockWidget(tr("Glossary"), this);
    mGlossaryDock->setObjectName(QStringLiteral("glossary"));
    addDockWidget(Qt::BottomDockWidgetArea, mGlossaryDock);
    mGlossaryDock->hide();
    connect(mGlossaryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            createGlossary();
    });
    viewMenu->addAction(mGlossaryDock->toggleViewAction());
    connect(mDetails, &DetailsPanel::glossaryRequested, this, [this](const QString &term) {
        createGlossary();
        mGlossaryDock->show();
        mGlossary->showTerm(term);
    });
}

void MainWindow::createGlossary()
{
    if (mGlossary)
        return;
    mGlossary = new GlossaryView(mFullDataset); // every term, whatever date is shown
    mGlossaryDock->setWidget(mGlossary);
}

VisibleGraph MainWindow::shownGraph() const
{
    GraphQuery shownQuery = mQuery;
    shownQuery.asAt.clear(); // mDataset is already as at that date
    return visibleGraph(mDataset, shownQuery);
}

ViewPicture MainWindow::viewPicture() const
{
    ViewPicture picture;
    picture.scene = mScene;
    picture.background = mScene->backgroundBrush().style() == Qt::NoBrush
                             ? mView->backgroundBrush()
                             : mScene->backgroundBrush();
    picture.citations = citationsFor(mDataset, shownGraph());
    picture.asAt = mQuery.asAt;
    return picture;
}

QString MainWindow::dotText() const
{
    return GraphvizLayout().toDot(
        GraphScene::layoutRequest(mDataset, shownGraph(), mDirection, mEngine));
}

bool MainWindow::exportTo(const QString &path, const QSize &size, QString *error)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("dot"))
        return writeFileAtomically(path, dotText().toUtf8(), error);
    mScene->finishTransition(); // the bodies where they are going, not half way there
    return exportView(viewPicture(), path, size, error);
}

void MainWindow::exportWithDialog()
{
    const QStringList filters{tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                              tr("PDF document (*.pdf)"), tr("Graphviz graph (*.dot)")};
    QString filter = filters.front();
    const QString start = mLastExport.isEmpty()
                              ? QDir::home().filePath(QStringLiteral("nhs-commissioning.png"))
                              : mLastExport;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the view"), start,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // A name without one of the formats' extensions takes the chosen filter's.
    static const QRegularExpression filterSuffix(QStringLiteral("\\*\\.(\\w+)"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!QStringList{"png", "svg", "pdf", "dot"}.contains(suffix))
        path += QLatin1Char('.') + filterSuffix.match(filter).captured(1);
    mLastExport = path;
    // Twice the graph's size on screen, so a PNG stays sharp when enlarged.
    const QSize size =
        (mView->viewport()->size() * 2).expandedTo(QSize(400, 300)).boundedTo(QSize(16384, 16384));
    QString error;
    if (exportTo(path, size, &error)) {
        statusBar()->showMessage(tr("Exported the view to %1").arg(path), 5000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Export"), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::printWithPreview()
{
    mScene->finishTransition();
    const ViewPicture picture = viewPicture();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the view"));
    auto *layoutChoice = new QComboBox(&dialog);
    layoutChoice->setAccessibleName(tr("Print layout"));
    layoutChoice->addItem(tr("Fit to one page"), int(PrintLayout::OnePage));
    layoutChoice->addItem(tr("Several pages, overlapping by %1 mm").arg(kPosterOverlapMm),
                          int(PrintLayout::Poster));
    // The preview's own toolbar has the page controls; the choice of layout goes beside them.
    if (auto *toolbar = dialog.findChild<QToolBar *>()) {
        toolbar->addSeparator();
        toolbar->addWidget(layoutChoice);
    } else {
        layoutChoice->hide();
    }
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&picture, layoutChoice](QPrinter *target) {
                printView(*target, picture, PrintLayout(layoutChoice->currentData().toInt()));
            });
    connect(layoutChoice, &QComboBox::currentIndexChanged, &dialog, [&dialog] {
        if (auto *preview = dialog.findChild<QPrintPreviewWidget *>())
            preview->updatePreview();
    });
    dialog.exec();
}

void MainWindow::setEngine(LayoutEngine engine)
{
    mEngine = engine;
    for (QAction *action : std::as_const(mEngineActions))
        action->setChecked(action->data().toString() == layoutEngineName(engine));
    mDownwards->setEnabled(engine == LayoutEngine::Dot); // only dot has ranks to turn
    relayout();
}

void MainWindow::setDirection(LayoutDirection direction)
{
    mDirection = direction;
    relayout();
}

WhereDialog *MainWindow::showWhereDialog()
{
    if (!loadLayersOnDemand())
        return nullptr;
    auto *dialog = new WhereDialog(mFullDataset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::fillFilterMenu()
{
    mKindsMenu->clear();
    mTypesMenu->clear();
    mFilterActions.clear();
    const auto addFilters = [this](QMenu *menu, const QStringList &values,
                                   QSet<QString> GraphQuery::*hidden) {
        for (const QString &value : values) {
            QAction *action = menu->addAction(QString(value).replace(u'&', QStringLiteral("&&")));
            action->setData(value);
            action->setCheckable(true);
            action->setChecked(!(mQuery.*hidden).contains(value));
            connect(action, &QAction::toggled, this, [this, value, hidden](bool shown) {
                if (shown)
                    (mQuery.*hidden).remove(value);
                else
                    (mQuery.*hidden).insert(value);
                relayout();
            });
            mFilterActions.append({action, hidden});
        }
    };
    QStringList kinds, types;
    for (const Body &body : mFullDataset.bodies())
        kinds.append(body.kind);
    for (const Relation &relation : mFullDataset.relations())
        types.append(relation.type);
    for (QStringList *list : {&kinds, &types}) {
        list->removeDuplicates();
        list->sort(Qt::CaseInsensitive);
    }
    addFilters(mKindsMenu, kinds, &GraphQuery::hiddenKinds);
    addFilters(mTypesMenu, types, &GraphQuery::hiddenTypes);
}

bool MainWindow::loadLayersOnDemand()
{
    const auto unread = std::find_if(mFullDataset.layers().cbegin(), mFullDataset.layers().cend(),
                                     [](const Layer &layer) { return !layer.loaded; });
    if (unread == mFullDataset.layers().cend())
        return true;
    const QString layerName = unread->name;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    DatasetToShow every;
    if (mRead) {
        mReadPool.waitForDone(); // being read already: read once
        every = std::move(*mRead);
        mRead.reset();
    } else {
        every = loadDatasetToShow(dataFile(), LayerChoice::Every);
    }
    QApplication::restoreOverrideCursor();
    if (!every.dataset) {
        statusBar()->showMessage(
            tr("%1 could not be read: %2").arg(layerName, every.error.section(u'\n', 0, 0)));
        return false;
    }
    mFullDataset = std::move(*every.dataset);
    mDatasetStale = true;
    fillFilterMenu(); // the layer brings its own kinds (GP practice, area team...) and types
    relayout();
    return true;
}

QString MainWindow::dataFile() const
{
    return mDatasetName == bundledDatasetName() ? QString() : mDatasetName;
}

void MainWindow::readLayersOnDemandInBackground()
{
    // Only an outline's rest: a layer left out whole waits until it is asked for.
    if (mFullDataset.unreadMemberCount() == 0 || mRead)
        return;
    mRead = std::make_shared<DatasetToShow>();
    mReadPool.start([this, read = mRead, file = dataFile()] {
        *read = loadDatasetToShow(file, LayerChoice::Every);
        QMetaObject::invokeMethod(
            this,
            [this, read] {
                if (mRead == read) // not taken in by a loadLayersOnDemand() that waited for it
                    loadLayersOnDemand();
            },
            Qt::QueuedConnection);
    });
}

bool MainWindow::showLayer(const QString &layerId, bool aggregated)
{
    if (layerId != kNationalLayer && !loadLayersOnDemand())
        return false;
    if (!mFullDataset.layer(layerId))
        return false;
    GraphQuery query = mQuery;
    query.focus.clear(); // a focus on a body of the other layer would show nothing
    query.layers = {layerId};
    query.aggregate = layerId != kNationalLayer && aggregated;
    query.expanded.clear();
    setQuery(query);
    return true;
}

QRectF MainWindow::aggregatedViewArea() const
{
    QRectF expanded, national;
    for (const Body &body : mDataset.bodies()) {
        const BodyItem *item = mScene->bodyItem(body.id);
        if (item && mQuery.expanded.contains(body.id))
            expanded = expanded.united(boxWithNeighbours(*item));
        else if (item && body.layer == kNationalLayer)
            national = national.united(boxWithNeighbours(*item));
    }
    return expanded.isEmpty() ? national : expanded;
}

void MainWindow::frameReadably(const QRectF &area)
{
    mView->fitToWindow();
    if (mView->zoom() >= kTourReadableZoom || area.isEmpty())
        return;
    // No closer than a whole-graph fit may come, so a body with few members is seen in context.
    const QSizeF least = QSizeF(mView->viewport()->size()) / GraphView::kMaxFitScale;
    const qreal growX = std::max(0.0, least.width() - area.width()) / 2;
    const qreal growY = std::max(0.0, least.height() - area.height()) / 2;
    mView->fitRect(area.adjusted(-growX - 30, -growY - 30, growX + 30, growY + 30));
    if (mView->zoom() < kTourReadableZoom) {
        mView->zoomBy(kTourReadableZoom / mView->zoom());
        mView->centerOn(area.center());
    }
}

bool MainWindow::setExpanded(const QString &bodyId, bool expanded)
{
    if (!mQuery.aggregate || !mDataset.memberTree().collapsible(bodyId))
        return false;
    if (expanded == mQuery.expanded.contains(bodyId))
        return true;
    if (expanded && mDataset.memberTree().hasUnreadMembers(bodyId) && !loadLayersOnDemand())
        return false;
    if (expanded)
        mQuery.expanded.insert(bodyId);
    else
        mQuery.expanded.remove(bodyId);
    relayout();
    refreshDetails(); // its link now says the other way
    if (const BodyItem *item = mScene->bodyItem(bodyId))
        frameReadably(boxWithNeighbours(*item)); // with what it now shows, or its neighbours
    return true;
}

bool MainWindow::toggleExpanded(const QString &bodyId)
{
    return setExpanded(bodyId, !mQuery.expanded.contains(bodyId));
}

bool MainWindow::reveal(const QString &bodyId)
{
    const Body *body = mDataset.body(bodyId);
    if (!mQuery.aggregate || !body || !mQuery.layers.contains(body->layer))
        return false;
    const QStringList collapsed = mDataset.memberTree().collapsedAbove(bodyId, mQuery.expanded);
    if (collapsed.isEmpty())
        return false;
    mQuery.expanded.unite(QSet<QString>(collapsed.cbegin(), collapsed.cend()));
    relayout();
    return true;
}

QString MainWindow::layerNote() const
{
    if (mQuery.layers.size() != 1 || mQuery.layers.contains(kNationalLayer))
        return {};
    const Layer *layer = mFullDataset.layer(*mQuery.layers.cbegin());
    if (!layer)
        return {};
    if (!mQuery.aggregate)
        return tr("%1: every body, with those of the national picture that it links to.")
            .arg(layer->name);
    return tr("%1: each area team and CCG stands for the bodies under it (▸); double-click one, "
              "or select it and press Enter, to show them.")
        .arg(layer->name);
}

void MainWindow::relayout()
{
    const bool datasetChanged = mDatasetStale || mDatasetAsAt != mQuery.asAt;
    if (datasetChanged) {
        mDataset = datasetAsAt(mFullDataset, mQuery.asAt);
        mDatasetAsAt = mQuery.asAt;
        mDatasetStale = false;
        mFind->datasetChanged();
        mDetails->setAsAt(mQuery.asAt);
        if (mTables) {
            const bool shown = !mTablesDock->isHidden();
            delete mTables;
            mTables = nullptr;
            if (shown)
                createTables();
        }
    }
    mTimeline->setDate(mQuery.asAt);
    const VisibleGraph visible = shownGraph();
    const quint64 generation = ++mLayoutGeneration; // a layout under way is told to stop
    if (visible.bodies.size() > kBackgroundLayoutBodies) {
        startBackgroundLayout(visible, datasetChanged, generation);
        return;
    }
    mLayoutProgress->hide();
    mLayoutError = mScene->showDataset(mDataset, mLayout, visible, mDirection, mEngine);
    finishRelayout(visible, datasetChanged);
}

void MainWindow::startBackgroundLayout(const VisibleGraph &visible, bool datasetChanged,
                                       quint64 generation)
{
    mLayoutProgressLabel->setText(
        tr("Laying out %1 bodies and %2 relations\u2026 The window stays usable; Cancel goes "
           "back to the view before.")
            .arg(visible.bodies.size())
            .arg(visible.relations.size()));
    mLayoutProgress->show();
    const Layout *layout = &mLayout;
    // The labels are measured off this thread too: at 8,000 bodies that takes 40 ms. The task
    // gets copies (implicitly shared, so cheap) of what the window may change meanwhile, and
    // the theme, which lives as long as the program. The layout asks, as it goes, whether a
    // newer relayout, Cancel or the window's end has made it unwanted; a layout in a helper
    // process then stops at once. The pool runs one layout at a time (Graphviz is not
    // thread-safe); the destructor waits for it, so the window outlives the task and its
    // queued answer.
    mLayoutPool.start([this, layout, dataset = mDataset, theme = &mScene->theme(),
                       direction = mDirection, engine = mEngine, visible, datasetChanged,
                       generation] {
        const auto unwanted = [this, generation] { return generation != mLayoutGeneration; };
        if (unwanted())
            return; // superseded while it waited for the one before
        const LayoutResult result = layout->computeUntil(
            GraphScene::layoutRequest(dataset, visible, direction, engine, *theme), unwanted);
        if (unwanted())
            return;
        // The items are made here too: making 16,000 held the window's thread 30 to 130 ms.
        auto items = std::make_shared<GraphScene::Items>(
            GraphScene::makeItems(dataset, result, visible.labels, *theme));
        QMetaObject::invokeMethod(
            this,
            [this, items, visible, datasetChanged, generation] {
                if (generation != mLayoutGeneration)
                    return; // cancelled, or another view was asked for meanwhile
                mLayoutProgress->hide();
                mLayoutError = mScene->showItems(std::move(*items));
                finishRelayout(visible, datasetChanged);
            },
            Qt::QueuedConnection);
    });
}

bool MainWindow::layoutRunning() const
{
    return !mLayoutProgress->isHidden();
}

void MainWindow::cancelBackgroundLayout()
{
    if (!layoutRunning())
        return;
    ++mLayoutGeneration; // the layout under way is told to stop
    mLayoutProgress->hide();
    mQuery = mDrawnQuery;
    relayout();
}

void MainWindow::finishRelayout(const VisibleGraph &visible, bool datasetChanged)
{
    mDrawnQuery = mQuery;
    if (!mLayoutError.isEmpty())
        statusBar()->showMessage(tr("The graph could not be laid out: %1").arg(mLayoutError));
    mLegend->setHiddenStatuses(mQuery.hiddenBodyStatuses, mQuery.hiddenRelationStatuses);
    for (const auto &[action, hidden] : std::as_const(mFilterActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(!(mQuery.*hidden).contains(action->data().toString()));
    }
    const QSet<QString> shown = idsOf(visible);
    mFind->setShownIds(shown); // re-applies the search highlight to the new items
    if (!mTourHighlight.isEmpty() && !mFind->searching())
        mScene->highlight(mTourHighlight);
    mDetails->setAggregation(mQuery.aggregate, mQuery.expanded);
    if (datasetChanged)
        refreshDetails();
    if (mTables) {
        mTables->setShownIds(shown);
        mTables->showSelection(mScene->selectedId());
    }

    QStringList notes;
    if (!mQuery.asAt.isEmpty()) {
        notes << tr("As at %1: only what the sources had said by then, with statuses as they "
                    "then stood.")
                     .arg(displayDate(mQuery.asAt));
    }
    if (const Body *focus = mFullDataset.body(mQuery.focus); focus && !mDataset.body(focus->id)) {
        notes << tr("Focus: %1, which the sources had not named by then.").arg(focus->name);
    } else if (focus) {
        const QString reach = mQuery.depth == 1 ? tr("one relation away")
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
        if (!mQuery.hiddenKinds.isEmpty())
            hidden << tr("bodies of kind %1").arg(listed(mQuery.hiddenKinds));
        if (!mQuery.hiddenTypes.isEmpty())
            hidden << tr("relations of type %1").arg(listed(mQuery.hiddenTypes));
        notes << tr("Filter on: %1 hidden.").arg(hidden.join(tr(" and ")));
    }
    // In a tour Esc ends the tour; in presentation mode it leaves that.
    if (!notes.isEmpty() && mTourId.isEmpty() && !mPresenting)
        notes << tr("Esc shows the whole graph.");
    if (const QString layer = layerNote(); !layer.isEmpty())
        notes.prepend(layer);
    mNote->setText(notes.join(QLatin1Char(' ')));
    mNote->setVisible(!notes.isEmpty());
    if (mQuery.aggregate)
        frameReadably(aggregatedViewArea());
    else
        mView->fitToWindow();
    emit layoutFinished();
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
    // A body the sources had not named by the timeline's date may still be focused: the graph
    // is empty until the date moves on.
    if (!mFullDataset.body(bodyId))
        return false;
    mQuery.focus = bodyId;
    mQuery.depth = mDepth->value();
    mQuery.direction = FocusDirection(mFocusDirection->currentData().toInt());
    relayout();
    return true;
}

void MainWindow::showWholeGraph()
{
    GraphQuery whole;
    whole.depth = mQuery.depth; // the focus controls keep their settings
    whole.direction = mQuery.direction;
    whole.layers = mQuery.layers; // and the layer shown, as it was expanded
    whole.aggregate = mQuery.aggregate;
    whole.expanded = mQuery.expanded;
    mQuery = whole;
    relayout();
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
        if (!mTourId.isEmpty()) {
            endTour();
            return;
        }
        if (!mQuery.focus.isEmpty() || mQuery.filters() || !mQuery.asAt.isEmpty()) {
            showWholeGraph();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::recordSelection(const QString &id)
{
    if (mWalkingHistory || (mHistoryAt >= 0 && mHistory[mHistoryAt] == id))
        return;
    mHistory.resize(mHistoryAt + 1);
    mHistory.append(id);
    mHistoryAt = mHistory.size() - 1;
    mBack->setEnabled(mHistoryAt > 0);
    mForward->setEnabled(false);
}

bool MainWindow::goBack()
{
    if (mHistoryAt <= 0)
        return false;
    mWalkingHistory = true;
    select(mHistory[--mHistoryAt]);
    mWalkingHistory = false;
    mBack->setEnabled(mHistoryAt > 0);
    mForward->setEnabled(true);
    return true;
}

bool MainWindow::goForward()
{
    if (mHistoryAt + 1 >= mHistory.size())
        return false;
    mWalkingHistory = true;
    select(mHistory[++mHistoryAt]);
    mWalkingHistory = false;
    mBack->setEnabled(true);
    mForward->setEnabled(mHistoryAt + 1 < mHistory.size());
    return true;
}

QRectF MainWindow::boxWithNeighbours(const BodyItem &body) const
{
    QRectF area = body.layoutBox();
    for (const Relation *relation : mDataset.relationsOf(body.id())) {
        const QString other = relation->from == body.id() ? relation->to : relation->from;
        if (const BodyItem *neighbour = mScene->bodyItem(other))
            area = area.united(neighbour->layoutBox());
    }
    return area;
}

void MainWindow::fitSelection()
{
    const QList<QGraphicsItem *> selected = mScene->selectedItems();
    if (selected.isEmpty())
        return;
    const BodyItem *selectedBody = mScene->bodyItem(mScene->selectedId());
    // A body with its neighbours' boxes: the item in its context.
    const QRectF area =
        selectedBody ? boxWithNeighbours(*selectedBody) : selected.front()->sceneBoundingRect();
    mView->fitRect(area.adjusted(-30, -30, 30, 30));
    // At presentation mode's smallest scale the neighbours may not all fit: the selection does.
    if (selectedBody)
        mView->ensureVisible(selectedBody->layoutBox(), 30, 30);
}

QStringList MainWindow::tabOrder() const
{
    QList<const BodyItem *> items;
    for (const Body &body : mDataset.bodies()) {
        if (const BodyItem *item = mScene->bodyItem(body.id))
            items.append(item);
    }
    // Ranks are columns when drawn left to right, rows when drawn top to bottom.
    const bool columns = mDirection == LayoutDirection::LeftToRight;
    std::stable_sort(items.begin(), items.end(), [columns](const BodyItem *a, const BodyItem *b) {
        const QPointF p = a->layoutBox().center(), q = b->layoutBox().center();
        const qreal rankA = std::round(columns ? p.x() : p.y());
        const qreal rankB = std::round(columns ? q.x() : q.y());
        if (rankA != rankB)
            return rankA < rankB;
        return (columns ? p.y() : p.x()) < (columns ? q.y() : q.x());
    });
    QStringList order;
    for (const BodyItem *item : items)
        order.append(item->id());
    return order;
}

QString MainWindow::neighbourToward(const QString &bodyId, int key) const
{
    const BodyItem *from = mScene->bodyItem(bodyId);
    if (!from)
        return {};
    const QPointF direction = key == Qt::Key_Left    ? QPointF(-1, 0)
                              : key == Qt::Key_Right ? QPointF(1, 0)
                              : key == Qt::Key_Up    ? QPointF(0, -1)
                                                     : QPointF(0, 1);
    const QPointF origin = from->layoutBox().center();
    QString best;
    qreal bestCost = 0;
    for (const Relation *relation : mDataset.relationsOf(bodyId)) {
        if (!mScene->relationItem(relation->id))
            continue;
        const QString other = relation->from == bodyId ? relation->to : relation->from;
        const BodyItem *item = mScene->bodyItem(other);
        if (!item || other == bodyId)
            continue;
        const QPointF offset = item->layoutBox().center() - origin;
        const qreal distance = std::hypot(offset.x(), offset.y());
        if (distance < 1)
            continue;
        // Within 60 degrees of the arrow's direction; nearer and straighter is better.
        const qreal alignment = QPointF::dotProduct(offset, direction) / distance;
        if (alignment < 0.5)
            continue;
        const qreal cost = distance / alignment;
        if (best.isEmpty() || cost < bestCost) {
            best = other;
            bestCost = cost;
        }
    }
    return best;
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
        target = neighbourToward(selected, key);
    }
    if (target.isEmpty() || !select(target))
        return false;
    return true;
}

void MainWindow::createTables()
{
    if (mTables)
        return;
    mTables = new DatasetTables(mDataset);
    mTablesDock->setWidget(mTables);
    connect(mTables, &DatasetTables::idSelected, this, &MainWindow::select);
    connect(mScene, &GraphScene::bodySelected, mTables, &DatasetTables::showSelection);
    connect(mScene, &GraphScene::relationSelected, mTables, &DatasetTables::showSelection);
    connect(mScene, &GraphScene::selectionEmptied, mTables, [this] { mTables->showSelection({}); });
    mTables->setShownIds(idsOf(shownGraph()));
    mTables->showSelection(mScene->selectedId());
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
    mRemembers = true;
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const auto engine =
        layoutEngineFromName(settings.value(QStringLiteral("view/layout")).toString());
    if (engine && *engine != mEngine)
        setEngine(*engine);
    const bool topToBottom = settings.value(QStringLiteral("view/direction")).toString() ==
                             QLatin1String("top-to-bottom");
    mDownwards->setChecked(topToBottom); // lays out again if it changes
    const QString selection = settings.value(QStringLiteral("view/selection")).toString();
    if (!selection.isEmpty())
        select(selection);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/direction"), mDirection == LayoutDirection::TopToBottom
                                                            ? QStringLiteral("top-to-bottom")
                                                            : QStringLiteral("left-to-right"));
    settings.setValue(QStringLiteral("view/selection"), mScene->selectedId());
    settings.setValue(QStringLiteral("view/layout"), layoutEngineName(mEngine));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (mPresenting) // what is remembered is the window as it is outside presentation mode
        setPresentationMode(false);
    if (mRemembers)
        saveSettings();
    QMainWindow::closeEvent(event);
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

void MainWindow::setAsAt(const QString &date)
{
    mQuery.asAt = date;
    relayout();
}

void MainWindow::refreshDetails()
{
    const QString selected = mScene->selectedId();
    if (mDataset.body(selected))
        mDetails->showBody(selected);
    else if (mDataset.relation(selected))
        mDetails->showRelation(selected);
    else
        mDetails->showOverview();
}

void MainWindow::createTourActions(QMenu *menu)
{
    for (const Tour &tour : mFullDataset.tours()) {
        QAction *action = menu->addAction(QString(tour.title).replace(u'&', QStringLiteral("&&")));
        const QString id = tour.id;
        connect(action, &QAction::triggered, this, [this, id] { startTour(id); });
    }
    menu->addSeparator();
    auto *next = menu->addAction(tr("Next step"), this, &MainWindow::nextTourStep);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto *previous = menu->addAction(tr("Previous step"), this, &MainWindow::previousTourStep);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto *end = menu->addAction(tr("End tour"), this, &MainWindow::endTour);
    for (QAction *action : {next, previous, end})
        action->setEnabled(false);
    connect(menu, &QMenu::aboutToShow, this, [this, next, previous, end] {
        const int count = int(mFullDataset.stepsOf(mTourId).size());
        next->setEnabled(mTourStep > 0 && mTourStep < count);
        previous->setEnabled(mTourStep > 1);
        end->setEnabled(!mTourId.isEmpty());
    });
}

bool MainWindow::startTour(const QString &tourId, int ordinal)
{
    const QList<const TourStep *> steps = mFullDataset.stepsOf(tourId);
    if (ordinal < 1 || ordinal > steps.size())
        return false;
    mTourId = tourId;
    return showTourStep(ordinal);
}

bool MainWindow::showTourStep(int ordinal)
{
    const QList<const TourStep *> steps = mFullDataset.stepsOf(mTourId);
    const auto tour = std::find_if(mFullDataset.tours().cbegin(), mFullDataset.tours().cend(),
                                   [this](const Tour &t) { return t.id == mTourId; });
    if (tour == mFullDataset.tours().cend() || ordinal < 1 || ordinal > steps.size())
        return false;
    const TourStep &step = *steps[ordinal - 1];
    mTourStep = ordinal;
    // The step's highlight takes the place of a search.
    mFind->field()->clear();
    mTourHighlight = QSet<QString>(step.bodies.cbegin(), step.bodies.cend());
    mTourHighlight.unite(QSet<QString>(step.relations.cbegin(), step.relations.cend()));
    setQuery(queryForStep(step));
    mTourPlayer->showStep(mFullDataset, *tour, step, int(steps.size()));
    mTourPlayer->show();
    select(step.bodies.isEmpty() ? step.relations.value(0) : step.bodies.front());
    QRectF area;
    for (const QString &id : std::as_const(mTourHighlight)) {
        if (const BodyItem *body = mScene->bodyItem(id)) {
            area = area.united(boxWithNeighbours(*body)); // seen among the bodies it relates to
        } else if (const RelationItem *relation = mScene->relationItem(id)) {
            area = area.united(relation->sceneBoundingRect());
        }
        // A relation is seen with both its ends.
        if (const Relation *relation = mDataset.relation(id)) {
            for (const QString &end : {relation->from, relation->to}) {
                if (const BodyItem *body = mScene->bodyItem(end))
                    area = area.united(body->layoutBox());
            }
        }
    }
    if (!area.isEmpty()) {
        // Never closer than a whole-graph fit may come: the highlight with its surroundings.
        const QSizeF least = QSizeF(mView->viewport()->size()) / GraphView::kMaxFitScale;
        area.adjust(-40, -40, 40, 40);
        const qreal growX = std::max(0.0, least.width() - area.width()) / 2;
        const qreal growY = std::max(0.0, least.height() - area.height()) / 2;
        mView->fitRect(area.adjusted(-growX, -growY, growX, growY));
        // Readable rather than whole: on a small screen the surroundings are left to panning.
        if (mView->zoom() < kTourReadableZoom) {
            mView->zoomBy(kTourReadableZoom / mView->zoom());
            mView->centerOn(area.center());
        }
    }
    // Where the view does not show all of it (a small screen, presentation mode), the step's
    // first body, or its first relation's label, is what must be seen.
    QRectF first;
    if (const BodyItem *body = mScene->bodyItem(mScene->selectedId()))
        first = body->layoutBox();
    else if (const RelationItem *relation = mScene->relationItem(mScene->selectedId()))
        first =
            relation->labelBox().isEmpty() ? relation->sceneBoundingRect() : relation->labelBox();
    const QRectF shown = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    if (!first.isEmpty() && !shown.contains(first))
        mView->centerOn(first.center());
    return true;
}

bool MainWindow::nextTourStep()
{
    return !mTourId.isEmpty() && showTourStep(mTourStep + 1);
}

bool MainWindow::previousTourStep()
{
    return !mTourId.isEmpty() && showTourStep(mTourStep - 1);
}

void MainWindow::endTour()
{
    if (mTourId.isEmpty())
        return;
    mTourId.clear();
    mTourStep = 0;
    mTourHighlight.clear();
    mTourPlayer->hide();
    mScene->clearHighlight();
    showWholeGraph();
    updateCaption();
}

bool MainWindow::select(const QString &id)
{
    // A practice left out of an outline can be selected: it is read first.
    if (!mFullDataset.body(id) && mFullDataset.unreadMemberCount() > 0)
        loadLayersOnDemand();
    if (!mScene->selectId(id)) {
        if (!reveal(id) || !mScene->selectId(id))
            return false;
        frameReadably(boxWithNeighbours(*mScene->bodyItem(id)));
    }
    for (QGraphicsItem *item : mScene->selectedItems())
        mView->ensureVisible(item, 40, 40);
    return true;
}

void MainWindow::createPresentationActions(QMenu *viewMenu)
{
    mPresentationAction = new QAction(tr("Presentation mode"), this);
    mPresentationAction->setCheckable(true);
    mPresentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    mPresentationAction->setToolTip(
        tr("Full screen, large high-contrast graph for a projector (F5; Esc leaves)"));
    connect(mPresentationAction, &QAction::toggled, this,
            [this](bool on) { setPresentationMode(on); });
    viewMenu->addSeparator();
    viewMenu->addAction(mPresentationAction);
    addAction(mPresentationAction); // F5 works with the menus hidden

    // A presenter's clicker sends Page Down and Page Up; the rest are the keyboard's.
    auto *next = new QAction(tr("Next body"), this);
    next->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right),
                        QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Space)});
    connect(next, &QAction::triggered, this, &MainWindow::presentationNext);
    auto *previous = new QAction(tr("Previous body"), this);
    previous->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left),
                            QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Backspace)});
    connect(previous, &QAction::triggered, this, &MainWindow::presentationPrevious);
    auto *leave = new QAction(tr("Leave presentation mode"), this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] { setPresentationMode(false); });
    mClickerActions = {next, previous, leave};
    for (QAction *action : std::as_const(mClickerActions)) {
        action->setEnabled(false);
        addAction(action);
    }
}

void MainWindow::setPresentationMode(bool on, bool fullScreen)
{
    if (on == mPresenting)
        return;
    mPresenting = on;
    {
        const QSignalBlocker blocker(mPresentationAction);
        mPresentationAction->setChecked(on);
    }
    if (on)
        mChrome->clear({mDetails, mTimeline}, fullScreen); // the note above says the date
    applyTheme(on ? presentationTheme() : everydayTheme());
    // The room sees the graph alone: no scroll bars, no bird's-eye picture over its corner.
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    mView->setHorizontalScrollBarPolicy(bars);
    mView->setVerticalScrollBarPolicy(bars);
    mBirdsEye->setAllowed(!on);
    for (QAction *action : std::as_const(mClickerActions))
        action->setEnabled(on);
    relayout(); // measured and drawn in the theme's fonts
    if (!mTourId.isEmpty())
        showTourStep(mTourStep); // framed again at the theme's scale
    if (!on)
        mChrome->restore();
    updateCaption();
    if (on)
        mView->setFocus();
}

void MainWindow::applyTheme(const Theme &theme)
{
    mScene->setTheme(theme);
    mLegend->setTheme(theme);
    mNote->setFont(theme.legend);
    mNote->setStyleSheet(noteStyle(theme));
    mCaption->setTheme(theme);
    mView->setBackgroundBrush(theme.background);
    mTourPlayer->setPresenting(mPresenting, theme);
    mView->setMinimumScale(theme.minimumScale());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The desktop turned dark or light: the everyday theme follows (presentation mode keeps its
    // own), and the panel's muted colours are worked out again from the palette.
    const bool paletteChanged =
        event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange;
    if (paletteChanged && !mPresenting && &mScene->theme() != &everydayTheme()) {
        applyTheme(everydayTheme());
        relayout();
        refreshDetails();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::presentationNext()
{
    if (!mTourId.isEmpty())
        return nextTourStep();
    return stepThroughBodies(1);
}

bool MainWindow::presentationPrevious()
{
    if (!mTourId.isEmpty())
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
    const QString selected = mScene->selectedId();
    if (mDataset.body(selected))
        mCaption->showBody(selected);
    else if (mDataset.relation(selected))
        mCaption->showRelation(selected);
    else
        mCaption->showNothing();
    // A tour's strip says more than the caption would.
    mCaption->setVisible(mPresenting && mTourId.isEmpty() && mCaption->hasContent());
}

} // namespace nhsx
