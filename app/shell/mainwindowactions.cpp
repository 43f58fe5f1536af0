// The main window's menus, toolbar and actions: what each sends the document, and the dialogs
// they open (export, print, where, about).
#include "app/controls/findbar.h"
#include "app/england/layermenu.h"
#include "app/england/wheredialog.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/panel/glossaryview.h"
#include "app/shell/aboutdialog.h"
#include "app/shell/datasetchoice.h"
#include "app/shell/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

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

} // namespace

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction =
        fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportWithDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = fileMenu->addAction(tr("&Print…"), this, &MainWindow::printWithPreview);
    print->setShortcuts(QKeySequence::Print);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    addAction(quit); // Ctrl+Q works with the menus hidden too (presentation mode)
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    addLayerActions(*mDocument, viewMenu, this, [this](const QString &layerId, bool aggregated) {
        return showLayer(layerId, aggregated);
    });
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
        edit([topToBottom](ViewState &next) {
            next.direction =
                topToBottom ? LayoutDirection::TopToBottom : LayoutDirection::LeftToRight;
        });
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
        action->setChecked(engine == this->engine());
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
    // The depth and direction are the view's own, focused or not: the next focus takes them.
    connect(mDepth, &QSpinBox::valueChanged, this,
            [this](int depth) { edit([depth](ViewState &next) { next.query.depth = depth; }); });
    connect(mFocusDirection, &QComboBox::currentIndexChanged, this, [this] {
        const auto direction = FocusDirection(mFocusDirection->currentData().toInt());
        edit([direction](ViewState &next) { next.query.direction = direction; });
    });

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
        auto *dialog = new AboutDialog(fullDataset(), mDocument->datasetName(),
                                       datasetSha256(mDocument->datasetName()), this);
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
    mGlossary = new GlossaryView(fullDataset()); // every term, whatever date is shown
    mGlossaryDock->setWidget(mGlossary);
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

WhereDialog *MainWindow::showWhereDialog()
{
    if (!loadLayersOnDemand())
        return nullptr;
    auto *dialog = new WhereDialog(fullDataset(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WhereDialog::placeRequested, this, &MainWindow::showPlace);
    dialog->show();
    return dialog;
}

bool MainWindow::showPlace(const QString &bodyId)
{
    const Body *body = fullDataset().body(bodyId);
    if (!body || (!query().layers.contains(body->layer) && !showLayer(body->layer)))
        return false;
    return select(bodyId); // what stands above it is expanded, and it is framed readably
}

void MainWindow::fillFilterMenu()
{
    mKindsMenu->clear();
    mTypesMenu->clear();
    mFilterActions.clear();
    mFilterMenuBodies = fullDataset().bodies().size();
    const auto addFilters = [this](QMenu *menu, const QStringList &values,
                                   QSet<QString> GraphQuery::*hidden) {
        for (const QString &value : values) {
            QAction *action = menu->addAction(QString(value).replace(u'&', QStringLiteral("&&")));
            action->setData(value);
            action->setCheckable(true);
            action->setChecked(!(query().*hidden).contains(value));
            connect(action, &QAction::toggled, this, [this, value, hidden](bool shown) {
                edit([&](ViewState &next) {
                    if (shown)
                        (next.query.*hidden).remove(value);
                    else
                        (next.query.*hidden).insert(value);
                });
            });
            mFilterActions.append({action, hidden});
        }
    };
    QStringList kinds, types;
    for (const Body &body : fullDataset().bodies())
        kinds.append(body.kind);
    for (const Relation &relation : fullDataset().relations())
        types.append(relation.type);
    for (QStringList *list : {&kinds, &types}) {
        list->removeDuplicates();
        list->sort(Qt::CaseInsensitive);
    }
    addFilters(mKindsMenu, kinds, &GraphQuery::hiddenKinds);
    addFilters(mTypesMenu, types, &GraphQuery::hiddenTypes);
}

void MainWindow::createTourActions(QMenu *menu)
{
    for (const Tour &tour : fullDataset().tours()) {
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
        const int count = int(fullDataset().stepsOf(tourId()).size());
        next->setEnabled(tourStep() > 0 && tourStep() < count);
        previous->setEnabled(tourStep() > 1);
        end->setEnabled(!tourId().isEmpty());
    });
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

} // namespace nhsx
