#include "dataset.h"

namespace nhsx {

namespace {

template <typename Row> QHash<QString, qsizetype> indexById(const QList<Row> &rows)
{
    QHash<QString, qsizetype> index;
    index.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows[i].id, i);
    return index;
}

template <typename Row>
const Row *find(const QList<Row> &rows, const QHash<QString, qsizetype> &index, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &rows[*it];
}

} // namespace

Dataset::Dataset(DatasetContent content)
    : mContent(std::move(content)), mSourceIndex(indexById(mContent.sources)),
      mBodyIndex(indexById(mContent.bodies)), mPersonIndex(indexById(mContent.people)),
      mRelationIndex(indexById(mContent.relations)), mQuoteIndex(indexById(mContent.quotes))
{
}

const Source *Dataset::source(const QString &id) const
{
    return find(mContent.sources, mSourceIndex, id);
}

const Body *Dataset::body(const QString &id) const
{
    return find(mContent.bodies, mBodyIndex, id);
}

const Person *Dataset::person(const QString &id) const
{
    return find(mContent.people, mPersonIndex, id);
}

const Relation *Dataset::relation(const QString &id) const
{
    return find(mContent.relations, mRelationIndex, id);
}

const Quote *Dataset::quote(const QString &id) const
{
    return find(mContent.quotes, mQuoteIndex, id);
}

QList<const Quote *> Dataset::quotesAboutBody(const QString &bodyId) const
{
    QList<const Quote *> result;
    for (const Quote &quote : mContent.quotes) {
        if (quote.bodies.contains(bodyId))
            result.append(&quote);
    }
    return result;
}

QList<const Quote *> Dataset::quotesAboutRelation(const QString &relationId) const
{
    QList<const Quote *> result;
    for (const Quote &quote : mContent.quotes) {
        if (quote.relations.contains(relationId))
            result.append(&quote);
    }
    return result;
}

QList<const Relation *> Dataset::relationsOf(const QString &bodyId) const
{
    QList<const Relation *> result;
    for (const Relation &relation : mContent.relations) {
        if (relation.from == bodyId || relation.to == bodyId)
            result.append(&relation);
    }
    return result;
}

QString shortName(const Body &body)
{
    return body.acronym.isEmpty() ? body.name : body.acronym;
}

} // namespace nhsx
