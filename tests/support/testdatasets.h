#pragma once

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

} // namespace nhsx::test
