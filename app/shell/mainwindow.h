#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"
#include "app/export/viewexport.h"

#include <QMainWindow>
#include <QThreadPool>
#include <atomic>
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

struct DatasetToShow;
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

/** The graph beside the details panel, with zoom and fit actions and a legend. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /** Shows the query's view first (by default the whole national picture). */
    MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
               const GraphQuery &query = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Selects a body or relation by id and shows it in the panel; false if there is none. */
    bool select(const QString &id);
    /** How long the graph takes to move into a new layout (focus, filters, direction). */
    static constexpr int kTransitionMilliseconds = 250;
    /** A tour step is framed no smaller than this zoom, at which body names are 12 px tall. */
    static constexpr qreal kTourReadableZoom = 0.75;

    /** Empty when the graph was laid out, else why not. */
    const QString &layoutError() const { return mLayoutError; }

    /** What is on show: filters, focus and date. Setting it lays the graph out again. */
    const GraphQuery &query() const { return mQuery; }
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
    LayoutEngine engine() const { return mEngine; }
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
    const QString &tourId() const { return mTourId; }
    int tourStep() const { return mTourStep; }

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
    bool presenting() const { return mPresenting; }
    /**
     * The clicker's next and previous (Page Down, Right, Down, Space; Page Up, Left, Up,
     * Backspace): the next step of the tour playing, else the next body in tabOrder(), zoomed
     * to. False at either end.
     */
    bool presentationNext();
    bool presentationPrevious();

    /**
     * Restores the window as it was left: geometry, docks, selection, direction. From then on
     * closing the window remembers them. Windows that never restore (tests, screenshots) never
     * write settings.
     */
    void restoreSettings();

    /** The dataset as shown: as at the timeline's date. */
    const Dataset &dataset() const { return mDataset; }
    /** The whole dataset, as loaded. */
    const Dataset &fullDataset() const { return mFullDataset; }
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
    void readLayersOnDemandInBackground();
    /**
     * A graph of more bodies than this is laid out off the GUI thread: the window stays usable,
     * a strip shows the work and offers Cancel. Smaller ones are laid out at once.
     */
    static constexpr qsizetype kBackgroundLayoutBodies = 1500;
    /** Whether a layout is running off the GUI thread (its strip is shown). */
    bool layoutRunning() const;
    /** Drops the layout running off the GUI thread and goes back to the view drawn before. */
    void cancelBackgroundLayout();
    /**
     * Opens "Where does my practice sit?" over the whole dataset, reading the England 2013 layer
     * first; nullptr when it cannot be read.
     */
    WhereDialog *showWhereDialog();
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
    void createActions();
    /** What the query leaves on show of the dataset as at its date. */
    VisibleGraph shownGraph() const;
    void createTourActions(QMenu *menu);
    /** The Filter menu's kinds of body and types of relation: every one the dataset holds. */
    void fillFilterMenu();
    void createHelpActions(QMenu *menu);
    /** Shows the panel's page again for the selection, after the dataset shown has changed. */
    void refreshDetails();
    /** Edit > Copy citation (Ctrl+Shift+C) and View > Glossary with its dock. */
    void createCitationAndGlossaryActions(QMenu *viewMenu);
    /** Lays the graph out again in this direction, keeping the selection. */
    void setDirection(LayoutDirection direction);
    /** Lays out what the query leaves on show, and brings every view of it up to date. */
    void relayout();
    void startBackgroundLayout(const VisibleGraph &visible, bool datasetChanged,
                               quint64 generation);
    /** What follows a new layout: the find bar, tables, note and fit. */
    void finishRelayout(const VisibleGraph &visible, bool datasetChanged);
    void showInSource(const QString &quoteId);
    void showMatches(const QStringList &ids, bool searching);
    void goToMatch(const QString &id);
    /** Moves the selection for an arrow key or Tab from the graph; false if it did not. */
    bool navigate(int key);
    /** The neighbour of a body, along a drawn relation, lying most nearly toward an arrow key. */
    QString neighbourToward(const QString &bodyId, int key) const;
    void recordSelection(const QString &id);
    void createTables();
    void createGlossary();
    /** A body's box with the boxes of the bodies on show that it is related to. */
    QRectF boxWithNeighbours(const BodyItem &body) const;
    /** Next, previous and leave: enabled in presentation mode only. */
    void createPresentationActions(QMenu *viewMenu);
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
    /** In an aggregated view, expands what stands above a body so that it is drawn. */
    bool reveal(const QString &bodyId);
    /**
     * The whole graph if it fits readably (at kTourReadableZoom or more), else this part of it,
     * at that zoom when it does not fit either: the aggregated England view is too tall to read
     * whole on most screens.
     */
    void frameReadably(const QRectF &area);
    /** The file the window's dataset was read from, or empty for the bundled dataset. */
    QString dataFile() const;
    /**
     * What an aggregated view frames: the expanded bodies with what they show, else the 2011
     * bodies on show with the bodies they are related to.
     */
    QRectF aggregatedViewArea() const;
    /** What the note above the graph says of a layer other than the national picture. */
    QString layerNote() const;

    Dataset mFullDataset;
    QString mDatasetName; // the file, or the bundled dataset's name
    Dataset mDataset;     // mFullDataset as at mQuery.asAt; the panel, find bar and tables read it
    QString mDatasetAsAt;
    bool mDatasetStale = false; // mDataset must be derived again (more layers were read)
    const Layout &mLayout;
    QString mLayoutError;
    // Each relayout's number: a late result of an older one is dropped, and a queued one is not
    // started (read on the layout's thread too).
    std::atomic<quint64> mLayoutGeneration = 0;
    GraphQuery mDrawnQuery; // the view drawn last, to go back to on Cancel
    QFrame *mLayoutProgress = nullptr;
    QLabel *mLayoutProgressLabel = nullptr;
    QThreadPool mLayoutPool;              // one thread: Graphviz is not thread-safe
    QThreadPool mReadPool;                // reads what the first load left out
    std::shared_ptr<DatasetToShow> mRead; // what mReadPool reads into; null when none is read
    GraphScene *mScene = nullptr;
    GraphView *mView = nullptr;
    DetailsPanel *mDetails = nullptr;
    SourceView *mSourceView = nullptr;
    Legend *mLegend = nullptr;
    QLabel *mNote = nullptr;
    TimelineBar *mTimeline = nullptr;
    TourPlayer *mTourPlayer = nullptr;
    QString mTourId;
    int mTourStep = 0;
    QSet<QString> mTourHighlight;
    FindBar *mFind = nullptr;
    DatasetTables *mTables = nullptr;
    BirdsEye *mBirdsEye = nullptr;
    QDockWidget *mTablesDock = nullptr;
    QDockWidget *mGlossaryDock = nullptr;
    GlossaryView *mGlossary = nullptr;
    QAction *mDownwards = nullptr;
    QAction *mBack = nullptr;
    QAction *mForward = nullptr;
    QStringList mHistory;
    qsizetype mHistoryAt = -1;
    bool mWalkingHistory = false;
    bool mRemembers = false;
    QSpinBox *mDepth = nullptr;
    QComboBox *mFocusDirection = nullptr;
    GraphQuery mQuery;
    LayoutDirection mDirection = LayoutDirection::LeftToRight;
    LayoutEngine mEngine = LayoutEngine::Dot;
    QList<QAction *> mEngineActions;
    PresentationCaption *mCaption = nullptr;
    std::unique_ptr<PresentationChrome> mChrome;
    bool mPresenting = false;
    QAction *mPresentationAction = nullptr;
    QList<QAction *> mClickerActions;
    QString mLastExport; // where File > Export... last wrote, to start from next time
    /** Filter > Kinds of body and Types of relation: checked when shown. */
    QMenu *mKindsMenu = nullptr;
    QMenu *mTypesMenu = nullptr;
    QList<std::pair<QAction *, QSet<QString> GraphQuery::*>> mFilterActions;
};

} // namespace nhsx
