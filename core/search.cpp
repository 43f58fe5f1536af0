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

/**
 * The words in the text as the tokenizer splits it: runs of letters, digits and marks. Counted
 * here, not read back from the index: that took half as long again as building it.
 */
qint32 wordCount(const QString &text)
{
    qint32 words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordCharacter = c.isLetterOrNumber() || c.isMark();
        words += wordCharacter && !inWord;
        inWord = wordCharacter;
    }
    return words;
}

} // namespace

struct SearchIndex::Private
{
    std::optional<SqliteDatabase> db;
    // The index stores an id's number, not its text: a common prefix matches thousands of
    // rows, and reading numbers spares a string made for each.
    QStringList ids;
    QHash<QString, qint64> idNumbers;
    /** What each row of the index holds, by its rowid: read here, not from the index. */
    struct Row
    {
        qint32 id;
        qint32 field;
        qint32 words; // how many words its text has
    };
    QList<Row> rows;

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
        !d->db->exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(text, tokenize = "
                                    "'unicode61 remove_diacritics 2', prefix = '1 2 3');"
                                    "BEGIN;"),
                     &error)) {
        d->db.reset();
        return;
    }
    SqliteStatement insert(*d->db,
                           QStringLiteral("INSERT INTO docs (rowid, text) VALUES (?1, ?2)"));
    const auto add = [&](const QString &id, Field field, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        insert.reset();
        insert.bind(1, qint64(d->rows.size()));
        insert.bind(2, text);
        insert.next();
        d->rows.append({qint32(d->numberOf(id)), qint32(field), wordCount(text)});
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
    struct Match
    {
        qint64 rowid;
        Private::Row row;
    };
    // Ranked here, as bm25 ranks a field that holds each word once: the fewer words in it, the
    // better. FTS5's own rank, and reading a row's id from the index, each took a lookup for
    // every row: 20 of the 25 ms of a one-letter search that matched 10,000 rows.
    QList<Match> matches;
    QList<signed char> accepted(d->ids.size(), -1); // -1: not asked yet
    {
        SqliteStatement select(*d->db,
                               QStringLiteral("SELECT rowid FROM docs WHERE docs MATCH ?1"));
        select.bind(1, query);
        while (select.next()) {
            const qint64 rowid = select.integer(0);
            if (rowid < 0 || rowid >= d->rows.size())
                continue;
            const Private::Row &row = d->rows[rowid];
            if (accepted[row.id] < 0)
                accepted[row.id] = accept(d->ids[row.id]) ? 1 : 0;
            if (accepted[row.id])
                matches.append({rowid, row});
        }
    }
    // Stable: among fields as long, the index's order, which is the dataset's.
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.row.words < b.row.words;
    });
    SearchResult result;
    QList<bool> matched(d->ids.size(), false);
    QSet<qint64> listedKeys;
    QList<qint64> listedRows;
    constexpr qint64 kFieldCount = std::size(kFields);
    for (const auto &[rowid, row] : std::as_const(matches)) {
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
        listedRows.append(rowid);
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
        *d->db, QStringLiteral("SELECT rowid, snippet(docs, 0, char(2), char(3), '…', 14) FROM "
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
