#include "visiblesources.h"

#include <QSet>
#include <algorithm>

namespace nhsx {

namespace {

bool anyIn(const QStringList &ids, const QSet<QString> &set)
{
    return std::any_of(ids.cbegin(), ids.cend(),
                       [&set](const QString &id) { return set.contains(id); });
}

} // namespace

QList<const Source *> sourcesOfVisible(const Dataset &dataset, const VisibleGraph &visible)
{
    // One pass over the quotes (what quotesAboutBody and quotesAboutRelation would find for each
    // body and relation), so a view of thousands of bodies costs no more than a small one.
    const QSet<QString> bodies(visible.bodies.cbegin(), visible.bodies.cend());
    const QSet<QString> relations(visible.relations.cbegin(), visible.relations.cend());
    QSet<QString> sourceIds;
    for (const Quote &quote : dataset.quotes()) {
        if (anyIn(quote.bodies, bodies) || anyIn(quote.relations, relations))
            sourceIds.insert(quote.source);
    }
    for (const QString &bodyId : visible.bodies) {
        if (const Body *body = dataset.body(bodyId)) {
            for (const QString &quoteId : body->statusEvidence) {
                if (const Quote *quote = dataset.quote(quoteId))
                    sourceIds.insert(quote->source);
            }
        }
    }

    QList<const Source *> sources;
    for (const Source &source : dataset.sources()) {
        // remove() is true once per id, so a source listed twice in a dataset is cited once.
        if (sourceIds.remove(source.id))
            sources.append(&source);
    }
    std::stable_sort(sources.begin(), sources.end(),
                     [](const Source *a, const Source *b) { return dateBefore(a->date, b->date); });
    return sources;
}

} // namespace nhsx
