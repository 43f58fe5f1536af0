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

QJsonObject sourceJson(const Source &s)
{
    return {{"id", s.id},
            {"title", s.title},
            {"outlet", s.outlet},
            {"author", textOrNull(s.author)},
            {"date", textOrNull(s.date)},
            {"date_basis", s.dateBasis},
            {"seed_file", s.seedFile}};
}

QJsonObject bodyJson(const Body &b)
{
    return {{"id", b.id},
            {"name", b.name},
            {"acronym", textOrNull(b.acronym)},
            {"kind", b.kind},
            {"status", b.status},
            {"status_evidence", QJsonArray::fromStringList(b.statusEvidence)},
            {"role", b.role}};
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
    return {{"id", r.id},     {"from", r.from},     {"to", r.to},
            {"type", r.type}, {"status", r.status}, {"description", r.description}};
}

QJsonObject quoteJson(const Quote &q)
{
    return {{"id", q.id},
            {"text", q.text},
            {"source", q.source},
            {"speaker", textOrNull(q.speaker)},
            {"bodies", QJsonArray::fromStringList(q.bodies)},
            {"relations", QJsonArray::fromStringList(q.relations)}};
}

} // namespace

QByteArray exportJson(const Dataset &dataset)
{
    const QJsonObject root{{"schema_version", dataset.schemaVersion()},
                           {"sources", arrayOf(dataset.sources(), sourceJson)},
                           {"bodies", arrayOf(dataset.bodies(), bodyJson)},
                           {"people", arrayOf(dataset.people(), personJson)},
                           {"relations", arrayOf(dataset.relations(), relationJson)},
                           {"quotes", arrayOf(dataset.quotes(), quoteJson)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace nhsx
