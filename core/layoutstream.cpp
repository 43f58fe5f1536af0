#include "layoutstream.h"

#include <QIODevice>

namespace nhsx {

namespace {

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

/** Reads a count, false if the stream failed or the count is more than the bytes left. */
bool readCount(QDataStream &in, qint64 &count)
{
    in >> count;
    return in.status() == QDataStream::Ok && count >= 0 && in.device() &&
           count <= in.device()->bytesAvailable();
}

} // namespace

void writeRequest(QDataStream &out, const LayoutRequest &request)
{
    out << int(request.direction) << int(request.engine) << qint64(request.nodes.size());
    for (const LayoutNode &node : request.nodes)
        out << node.id << node.label << node.size;
    out << qint64(request.edges.size());
    for (const LayoutEdge &edge : request.edges)
        out << edge.id << edge.from << edge.to << edge.label << edge.labelSize << edge.rankPriority
            << edge.upward;
}

std::optional<LayoutRequest> readRequest(QDataStream &in)
{
    LayoutRequest request;
    int direction = 0, engine = 0;
    qint64 count = 0;
    in >> direction >> engine;
    if (direction < int(LayoutDirection::TopToBottom) ||
        direction > int(LayoutDirection::LeftToRight) || engine < int(LayoutEngine::Dot) ||
        engine > int(LayoutEngine::Twopi) || !readCount(in, count))
        return std::nullopt;
    request.direction = LayoutDirection(direction);
    request.engine = LayoutEngine(engine);
    for (qint64 i = 0; i < count; ++i) {
        LayoutNode node;
        in >> node.id >> node.label >> node.size;
        request.nodes.append(node);
    }
    if (!readCount(in, count))
        return std::nullopt;
    for (qint64 i = 0; i < count; ++i) {
        LayoutEdge edge;
        in >> edge.id >> edge.from >> edge.to >> edge.label >> edge.labelSize >>
            edge.rankPriority >> edge.upward;
        request.edges.append(edge);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return request;
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

std::optional<LayoutResult> readResult(QDataStream &in)
{
    LayoutResult result;
    qint64 count = 0;
    in >> result.bounds;
    if (!readCount(in, count))
        return std::nullopt;
    for (qint64 i = 0; i < count; ++i) {
        NodeGeometry node;
        in >> node.id >> node.box;
        result.nodes.append(node);
    }
    if (!readCount(in, count))
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

} // namespace nhsx
