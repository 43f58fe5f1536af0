#include "support/dotroundtrip.h"

#include "core/dotescape.h"
#include "core/graphvizlayout.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <graphviz/cgraph.h>
#include <optional>

namespace nhsx::test {

namespace {

int parseErrors = 0;

int countError(char *message)
{
    std::fprintf(stderr, "Graphviz: %s", message);
    ++parseErrors;
    return 0;
}

/**
 * What Graphviz shows for a label: only \\ (a backslash), \n (a line break, as a line feed is)
 * and \- (a hyphen) may be escape sequences in it; nothing when there is another.
 */
std::optional<QByteArray> labelMeaning(const QByteArray &escaped)
{
    QByteArray meaning;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] != '\\') {
            meaning.append(escaped[i]);
            continue;
        }
        if (++i == escaped.size())
            return std::nullopt;
        if (escaped[i] == '\\')
            meaning.append('\\');
        else if (escaped[i] == 'n')
            meaning.append('\n');
        else if (escaped[i] == '-')
            meaning.append('-');
        else
            return std::nullopt;
    }
    return meaning;
}

QByteArray written(Agraph_t *g)
{
    char *text = nullptr;
    std::size_t length = 0;
    FILE *stream = open_memstream(&text, &length);
    agwrite(g, stream);
    std::fclose(stream);
    QByteArray bytes(text, qsizetype(length));
    std::free(text);
    return bytes;
}

/**
 * A string attribute of a cgraph object, or nothing if HTML-like. An attribute that is empty
 * everywhere is not written, so reads back undeclared: empty.
 */
std::optional<QByteArray> plainAttribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    if (!value)
        return QByteArray();
    if (aghtmlstr(const_cast<char *>(value)))
        return std::nullopt;
    return QByteArray(value);
}

DotRoundTrip failed(Agraph_t *g, const char *problem, const QByteArray &dot)
{
    if (g)
        agclose(g);
    return {QByteArray(problem), dot};
}

} // namespace

DotRoundTrip dotRoundTrip(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const QString other =
        text == QLatin1String("other") ? QStringLiteral("another") : QStringLiteral("other");
    LayoutRequest request;
    request.nodes = {{text, text, QSizeF(60, 30)}, {other, other, QSizeF(60, 30)}};
    request.edges = {{text, text, other, text, QSizeF(40, 12), 0}};
    const QByteArray dot = GraphvizLayout().toDot(request).toUtf8();

    // A C string cannot hold NUL: Graphviz is given U+FFFD instead.
    const QByteArray shown = QString(text).replace(QChar(0), QChar(0xfffd)).toUtf8();
    const QByteArray escaped = dotLabelText(text);
    if (labelMeaning(escaped) != shown)
        return failed(nullptr, "the escaped label does not mean the text", dot);

    parseErrors = 0;
    const agusererrf previous = agseterrf(countError);
    Agraph_t *g = agmemread(dot.constData());
    agseterrf(previous);
    if (!g || parseErrors)
        return failed(g, "Graphviz cannot read the graph back", dot);
    // A name is never interpreted, but is escaped as a label is (see dotName).
    const QByteArray id = dotName(text);
    if (id != (escaped.startsWith('%') ? "\\" + escaped : escaped))
        return failed(g, "the id is not escaped as a label is", dot);
    Agnode_t *node = agnode(g, const_cast<char *>(id.constData()), 0);
    Agnode_t *otherNode = agnode(g, const_cast<char *>(other.toUtf8().constData()), 0);
    if (agnnodes(g) != 2 || agnedges(g) != 1 || !node || !otherNode)
        return failed(g, "not the graph written: two nodes and one edge", dot);
    if (plainAttribute(node, "label") != escaped)
        return failed(g, "the node's label is not the escaped text", dot);
    Agedge_t *edge = agfstout(g, node);
    if (!edge || aghead(edge) != otherNode || QByteArray(agnameof(edge)) != id)
        return failed(g, "the edge is not the one written", dot);
    if (plainAttribute(edge, "comment") != escaped)
        return failed(g, "the edge's comment is not the escaped text", dot);
    char *edgeLabel = agget(edge, const_cast<char *>("label"));
    if (!edgeLabel || !aghtmlstr(edgeLabel) || !std::strstr(edgeLabel, "FIXEDSIZE"))
        return failed(g, "the edge's label is not its fixed-size table", dot);
    if (written(g) != dot)
        return failed(g, "the graph read back is written differently", dot);
    agclose(g);
    return {{}, dot};
}

} // namespace nhsx::test
