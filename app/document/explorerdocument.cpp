#include "app/document/explorerdocument.h"

#include "app/document/datasetsource.h"
#include "core/aggregation.h"
#include "core/timeline.h"
#include "data/bundleddataset.h"

#include <QCoreApplication>
#include <algorithm>

namespace nhsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::ExplorerDocument)
};

/** The query as the dataset shown answers it: that dataset is already as at the date. */
GraphQuery undated(GraphQuery query)
{
    query.asAt.clear();
    return query;
}

} // namespace

ExplorerDocument::ExplorerDocument(Dataset dataset, QString datasetName, QObject *parent)
    : QObject(parent), mFullDataset(std::move(dataset)), mDatasetName(std::move(datasetName)),
      mDataset(mFullDataset)
{
    updateShownGraph();
}

ExplorerDocument::~ExplorerDocument()
{
    mReadPool.waitForDone(); // its answer is queued to this document
}

QString ExplorerDocument::dataFile() const
{
    return mDatasetName == bundledDatasetName() ? QString() : mDatasetName;
}

QString ExplorerDocument::unreadLayerName() const
{
    const auto unread = std::find_if(mFullDataset.layers().cbegin(), mFullDataset.layers().cend(),
                                     [](const Layer &layer) { return !layer.loaded; });
    return unread == mFullDataset.layers().cend() ? QString() : unread->name;
}

void ExplorerDocument::readWhatIsNeeded(const ViewState &next)
{
    if (unreadLayerName().isEmpty())
        return;
    bool needed = false;
    // A layer left out whole; or read in outline (without its practices) but shown whole.
    const bool outline = mFullDataset.unreadMemberCount() > 0;
    for (const QString &layer : next.query.layers) {
        const Layer *known = mFullDataset.layer(layer);
        needed = needed || (known && !known->loaded && (!outline || !next.query.aggregate));
    }
    // A practice left out of an outline, or the practices under a CCG to expand.
    for (const QString &id : {next.selection, next.query.focus}) {
        needed = needed || (!id.isEmpty() && !mFullDataset.body(id) && !mFullDataset.relation(id) &&
                            mFullDataset.unreadMemberCount() > 0);
    }
    for (const QString &id : next.query.expanded) {
        needed =
            needed || !mFullDataset.body(id) ||
            (!mState.query.expanded.contains(id) && mFullDataset.memberTree().hasUnreadMembers(id));
    }
    if (needed)
        readLayers(nullptr);
}

void ExplorerDocument::revealSelection(ViewState &next) const
{
    const Body *body = mFullDataset.body(next.selection);
    if (next.selection == mState.selection || !next.query.aggregate || !body ||
        !next.query.layers.contains(body->layer))
        return;
    const QStringList collapsed =
        mFullDataset.memberTree().collapsedAbove(next.selection, next.query.expanded);
    next.query.expanded.unite(QSet<QString>(collapsed.cbegin(), collapsed.cend()));
}

bool ExplorerDocument::apply(const ViewState &requested, QString *problem)
{
    ViewState next = requested;
    readWhatIsNeeded(next);
    revealSelection(next);
    if (const auto wrong = checkView(next, mFullDataset, mDatasetName)) {
        if (problem)
            *problem = wrong->message;
        announceLayersRead();
        return false;
    }
    Changes what;
    const bool redate = mLayersRead || next.query.asAt != mState.query.asAt;
    std::optional<Dataset> dated;
    if (redate)
        dated = datasetAsAt(mFullDataset, next.query.asAt);
    const bool requery = redate || !(next.query == mState.query);
    std::optional<VisibleGraph> visible;
    QSet<QString> visibleIds;
    if (requery) {
        visible = visibleGraph(dated ? *dated : mDataset, undated(next.query));
        visibleIds = idsOf(*visible);
    }
    // A selection is shown, or there is none: one asked for on its own must be on show, and a
    // view that no longer shows the selection (a filter, another date, a tour step) drops it.
    if (!next.selection.isEmpty() && !(requery ? visibleIds : mShownIds).contains(next.selection)) {
        ViewState unselected = next;
        unselected.selection = mState.selection;
        if (next.selection != mState.selection && unselected == mState) {
            if (problem)
                *problem = Text::tr("'%1' is not on show").arg(next.selection);
            announceLayersRead();
            return false;
        }
        next.selection.clear();
    }

    if (dated) {
        mDataset = std::move(*dated);
        mLayersRead = false;
        what |= Change::Dataset;
    }
    if (!(next.query == mState.query))
        what |= Change::Query;
    if (next.engine != mState.engine || next.direction != mState.direction)
        what |= Change::Layout;
    if (next.selection != mState.selection)
        what |= Change::Selection;
    if (next.search != mState.search)
        what |= Change::Search;
    if (next.tour != mState.tour || next.tourStep != mState.tourStep)
        what |= Change::Tour;
    if (next.presenting != mState.presenting)
        what |= Change::Presentation;
    if (!what)
        return true;
    mState = std::move(next);
    if (visible) {
        mShownGraph = std::move(*visible);
        mShownIds = std::move(visibleIds);
    }
    if (what & Change::Selection)
        recordSelection(mState.selection);
    emit changed(what);
    return true;
}

void ExplorerDocument::updateShownGraph()
{
    mShownGraph = visibleGraph(mDataset, undated(mState.query));
    mShownIds = idsOf(mShownGraph);
}

QString ExplorerDocument::viewNote() const
{
    return nhsx::viewNote(mState, mFullDataset, mDataset);
}

bool ExplorerDocument::loadLayersOnDemand(QString *error)
{
    if (!readLayers(error))
        return false;
    announceLayersRead();
    return true;
}

bool ExplorerDocument::readLayers(QString *error)
{
    const QString layerName = unreadLayerName();
    if (layerName.isEmpty())
        return true;
    DatasetToShow every;
    if (mRead) {
        mReadPool.waitForDone(); // being read already: read once
        every = std::move(*mRead);
        mRead.reset();
    } else {
        every = loadDatasetToShow(dataFile(), LayerChoice::Every);
    }
    if (!every.dataset) {
        if (error)
            *error = Text::tr("%1 could not be read: %2")
                         .arg(layerName, every.error.section(u'\n', 0, 0));
        return false;
    }
    mFullDataset = std::move(*every.dataset);
    mLayersRead = true;
    return true;
}

void ExplorerDocument::announceLayersRead()
{
    if (!mLayersRead)
        return;
    mDataset = datasetAsAt(mFullDataset, mState.query.asAt);
    mLayersRead = false;
    updateShownGraph();
    emit changed(Change::Dataset);
}

void ExplorerDocument::readLayersOnDemandInBackground()
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

void ExplorerDocument::recordSelection(const QString &id)
{
    if (id.isEmpty() || mWalkingHistory || (mHistoryAt >= 0 && mHistory[mHistoryAt] == id))
        return;
    mHistory.resize(mHistoryAt + 1);
    mHistory.append(id);
    mHistoryAt = mHistory.size() - 1;
}

bool ExplorerDocument::walkHistory(qsizetype at)
{
    if (at < 0 || at >= mHistory.size())
        return false;
    ViewState next = mState;
    next.selection = mHistory[at];
    mWalkingHistory = true;
    apply(next);
    mWalkingHistory = false;
    // A selection no longer on show is passed over: the walk goes on from it.
    mHistoryAt = at;
    return true;
}

bool ExplorerDocument::goBack()
{
    return canGoBack() && walkHistory(mHistoryAt - 1);
}

bool ExplorerDocument::goForward()
{
    return canGoForward() && walkHistory(mHistoryAt + 1);
}

} // namespace nhsx
