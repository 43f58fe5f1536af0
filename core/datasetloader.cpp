#include "datasetloader.h"

#include "sqlite.h"

#include <QFileInfo>
#include <memory>

namespace nhsx {

namespace {

LoadResult failure(const QString &name, const QString &problem)
{
    return LoadResult{std::nullopt, LoadError{name, problem}};
}

/** Reads every row of a query; fills error and returns false when the query fails. */
template <typename RowReader>
bool readRows(SqliteDatabase &db, const QString &sql, QString *error, RowReader readRow)
{
    SqliteStatement statement(db, sql);
    while (statement.next())
        readRow(statement);
    if (!statement.error().isEmpty()) {
        *error = statement.error();
        return false;
    }
    return true;
}

/** Appends a link (quote -> body, position -> quote, ...) to the row it starts from, if any. */
template <typename Row> auto linker(QList<Row> &rows, QStringList Row::*member)
{
    auto index = std::make_shared<QHash<QString, Row *>>();
    for (Row &row : rows)
        index->insert(row.id, &row);
    return [index, member](const SqliteStatement &s) {
        // A link from a row that does not exist is dropped; links to rows that do not exist are
        // kept, so that validation reports them by name.
        if (Row *row = index->value(s.text(0)))
            (row->*member).append(s.text(1));
    };
}

bool readTables(SqliteDatabase &db, DatasetContent &c, QString *error)
{
    return readRows(db,
                    "SELECT id, title, outlet, author, date, date_basis, seed_file, full_text "
                    "FROM sources ORDER BY rowid",
                    error,
                    [&](const SqliteStatement &s) {
                        c.sources.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),
                                          s.text(5), s.text(6), s.text(7)});
                    }) &&
           readRows(db, "SELECT id, name, acronym, kind, status, role FROM bodies ORDER BY rowid",
                    error,
                    [&](const SqliteStatement &s) {
                        c.bodies.append(
                            {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), {}});
                    }) &&
           readRows(db, "SELECT id, name, post, organisation FROM people ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        c.people.append({s.text(0), s.text(1), s.text(2), s.text(3)});
                    }) &&
           readRows(db,
                    "SELECT id, from_body, to_body, type, status, description FROM relations "
                    "ORDER BY rowid",
                    error,
                    [&](const SqliteStatement &s) {
                        c.relations.append(
                            {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
                    }) &&
           readRows(
               db, "SELECT id, source, speaker, speaking_body, text FROM quotes ORDER BY rowid",
               error,
               [&](const SqliteStatement &s) {
                   c.quotes.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), {}, {}});
               }) &&
           readRows(db, "SELECT id, question, body, relation FROM topics ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        c.topics.append({s.text(0), s.text(1), s.text(2), s.text(3)});
                    }) &&
           readRows(db,
                    "SELECT id, topic, holder_person, holder_body, source, date, date_basis, "
                    "stance FROM positions ORDER BY rowid",
                    error,
                    [&](const SqliteStatement &s) {
                        c.positions.append({s.text(0),
                                            s.text(1),
                                            s.text(2),
                                            s.text(3),
                                            s.text(4),
                                            s.text(5),
                                            s.text(6),
                                            s.text(7),
                                            {}});
                    }) &&
           readRows(
               db, "SELECT id, title, date, date_basis, description FROM events ORDER BY rowid",
               error,
               [&](const SqliteStatement &s) {
                   c.events.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), {}});
               }) &&
           readRows(db, "SELECT term, expansion, source, quote FROM glossary ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        c.glossary.append({s.text(0), s.text(1), s.text(2), s.text(3)});
                    });
}

bool readLinks(SqliteDatabase &db, DatasetContent &c, QString *error)
{
    return readRows(db, "SELECT quote, body FROM quote_bodies ORDER BY rowid", error,
                    linker(c.quotes, &Quote::bodies)) &&
           readRows(db, "SELECT quote, relation FROM quote_relations ORDER BY rowid", error,
                    linker(c.quotes, &Quote::relations)) &&
           readRows(db, "SELECT body, quote FROM status_evidence ORDER BY rowid", error,
                    linker(c.bodies, &Body::statusEvidence)) &&
           readRows(db, "SELECT position, quote FROM position_quotes ORDER BY rowid", error,
                    linker(c.positions, &Position::quotes)) &&
           readRows(db, "SELECT event, quote FROM event_quotes ORDER BY rowid", error,
                    linker(c.events, &Event::quotes));
}

} // namespace

LoadResult loadDataset(SqliteDatabase &db, const QString &name)
{
    QString error;
    const auto applicationId = db.queryInt(QStringLiteral("PRAGMA application_id"), &error);
    if (!applicationId)
        return failure(name, QStringLiteral("not a readable SQLite database (%1)").arg(error));
    if (*applicationId != kApplicationId) {
        return failure(name, QStringLiteral("not an NHS Commissioning Explorer dataset "
                                            "(application_id is %1, expected %2)")
                                 .arg(*applicationId)
                                 .arg(kApplicationId));
    }
    const auto version = db.queryInt(QStringLiteral("PRAGMA user_version"), &error);
    if (!version)
        return failure(name, QStringLiteral("cannot read the schema version (%1)").arg(error));
    if (*version != kSchemaVersion) {
        return failure(name, QStringLiteral("schema version %1, but this program reads version %2")
                                 .arg(*version)
                                 .arg(kSchemaVersion));
    }
    DatasetContent content;
    content.schemaVersion = static_cast<int>(*version);
    if (!readTables(db, content, &error) || !readLinks(db, content, &error))
        return failure(name, QStringLiteral("cannot read the dataset: %1").arg(error));
    return LoadResult{Dataset(std::move(content)), {}};
}

LoadResult loadDatasetFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QStringLiteral("no such file"));
    if (!info.isFile())
        return failure(path, QStringLiteral("not a regular file"));
    if (!info.isReadable())
        return failure(path, QStringLiteral("permission denied"));
    QString error;
    auto db = SqliteDatabase::openReadOnly(path, &error);
    if (!db)
        return failure(path, QStringLiteral("cannot open: %1").arg(error));
    return loadDataset(*db, path);
}

LoadResult loadDatasetImage(QByteArrayView image, const QString &name)
{
    QString error;
    auto db = SqliteDatabase::fromImage(image, &error);
    if (!db)
        return failure(name, QStringLiteral("cannot open: %1").arg(error));
    return loadDataset(*db, name);
}

} // namespace nhsx
