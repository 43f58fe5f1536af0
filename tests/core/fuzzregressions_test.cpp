// Inputs the fuzz targets (tests/fuzz) found to break something, kept as fixed cases. Each names
// its target; the text is the input's bytes.
#include "core/dotescape.h"
#include "core/graphvizlayout.h"
#include "support/dotroundtrip.h"

#include <QByteArray>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/**
 * The input passes fuzz-dot-escaping's own oracle, and its label is written as the dot text
 * shows it.
 */
void expectRoundTrip(const QByteArray &input, const QByteArray &label)
{
    const test::DotRoundTrip roundTrip = test::dotRoundTrip(input);
    EXPECT_TRUE(roundTrip.problem.isEmpty()) << roundTrip.problem.toStdString() << "\n"
                                             << roundTrip.dot.toStdString();
    EXPECT_EQ(dotLabelText(QString::fromUtf8(input)), label);
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
