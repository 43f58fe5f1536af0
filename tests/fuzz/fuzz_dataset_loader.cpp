// libFuzzer target: bytes as a dataset file, through everything that reads one. A dataset given
// with --data is untrusted; loading it must fail cleanly or give a dataset that the checks, the
// JSON export and the graph code handle.
#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/graphvizlayout.h"
#include "core/jsonexport.h"
#include "core/search.h"
#include "core/validation.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace nhsx;

/**
 * The whole graph as the app asks for it, with fixed sizes in place of the app's measured ones
 * (the app's text measuring needs Qt Gui, which core does not link).
 */
LayoutRequest wholeGraph(const Dataset &dataset)
{
    LayoutRequest request;
    request.direction = LayoutDirection::LeftToRight;
    const VisibleGraph visible = visibleGraph(dataset, {});
    for (const QString &id : visible.bodies) {
        if (const Body *body = dataset.body(id))
            request.nodes.append({body->id, body->name, QSizeF(120, 40)});
    }
    for (const QString &id : visible.relations) {
        const Relation *relation = dataset.relation(id);
        if (!relation || !dataset.body(relation->from) || !dataset.body(relation->to))
            continue;
        request.edges.append(
            {relation->id, relation->from, relation->to, relation->type, QSizeF(50, 12), 0});
    }
    return request;
}

/**
 * Graphs this small are laid out too: bigger ones only time Graphviz (a fuzzed dataset of a few
 * hundred bodies takes seconds to lay out), which is not what is tested here.
 */
constexpr qsizetype kMaxNodesLaidOut = 12;
constexpr qsizetype kMaxEdgesLaidOut = 24;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const LoadResult loaded = loadDatasetImage(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), "fuzz.sqlite");
    if (!loaded.ok())
        return 0;
    const Dataset &dataset = *loaded.dataset;
    validateDataset(dataset);
    exportJson(dataset);
    SearchIndex(dataset).search(QStringLiteral("advis"));
    if (!dataset.bodies().isEmpty()) {
        GraphQuery focus;
        focus.focus = dataset.bodies().front().id;
        focus.depth = 3;
        visibleGraph(dataset, focus);
    }
    const LayoutRequest request = wholeGraph(dataset);
    const GraphvizLayout layout;
    layout.toDot(request);
    if (request.nodes.size() <= kMaxNodesLaidOut && request.edges.size() <= kMaxEdgesLaidOut)
        layout.compute(request);
    return 0;
}
