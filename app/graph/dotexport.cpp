#include "app/graph/dotexport.h"

#include "app/graph/graphscene.h"
#include "core/graphvizlayout.h"
#include "core/timeline.h"

namespace nhsx {

QString dotText(const Dataset &shown, const VisibleGraph &visible, const ViewState &state)
{
    return GraphvizLayout().toDot(
        GraphScene::layoutRequest(shown, visible, state.direction, state.engine));
}

QString dotText(const Dataset &full, const ViewState &state)
{
    const Dataset shown = datasetAsAt(full, state.query.asAt);
    GraphQuery query = state.query;
    query.asAt.clear(); // the dataset shown is as at the date already
    return dotText(shown, visibleGraph(shown, query), state);
}

} // namespace nhsx
