#pragma once

#include "app/document/datasetsource.h"

#include <QString>

class QWidget;

namespace nhsx {

/**
 * Tells the person why their dataset cannot be shown and offers the bundled one instead.
 * Returns true when they choose the bundled dataset, false when they quit.
 */
bool offerBundledDataset(const QString &error, QWidget *parent = nullptr);

} // namespace nhsx
