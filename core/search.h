#pragma once

#include "dataset.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace nhsx {

/** One thing found: a body or relation, the field that matched and a snippet of it. */
struct SearchHit
{
    QString id;      // a body's or a relation's id
    QString field;   // "name", "acronym", "role", "description", "quote", "speaker"
    QString snippet; // plain text; the matched words are between kMatchStart and kMatchEnd
};

/** Everything a search matched, and the best hits with their snippets. */
struct SearchResult
{
    QStringList ids;         // every id matched, best first, each once
    QList<SearchHit> listed; // the best hits, at most one per id and field, with snippets
};

/** Marks around matched words in a snippet (control characters: never in dataset text). */
inline constexpr QChar kMatchStart = QChar(0x02);
inline constexpr QChar kMatchEnd = QChar(0x03);

/**
 * Full-text search over a dataset: names, acronyms, roles, relation descriptions, quote texts and
 * speakers, in an SQLite FTS5 index in memory. A quote or speaker that matches finds the bodies
 * and relations the quote is about. Words match as prefixes, in any order. The best hit is the one
 * in the field of fewest words, as bm25 ranks a word found once; among equals, the dataset's order.
 */
class SearchIndex
{
public:
    explicit SearchIndex(const Dataset &dataset);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /** Hits, best first, at most one per id and field; empty for text with no words. */
    QList<SearchHit> search(const QString &text, int limit = 200) const;
    /**
     * Every id matched that accept() takes, and the best listLimit hits among them with their
     * snippets. Only the listed hits pay for a snippet: a common prefix matches thousands.
     */
    SearchResult find(const QString &text, const std::function<bool(const QString &)> &accept,
                      int listLimit) const;
    /** The ids matched, best first, each once. */
    QStringList matchingIds(const QString &text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nhsx
