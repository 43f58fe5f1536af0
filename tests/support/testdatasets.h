#pragma once

#include "core/dataset.h"

#include <QSet>
#include <QString>

namespace nhsx::test {

/** A small dataset that keeps every rule: two bodies, one relation, one quote. */
QString validContentSql();

/**
 * Writes a dataset file with the real schema and the given content. applicationId and
 * schemaVersion override the schema's pragmas, to make files that are not ours.
 */
void writeDataset(const QString &path, const QString &contentSql, qint64 applicationId,
                  int schemaVersion);
void writeDataset(const QString &path, const QString &contentSql);

/**
 * Copies the bundled dataset file to path and runs changesSql on the copy, with foreign keys off,
 * so that broken references can be made.
 */
void writeChangedBundledDataset(const QString &path, const QString &changesSql);

/**
 * SQL that rebuilds a table without its constraints (no primary key, NOT NULL or CHECK), so that
 * rows the schema forbids can be written.
 */
QString withoutConstraintsSql(const QString &table);

/** The id of every body and relation: what a view shows when nothing is hidden. */
QSet<QString> everyBodyAndRelationId(const Dataset &dataset);

/** An SQL string literal holding exactly this text. */
QString sqlLiteral(const QString &text);

/**
 * Markup a browser or a rich-text widget would act on (bold, script, an image and links to local
 * files and the web), with placeholders QString::arg() would fill: it must show as typed.
 */
extern const QString kMarkup;

/**
 * SQL for writeChangedBundledDataset() that appends kMarkup to every text field that has no rule
 * about its content, and adds a quote of just kMarkup (appended to every source too) about every
 * body and relation, and a glossary term of just kMarkup (so every text field holds an acronym).
 * The result is a valid dataset.
 */
QString markupInEveryTextFieldSql();

} // namespace nhsx::test
