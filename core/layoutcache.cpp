#include "layoutcache.h"

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

QDataStream &operator<<(QDataStream &out, const std::optional<QPointF> &point)
{
    out << point.has_value();
    if (point)
        out << *point;
    return out;
}

QDataStream &operator>>(QDataStream &in, std::optional<QPointF> &point)
{
    bool present = false;
    in >> present;
    point.reset();
    if (present) {
        QPointF value;
        in >> value;
        point = value;
    }
    return in;
}

void writeResult(QDataStream &out, const LayoutResult &result)
{
    out << result.bounds << qint64(result.nodes.size());
    for (const NodeGeometry &node : result.nodes)
        out << node.id << node.box;
    out << qint64(result.edges.size());
    for (const EdgeGeometry &edge : result.edges)
        out << edge.id << edge.path << edge.arrowTip << edge.labelCenter;
}

/** A result read back; nullopt when the bytes are not a whole result. */
std::optional<LayoutResult> readResult(QDataStream &in)
{
    // Counts are checked against what is left, so a damaged file cannot ask for gigabytes.
    const auto plausible = [&](qint64 count) {
        return count >= 0 && in.device() && count <= in.device()->bytesAvailable();
    };
    LayoutResult result;
    qint64 count = 0;
    in >> result.bounds >> count;
    if (in.status() != QDataStream::Ok || !plausible(count))
        return std::nullopt;
    for (qint64 i = 0; i < count; ++i) {
        NodeGeometry node;
        in >> node.id >> node.box;
        result.nodes.append(node);
    }
    in >> count;
    if (in.status() != QDataStream::Ok || !plausible(count))
        return std::nullopt;
    for (qint64 i = 0; i < count; ++i) {
        EdgeGeometry edge;
        in >> edge.id >> edge.path >> edge.arrowTip >> edge.labelCenter;
        result.edges.append(edge);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return result;
}

} // namespace

CachedLayout::CachedLayout(const Layout &engine, QByteArray engineIdentity, QString directory)
    : mEngine(engine), mIdentity(std::move(engineIdentity)), mDirectory(std::move(directory))
{
}

QString CachedLayout::key(const LayoutRequest &request) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kFormat << mIdentity << int(request.direction) << int(request.engine)
        << qint64(request.nodes.size());
    for (const LayoutNode &node : request.nodes)
        out << node.id << node.label << node.size;
    out << qint64(request.edges.size());
    for (const LayoutEdge &edge : request.edges)
        out << edge.id << edge.from << edge.to << edge.label << edge.labelSize << edge.rankPriority
            << edge.upward;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int CachedLayout::hits() const
{
    const QMutexLocker lock(&mMutex);
    return mHits;
}

LayoutResult CachedLayout::compute(const LayoutRequest &request) const
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
    LayoutResult result = mEngine.compute(request);
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
