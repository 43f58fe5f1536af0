#include "jsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nhsx {

namespace {

/** Empty text is exported as null: "not stated" rather than an empty value. */
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template <typename Row, typename ToJson> QJsonArray arrayOf(const QList<Row> &rows, ToJson toJson)
{
    QJsonArray array;
    for (const Row &row : rows)
        array.append(toJson(row));
    return array;
}

QJsonObject layerJson(const Layer &l)
{
    return {{"id", l.id},
            {"name", l.name},
            {"description", l.description},
            {"attribution", textOrNull(l.attribution)},
            {"on_demand", l.onDemand}};
}

/** Where a data file's row comes from: its source and line, both null for the articles' rows. */
void addDataRow(QJsonObject &object, const DataRow &row)
{
    object.insert(QStringLiteral("data_source"), textOrNull(row.source));
    object.insert(QStringLiteral("data_line"),
                  row.source.isEmpty() ? QJsonValue() : QJsonValue(row.line));
}

QJsonObject sourceJson(const Source &s)
{
    return {{"id", s.id},
            {"kind", s.kind},
            {"title", s.title},
            {"outlet", s.outlet},
            {"author", textOrNull(s.author)},
            {"date", textOrNull(s.date)},
            {"date_basis", s.dateBasis},
            {"seed_file", s.seedFile}};
}

QJsonObject bodyJson(const Body &b)
{
    QJsonObject object{{"id", b.id},
                       {"name", b.name},
                       {"acronym", textOrNull(b.acronym)},
                       {"kind", b.kind},
                       {"status", b.status},
                       {"status_evidence", QJsonArray::fromStringList(b.statusEvidence)},
                       {"role", b.role},
                       {"layer", b.layer},
                       {"code", textOrNull(b.code)},
                       {"ons_code", textOrNull(b.onsCode)},
                       {"postcode", textOrNull(b.postcode)}};
    addDataRow(object, b.row);
    return object;
}

QJsonObject personJson(const Person &p)
{
    return {{"id", p.id},
            {"name", p.name},
            {"post", textOrNull(p.post)},
            {"organisation", textOrNull(p.organisation)}};
}

QJsonObject relationJson(const Relation &r)
{
    QJsonObject object{{"id", r.id},      {"from", r.from},     {"to", r.to},
                       {"type", r.type},  {"status", r.status}, {"description", r.description},
                       {"layer", r.layer}};
    addDataRow(object, r.row);
    return object;
}

QJsonObject quoteJson(const Quote &q)
{
    return {{"id", q.id},
            {"text", q.text},
            {"source", q.source},
            // As for positions: a person when one spoke, else the institution, else null for
            // the article's own narration; speaker_kind says which.
            {"speaker", textOrNull(q.speaker.isEmpty() ? q.speakingBody : q.speaker)},
            {"speaker_kind", !q.speaker.isEmpty()        ? QJsonValue(QStringLiteral("person"))
                             : !q.speakingBody.isEmpty() ? QJsonValue(QStringLiteral("body"))
                                                         : QJsonValue()},
            {"speaking_body", textOrNull(q.speakingBody)},
            {"bodies", QJsonArray::fromStringList(q.bodies)},
            {"relations", QJsonArray::fromStringList(q.relations)}};
}

QJsonObject topicJson(const Topic &t)
{
    return {
        {"id", t.id}, {"question", t.question}, {"about", t.body.isEmpty() ? t.relation : t.body}};
}

QJsonObject eventJson(const Event &e)
{
    return {{"id", e.id},
            {"title", e.title},
            {"date", textOrNull(e.date)},
            {"date_basis", e.dateBasis},
            {"description", e.description},
            {"quotes", QJsonArray::fromStringList(e.quotes)}};
}

QJsonObject glossaryJson(const GlossaryEntry &g)
{
    return {{"term", g.term},
            {"expansion", textOrNull(g.expansion)},
            {"source", g.source},
            {"quote", g.quote}};
}

QJsonObject statusChangeJson(const StatusChange &c)
{
    return {{"id", c.id},
            {"about", c.body.isEmpty() ? c.relation : c.body},
            {"status", c.status},
            {"date", c.date},
            {"date_basis", c.dateBasis},
            {"quote", c.quote}};
}

} // namespace

QByteArray exportJson(const Dataset &dataset)
{
    // "speaker" of a position is who held it: a person's id, else a body's; "about" is the
    // body or relation its topic is about.
    const auto positionJson = [&](const Position &p) {
        const Topic *topic = dataset.topic(p.topic);
        return QJsonObject{
            {"id", p.id},
            {"topic", p.topic},
            {"speaker", p.holderPerson.isEmpty() ? p.holderBody : p.holderPerson},
            {"speaker_kind", p.holderPerson.isEmpty() ? "body" : "person"},
            {"source", p.source},
            {"date", textOrNull(p.date)},
            {"date_basis", p.dateBasis},
            {"about", topic ? (topic->body.isEmpty() ? topic->relation : topic->body) : QString()},
            {"stance", p.stance},
            {"quotes", QJsonArray::fromStringList(p.quotes)}};
    };
    // A tour carries its steps, in order, as ARCHITECTURE.md's "tours" (with ordered "steps").
    const auto tourJson = [&](const Tour &t) {
        QJsonArray steps;
        for (const TourStep *step : dataset.stepsOf(t.id)) {
            steps.append(QJsonObject{{"id", step->id},
                                     {"title", step->title},
                                     {"caption", step->caption},
                                     {"focus", textOrNull(step->focus)},
                                     {"as_at", textOrNull(step->asAt)},
                                     {"quote", step->quote},
                                     {"bodies", QJsonArray::fromStringList(step->bodies)},
                                     {"relations", QJsonArray::fromStringList(step->relations)}});
        }
        return QJsonObject{{"id", t.id}, {"title", t.title}, {"steps", steps}};
    };
    const QJsonObject root{{"schema_version", dataset.schemaVersion()},
                           {"layers", arrayOf(dataset.layers(), layerJson)},
                           {"sources", arrayOf(dataset.sources(), sourceJson)},
                           {"bodies", arrayOf(dataset.bodies(), bodyJson)},
                           {"people", arrayOf(dataset.people(), personJson)},
                           {"relations", arrayOf(dataset.relations(), relationJson)},
                           {"quotes", arrayOf(dataset.quotes(), quoteJson)},
                           {"topics", arrayOf(dataset.topics(), topicJson)},
                           {"positions", arrayOf(dataset.positions(), positionJson)},
                           {"events", arrayOf(dataset.events(), eventJson)},
                           {"glossary", arrayOf(dataset.glossary(), glossaryJson)},
                           {"status_history", arrayOf(dataset.statusHistory(), statusChangeJson)},
                           {"tours", arrayOf(dataset.tours(), tourJson)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace nhsx
