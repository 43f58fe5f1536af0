#pragma once

#include "core/dataset.h"
#include "core/layout.h"

#include <QMainWindow>

namespace nhsx {

class DetailsPanel;
class GraphScene;
class GraphView;
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

    GraphScene *scene() const { return mScene; }
    GraphView *view() const { return mView; }
    DetailsPanel *details() const { return mDetails; }
    /** The source window, once a quote has been shown in its source; else nullptr. */
    SourceView *sourceView() const { return mSourceView; }

private:
    void createActions();
    /** Lays the graph out again in this direction, keeping the selection. */
    void setDirection(LayoutDirection direction);
    void showInSource(const QString &quoteId);

    Dataset mDataset;
    const Layout &mLayout;
    QString mLayoutError;
    GraphScene *mScene = nullptr;
    GraphView *mView = nullptr;
    DetailsPanel *mDetails = nullptr;
    SourceView *mSourceView = nullptr;
};

} // namespace nhsx
