#pragma once

#include <QByteArrayView>
#include <QString>

namespace nhsx {

/** The name of the dataset built into the program, as shown in messages. */
QString bundledDatasetName();
/** The bytes of the SQLite image built into the program (empty if it is missing). */
QByteArrayView bundledDatasetImage();

} // namespace nhsx
