#pragma once

#include "dataset.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace nhsx {

class SqliteDatabase;

/** Why a dataset could not be loaded: the file (or resource) and the problem, for one message. */
struct LoadError
{
    QString file;
    QString problem;
    QString message() const { return file + QStringLiteral(": ") + problem; }
};

/** Either a dataset or the reason there is none. Loading never throws and never writes. */
struct LoadResult
{
    std::optional<Dataset> dataset;
    LoadError error;
    bool ok() const { return dataset.has_value(); }
};

/**
 * Which layers a load reads: those shown at start (the window's first load), or every one, also
 * the layers on demand (checks, exports, finding a practice). An outline reads every layer but
 * leaves out the GP practices of the layers on demand (7,795 of the 8,059 bodies) and their
 * "is a member of" relations, which it counts instead (DatasetContent::unreadMembers): enough
 * for the first frame of an aggregated view, which shows them as counts. It is exact where
 * practices relate only by membership, as in the bundled dataset (whose tests check it).
 */
enum class LayerChoice { AtStart, Outline, Every };

/** Opens a dataset file read-only (immutable URI) and reads it. */
LoadResult loadDatasetFile(const QString &path, LayerChoice layers = LayerChoice::AtStart);
/** Reads a dataset from an SQLite image in memory, e.g. the one bundled in the program. */
LoadResult loadDatasetImage(QByteArrayView image, const QString &name,
                            LayerChoice layers = LayerChoice::AtStart);
/** Reads a dataset from an open connection; name is used in error messages. */
LoadResult loadDataset(SqliteDatabase &db, const QString &name,
                       LayerChoice layers = LayerChoice::AtStart);

} // namespace nhsx
