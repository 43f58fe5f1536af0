#include "viewstate.h"

#include "displaydate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace nhsx {

namespace {

/** The context of the view's words in the translation catalogue. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::ViewState)
};

std::optional<ViewProblem> checkLayers(const GraphQuery &query, const Dataset &dataset,
                                       const QString &name)
{
    for (const QString &layer : query.layers) {
        if (dataset.layer(layer))
            continue;
        QStringList layers;
        for (const Layer &known : dataset.layers())
            layers.append(known.id);
        return ViewProblem{ViewField::Layer, Text::tr("no layer '%1' in %2; the layers are %3")
                                                 .arg(layer, name, layers.join(Text::tr(", ")))};
    }
    for (const QString &id : query.expanded) {
        if (!dataset.body(id))
            return ViewProblem{ViewField::Expanded, Text::tr("no body '%1' in %2").arg(id, name)};
    }
    return std::nullopt;
}

std::optional<ViewProblem> checkTour(const ViewState &state, const Dataset &dataset,
                                     const QString &name)
{
    if (state.tour.isEmpty()) {
        if (state.tourStep == 0)
            return std::nullopt;
        return ViewProblem{ViewField::TourStep,
                           Text::tr("step %1, but no tour plays").arg(state.tourStep)};
    }
    const qsizetype steps = dataset.stepsOf(state.tour).size();
    if (steps == 0) {
        QStringList tours;
        for (const Tour &known : dataset.tours())
            tours.append(known.id);
        return ViewProblem{ViewField::Tour, Text::tr("no tour '%1' in %2; the tours are %3")
                                                .arg(state.tour, name, tours.join(Text::tr(", ")))};
    }
    if (state.tourStep < 1 || state.tourStep > steps) {
        return ViewProblem{
            ViewField::TourStep,
            Text::tr("tour '%1' has %2 steps").arg(state.tour, QString::number(steps))};
    }
    return std::nullopt;
}

std::optional<ViewProblem> checkFocusAndDate(const GraphQuery &query, const Dataset &dataset,
                                             const QString &name)
{
    if (!query.focus.isEmpty() && !dataset.body(query.focus))
        return ViewProblem{ViewField::Focus, Text::tr("no body '%1' in %2").arg(query.focus, name)};
    if (query.depth < 1 || query.depth > 3)
        return ViewProblem{ViewField::Depth,
                           Text::tr("expected 1, 2 or 3, not %1").arg(query.depth)};
    static const QRegularExpression isoDate(
        QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"));
    if (!query.asAt.isEmpty() && !isoDate.match(query.asAt).hasMatch()) {
        return ViewProblem{ViewField::AsAt, Text::tr("expected a date as YYYY, YYYY-MM or "
                                                     "YYYY-MM-DD, e.g. 2011-06-20, not '%1'")
                                                .arg(query.asAt)};
    }
    return std::nullopt;
}

/** Which layer is on show and how, when it is not the national picture. */
QString layerNote(const GraphQuery &query, const Dataset &full)
{
    if (query.layers.size() != 1 || query.layers.contains(kNationalLayer))
        return {};
    const Layer *layer = full.layer(*query.layers.cbegin());
    if (!layer)
        return {};
    if (!query.aggregate)
        return Text::tr("%1: every body, with those of the national picture that it links to.")
            .arg(layer->name);
    return Text::tr("%1: each area team and CCG stands for the bodies under it (▸); double-click "
                    "one, or select it and press Enter, to show them.")
        .arg(layer->name);
}

QString focusNote(const ViewState &state, const Dataset &full, const Dataset &shown)
{
    const GraphQuery &query = state.query;
    const Body *focus = full.body(query.focus);
    if (!focus)
        return {};
    if (!shown.body(focus->id))
        return Text::tr("Focus: %1, which the sources had not named by then.").arg(focus->name);
    const QString reach = query.depth == 1 ? Text::tr("one relation away")
                                           : Text::tr("up to %1 relations away").arg(query.depth);
    return Text::tr("Focus: %1 and the bodies %2 (%3).")
        .arg(focus->name, reach, focusDirectionLabel(query.direction));
}

QString filterNote(const GraphQuery &query)
{
    if (!query.filters())
        return {};
    const auto listed = [](const QSet<QString> &statuses) {
        QStringList sorted(statuses.cbegin(), statuses.cend());
        sorted.sort();
        return sorted.join(QStringLiteral(", "));
    };
    QStringList hidden;
    if (!query.hiddenBodyStatuses.isEmpty())
        hidden << Text::tr("%1 bodies").arg(listed(query.hiddenBodyStatuses));
    if (!query.hiddenRelationStatuses.isEmpty())
        hidden << Text::tr("%1 relations").arg(listed(query.hiddenRelationStatuses));
    if (!query.hiddenKinds.isEmpty())
        hidden << Text::tr("bodies of kind %1").arg(listed(query.hiddenKinds));
    if (!query.hiddenTypes.isEmpty())
        hidden << Text::tr("relations of type %1").arg(listed(query.hiddenTypes));
    return Text::tr("Filter on: %1 hidden.").arg(hidden.join(Text::tr(" and ")));
}

} // namespace

