#include "validation.h"

#include "quotematch.h"

#include <QSet>

namespace nhsx {

namespace {

class Checker
{
public:
    explicit Checker(const Dataset &dataset) : mData(dataset)
    {
        for (const Quote &quote : dataset.quotes()) {
            for (const QString &body : quote.bodies)
                mQuotedBodies.insert(body);
            for (const QString &relation : quote.relations)
                mQuotedRelations.insert(relation);
        }
    }

    QList<Problem> run()
    {
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
        return mProblems;
    }

private:
    void report(const char *table, const QString &id, const QString &message)
    {
        mProblems.append({QString::fromLatin1(table), id, message});
    }

    void checkSource(const Source &source)
    {
        if (source.fullText.trimmed().isEmpty())
            report("sources", source.id, QStringLiteral("has no text"));
        if (source.dateBasis.trimmed().isEmpty())
            report("sources", source.id, QStringLiteral("does not say how its date is known"));
    }

    void checkBody(const Body &body)
    {
        if (body.name.trimmed().isEmpty())
            report("bodies", body.id, QStringLiteral("has no name"));
        if (body.role.trimmed().isEmpty())
            report("bodies", body.id, QStringLiteral("has no role"));
        if (!mQuotedBodies.contains(body.id))
            report("bodies", body.id, QStringLiteral("has no quote"));
        if (body.statusEvidence.isEmpty()) {
            report("bodies", body.id,
                   QStringLiteral("has no evidence for its status '%1'").arg(body.status));
        }
        for (const QString &quoteId : body.statusEvidence) {
            if (!mData.quote(quoteId))
                report("status_evidence", body.id,
                       QStringLiteral("names quote '%1', which does not exist").arg(quoteId));
        }
    }

    void checkPerson(const Person &person)
    {
        if (!person.organisation.isEmpty() && !mData.body(person.organisation))
            report("people", person.id,
                   QStringLiteral("names organisation '%1', which does not exist")
                       .arg(person.organisation));
    }

    void checkRelation(const Relation &relation)
    {
        if (!mData.body(relation.from))
            report("relations", relation.id,
                   QStringLiteral("starts at body '%1', which does not exist").arg(relation.from));
        if (!mData.body(relation.to))
            report("relations", relation.id,
                   QStringLiteral("ends at body '%1', which does not exist").arg(relation.to));
        if (!mQuotedRelations.contains(relation.id))
            report("relations", relation.id, QStringLiteral("has no quote"));
    }

    void checkQuote(const Quote &quote)
    {
        const Source *source = mData.source(quote.source);
        if (!source) {
            report("quotes", quote.id,
                   QStringLiteral("cites source '%1', which does not exist").arg(quote.source));
        } else if (!quoteFoundIn(quote.text, source->fullText)) {
            report("quotes", quote.id,
                   QStringLiteral("is not found verbatim in source '%1' (%2)")
                       .arg(source->id, source->seedFile));
        }
        if (!quote.speaker.isEmpty() && !mData.person(quote.speaker))
            report("quotes", quote.id,
                   QStringLiteral("names speaker '%1', who does not exist").arg(quote.speaker));
        for (const QString &body : quote.bodies) {
            if (!mData.body(body))
                report("quote_bodies", quote.id,
                       QStringLiteral("names body '%1', which does not exist").arg(body));
        }
        for (const QString &relation : quote.relations) {
            if (!mData.relation(relation))
                report("quote_relations", quote.id,
                       QStringLiteral("names relation '%1', which does not exist").arg(relation));
        }
    }

    const Dataset &mData;
    QSet<QString> mQuotedBodies, mQuotedRelations;
    QList<Problem> mProblems;
};

} // namespace

QString Problem::toString() const
{
    return QStringLiteral("%1 '%2': %3").arg(table, rowId, message);
}

QList<Problem> validateDataset(const Dataset &dataset)
{
    return Checker(dataset).run();
}

} // namespace nhsx
