#include "datasetloader.h"

#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <memory>

namespace nhsx {

namespace {

/** The context of the loader's messages in the translation catalogue. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::DatasetLoader)
};

LoadResult failure(const QString &name, const QString &problem)
{
    return LoadResult{std::nullopt, LoadError{name, problem}};
}

/** The tables the loader reads; each must be a table, not a view. */
const char *const kTables[] = {
    "layers",          "sources",         "bodies",           "people",
    "relations",       "quotes",          "topics",           "positions",
    "events",          "glossary",        "quote_bodies",     "quote_relations",
    "status_evidence", "position_quotes", "event_quotes",     "status_history",
    "tours",           "tour_steps",      "tour_step_bodies", "tour_step_relations"};

/**
 * Longest value read, in UTF-8 bytes: a source's full text, and anything else. The longest in
 * the bundled dataset are about 30 KB and 1 KB; a file with megabytes in a name is not ours,
 * and would make the panel unusable.
 */
constexpr qint64 kMaxSourceTextBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxFieldBytes = 64 * 1024;

/** Virtual machine steps the whole load may take: the bundled dataset takes about 100,000. */
constexpr qint64 kMaxLoadSteps = 200'000'000;

/**
 * Most rows read from one table. The graph is laid out whole, and Graphviz takes seconds at a
 * few thousand bodies and far longer beyond: a larger file would leave the window hanging.
 */
constexpr qsizetype kMaxBodies = 10'000;
constexpr qsizetype kMaxRelations = 20'000;
constexpr qsizetype kMaxRows = 100'000;

/**
 * Whether the bytes start like an SQLite database: SQLite itself takes a short or foreign file
 * for an empty database, and would report only a wrong application_id.
 */
bool looksLikeSqlite(QByteArrayView start, QString *error)
{
    constexpr qsizetype kHeaderBytes = 100; // the database header; the smallest page is 512
    if (start.size() < kHeaderBytes) {
        *error = Text::tr("not a readable SQLite database (only %1 bytes long)").arg(start.size());
        return false;
    }
    if (!start.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *error = Text::tr("not a readable SQLite database (it does not start with "
                          "\"SQLite format 3\")");
        return false;
    }
    return true;
}

bool checkTablesAreTables(SqliteDatabase &db, QString *error)
{
    for (const char *table : kTables) {
        SqliteStatement statement(db, QStringLiteral("SELECT type FROM sqlite_schema WHERE "
                                                     "name = ?1 COLLATE NOCASE"));
        statement.bind(1, QString::fromLatin1(table));
        if (!statement.next()) {
            *error = statement.error().isEmpty()
                         ? Text::tr("it has no table '%1'").arg(QLatin1String(table))
                         : statement.error();
            return false;
        }
        if (const QString type = statement.text(0); type != QLatin1String("table")) {
            //: %2 is SQLite's word for what the name is instead: view, index or trigger.
            *error = Text::tr("'%1' is a %2, not a table").arg(QLatin1String(table), type);
            return false;
        }
    }
    return true;
}

/** Reads every row of a query; fills error and returns false when the query fails. */
template <typename RowReader>
bool readRows(SqliteDatabase &db, const QString &sql, QString *error, RowReader readRow,
              qsizetype maxRows = kMaxRows, qint64 maxBytes = kMaxFieldBytes)
{
    SqliteStatement statement(db, sql);
    for (qsizetype rows = 0; statement.next(); ++rows) {
        if (rows == maxRows) {
            *error = Text::tr("more than %1 rows in one table, more than this program "
                              "reads (query: %2)")
                         .arg(QString::number(maxRows), sql);
            return false;
        }
        for (int column = 0; column < statement.columnCount(); ++column) {
            if (const qint64 bytes = statement.bytes(column); bytes > maxBytes) {
                *error = Text::tr("row '%1': a value is %2 bytes long, more than the %3 "
                                  "this program reads (query: %4)")
                             // One arg() call: a %1 inside the row's id is not a placeholder.
                             .arg(statement.text(0).left(80), QString::number(bytes),
                                  QString::number(maxBytes), sql);
                return false;
            }
        }
        readRow(statement);
    }
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

/** A data row's line; a line that is not a whole number reads as 0, which validation reports. */
int lineNumber(const SqliteStatement &s, int column)
{
    bool ok = false;
    const int line = QLatin1StringView(s.utf8(column)).toInt(&ok);
    return ok ? line : 0;
}

/**
 * Reads a column whose value mostly repeats from one row to the next (a kind, a status, a layer,
 * a source file): a repeat shares the text made before instead of making it again, which at
 * 8,000 rows saves time and memory.
 */
class RepeatedText
{
public:
    explicit RepeatedText(int column) : mColumn(column) {}

    QString operator()(const SqliteStatement &s)
    {
        const QByteArrayView bytes = s.utf8(mColumn);
        if (bytes.isNull())
            return {};
        if (mText.isNull() || bytes != QByteArrayView(mBytes)) {
            mBytes = bytes.toByteArray();
            mText = QString::fromUtf8(bytes);
        }
        return mText;
    }

private:
    int mColumn;
    QByteArray mBytes;
    QString mText;
};

const QString kLayersAtStart = QStringLiteral("(SELECT id FROM layers WHERE on_demand = 0)");
const QString kLayersOnDemand = QStringLiteral("(SELECT id FROM layers WHERE on_demand = 1)");
/** What an outline leaves out of the layers on demand: the practices, and their memberships. */
const QString kLeftOutKind = QStringLiteral("GP practice");
const QString kLeftOutType = QStringLiteral("is a member of");

/** Which rows of the bodies table a load reads. */
QString bodiesRead(LayerChoice layers)
{
    switch (layers) {
    case LayerChoice::AtStart:
        return QStringLiteral(" WHERE layer IN %1").arg(kLayersAtStart);
    case LayerChoice::Outline:
        // Rowids from the indexes (schema.sql): "<>" and "OR" alone scan the whole table.
        return QStringLiteral(" WHERE rowid IN (SELECT rowid FROM bodies WHERE layer IN %1 "
                              "UNION ALL SELECT rowid FROM bodies WHERE kind < '%2' "
                              "UNION ALL SELECT rowid FROM bodies WHERE kind > '%2')")
            .arg(kLayersAtStart, kLeftOutKind);
    case LayerChoice::Every:
        break;
    }
    return {};
}

/** Which rows of the relations table a load reads. */
QString relationsRead(LayerChoice layers)
{
    switch (layers) {
    case LayerChoice::AtStart:
        return QStringLiteral(" WHERE layer IN %1").arg(kLayersAtStart);
    case LayerChoice::Outline:
        return QStringLiteral(" WHERE rowid IN (SELECT rowid FROM relations WHERE layer IN %1 "
                              "UNION ALL SELECT rowid FROM relations WHERE type < '%2' "
                              "UNION ALL SELECT rowid FROM relations WHERE type > '%2')")
            .arg(kLayersAtStart, kLeftOutType);
    case LayerChoice::Every:
        break;
    }
    return {};
}

/**
 * Counts the memberships an outline leaves out, by container. Counted here, not grouped in SQL,
 * which sorts them; the index gives each container's rows one after another.
 */
bool countUnreadMembers(SqliteDatabase &db, DatasetContent &c, QString *error)
{
    QHash<QByteArray, qsizetype> index;
    QByteArray last;
    qsizetype lastIndex = -1;
    return readRows(db,
                    QStringLiteral("SELECT to_body FROM relations WHERE type = '%1' "
                                   "AND layer IN %2 AND from_body <> to_body")
                        .arg(kLeftOutType, kLayersOnDemand),
                    error, [&](const SqliteStatement &s) {
                        const QByteArrayView container = s.utf8(0);
                        if (lastIndex < 0 || container != QByteArrayView(last)) {
                            last = container.toByteArray();
                            auto known = index.constFind(last);
                            if (known == index.cend()) {
                                known = index.insert(last, c.unreadMembers.size());
                                c.unreadMembers.append({QString::fromUtf8(last), kLeftOutKind, 0});
                            }
                            lastIndex = *known;
                        }
                        ++c.unreadMembers[lastIndex].count;
                    });
}

/** Drops the relations an outline read whose other end it left out. */
void dropRelationsLeftHalfRead(DatasetContent &c)
{
    QSet<QString> read;
    read.reserve(c.bodies.size());
    for (const Body &body : std::as_const(c.bodies))
        read.insert(body.id);
    c.relations.removeIf([&read](const Relation &relation) {
        return !read.contains(relation.from) || !read.contains(relation.to);
    });
}

/**
 * Makes room for every row of a table at once when a load reads them all: growing a list of
 * 8,000 bodies step by step moved each of them several times. Other loads read a few hundred.
 */
template <typename Row>
bool reserveRows(SqliteDatabase &db, QList<Row> &rows, QLatin1StringView table, LayerChoice layers,
                 qsizetype maxRows, QString *error)
{
    if (layers != LayerChoice::Every)
        return true;
    const auto count = db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table), error);
    if (!count)
        return false;
    rows.reserve(qsizetype(std::min<qint64>(*count, maxRows)));
    return true;
}

bool readTables(SqliteDatabase &db, DatasetContent &c, LayerChoice layers, QString *error)
{
    return readRows(db,
                    "SELECT id, name, description, attribution, on_demand FROM layers "
                    "ORDER BY rowid",
                    error,
                    [&](const SqliteStatement &s) {
                        const bool onDemand = s.text(4) == u"1";
                        c.layers.append({s.text(0), s.text(1), s.text(2), s.text(3), onDemand,
                                         !onDemand || layers == LayerChoice::Every});
                    }) &&
           readRows(
               db,
               "SELECT id, title, outlet, author, date, date_basis, seed_file, full_text, kind "
               "FROM sources ORDER BY rowid",
               error,
               [&](const SqliteStatement &s) {
                   c.sources.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),
                                     s.text(5), s.text(6), s.text(7), s.text(8)});
               },
               kMaxRows, kMaxSourceTextBytes) &&
           reserveRows(db, c.bodies, QLatin1StringView("bodies"), layers, kMaxBodies, error) &&
           readRows(
               db,
               QStringLiteral(
                   "SELECT id, name, acronym, kind, status, role, layer, code, ons_code, "
                   "postcode, source, source_line FROM bodies%1 ORDER BY rowid")
                   .arg(bodiesRead(layers)),
               error,
               [&, kind = RepeatedText(3), status = RepeatedText(4), role = RepeatedText(5),
                layer = RepeatedText(6),
                source = RepeatedText(10)](const SqliteStatement &s) mutable {
                   c.bodies.append({s.text(0),
                                    s.text(1),
                                    s.text(2),
                                    kind(s),
                                    status(s),
                                    role(s),
                                    {},
                                    layer(s),
                                    s.text(7),
                                    s.text(8),
                                    s.text(9),
                                    DataRow{source(s), lineNumber(s, 11)}});
               },
               kMaxBodies) &&
           readRows(db, "SELECT id, name, post, organisation FROM people ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        c.people.append({s.text(0), s.text(1), s.text(2), s.text(3)});
                    }) &&
           reserveRows(db, c.relations, QLatin1StringView("relations"), layers, kMaxRelations,
                       error) &&
           readRows(
               db,
               QStringLiteral("SELECT id, from_body, to_body, type, status, description, source, "
                              "source_line, layer FROM relations%1 ORDER BY rowid")
                   .arg(relationsRead(layers)),
               error,
               [&, to = RepeatedText(2), type = RepeatedText(3), status = RepeatedText(4),
                description = RepeatedText(5), source = RepeatedText(6),
                layer = RepeatedText(8)](const SqliteStatement &s) mutable {
                   c.relations.append({s.text(0), s.text(1), to(s), type(s), status(s),
                                       description(s), DataRow{source(s), lineNumber(s, 7)},
                                       layer(s)});
               },
               kMaxRelations) &&
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
                    }) &&
           readRows(db,
                    "SELECT id, body, relation, status, date, date_basis, quote "
                    "FROM status_history ORDER BY rowid",
                    error,
                    [&](const SqliteStatement &s) {
                        c.statusHistory.append({s.text(0), s.text(1), s.text(2), s.text(3),
                                                s.text(4), s.text(5), s.text(6)});
                    }) &&
           readRows(db, "SELECT id, title FROM tours ORDER BY rowid", error,
                    [&](const SqliteStatement &s) {
                        c.tours.append({s.text(0), s.text(1)});
                    }) &&
           readRows(db,
                    "SELECT id, tour, ordinal, title, caption, focus, as_at, quote "
                    "FROM tour_steps ORDER BY rowid",
                    error, [&](const SqliteStatement &s) {
                        c.tourSteps.append({s.text(0),
                                            s.text(1),
                                            static_cast<int>(s.integer(2)),
                                            s.text(3),
                                            s.text(4),
                                            s.text(5),
                                            s.text(6),
                                            s.text(7),
                                            {},
                                            {}});
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
                    linker(c.events, &Event::quotes)) &&
           readRows(db, "SELECT step, body FROM tour_step_bodies ORDER BY rowid", error,
                    linker(c.tourSteps, &TourStep::bodies)) &&
           readRows(db, "SELECT step, relation FROM tour_step_relations ORDER BY rowid", error,
                    linker(c.tourSteps, &TourStep::relations));
}

} // namespace

