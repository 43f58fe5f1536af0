#pragma once

#include "app/document/explorerdocument.h"
#include "app/export/viewexport.h"
#include "app/graph/framing.h"
#include "app/graph/layoutcontroller.h"
#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"
#include "core/viewstate.h"

#include <QMainWindow>
#include <QSize>
#include <memory>
#include <utility>

class QAction;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QSpinBox;

namespace nhsx {

struct Theme;
class BirdsEye;
class BodyItem;
class DatasetTables;
class DetailsPanel;
class FindBar;
class GlossaryView;
class GraphScene;
class GraphView;
class Legend;
class PresentationCaption;
class PresentationChrome;
class SourceView;
class TimelineBar;
class TourPlayer;
class WhereDialog;

/**
 * The graph beside the details panel, with the controls around them. It shows what its document
 * holds and sends the document every edit: it keeps no view state of its own.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /** Shows this view of the dataset first (by default the whole national picture). */
    MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
               const GraphQuery &query = {}, QWidget *parent = nullptr);
    /** How a window starts: what it shows first, and how. */
    struct Start
    {
        ViewState view;
        QSize size;                    // the window's size first; none: Qt's choice
        bool presentFullScreen = true; // presentation mode fills the screen (not a screenshot)
        bool remember = false;         // restoreSettings() before the first view is shown
    };
    /** Starts as start says: the window sized, then its first view laid out once. */
    MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
               const Start &start, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** What is shown: the one owner of the view state and the datasets. */
    ExplorerDocument &document() const { return *mDocument; }
    /** Shows this view state (as ExplorerDocument::apply); false, with why, when it cannot. */
    bool applyState(const ViewState &state, QString *problem = nullptr);

    /** Selects a body or relation by id and shows it in the panel; false if there is none. */
    bool select(const QString &id);
    /** How long the graph takes to move into a new layout (focus, filters, direction). */
    static constexpr int kTransitionMilliseconds = 250;
    /** A tour step is framed no smaller than this zoom, at which body names are 12 px tall. */
    static constexpr qreal kTourReadableZoom = kReadableZoom;

    /** Empty when the graph was laid out, else why not. */
    const QString &layoutError() const { return mLayouts->error(); }
    /** How many layouts the window has asked for since it was made. */
    int layoutCount() const { return mLayouts->count(); }

    /** What is on show: filters, focus and date. Setting it lays the graph out again. */
    const GraphQuery &query() const { return mDocument->state().query; }
    void setQuery(const GraphQuery &query);
    /** Shows only the neighbourhood of a body (depth and direction as in the toolbar). */
    bool focusOn(const QString &bodyId);
    /** Back to the whole graph (filters stay). */
    void clearFocus();
    /** No focus and no filter (Esc, Go > Whole graph); the focus depth and direction stay. */
    void showWholeGraph();
    /** Hides the bodies of these statuses, or shows them again if any is hidden. */
    void toggleBodyStatuses(const QStringList &statuses);
    /** The same for relations. */
    void toggleRelationStatuses(const QStringList &statuses);
    /** Searches as if the text had been typed into Find. */
    void find(const QString &text);
    /** How the graph is laid out: dot (the hierarchy, the default), neato, circo or twopi. */
    LayoutEngine engine() const { return mDocument->state().engine; }
    void setEngine(LayoutEngine engine);

    /**
     * Shows only what the sources had said by this date (empty: every source), with statuses as
     * they then stood, in the graph, the panel and the tables.
     */
    void setAsAt(const QString &date);

    /** Starts a guided tour of the dataset at a step (from 1); false if there is no such step. */
    bool startTour(const QString &tourId, int ordinal = 1);
    /** Shows a step of the tour playing: its date, focus, highlight, selection and caption. */
    bool showTourStep(int ordinal);
    bool nextTourStep();
    bool previousTourStep();
    /** Ends the tour and shows the whole graph again. */
    void endTour();
    /** The tour playing, or empty; and its step (from 1), or 0. */
    const QString &tourId() const { return mDocument->state().tour; }
    int tourStep() const { return mDocument->state().tourStep; }

    /** The note above the graph that says a filter or focus is on; empty when none is. */
    QString viewNote() const;

    /** Back and forward through the bodies and relations selected before (Alt+Left, Alt+Right). */
    bool goBack();
    bool goForward();
    /** Zooms to the selected item with its surroundings (Shift+F). */
    void fitSelection();
    /** The bodies on show in the order Tab visits them: by rank, then along it. */
    QStringList tabOrder() const;
    /**
     * The view as an export or a printout draws it: the scene as it is now (filters, focus,
     * search emphasis, selection, theme) on the view's background, with the sources of what is
     * visible.
     */
    ViewPicture viewPicture() const;
    /** The graph on show as given to Graphviz, in the dot language. */
    QString dotText() const;
    /**
     * Writes the current view to a file by its extension: .png, .svg or .pdf of this size, or
     * .dot. False with a message naming the file when that fails.
     */
    bool exportTo(const QString &path, const QSize &size, QString *error);
    /** File > Export...: asks for a file and a format and exports the view. */
    void exportWithDialog();
    /** File > Print... (Ctrl+P): a preview, with one page or a poster of several to choose. */
    void printWithPreview();

    /** The table twin: shown or hidden (View > Tables, Ctrl+T); made when first shown. */
    void showTables(bool shown);

    /**
     * Presentation mode (F5, View > Presentation mode): full screen (unless fullScreen is false,
     * e.g. for a screenshot of a given size), menus, toolbars, docks and the panel hidden, a
     * caption strip for the selection, the high-contrast theme with large text the view never
     * lets shrink, and the clicker's keys (next, previous, Esc). Leaving restores exactly what
     * was shown before.
     */
    void setPresentationMode(bool on, bool fullScreen = true);
    bool presenting() const { return mDocument->state().presenting; }
    /**
     * The clicker's next and previous (Page Down, Right, Down, Space; Page Up, Left, Up,
     * Backspace): the next step of the tour playing, else the next body in tabOrder(), zoomed
     * to. False at either end.
     */
    bool presentationNext();
    bool presentationPrevious();

    /**
     * Restores the window as it was left: geometry and docks. From then on closing the window
     * remembers them and the view (rememberedView). Windows that never restore (tests,
     * screenshots) never write settings.
     */
    void restoreSettings();
    /**
     * The view as it was left, where the given one leaves it open: the direction, the engine
     * (unless keepEngine is false) and the selection (when none is given and no tour plays).
     */
    static ViewState rememberedView(ViewState view, bool rememberEngine);

    /** The dataset as shown: as at the timeline's date. */
    const Dataset &dataset() const { return mDocument->dataset(); }
    /** The whole dataset, as loaded. */
    const Dataset &fullDataset() const { return mDocument->fullDataset(); }
    /**
     * Reads the layers left out at start (the England 2013 layer) into the window's dataset, if
     * they are not there yet; false, with the reason in the status bar, when they cannot be read.
     */
    bool loadLayersOnDemand();
    /**
     * Reads off the GUI thread what an outline load left out (LayerChoice::Outline: the GP
     * practices), and takes it in once read, as loadLayersOnDemand() would; anything that needs
     * it before then waits for it. Nothing to do after any other load: a layer read on demand
     * is read when asked for.
     */
    void readLayersOnDemandInBackground() { mDocument->readLayersOnDemandInBackground(); }
    /**
     * A graph of more bodies than this is laid out off the GUI thread: the window stays usable,
     * a strip shows the work and offers Cancel. Smaller ones are laid out at once.
     */
    static constexpr qsizetype kBackgroundLayoutBodies = LayoutController::kBackgroundLayoutBodies;
    /** Whether a layout is running off the GUI thread (its strip is shown). */
    bool layoutRunning() const { return mLayouts->running(); }
    /** Drops the layout running off the GUI thread and goes back to the view drawn before. */
    void cancelBackgroundLayout();
    /**
     * Opens "Where does my practice sit?" over the whole dataset, reading the England 2013 layer
     * first; nullptr when it cannot be read.
     */
    WhereDialog *showWhereDialog();
    /**
     * Shows a body where it sits in the graph: its layer (aggregated, with what stands above it
     * expanded) and it selected; false when it cannot be shown. Where's "Show in the graph".
     */
    bool showPlace(const QString &bodyId);
    /**
     * Shows a layer: the national picture (kNationalLayer), or a layer read on demand (read
     * first) with the bodies of the national one that its relations reach, aggregated (its area
     * teams and CCGs drawn in place of the bodies under them, with their counts) or whole. False,
     * with the reason in the status bar, when the layer cannot be read.
     */
    bool showLayer(const QString &layerId, bool aggregated = true);
    /**
     * In an aggregated view, shows the bodies under an area team or CCG (double-click, Enter, or
     * the panel's link), or draws it in their place again; false when it is not collapsible.
     */
    bool setExpanded(const QString &bodyId, bool expanded);
    bool toggleExpanded(const QString &bodyId);
    TimelineBar *timeline() const { return mTimeline; }
    TourPlayer *tourPlayer() const { return mTourPlayer; }
    GraphScene *scene() const { return mScene; }
    GraphView *view() const { return mView; }
    DetailsPanel *details() const { return mDetails; }
    FindBar *findBar() const { return mFind; }
    /** The tables, once they have been shown; else nullptr. */
    DatasetTables *tables() const { return mTables; }
    BirdsEye *birdsEye() const { return mBirdsEye; }
    QDockWidget *tablesDock() const { return mTablesDock; }
    /** View > Glossary: every acronym with its expansion and source. */
    QDockWidget *glossaryDock() const { return mGlossaryDock; }
    /** The glossary, once its dock has been shown; else nullptr. */
    GlossaryView *glossary() const { return mGlossary; }
    Legend *legend() const { return mLegend; }
    PresentationCaption *caption() const { return mCaption; }
    /** The source window, once a quote has been shown in its source; else nullptr. */
    SourceView *sourceView() const { return mSourceView; }

