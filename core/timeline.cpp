#include "timeline.h"

#include <QDate>
#include <QSet>
#include <algorithm>

namespace nhsx {

namespace {

/** The last day a dataset date may stand for: "2011-06" -> 2011-06-30, "2011" -> 2011-12-31. */
QDate lastDayOf(const QString &date)
{
    if (date.size() == 4)
        return QDate(date.toInt(), 12, 31);
    if (date.size() == 7) {
        const QDate first = QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    }
    return QDate::fromString(date, Qt::ISODate);
}

} // namespace

bool onOrBefore(const QString &date, const QString &asAt)
{
    const QDate last = lastDayOf(date);
    const QDate until = lastDayOf(asAt);
    return last.isValid() && until.isValid() && last <= until;
}

QStringList timelineDates(const Dataset &dataset)
{
    QStringList dates;
    // A data file's date is when it was taken, not when something was said: the timeline steps
    // through what the articles said, and the data files' rows show only at its last stop.
    for (const Source &source : dataset.sources()) {
        if (!source.isData())
            dates.append(source.date);
    }
    for (const Position &position : dataset.positions())
        dates.append(position.date);
    for (const StatusChange &change : dataset.statusHistory())
        dates.append(change.date);
    dates.removeAll(QString());
    dates.removeDuplicates();
    std::stable_sort(dates.begin(), dates.end(), dateBefore);
    return dates;
}

namespace {

/** Which rows are known by a date, and what each body's and relation's status then was. */
class AsAt
{
public:
    AsAt(const Dataset &dataset, const QString &date) : mData(dataset), mDate(date)
    {
        for (const Position &position : dataset.positions()) {
            if (!onOrBefore(position.date, date))
                continue;
            mPositions.insert(position.id);
            for (const QString &quote : position.quotes)
                mQuotes.insert(quote);
            if (const Topic *topic = dataset.topic(position.topic)) {
                mTopics.insert(topic->id);
                knowSubject(topic->body, topic->relation);
            }
        }
        for (const StatusChange &change : dataset.statusHistory()) {
            if (!onOrBefore(change.date, date))
                continue;
            mChanges.insert(change.id);
            mQuotes.insert(change.quote);
            knowSubject(change.body, change.relation);
        }
        for (const Quote &quote : dataset.quotes()) {
            const Source *source = dataset.source(quote.source);
            if (source && onOrBefore(source->date, date))
                mQuotes.insert(quote.id);
        }
        for (const Quote &quote : dataset.quotes()) {
            if (!mQuotes.contains(quote.id))
                continue;
            mBodies.unite(QSet<QString>(quote.bodies.cbegin(), quote.bodies.cend()));
            mRelations.unite(QSet<QString>(quote.relations.cbegin(), quote.relations.cend()));
        }
        for (const Body &body : dataset.bodies()) {
            for (const QString &quote : body.statusEvidence) {
                if (mQuotes.contains(quote))
                    mBodies.insert(body.id);
            }
        }
        for (const Relation &relation : dataset.relations()) {
            if (mRelations.contains(relation.id))
                mBodies.unite({relation.from, relation.to});
        }
    }

    Dataset derive() const
    {
        DatasetContent c = mData.content();
        c.bodies = known(c.bodies, mBodies);
        for (Body &body : c.bodies)
            applyHistory(body.id, body.status, &body.statusEvidence);
        c.relations = known(c.relations, mRelations);
        for (Relation &relation : c.relations)
            applyHistory(relation.id, relation.status, nullptr);
        c.quotes = known(c.quotes, mQuotes);
        for (Quote &quote : c.quotes) {
            keepKnown(quote.bodies, mBodies);
            keepKnown(quote.relations, mRelations);
        }
        c.unreadMembers.removeIf([this](const UnreadMembers &members) {
            return !mBodies.contains(members.container);
        });
        c.topics = known(c.topics, mTopics);
        c.positions = known(c.positions, mPositions);
        c.statusHistory = known(c.statusHistory, mChanges);
        c.events.erase(
            std::remove_if(c.events.begin(), c.events.end(),
                           [&](const Event &event) { return !onOrBefore(event.date, mDate); }),
            c.events.end());
        return Dataset(std::move(c));
    }

private:
    void knowSubject(const QString &body, const QString &relation)
    {
        if (!body.isEmpty())
            mBodies.insert(body);
        if (!relation.isEmpty())
            mRelations.insert(relation);
    }

    template <typename Row>
    static QList<Row> known(const QList<Row> &rows, const QSet<QString> &ids)
    {
        QList<Row> kept;
        for (const Row &row : rows) {
            if (ids.contains(row.id))
                kept.append(row);
        }
        return kept;
    }

    static void keepKnown(QStringList &ids, const QSet<QString> &known)
    {
        ids.removeIf([&](const QString &id) { return !known.contains(id); });
    }

    /**
     * The status as it stood: the latest change by the date, or the first one when the thing was
     * known before any change was said; its evidence the quotes of those changes that gave it,
     * and, when it is the row's own status, the row's evidence said by then.
     */
    void applyHistory(const QString &id, QString &status, QStringList *evidence) const
    {
        const QList<const StatusChange *> history = mData.statusHistoryOf(id);
        if (history.isEmpty()) {
            if (evidence)
                keepKnown(*evidence, mQuotes);
            return;
        }
        qsizetype current = 0;
        for (qsizetype i = 0; i < history.size(); ++i) {
            if (onOrBefore(history[i]->date, mDate))
                current = i;
        }
        // The row's own evidence is for its final status: it counts when that status stands.
        QStringList known;
        if (evidence && history[current]->status == status) {
            known = *evidence;
            keepKnown(known, mQuotes);
        }
        status = history[current]->status;
        if (!evidence)
            return;
        evidence->clear();
        for (qsizetype i = current; i >= 0 && history[i]->status == status; --i) {
            if (mQuotes.contains(history[i]->quote))
                evidence->prepend(history[i]->quote);
        }
        for (const QString &quote : std::as_const(known)) {
            if (!evidence->contains(quote))
                evidence->append(quote);
        }
    }

    const Dataset &mData;
    QString mDate;
    QSet<QString> mPositions, mChanges, mQuotes, mTopics, mBodies, mRelations;
};

} // namespace

Dataset datasetAsAt(const Dataset &dataset, const QString &asAt)
{
    if (asAt.isEmpty())
        return dataset;
    return AsAt(dataset, asAt).derive();
}

} // namespace nhsx
