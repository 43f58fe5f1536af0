#include "datasetloader.h"

#include "sqlite.h"

#include <QFileInfo>

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

bool readContent(SqliteDatabase &db, DatasetContent &c, QString *error)
{
    QHash<QString, Body *> bodies;
    QHash<QString, Quote *> quotes;
    bool ok =
        readRows(db,
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
        readRows(db, "SELECT id, source, speaker, text FROM quotes ORDER BY rowid", error,
                 [&](const SqliteStatement &s) {
                     c.quotes.append({s.text(0), s.text(1), s.text(2), s.text(3), {}, {}});
                 });
    if (!ok)
        return false;

    for (Body &body : c.bodies)
        bodies.insert(body.id, &body);
    for (Quote &quote : c.quotes)
        quotes.insert(quote.id, &quote);
    // Links to rows that do not exist are kept: validation reports them by name.
    const auto linkQuote = [&](const QString &quoteId, auto member, const QString &target) {
        if (Quote *quote = quotes.value(quoteId))
            (quote->*member).append(target);
    };
    return readRows(db, "SELECT quote, body FROM quote_bodies ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        linkQuote(s.text(0), &Quote::bodies, s.text(1));
                    }) &&
           readRows(db, "SELECT quote, relation FROM quote_relations ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        linkQuote(s.text(0), &Quote::relations, s.text(1));
                    }) &&
           readRows(db, "SELECT body, quote FROM status_evidence ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        if (Body *body = bodies.value(s.text(0)))
                            body->statusEvidence.append(s.text(1));
                    });
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
    if (!readContent(db, content, &error))
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
