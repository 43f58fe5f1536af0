#pragma once

#include <QString>

namespace nhsx {

class SqliteDatabase;

/**
 * Adds the "England, April 2013" layer's bodies and relations, built from the reference files in
 * dir (data/england-2013/): the Commissioning Board's regions and area teams and every CCG from
 * the ONS files, and the active GP practices with their CCG from the ODS practice file. The
 * content file declares the layer and the files as sources (kind 'data', found by seed_file);
 * every row cites its file and line. false, with "file: problem", when a file is missing,
 * malformed or not what the layer expects.
 */
bool addEngland2013Layer(SqliteDatabase &db, const QString &dir, QString *error);

} // namespace nhsx