LoadResult loadDataset(SqliteDatabase &db, const QString &name, LayerChoice layers)
{
    QString error;
    const auto applicationId = db.queryInt(QStringLiteral("PRAGMA application_id"), &error);
    if (!applicationId)
        return failure(name, Text::tr("not a readable SQLite database (%1)").arg(error));
    if (*applicationId != kApplicationId) {
        return failure(name, Text::tr("not an NHS Commissioning Explorer dataset "
                                      "(application_id is %1, expected %2)")
                                 .arg(*applicationId)
                                 .arg(kApplicationId));
    }
    const auto version = db.queryInt(QStringLiteral("PRAGMA user_version"), &error);
    if (!version)
        return failure(name, Text::tr("cannot read the schema version (%1)").arg(error));
    if (*version != kSchemaVersion) {
        return failure(name, Text::tr("schema version %1, but this program reads version %2")
                                 .arg(*version)
                                 .arg(kSchemaVersion));
    }
    DatasetContent content;
    content.schemaVersion = static_cast<int>(*version);
    const SqliteWorkLimit limit(db, kMaxLoadSteps);
    if (!checkTablesAreTables(db, &error) || !readTables(db, content, layers, &error) ||
        !readLinks(db, content, &error) ||
        (layers == LayerChoice::Outline && !countUnreadMembers(db, content, &error)))
        return failure(name, Text::tr("cannot read the dataset: %1").arg(error));
    if (layers == LayerChoice::Outline)
        dropRelationsLeftHalfRead(content);
    return LoadResult{Dataset(std::move(content)), {}};
}

LoadResult loadDatasetFile(const QString &path, LayerChoice layers)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, Text::tr("no such file"));
    if (!info.isFile())
        return failure(path, Text::tr("not a regular file"));
    if (!info.isReadable())
        return failure(path, Text::tr("permission denied"));
    if (info.size() == 0)
        return failure(path, Text::tr("the file is empty, not a dataset"));
    QString error;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(path, Text::tr("cannot read: %1").arg(file.errorString()));
        if (!looksLikeSqlite(file.read(100), &error))
            return failure(path, error);
    }
    auto db = SqliteDatabase::openReadOnly(path, &error);
    if (!db)
        return failure(path, Text::tr("cannot open: %1").arg(error));
    return loadDataset(*db, path, layers);
}

LoadResult loadDatasetImage(QByteArrayView image, const QString &name, LayerChoice layers)
{
    QString error;
    if (!looksLikeSqlite(image, &error))
        return failure(name, error);
    auto db = SqliteDatabase::fromImage(image, &error);
    if (!db)
        return failure(name, Text::tr("cannot open: %1").arg(error));
    return loadDataset(*db, name, layers);
}

} // namespace nhsx
