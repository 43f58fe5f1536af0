#include "validation.h"

#include "graphquery.h"
#include "quotematch.h"
#include "timeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace nhsx {

namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::Validation)

public:
    explicit Checker(const Dataset &dataset) : mData(dataset)
    {
        for (const Quote &quote : dataset.quotes()) {
            for (const QString &body : quote.bodies)
                mQuotedBodies.insert(body);
            for (const QString &relation : quote.relations)
                mQuotedRelations.insert(relation);
        }
        for (const Position &position : dataset.positions())
            mPositionCounts[position.topic] += 1;
        for (const Tour &tour : dataset.tours())
            mTourIds.insert(tour.id);
    }

    QList<Problem> run()
    {
        checkUnique("layers", mData.layers(), &Layer::id);
        for (const Layer &layer : mData.layers()) {
            if (layer.name.trimmed().isEmpty())
                report("layers", layer.id, tr("has no name"));
        }
        checkUnique("sources", mData.sources(), &Source::id);
        checkUnique("bodies", mData.bodies(), &Body::id);
        checkUnique("people", mData.people(), &Person::id);
        checkUnique("relations", mData.relations(), &Relation::id);
        checkUnique("quotes", mData.quotes(), &Quote::id);
        checkUnique("topics", mData.topics(), &Topic::id);
        checkUnique("positions", mData.positions(), &Position::id);
        checkUnique("events", mData.events(), &Event::id);
        checkUnique("glossary", mData.glossary(), &GlossaryEntry::term);
        checkUnique("status_history", mData.statusHistory(), &StatusChange::id);
        checkUnique("tours", mData.tours(), &Tour::id);
        checkUnique("tour_steps", mData.tourSteps(), &TourStep::id);
        for (const Source &source : mData.sources())
            checkSource(source);
        for (const Body &body : mData.bodies())
            checkBody(body);
        for (const Person &person : mData.people())
            checkPerson(person);
        for (const Relation &relation : mData.relations())
            checkRelation(relation);
        for (const Quote &quote : mData.quotes())
            checkQuote(quote);
        for (const Topic &topic : mData.topics())
            checkTopic(topic);
        for (const Position &position : mData.positions())
            checkPosition(position);
        for (const Event &event : mData.events())
            checkEvent(event);
        for (const GlossaryEntry &entry : mData.glossary())
            checkGlossaryEntry(entry);
        for (const StatusChange &change : mData.statusHistory())
            checkStatusChange(change);
        for (const Body &body : mData.bodies())
            checkLatestStatus("bodies", body.id, body.status);
        for (const Relation &relation : mData.relations())
            checkLatestStatus("relations", relation.id, relation.status);
        for (const Tour &tour : mData.tours())
            checkTour(tour);
        for (const TourStep &step : mData.tourSteps())
            checkTourStep(step);
        return mProblems;
    }

