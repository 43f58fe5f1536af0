#pragma once

#include "core/dataset.h"

namespace nhsx::test {

/** The dataset built into the program, as the program loads it; throws if it cannot. */
Dataset bundledDataset();

} // namespace nhsx::test
