#include "bundleddataset.h"

#include <QResource>

namespace nhsx {

namespace {
const QString kResourcePath = QStringLiteral(":/data/nhs.sqlite");
}

QString bundledDatasetName()
{
    return QStringLiteral("the bundled dataset (%1)").arg(kResourcePath);
}

QByteArrayView bundledDatasetImage()
{
    const QResource resource(kResourcePath);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size());
}

} // namespace nhsx
