#pragma once

#include "core/dataset.h"
#include "core/datasetloader.h"

#include <QString>
#include <optional>

namespace nhsx {

/** The dataset to show in the window, or why it cannot be shown. */
struct DatasetToShow
{
    std::optional<Dataset> dataset;
    QString name;  // the file, or the bundled dataset's name
    QString error; // "FILE: problem" lines when there is no dataset
};

/**
 * Loads the dataset to show, with the layers chosen: the bundled one when dataFile is empty,
 * else that file, which must also keep every dataset rule (the bundled one is checked when it is
 * built).
 */
DatasetToShow loadDatasetToShow(const QString &dataFile, LayerChoice layers = LayerChoice::AtStart);

/**
 * The SHA-256 of the dataset's bytes in hex, the dataset named as in DatasetToShow::name: the
 * bundled image, or the file. Empty when the file cannot be read.
 */
QString datasetSha256(const QString &datasetName);

} // namespace nhsx
