// Inputs the fuzz targets (tests/fuzz) found to break something, kept as fixed cases. Each names
// its target; the text is the input's bytes.
#include "core/graphvizlayout.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/** The request fuzz-dot-escaping makes of its input: one body and one relation, named by it. */
LayoutRequest requestNamedBy(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    LayoutRequest request;
    request.nodes = {{text, text, QSizeF(60, 30)}, {"other", "other", QSizeF(60, 30)}};
    request.edges = {{text, text, "other", text, QSizeF(40, 12), 0}};
    return request;
}

/** The dot text Graphviz writes for a graph it has read. */
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

/** The dot text of the request as Graphviz reads it back: what the export means to its readers. */
struct ReadBack
{
    bool read = false;
    int nodes = 0, edges = 0;
    QByteArray rewritten; // the graph read back, written again
    QByteArray label;     // the label of the node that is not "other"
    QByteArray edgeLabel; // the edge's comment, where the relation's label goes
};

ReadBack readBack(const QByteArray &dot)
{
    ReadBack result;
    Agraph_t *g = agmemread(dot.constData());
    if (!g)
        return result;
    result.read = agerrors() == 0;
    result.nodes = agnnodes(g);
    result.edges = agnedges(g);
    result.rewritten = written(g);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (qstrcmp(agnameof(n), "other") == 0)
            continue;
        if (const char *label = agget(n, const_cast<char *>("label")))
            result.label = label;
        if (Agedge_t *e = agfstout(g, n)) {
            if (const char *comment = agget(e, const_cast<char *>("comment")))
                result.edgeLabel = comment;
        }
    }
    agclose(g);
    return result;
}

/**
 * The dot text written for the input is read back by Graphviz as the same graph, written the
 * same way again, with the label the escaping meant (as the dot text has it).
 */
void expectRoundTrip(const QByteArray &input, const QByteArray &label)
{
    const QByteArray dot = GraphvizLayout().toDot(requestNamedBy(input)).toUtf8();
    agreseterrors();
    const ReadBack back = readBack(dot);
    ASSERT_TRUE(back.read) << dot.toStdString();
    EXPECT_EQ(back.nodes, 2) << dot.toStdString();
    EXPECT_EQ(back.edges, 1) << dot.toStdString();
    EXPECT_EQ(back.rewritten, dot);
    EXPECT_EQ(back.label, label) << dot.toStdString();
    EXPECT_EQ(back.edgeLabel, label) << dot.toStdString();
}

// fuzz-dot-escaping, from its seed "nul": cgraph takes C strings, so everything after a NUL was
// cut off, in labels and in ids alike. A NUL now stands as U+FFFD.
TEST(FuzzRegressions, DotKeepsTheTextAfterANul)
{
    expectRoundTrip(QByteArray("nul\0inside", 10), "nul\xEF\xBF\xBDinside");
}

// fuzz-dot-escaping, from its seed "backslashes": labels were escaped but ids were not, and cgraph
// writes a name's backslashes as they are, so an id ending in one escaped its closing quote: the
// .dot export could not be read. Ids are now escaped as labels are.
TEST(FuzzRegressions, DotReadsAnIdEndingInABackslash)
{
    expectRoundTrip(QByteArray("a\\N b\\n c\\G \\E \\T \\H \\L \\l \\r end\\"),
                    "a\\\\N b\\\\n c\\\\G \\\\E \\\\T \\\\H \\\\L \\\\l \\\\r end\\\\");
}

// fuzz-dot-escaping, minimised: Graphviz 2.42 reads a quoted string that is one line feed as
// empty, so such a label and id were lost. A line feed is now written \n.
TEST(FuzzRegressions, DotKeepsALoneLineFeed)
{
    expectRoundTrip(QByteArray("\n"), "\\n");
}

// fuzz-dot-escaping: cgraph keeps names that begin with % for anonymous objects, and read the
// body's back under another name. Such a name now begins with a backslash.
TEST(FuzzRegressions, DotKeepsAnIdBeginningWithAPercentSign)
{
    expectRoundTrip(QByteArray("%l"), "%l");
}

// fuzz-dot-escaping: cgraph writes "-." unquoted, as if it were a number, and then cannot read
// it. It is now written \-., which a label shows as "-.".
TEST(FuzzRegressions, DotReadsALabelThatLooksLikeANumber)
{
    expectRoundTrip(QByteArray("-."), "\\-.");
}

// The same NUL in ids laid out: cut off, "x\0y" was laid out as "x" (both boxes in one place),
// and the relation's geometry came back as "r", an id the request did not have.
TEST(FuzzRegressions, LayoutKeepsIdsThatDifferAfterANulApart)
{
    const QString nulId = QString::fromUtf8(QByteArray("x\0y", 3));
    const QString nulRelation = QString::fromUtf8(QByteArray("r\0"
                                                             "1",
                                                             3));
    LayoutRequest request;
    request.nodes = {{"x", "x", QSizeF(60, 30)}, {nulId, "y", QSizeF(60, 30)}};
    request.edges = {{nulRelation, "x", nulId, "r", QSizeF(40, 12), 0}};
    const LayoutResult result = GraphvizLayout().compute(request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.nodes.size(), 2);
    ASSERT_TRUE(result.node(nulId));
    EXPECT_FALSE(result.node("x")->box.intersects(result.node(nulId)->box));
    ASSERT_EQ(result.edges.size(), 1);
    EXPECT_TRUE(result.edge(nulRelation));
}

} // namespace
