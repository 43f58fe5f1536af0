#include "dataset.h"

#include "aggregation.h"

#include <algorithm>

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
      mRelationIndex(indexById(mContent.relations)), mQuoteIndex(indexById(mContent.quotes)),
      mTopicIndex(indexById(mContent.topics))
{
    mRelationsByBody.reserve(mContent.bodies.size());
    for (qsizetype i = 0; i < mContent.relations.size(); ++i) {
        const Relation &relation = mContent.relations[i];
        mRelationsByBody[relation.from].append(i);
        if (relation.to != relation.from)
            mRelationsByBody[relation.to].append(i);
    }
    mMemberTree = std::make_shared<const MemberTree>(*this);
}

qsizetype Dataset::unreadMemberCount() const
{
    qsizetype count = 0;
    for (const UnreadMembers &members : mContent.unreadMembers)
        count += members.count;
    return count;
}

const Layer *Dataset::layer(const QString &id) const
{
    const auto found = std::find_if(mContent.layers.cbegin(), mContent.layers.cend(),
                                    [&](const Layer &layer) { return layer.id == id; });
    return found == mContent.layers.cend() ? nullptr : &*found;
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

const Topic *Dataset::topic(const QString &id) const
{
    return find(mContent.topics, mTopicIndex, id);
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
    for (const qsizetype i : mRelationsByBody.value(bodyId))
        result.append(&mContent.relations[i]);
    return result;
}

QList<const Topic *> Dataset::topicsAbout(const QString &id) const
{
    QList<const Topic *> result;
    for (const Topic &topic : mContent.topics) {
        if (topic.body == id || topic.relation == id)
            result.append(&topic);
    }
    return result;
}

QList<const Position *> Dataset::positionsOn(const QString &topicId) const
{
    QList<const Position *> result;
    for (const Position &position : mContent.positions) {
        if (position.topic == topicId)
            result.append(&position);
    }
    std::stable_sort(result.begin(), result.end(), [](const Position *a, const Position *b) {
        return dateBefore(a->date, b->date);
    });
    return result;
}

QString Dataset::speakerName(const Quote &quote) const
{
    if (const Person *person = this->person(quote.speaker))
        return person->name;
    if (const Body *speaking = body(quote.speakingBody))
        return speaking->name;
    return {};
}

QString Dataset::holderName(const Position &position) const
{
    if (const Person *person = this->person(position.holderPerson))
        return person->name;
    if (const Body *holder = body(position.holderBody))
        return holder->name;
    return position.holderPerson.isEmpty() ? position.holderBody : position.holderPerson;
}

QList<const StatusChange *> Dataset::statusHistoryOf(const QString &id) const
{
    QList<const StatusChange *> result;
    for (const StatusChange &change : mContent.statusHistory) {
        if (change.body == id || change.relation == id)
            result.append(&change);
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const StatusChange *a, const StatusChange *b) { return dateBefore(a->date, b->date); });
    return result;
}

QList<const TourStep *> Dataset::stepsOf(const QString &tourId) const
{
    QList<const TourStep *> result;
    for (const TourStep &step : mContent.tourSteps) {
        if (step.tour == tourId)
            result.append(&step);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const TourStep *a, const TourStep *b) { return a->ordinal < b->ordinal; });
    return result;
}

const QStringList &bodyStatuses()
{
    static const QStringList statuses{QStringLiteral("statutory"),     QStringLiteral("advisory"),
                                      QStringLiteral("proposed"),      QStringLiteral("disputed"),
                                      QStringLiteral("non-statutory"), QStringLiteral("historical"),
                                      QStringLiteral("unstated")};
    return statuses;
}

const QStringList &relationStatuses()
{
    static const QStringList statuses{QStringLiteral("statutory"), QStringLiteral("binding"),
                                      QStringLiteral("advisory"),  QStringLiteral("proposed"),
                                      QStringLiteral("disputed"),  QStringLiteral("historical"),
                                      QStringLiteral("unstated")};
    return statuses;
}

bool dateBefore(const QString &a, const QString &b)
{
    // "~" sorts after every digit: a year or month padded with it sorts after its days.
    const auto key = [](const QString &date) {
        return date.isEmpty() ? QStringLiteral("~") : date + QString(10 - date.size(), u'~');
    };
    return key(a) < key(b);
}

} // namespace nhsx
