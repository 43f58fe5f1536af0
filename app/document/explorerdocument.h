#pragma once

#include "core/dataset.h"
#include "core/graphquery.h"
#include "core/viewstate.h"

#include <QFlags>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <memory>

namespace nhsx {

struct DatasetToShow;

/**
 * What the program shows: the dataset as loaded, the dataset as at the view's date, and the view
 * state. apply() is the one way to change the view; it checks the state, reads the layers it
 * needs, derives the dataset shown, records the selections for Back and Forward, and announces
 * what changed in one changed() notification. The widgets read from it and send it edits; none
 * of them holds any of this state. Qt Core only.
 */
class ExplorerDocument final : public QObject
{
    Q_OBJECT

public:
    /** What an apply() changed; a notification carries every part that changed. */
    enum class Change {
        Dataset = 0x1,      // the dataset shown: another date, or more layers read
        Query = 0x2,        // what is on show: layers, expansions, filters, focus
        Layout = 0x4,       // how it is laid out: engine, direction
        Selection = 0x8,    // what is selected
        Search = 0x10,      // the text in Find
        Tour = 0x20,        // the tour playing, or its step
        Presentation = 0x40 // presentation mode on or off
    };
    Q_DECLARE_FLAGS(Changes, Change)

    /** The dataset as loaded and its name (the file, or the bundled dataset's name). */
    ExplorerDocument(Dataset dataset, QString datasetName, QObject *parent = nullptr);
    ~ExplorerDocument() override;

    const ViewState &state() const { return mState; }
    /** The whole dataset, as loaded (and grown by the layers read on demand). */
    const Dataset &fullDataset() const { return mFullDataset; }
    /** The dataset as at the view's date, with statuses as they then stood. */
    const Dataset &dataset() const { return mDataset; }
    const QString &datasetName() const { return mDatasetName; }
    /** The file the dataset was read from, or empty for the bundled dataset. */
    QString dataFile() const;

    /**
     * Shows this state: reads the layers it needs, checks it (a body, relation, tour or layer
     * the dataset lacks, a value out of range), and when it can be shown makes it the view and
     * announces what changed. An equal state changes nothing and announces nothing. A state that
     * cannot be shown leaves the view as it was; problem then says why.
     */
    bool apply(const ViewState &next, QString *problem = nullptr);

    /**
     * Reads the layers left out at start, if they are not read yet; false, with the reason in
     * error, when they cannot be read. Announces a Dataset change when it read them.
     */
    bool loadLayersOnDemand(QString *error = nullptr);
    /**
     * Reads off the calling thread what an outline load left out (the GP practices), and takes
     * it in once read; anything that needs it before then waits for it.
     */
    void readLayersOnDemandInBackground();
    /** The name of the first layer not read yet, or empty when every layer is read. */
    QString unreadLayerName() const;

    /** What the view state leaves on show of the dataset shown, and its ids. */
    const VisibleGraph &shownGraph() const { return mShownGraph; }
    const QSet<QString> &shownIds() const { return mShownIds; }
    /** The note above the graph for the view state; empty when there is nothing to say. */
    QString viewNote() const;

    /** Back and forward through the bodies and relations selected before. */
    bool canGoBack() const { return mHistoryAt > 0; }
    bool canGoForward() const { return mHistoryAt + 1 < mHistory.size(); }
    bool goBack();
    bool goForward();

signals:
    /** The view changed: what, in one notification for each apply(). */
    void changed(nhsx::ExplorerDocument::Changes what);

private:
    /** Reads what next needs that is not read yet (a practice of an outline, a whole layer). */
    void readWhatIsNeeded(const ViewState &next);
    /** In an aggregated view, expands what stands above the selection so that it is drawn. */
    void revealSelection(ViewState &next) const;
    /** Reads the layers left out at start without announcing it; apply() or the caller does. */
    bool readLayers(QString *error);
    /** Derives the dataset shown from layers read and not yet announced, and announces it. */
    void announceLayersRead();
    void updateShownGraph();
    void recordSelection(const QString &id);
    bool walkHistory(qsizetype at);

    Dataset mFullDataset;
    QString mDatasetName;
    Dataset mDataset; // mFullDataset as at mState.query.asAt
    ViewState mState;
    QStringList mHistory;
    qsizetype mHistoryAt = -1;
    bool mWalkingHistory = false;
    VisibleGraph mShownGraph;
    QSet<QString> mShownIds;
    bool mLayersRead = false;             // more layers were read, not yet announced
    QThreadPool mReadPool;                // reads what the first load left out
    std::shared_ptr<DatasetToShow> mRead; // what mReadPool reads into; null when none is read
};

} // namespace nhsx

Q_DECLARE_OPERATORS_FOR_FLAGS(nhsx::ExplorerDocument::Changes)
