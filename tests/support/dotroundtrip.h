#pragma once

#include <QByteArray>

namespace nhsx::test {

/** What went wrong in a round trip, and the dot text it happened to; problem is empty if none. */
struct DotRoundTrip
{
    QByteArray problem;
    QByteArray dot;
};

/**
 * The oracle of fuzz-dot-escaping, also run on the inputs it found: any text (invalid UTF-8
 * included) as a body's id and label and a relation's id and label, written into the dot
 * language by the project's code, then read back by Graphviz's own parser. The graph read back
 * must be the one meant (two nodes, one edge, nothing injected), each label attribute exactly
 * the escaped text, the escaped text must mean the text itself to Graphviz (no \N, \n, \G...
 * left to interpret, no HTML-like label), and the graph must be written again the same way.
 */
DotRoundTrip dotRoundTrip(const QByteArray &input);

} // namespace nhsx::test
