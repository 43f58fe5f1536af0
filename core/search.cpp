#include "search.h"

#include "sqlite.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <limits>

namespace nhsx {

struct SearchIndex::Private
{
    std::optional<SqliteDatabase> db;
};

namespace {

void add(SqliteDatabase &db, const QString &id, const char *field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    SqliteStatement insert(
        db, QStringLiteral("INSERT INTO docs (item, field, text) VALUES (?1, ?2, ?3)"));
    insert.bind(1, id);
    insert.bind(2, QString::fromLatin1(field));
    insert.bind(3, text);
    insert.next();
}

/** Each word of the text as an FTS5 prefix query, all required: "senat"* "veto"* */
QString ftsQuery(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(nonWord, Qt::SkipEmptyParts))
        terms << QStringLiteral("\"%1\"*").arg(QString(word).replace('"', QStringLiteral("\"\"")));
    return terms.join(QLatin1Char(' '));
}

} // namespace

SearchIndex::SearchIndex(const Dataset &dataset) : d(std::make_unique<Private>())
{
    QString error;
    d->db = SqliteDatabase::openForWriting(QStringLiteral(":memory:"), &error);
    if (!d->db ||
        !d->db->exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(item UNINDEXED, field "
                                    "UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');"
                                    "BEGIN;"),
                     &error)) {
        d->db.reset();
        return;
    }
    SqliteDatabase &db = *d->db;
    for (const Body &body : dataset.bodies()) {
        add(db, body.id, "name", body.name);
        add(db, body.id, "acronym", body.acronym);
        add(db, body.id, "role", body.role);
    }
    for (const Relation &relation : dataset.relations()) {
        add(db, relation.id, "name", relation.type);
        add(db, relation.id, "description", relation.description);
    }
    for (const Quote &quote : dataset.quotes()) {
        const QString speaker = dataset.speakerName(quote);
        for (const QStringList *targets : {&quote.bodies, &quote.relations}) {
            for (const QString &target : *targets) {
                add(db, target, "quote", quote.text);
                add(db, target, "speaker", speaker);
            }
        }
    }
    db.exec(QStringLiteral("COMMIT"), &error);
}

SearchIndex::~SearchIndex() = default;

QList<SearchHit> SearchIndex::search(const QString &text, int limit) const
{
    const QString query = ftsQuery(text);
    if (!d->db || query.isEmpty())
        return {};
    SqliteStatement select(*d->db,
                           QStringLiteral("SELECT item, field, snippet(docs, 2, char(2), char(3), "
                                          "'…', 14) FROM docs WHERE docs MATCH ?1 ORDER BY rank"));
    select.bind(1, query);
    QList<SearchHit> hits;
    QSet<QString> seen;
    while (hits.size() < limit && select.next()) {
        const QString key = select.text(0) + QChar(0) + select.text(1);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        hits.append({select.text(0), select.text(1), select.text(2)});
    }
    return hits;
}

SearchResult SearchIndex::find(const QString &text,
                               const std::function<bool(const QString &)> &accept,
                               int listLimit) const
{
    const QString query = ftsQuery(text);
    if (!d->db || query.isEmpty())
        return {};
    SearchResult result;
    QSet<QString> matched, listedKeys;
    QList<qint64> listedRows;
    {
        SqliteStatement select(*d->db, QStringLiteral("SELECT item, field, rowid FROM docs "
                                                      "WHERE docs MATCH ?1 ORDER BY rank"));
        select.bind(1, query);
        while (select.next()) {
            const QString id = select.text(0);
            if (!accept(id))
                continue;
            if (!matched.contains(id)) {
                matched.insert(id);
                result.ids.append(id);
            }
            if (listedRows.size() >= listLimit)
                continue;
            const QString key = id + QChar(0) + select.text(1);
            if (listedKeys.contains(key))
                continue;
            listedKeys.insert(key);
            listedRows.append(select.integer(2));
            result.listed.append({id, select.text(1), {}});
        }
    }
    if (listedRows.isEmpty())
        return result;
    // The listed rows' snippets in one pass; "+rowid" keeps the row list a filter, so SQLite
    // does not run the whole MATCH again for each row.
    QStringList rowList;
    for (qint64 row : std::as_const(listedRows))
        rowList.append(QString::number(row));
    SqliteStatement snippets(
        *d->db, QStringLiteral("SELECT rowid, snippet(docs, 2, char(2), char(3), '…', 14) FROM "
                               "docs WHERE docs MATCH ?1 AND +rowid IN (SELECT value FROM "
                               "json_each(?2))"));
    snippets.bind(1, query);
    snippets.bind(2, QStringLiteral("[%1]").arg(rowList.join(QLatin1Char(','))));
    QHash<qint64, QString> snippetOf;
    while (snippets.next())
        snippetOf.insert(snippets.integer(0), snippets.text(1));
    for (qsizetype i = 0; i < listedRows.size(); ++i)
        result.listed[i].snippet = snippetOf.value(listedRows[i]);
    return result;
}

QStringList SearchIndex::matchingIds(const QString &text) const
{
    return find(
               text, [](const QString &) { return true; }, std::numeric_limits<int>::max())
        .ids;
}

} // namespace nhsx
