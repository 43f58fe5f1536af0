// libFuzzer target: any text (invalid UTF-8 included) as a body's id and label and a relation's
// id and label, written into the dot language by the project's code, then read back by Graphviz's
// own parser. The oracle: the graph read back is the one meant (two nodes, one edge, nothing
// injected), each label attribute is exactly the escaped text, and the escaped text means the
// text itself to Graphviz (no \N, \n, \G... sequence left to interpret, no HTML-like label).
#include "core/dotescape.h"
#include "core/graphvizlayout.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <graphviz/cgraph.h>
#include <optional>

namespace {

using namespace nhsx;

[[noreturn]] void fail(const char *what, const QByteArray &dot)
{
    std::fprintf(stderr, "fuzz-dot-escaping: %s\n--- dot ---\n%s\n", what, dot.constData());
    std::abort();
}

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
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
        fail("the escaped label does not mean the text", dot);

    parseErrors = 0;
    const agusererrf previous = agseterrf(countError);
    Agraph_t *g = agmemread(dot.constData());
    agseterrf(previous);
    if (!g || parseErrors)
        fail("Graphviz cannot read the graph back", dot);
    // A name is never interpreted, but is escaped as a label is (see dotName).
    const QByteArray id = dotName(text);
    if (id != (escaped.startsWith('%') ? "\\" + escaped : escaped))
        fail("the id is not escaped as a label is", dot);
    Agnode_t *node = agnode(g, const_cast<char *>(id.constData()), 0);
    Agnode_t *otherNode = agnode(g, const_cast<char *>(other.toUtf8().constData()), 0);
    if (agnnodes(g) != 2 || agnedges(g) != 1 || !node || !otherNode)
        fail("not the graph written: two nodes and one edge", dot);
    if (plainAttribute(node, "label") != escaped)
        fail("the node's label is not the escaped text", dot);
    Agedge_t *edge = agfstout(g, node);
    if (!edge || aghead(edge) != otherNode || QByteArray(agnameof(edge)) != id)
        fail("the edge is not the one written", dot);
    if (plainAttribute(edge, "comment") != escaped)
        fail("the edge's comment is not the escaped text", dot);
    char *edgeLabel = agget(edge, const_cast<char *>("label"));
    if (!edgeLabel || !aghtmlstr(edgeLabel) || !std::strstr(edgeLabel, "FIXEDSIZE"))
        fail("the edge's label is not its fixed-size table", dot);
    if (written(g) != dot)
        fail("the graph read back is written differently", dot);
    agclose(g);
    return 0;
}