signals:
    /** A new layout has been drawn (at once, or when a layout off the GUI thread ends). */
    void layoutFinished();

private:
    /** The widgets, built around the document before its first state is applied. */
    void createWidgets();
    void createActions();
    void createTourActions(QMenu *menu);
    /** The Filter menu's kinds of body and types of relation: every one the dataset holds. */
    void fillFilterMenu();
    void createHelpActions(QMenu *menu);
    /** Edit > Copy citation (Ctrl+Shift+C) and View > Glossary with its dock. */
    void createCitationAndGlossaryActions(QMenu *viewMenu);
    /** Next, previous and leave: enabled in presentation mode only. */
    void createPresentationActions(QMenu *viewMenu);
    /** The window's geometry and docks as left; from then on closing remembers them. */
    void restoreWindowSettings();
    /** Shows the first state: one layout, whatever it holds. */
    void showFirstState(const ViewState &state);
    /** Brings every widget up to date with the document, after it changed. */
    void documentChanged(ExplorerDocument::Changes what);
    /** The widgets that read the dataset shown, after it changed (date, layers read). */
    void datasetChanged();
    /** The widgets of presentation mode, after it was turned on or off. */
    void presentationChanged();
    /** The tour strip and highlight, after the tour or its step changed. */
    void tourChanged();
    /** The scene, panel, caption and tables, after the selection changed. */
    void selectionChanged(bool revealed);
    /** Selects the document's selection in the scene, without taking it for a new one. */
    void showSelectionInScene();
    /** A click or key in the graph selected this (empty: nothing). */
    void selectedInScene(const QString &id);
    /** Shows the panel's page again for the selection, after the dataset shown has changed. */
    void refreshDetails();
    /** Lays out what the document leaves on show. */
    void relayout();
    /** What follows a new layout: the find bar, tables, note and fit. */
    void finishRelayout(const VisibleGraph &visible);
    void showInSource(const QString &quoteId);
    void showMatches(const QStringList &ids, bool searching);
    void goToMatch(const QString &id);
    /** Moves the selection for an arrow key or Tab from the graph; false if it did not. */
    bool navigate(int key);
    void createTables();
    void createGlossary();
    /** Selects the body this many steps along tabOrder() and zooms to it. */
    bool stepThroughBodies(int step);
    /** The caption shows when presenting, if there is a selection to caption. */
    void updateCaption();
    void saveSettings() const;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    /** Draws the graph, legend, note and strips in a theme (not laid out again here). */
    void applyTheme(const Theme &theme);
    void closeEvent(QCloseEvent *event) override;
    /** A state like the document's with one change made by edit. */
    template <typename Edit> bool edit(Edit &&change)
    {
        ViewState next = mDocument->state();
        change(next);
        return applyState(next);
    }

    std::unique_ptr<ExplorerDocument> mDocument;
    GraphScene *mScene = nullptr;
    LayoutController *mLayouts = nullptr;
    ViewState mDrawn; // the state drawn last, whose drawing Cancel goes back to
    QFrame *mLayoutProgress = nullptr;
    QLabel *mLayoutProgressLabel = nullptr;
    GraphView *mView = nullptr;
    DetailsPanel *mDetails = nullptr;
    SourceView *mSourceView = nullptr;
    Legend *mLegend = nullptr;
    QLabel *mNote = nullptr;
    TimelineBar *mTimeline = nullptr;
    TourPlayer *mTourPlayer = nullptr;
    QSet<QString> mTourHighlight; // the step's bodies and relations, derived from the state
    FindBar *mFind = nullptr;
    DatasetTables *mTables = nullptr;
    BirdsEye *mBirdsEye = nullptr;
    QDockWidget *mSearchResults = nullptr;
    QDockWidget *mTablesDock = nullptr;
    QDockWidget *mGlossaryDock = nullptr;
    GlossaryView *mGlossary = nullptr;
    QAction *mDownwards = nullptr;
    QAction *mBack = nullptr;
    QAction *mForward = nullptr;
    bool mRemembers = false;
    bool mShowingSelection = false;   // the scene is being brought up to the document's state
    qsizetype mFilterMenuBodies = -1; // the bodies the Filter menu was filled from
    QSpinBox *mDepth = nullptr;
    QComboBox *mFocusDirection = nullptr;
    QList<QAction *> mEngineActions;
    PresentationCaption *mCaption = nullptr;
    std::unique_ptr<PresentationChrome> mChrome;
    bool mPresentFullScreen = true; // how presentation mode is entered next
    QAction *mPresentationAction = nullptr;
    QList<QAction *> mClickerActions;
    QString mLastExport; // where File > Export... last wrote, to start from next time
    /** Filter > Kinds of body and Types of relation: checked when shown. */
    QMenu *mKindsMenu = nullptr;
    QMenu *mTypesMenu = nullptr;
    QList<std::pair<QAction *, QSet<QString> GraphQuery::*>> mFilterActions;
};

} // namespace nhsx
