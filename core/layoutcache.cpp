#include "layoutcache.h"

#include "layoutstream.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace nhsx {

namespace {

/** Written first in every file: a file of another format, or of anything else, is not read. */
constexpr quint32 kMagic = 0x4E484C59; // "NHLY"
constexpr quint32 kFormat = 1;

} // namespace

CachedLayout::CachedLayout(const Layout &engine, QByteArray engineIdentity, QString directory)
    : mEngine(engine), mIdentity(std::move(engineIdentity)), mDirectory(std::move(directory))
{
}

QString CachedLayout::key(const LayoutRequest &request) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kFormat << mIdentity;
    writeRequest(out, request);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int CachedLayout::hits() const
{
    const QMutexLocker lock(&mMutex);
    return mHits;
}

LayoutResult CachedLayout::compute(const LayoutRequest &request) const
{
    return computeUntil(request, [] { return false; });
}

LayoutResult CachedLayout::computeUntil(const LayoutRequest &request,
                                        const std::function<bool()> &stopRequested) const
{
    const QString id = key(request);
    {
        const QMutexLocker lock(&mMutex);
        if (const auto found = mMemory.constFind(id); found != mMemory.cend()) {
            ++mHits;
            return *found;
        }
    }
    if (std::optional<LayoutResult> stored = readFile(id)) {
        const QMutexLocker lock(&mMutex);
        ++mHits;
        mMemory.insert(id, *stored);
        return *stored;
    }
    LayoutResult result = mEngine.computeUntil(request, stopRequested);
    if (result.ok()) {
        writeFile(id, result);
        const QMutexLocker lock(&mMutex);
        mMemory.insert(id, result);
    }
    return result;
}

std::optional<LayoutResult> CachedLayout::readFile(const QString &key) const
{
    if (mDirectory.isEmpty())
        return std::nullopt;
    QFile file(QDir(mDirectory).filePath(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kFormat)
        return std::nullopt;
    return readResult(in);
}

void CachedLayout::writeFile(const QString &key, const LayoutResult &result) const
{
    if (mDirectory.isEmpty() || !QDir().mkpath(mDirectory))
        return;
    QSaveFile file(QDir(mDirectory).filePath(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormat;
    writeResult(out, result);
    if (out.status() != QDataStream::Ok || !file.commit())
        return;
    QFileInfoList files = QDir(mDirectory).entryInfoList(QDir::Files, QDir::Time);
    for (qsizetype i = kMaxFiles; i < files.size(); ++i)
        QFile::remove(files[i].filePath());
}

} // namespace nhsx