QString optionFor(ViewField field)
{
    switch (field) {
    case ViewField::Layer:
        return QStringLiteral("--layer");
    case ViewField::Expanded:
        return QStringLiteral("--expand");
    case ViewField::Selection:
        return QStringLiteral("--select");
    case ViewField::Tour:
        return QStringLiteral("--tour");
    case ViewField::TourStep:
        return QStringLiteral("--tour-step");
    case ViewField::Focus:
        return QStringLiteral("--focus");
    case ViewField::Depth:
        return QStringLiteral("--depth");
    case ViewField::AsAt:
        return QStringLiteral("--as-at");
    }
    return {};
}

std::optional<ViewProblem> checkView(const ViewState &state, const Dataset &dataset,
                                     const QString &datasetName)
{
    if (auto problem = checkLayers(state.query, dataset, datasetName))
        return problem;
    if (!state.selection.isEmpty() && !dataset.body(state.selection) &&
        !dataset.relation(state.selection)) {
        return ViewProblem{
            ViewField::Selection,
            Text::tr("no body or relation '%1' in %2").arg(state.selection, datasetName)};
    }
    if (auto problem = checkTour(state, dataset, datasetName))
        return problem;
    return checkFocusAndDate(state.query, dataset, datasetName);
}

QString focusDirectionLabel(FocusDirection direction)
{
    switch (direction) {
    case FocusDirection::Both:
        return Text::tr("both ways");
    case FocusDirection::In:
        return Text::tr("incoming");
    case FocusDirection::Out:
        return Text::tr("outgoing");
    }
    return {};
}

QString viewNote(const ViewState &state, const Dataset &full, const Dataset &shown)
{
    QStringList notes;
    if (!state.query.asAt.isEmpty()) {
        notes << Text::tr("As at %1: only what the sources had said by then, with statuses as "
                          "they then stood.")
                     .arg(displayDate(state.query.asAt));
    }
    if (const QString focus = focusNote(state, full, shown); !focus.isEmpty())
        notes << focus;
    if (const QString filter = filterNote(state.query); !filter.isEmpty())
        notes << filter;
    // In a tour Esc ends the tour; in presentation mode it leaves that.
    if (!notes.isEmpty() && state.tour.isEmpty() && !state.presenting)
        notes << Text::tr("Esc shows the whole graph.");
    if (const QString layer = layerNote(state.query, full); !layer.isEmpty())
        notes.prepend(layer);
    return notes.join(QLatin1Char(' '));
}

const TourStep *tourStepOf(const ViewState &state, const Dataset &dataset)
{
    const QList<const TourStep *> steps = dataset.stepsOf(state.tour);
    return state.tourStep >= 1 && state.tourStep <= steps.size() ? steps[state.tourStep - 1]
                                                                 : nullptr;
}

ViewState stateForTourStep(ViewState state, const QString &tourId, int ordinal,
                           const TourStep &step)
{
    state.tour = tourId;
    state.tourStep = ordinal;
    state.search.clear();
    state.query = queryForStep(step);
    state.selection = step.bodies.isEmpty() ? step.relations.value(0) : step.bodies.front();
    return state;
}

} // namespace nhsx
