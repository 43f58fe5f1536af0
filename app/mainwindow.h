#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/layout.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QSpinBox;

namespace nhsx {

class DetailsPanel;
class FindBar;
class GraphScene;
class GraphView;
class Legend;
class SourceView;

/** The graph beside the details panel, with zoom and fit actions and a legend. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Dataset dataset, const QString &datasetName, const Layout &layout,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Selects a body or relation by id and shows it in the panel; false if there is none. */
    bool select(const QString &id);
    /** Empty when the graph was laid out, else why not. */
    const QString &layoutError() const { return mLayoutError; }

    /** What is on show: filters and focus. Setting it lays the graph out again. */
    const GraphQuery &query() const { return mQuery; }
    void setQuery(const GraphQuery &query);
    /** Shows only the neighbourhood of a body (depth and direction as in the toolbar). */
    bool focusOn(const QString &bodyId);
    /** Back to the whole graph (filters stay). */
    void clearFocus();
    /** Hides the bodies of these statuses, or shows them again if any is hidden. */
    void toggleBodyStatuses(const QStringList &statuses);
    /** The same for relations. */
    void toggleRelationStatuses(const QStringList &statuses);
    /** Searches as if the text had been typed into Find. */
    void find(const QString &text);
    /** The note above the graph that says a filter or focus is on; empty when none is. */
    QString viewNote() const;

    GraphScene *scene() const { return mScene; }
    GraphView *view() const { return mView; }
    DetailsPanel *details() const { return mDetails; }
    FindBar *findBar() const { return mFind; }
    Legend *legend() const { return mLegend; }
    /** The source window, once a quote has been shown in its source; else nullptr. */
    SourceView *sourceView() const { return mSourceView; }

private:
    void createActions();
    /** Lays the graph out again in this direction, keeping the selection. */
    void setDirection(LayoutDirection direction);
    /** Lays out what the query leaves on show, and brings every view of it up to date. */
    void relayout();
    void showInSource(const QString &quoteId);
    void showMatches(const QStringList &ids, bool searching);
    void goToMatch(const QString &id);
    void keyPressEvent(QKeyEvent *event) override;

    Dataset mDataset;
    const Layout &mLayout;
    QString mLayoutError;
    GraphScene *mScene = nullptr;
    GraphView *mView = nullptr;
    DetailsPanel *mDetails = nullptr;
    SourceView *mSourceView = nullptr;
    Legend *mLegend = nullptr;
    QLabel *mNote = nullptr;
    FindBar *mFind = nullptr;
    QSpinBox *mDepth = nullptr;
    QComboBox *mFocusDirection = nullptr;
    GraphQuery mQuery;
    LayoutDirection mDirection = LayoutDirection::LeftToRight;
};

} // namespace nhsx
