#include "search.h"

#include "sqlite.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <iterator>
#include <limits>

namespace nhsx {

namespace {

/** The fields a hit can be in; the index stores each as its number here. */
const char *const kFields[] = {"name", "acronym", "role", "description", "quote", "speaker"};
enum Field : qint64 { Name, Acronym, Role, Description, QuoteText, Speaker };

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

struct SearchIndex::Private
{
    std::optional<SqliteDatabase> db;
    // The index stores an id's number, not its text: a common prefix matches thousands of
    // rows, and reading numbers spares a string made for each.
    QStringList ids;
    QHash<QString, qint64> idNumbers;

    qint64 numberOf(const QString &id)
    {
        if (const auto found = idNumbers.constFind(id); found != idNumbers.cend())
            return *found;
        idNumbers.insert(id, ids.size());
        ids.append(id);
        return ids.size() - 1;
    }
};

SearchIndex::SearchIndex(const Dataset &dataset) : d(std::make_unique<Private>())
{
    QString error;
    d->db = SqliteDatabase::openForWriting(QStringLiteral(":memory:"), &error);
    if (!d->db ||
        !d->db->exec(
            QStringLiteral(
                "CREATE VIRTUAL TABLE docs USING fts5(item UNINDEXED, field "
                "UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');"
                "BEGIN;"),
            &error)) {
        d->db.reset();
        return;
    }
    SqliteStatement insert(
        *d->db, QStringLiteral("INSERT INTO docs (item, field, text) VALUES (?1, ?2, ?3)"));
    const auto add = [&](const QString &id, Field field, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        insert.reset();
        insert.bind(1, d->numberOf(id));
        insert.bind(2, qint64(field));
        insert.bind(3, text);
        insert.next();
    };
    for (const Body &body : dataset.bodies()) {
        add(body.id, Name, body.name);
        add(body.id, Acronym, body.acronym);
        add(body.id, Role, body.role);
    }
    for (const Relation &relation : dataset.relations()) {
        add(relation.id, Name, relation.type);
        add(relation.id, Description, relation.description);
    }
    for (const Quote &quote : dataset.quotes()) {
        const QString speaker = dataset.speakerName(quote);
        for (const QStringList *targets : {&quote.bodies, &quote.relations}) {
            for (const QString &target : *targets) {
                add(target, QuoteText, quote.text);
                add(target, Speaker, speaker);
            }
        }
    }
    d->db->exec(QStringLiteral("COMMIT"), &error);
}

SearchIndex::~SearchIndex() = default;

QList<SearchHit> SearchIndex::search(const QString &text, int limit) const
{
    return find(
               text, [](const QString &) { return true; }, limit)
        .listed;
}

SearchResult SearchIndex::find(const QString &text,
                               const std::function<bool(const QString &)> &accept,
                               int listLimit) const
{
    const QString query = ftsQuery(text);
    if (!d->db || query.isEmpty())
        return {};
    struct Row
    {
        qint64 id, field, rowid;
        double rank;
    };
    // Ranked here, not by "ORDER BY rank": FTS5 then reads each row again in rank order, which
    // more than doubles the time when a common prefix matches thousands.
    QList<Row> rows;
    QList<signed char> accepted(d->ids.size(), -1); // -1: not asked yet
    {
        SqliteStatement select(*d->db, QStringLiteral("SELECT item, field, rowid, rank FROM docs "
                                                      "WHERE docs MATCH ?1"));
        select.bind(1, query);
        while (select.next()) {
            const qint64 id = select.integer(0);
            if (id < 0 || id >= d->ids.size())
                continue;
            if (accepted[id] < 0)
                accepted[id] = accept(d->ids[id]) ? 1 : 0;
            if (accepted[id])
                rows.append({id, select.integer(1), select.integer(2), select.real(3)});
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.rank < b.rank; });
    SearchResult result;
    QList<bool> matched(d->ids.size(), false);
    QSet<qint64> listedKeys;
    QList<qint64> listedRows;
    constexpr qint64 kFieldCount = std::size(kFields);
    for (const Row &row : std::as_const(rows)) {
        if (!matched[row.id]) {
            matched[row.id] = true;
            result.ids.append(d->ids[row.id]);
        }
        if (listedRows.size() >= listLimit || row.field < 0 || row.field >= kFieldCount)
            continue;
        const qint64 key = row.id * kFieldCount + row.field;
        if (listedKeys.contains(key))
            continue;
        listedKeys.insert(key);
        listedRows.append(row.rowid);
        result.listed.append({d->ids[row.id], QString::fromLatin1(kFields[row.field]), QString()});
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
