#include "bundled.h"

#include "core/datasetloader.h"
#include "data/bundleddataset.h"

#include <stdexcept>

namespace nhsx::test {

Dataset bundledDataset()
{
    LoadResult loaded = loadDatasetImage(bundledDatasetImage(), bundledDatasetName());
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

} // namespace nhsx::test