private:
    void report(const char *table, const QString &id, const QString &message)
    {
        mProblems.append({QString::fromLatin1(table), id, message});
    }

    /** A topic or status change must name one body or one relation: neither is set, or both. */
    static QString aboutNeitherOrBoth(bool neither)
    {
        return neither ? tr("must be about one body or one relation, not neither")
                       : tr("must be about one body or one relation, not both");
    }

    /** Ids name one row each: a file without the schema's keys may repeat them. */
    template <typename Row>
    void checkUnique(const char *table, const QList<Row> &rows, QString Row::*id)
    {
        QSet<QString> seen;
        for (const Row &row : rows) {
            if (row.*id == QString())
                report(table, row.*id, tr("has an empty id"));
            else if (seen.contains(row.*id))
                report(table, row.*id, tr("repeats an id used by an earlier row"));
            seen.insert(row.*id);
        }
    }

    void checkStatus(const char *table, const QString &id, const QString &status,
                     const QStringList &allowed)
    {
        if (!allowed.contains(status))
            report(table, id,
                   tr("has status '%1', which is not one of: %2")
                       .arg(status, allowed.join(QStringLiteral(", "))));
    }

    /** An ISO 8601 date as the dataset writes it (2011, 2011-06, 2011-06-20), or none. */
    void checkDate(const char *table, const QString &id, const QString &date, const QString &basis)
    {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
        const bool valid =
            date.isEmpty() ||
            (iso.match(date).hasMatch() &&
             (date.size() != 10 || QDate::fromString(date, Qt::ISODate).isValid()) &&
             (date.size() != 7 || QDate::fromString(date, QStringLiteral("yyyy-MM")).isValid()));
        if (!valid)
            report(table, id, tr("has date '%1', not YYYY, YYYY-MM or YYYY-MM-DD").arg(date));
        if (basis.trimmed().isEmpty())
            report(table, id, tr("does not say how its date is known"));
    }

    /** Each id must name a quote, and (when source is given) a quote from that source. */
    void checkQuoteRefs(const char *table, const QString &id, const QStringList &quoteIds,
                        const QString &source = {})
    {
        if (quoteIds.isEmpty())
            report(table, id, tr("has no quote"));
        for (const QString &quoteId : quoteIds) {
            const Quote *quote = mData.quote(quoteId);
            if (!quote)
                report(table, id, tr("names quote '%1', which does not exist").arg(quoteId));
            else if (!source.isEmpty() && quote->source != source)
                report(table, id,
                       tr("cites quote '%1' from '%2', not from its source '%3'")
                           .arg(quoteId, quote->source, source));
        }
    }

    void checkSource(const Source &source)
    {
        if (source.kind != u"article" && !source.isData())
            report("sources", source.id,
                   tr("has kind '%1', not 'article' or 'data'").arg(source.kind));
        else if (!source.isData() && source.fullText.trimmed().isEmpty())
            report("sources", source.id, tr("has no text"));
        checkDate("sources", source.id, source.date, source.dateBasis);
    }

    /**
     * A row built from a data file must cite a data source and a line of it. Its file says
     * nothing of standing, so its status is 'unstated', with no quote needed as evidence.
     */
    void checkDataRow(const char *table, const QString &id, const DataRow &row,
                      const QString &status)
    {
        const Source *source = mData.source(row.source);
        if (!source)
            report(table, id, tr("cites source '%1', which does not exist").arg(row.source));
        else if (!source->isData())
            report(table, id,
                   tr("cites a line of source '%1', which is not a data file").arg(row.source));
        if (row.line < 1)
            report(table, id, tr("does not give the line of its source it comes from"));
        if (status != u"unstated")
            report(table, id,
                   tr("has status '%1', but a data file's row can only be 'unstated'").arg(status));
    }

    void checkBody(const Body &body)
    {
        if (body.name.trimmed().isEmpty())
            report("bodies", body.id, tr("has no name"));
        if (body.role.trimmed().isEmpty())
            report("bodies", body.id, tr("has no role"));
        checkStatus("bodies", body.id, body.status, bodyStatuses());
        if (!mData.layer(body.layer))
            report("bodies", body.id, tr("is in layer '%1', which does not exist").arg(body.layer));
        if (!body.row.source.isEmpty()) {
            checkDataRow("bodies", body.id, body.row, body.status);
            return;
        }
        if (!mQuotedBodies.contains(body.id))
            report("bodies", body.id, tr("has no quote"));
        if (body.statusEvidence.isEmpty()) {
            report("bodies", body.id, tr("has no evidence for its status '%1'").arg(body.status));
        }
        for (const QString &quoteId : body.statusEvidence) {
            if (!mData.quote(quoteId))
                report("status_evidence", body.id,
                       tr("names quote '%1', which does not exist").arg(quoteId));
        }
    }

    void checkPerson(const Person &person)
    {
        if (!person.organisation.isEmpty() && !mData.body(person.organisation))
            report("people", person.id,
                   tr("names organisation '%1', which does not exist").arg(person.organisation));
    }

    void checkRelation(const Relation &relation)
    {
        if (!mData.body(relation.from))
            report("relations", relation.id,
                   tr("starts at body '%1', which does not exist").arg(relation.from));
        if (!mData.body(relation.to))
            report("relations", relation.id,
                   tr("ends at body '%1', which does not exist").arg(relation.to));
        checkStatus("relations", relation.id, relation.status, relationStatuses());
        checkRelationLayer(relation);
        if (!relation.row.source.isEmpty())
            checkDataRow("relations", relation.id, relation.row, relation.status);
        else if (!mQuotedRelations.contains(relation.id))
            report("relations", relation.id, tr("has no quote"));
    }

    /**
     * A relation is read with its layer: one read at start must not end at a body that is read
     * only on demand, or the window's first load would hold a relation to nowhere.
     */
    void checkRelationLayer(const Relation &relation)
    {
        const Layer *layer = mData.layer(relation.layer);
        if (!layer) {
            report("relations", relation.id,
                   tr("is in layer '%1', which does not exist").arg(relation.layer));
            return;
        }
        for (const QString &end : {relation.from, relation.to}) {
            const Body *body = mData.body(end);
            const Layer *bodyLayer = body ? mData.layer(body->layer) : nullptr;
            if (!layer->onDemand && bodyLayer && bodyLayer->onDemand)
                report("relations", relation.id,
                       tr("is in layer '%1', read at start, but body '%2' is in layer '%3', read "
                          "on demand")
                           .arg(relation.layer, end, bodyLayer->id));
        }
    }

    void checkQuote(const Quote &quote)
    {
        const Source *source = mData.source(quote.source);
        if (!source) {
            report("quotes", quote.id,
                   tr("cites source '%1', which does not exist").arg(quote.source));
        } else if (source->isData()) {
            report("quotes", quote.id,
                   tr("quotes source '%1', a data file, which is cited by line, not quoted")
                       .arg(source->id));
        } else if (!quoteFoundIn(quote.text, source->fullText)) {
            report(
                "quotes", quote.id,
                tr("is not found verbatim in source '%1' (%2)").arg(source->id, source->seedFile));
        }
        if (!quote.speaker.isEmpty() && !mData.person(quote.speaker))
            report("quotes", quote.id,
                   tr("names speaker '%1', who does not exist").arg(quote.speaker));
        if (!quote.speakingBody.isEmpty() && !mData.body(quote.speakingBody))
            report("quotes", quote.id,
                   tr("names speaking body '%1', which does not exist").arg(quote.speakingBody));
        for (const QString &body : quote.bodies) {
            if (!mData.body(body))
                report("quote_bodies", quote.id,
                       tr("names body '%1', which does not exist").arg(body));
        }
        for (const QString &relation : quote.relations) {
            if (!mData.relation(relation))
                report("quote_relations", quote.id,
                       tr("names relation '%1', which does not exist").arg(relation));
        }
    }

    void checkTopic(const Topic &topic)
    {
        if (topic.question.trimmed().isEmpty())
            report("topics", topic.id, tr("has no question"));
        if (!topic.body.isEmpty() && !mData.body(topic.body))
            report("topics", topic.id,
                   tr("is about body '%1', which does not exist").arg(topic.body));
        if (!topic.relation.isEmpty() && !mData.relation(topic.relation))
            report("topics", topic.id,
                   tr("is about relation '%1', which does not exist").arg(topic.relation));
        if (topic.body.isEmpty() == topic.relation.isEmpty())
            report("topics", topic.id, aboutNeitherOrBoth(topic.body.isEmpty()));
        if (mPositionCounts.value(topic.id) < 2)
            report("topics", topic.id, tr("has fewer than two positions: nothing differs"));
    }

    void checkPosition(const Position &position)
    {
        if (!mData.topic(position.topic))
            report("positions", position.id,
                   tr("is on topic '%1', which does not exist").arg(position.topic));
        if (!position.holderPerson.isEmpty() && !mData.person(position.holderPerson))
            report("positions", position.id,
                   tr("is held by person '%1', who does not exist").arg(position.holderPerson));
        if (!position.holderBody.isEmpty() && !mData.body(position.holderBody))
            report("positions", position.id,
                   tr("is held by body '%1', which does not exist").arg(position.holderBody));
        if (position.holderPerson.isEmpty() && position.holderBody.isEmpty())
            report("positions", position.id, tr("has no holder"));
        if (!mData.source(position.source))
            report("positions", position.id,
                   tr("cites source '%1', which does not exist").arg(position.source));
        if (position.stance.trimmed().isEmpty())
            report("positions", position.id, tr("has no stance"));
        checkDate("positions", position.id, position.date, position.dateBasis);
        checkQuoteRefs("position_quotes", position.id, position.quotes, position.source);
    }

    void checkEvent(const Event &event)
    {
        if (event.title.trimmed().isEmpty())
            report("events", event.id, tr("has no title"));
        checkDate("events", event.id, event.date, event.dateBasis);
        checkQuoteRefs("event_quotes", event.id, event.quotes);
    }

    void checkGlossaryEntry(const GlossaryEntry &entry)
    {
        if (!mData.source(entry.source))
            report("glossary", entry.term,
                   tr("cites source '%1', which does not exist").arg(entry.source));
        checkQuoteRefs("glossary", entry.term, {entry.quote}, entry.source);
        const Quote *quote = mData.quote(entry.quote);
        if (!quote)
            return;
        if (!quote->text.contains(entry.term))
            report("glossary", entry.term, tr("does not occur in its quote '%1'").arg(entry.quote));
        if (!entry.expansion.isEmpty() &&
            !quote->text.contains(entry.expansion, Qt::CaseInsensitive))
            report("glossary", entry.term,
                   tr("expansion '%1' does not occur in its quote '%2'")
                       .arg(entry.expansion, entry.quote));
    }

    void checkStatusChange(const StatusChange &change)
    {
        if (change.body.isEmpty() == change.relation.isEmpty()) {
            report("status_history", change.id, aboutNeitherOrBoth(change.body.isEmpty()));
            return;
        }
        const bool aboutBody = !change.body.isEmpty();
        if (aboutBody ? !mData.body(change.body) : !mData.relation(change.relation)) {
            report("status_history", change.id,
                   aboutBody
                       ? tr("is about body '%1', which does not exist").arg(change.body)
                       : tr("is about relation '%1', which does not exist").arg(change.relation));
        }
        checkStatus("status_history", change.id, change.status,
                    aboutBody ? bodyStatuses() : relationStatuses());
        if (change.date.isEmpty())
            report("status_history", change.id, tr("has no date"));
        checkDate("status_history", change.id, change.date, change.dateBasis);
        checkQuoteRefs("status_history", change.id, {change.quote});
        if (const Quote *quote = mData.quote(change.quote)) {
            const bool about = aboutBody ? quote->bodies.contains(change.body)
                                         : quote->relations.contains(change.relation);
            if (!about)
                report("status_history", change.id,
                       tr("cites quote '%1', which is not about '%2'")
                           .arg(change.quote, aboutBody ? change.body : change.relation));
        }
    }

    /** The status a row has is where its history ends. */
    void checkLatestStatus(const char *table, const QString &id, const QString &status)
    {
        const QList<const StatusChange *> history = mData.statusHistoryOf(id);
        if (!history.isEmpty() && history.last()->status != status)
            report(table, id,
                   tr("has status '%1', but its status history ends with '%2' (%3)")
                       .arg(status, history.last()->status, history.last()->id));
    }

    void checkTour(const Tour &tour)
    {
        if (tour.title.trimmed().isEmpty())
            report("tours", tour.id, tr("has no title"));
        const QList<const TourStep *> steps = mData.stepsOf(tour.id);
        if (steps.isEmpty())
            report("tours", tour.id, tr("has no steps"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps[i]->ordinal != i + 1)
                report(
                    "tour_steps", steps[i]->id,
                    tr("is step %1 of tour '%2', where step %3 was expected "
                       "(steps are numbered 1, 2, ... without gaps)")
                        .arg(QString::number(steps[i]->ordinal), tour.id, QString::number(i + 1)));
        }
    }

    /**
     * A step must show what it names: its quote said by its date, and every body and relation it
     * highlights on show under its focus and date.
     */
    void checkTourStep(const TourStep &step)
    {
        if (!mTourIds.contains(step.tour))
            report("tour_steps", step.id,
                   tr("is in tour '%1', which does not exist").arg(step.tour));
        if (step.title.trimmed().isEmpty())
            report("tour_steps", step.id, tr("has no title"));
        if (step.caption.trimmed().isEmpty())
            report("tour_steps", step.id, tr("has no caption"));
        if (!step.focus.isEmpty() && !mData.body(step.focus))
            report("tour_steps", step.id,
                   tr("focuses on body '%1', which does not exist").arg(step.focus));
        if (!step.asAt.isEmpty())
            checkDate("tour_steps", step.id, step.asAt, QStringLiteral("as_at"));
        checkQuoteRefs("tour_steps", step.id, {step.quote});
        if (step.bodies.isEmpty() && step.relations.isEmpty())
            report("tour_steps", step.id, tr("highlights nothing"));
        GraphQuery query;
        query.focus = step.focus;
        query.asAt = step.asAt;
        const VisibleGraph visible = visibleGraph(mData, query);
        for (const QString &body : step.bodies) {
            if (!mData.body(body))
                report("tour_step_bodies", step.id,
                       tr("names body '%1', which does not exist").arg(body));
            else if (!visible.bodies.contains(body))
                report("tour_step_bodies", step.id,
                       tr("highlights body '%1', which is not on show at that step").arg(body));
        }
        for (const QString &relation : step.relations) {
            if (!mData.relation(relation))
                report("tour_step_relations", step.id,
                       tr("names relation '%1', which does not exist").arg(relation));
            else if (!visible.relations.contains(relation))
                report("tour_step_relations", step.id,
                       tr("highlights relation '%1', which is not on show at that "
                          "step")
                           .arg(relation));
        }
        if (!step.asAt.isEmpty() && mData.quote(step.quote) &&
            !datasetAsAt(mData, step.asAt).quote(step.quote))
            report("tour_steps", step.id,
                   tr("shows quote '%1', not yet said by its date %2").arg(step.quote, step.asAt));
    }

    const Dataset &mData;
    QSet<QString> mQuotedBodies, mQuotedRelations;
    QHash<QString, int> mPositionCounts;
    QSet<QString> mTourIds;
    QList<Problem> mProblems;
};

} // namespace

QString Problem::toString() const
{
    //: A problem: the table, the row's id and what is wrong with it.
    return Checker::tr("%1 '%2': %3").arg(table, rowId, message);
}

QList<Problem> validateDataset(const Dataset &dataset)
{
    return Checker(dataset).run();
}

} // namespace nhsx
