#include "app/shell/windowlessexport.h"

#include "app/document/explorerdocument.h"
#include "app/export/viewexport.h"
#include "app/graph/graphscene.h"
#include "app/graph/layoutcontroller.h"
#include "app/theme/theme.h"
#include "core/search.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <optional>

namespace nhsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::WindowlessExport)
};

/**
 * What the window highlights for the state, the rest dimmed: the search's matches on show (none,
 * when nothing matches), else a tour step's bodies and relations; nothing without either.
 */
std::optional<QSet<QString>> highlightOf(const ExplorerDocument &document)
{
    const ViewState &state = document.state();
    if (!state.search.trimmed().isEmpty()) {
        const SearchIndex index(document.dataset());
        const SearchResult found = index.find(
            state.search,
            [&document](const QString &id) { return document.shownIds().contains(id); }, 0);
        return QSet<QString>(found.ids.cbegin(), found.ids.cend());
    }
    if (const TourStep *step = tourStepOf(state, document.fullDataset()))
        return itemsOf(*step);
    return std::nullopt;
}

} // namespace

bool exportViewState(Dataset dataset, const QString &datasetName, const Layout &layout,
                     const ViewState &state, const QString &path, const QSize &size, QString *error)
{
    ExplorerDocument document(std::move(dataset), datasetName);
    QString problem;
    if (!document.apply(state, &problem)) {
        *error = QStringLiteral("%1: %2").arg(datasetName, problem);
        return false;
    }
    const Theme &theme = state.presenting ? presentationTheme() : everydayTheme();
    GraphScene scene;
    scene.setTheme(theme);
    LayoutController layouts(scene, layout);
    QEventLoop loop;
    QObject::connect(&layouts, &LayoutController::finished, &loop, &QEventLoop::quit);
    layouts.lay(document.dataset(), document.shownGraph(), state.direction, state.engine);
    if (layouts.running())
        loop.exec(); // a large graph is laid out off this thread
    if (!layouts.error().isEmpty()) {
        *error =
            Text::tr("%1: the graph could not be laid out: %2").arg(datasetName, layouts.error());
        return false;
    }
    if (const auto highlight = highlightOf(document))
        scene.highlight(*highlight);
    scene.selectId(state.selection);

    ViewPicture picture;
    picture.scene = &scene;
    picture.background = theme.background;
    picture.citations = citationsFor(document.dataset(), document.shownGraph());
    picture.asAt = state.query.asAt;
    return exportView(picture, path, size, error);
}

} // namespace nhsx
