#pragma once

#include "core/layout.h"

#include <gtest/gtest.h>

namespace nhsx::test {

/** Expects the two results to place every node and route every edge exactly alike. */
inline void expectSameLayout(const LayoutResult &a, const LayoutResult &b)
{
    EXPECT_EQ(a.bounds, b.bounds);
    ASSERT_EQ(a.nodes.size(), b.nodes.size());
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        EXPECT_EQ(a.nodes[i].id, b.nodes[i].id);
        EXPECT_EQ(a.nodes[i].box, b.nodes[i].box);
    }
    ASSERT_EQ(a.edges.size(), b.edges.size());
    for (qsizetype i = 0; i < a.edges.size(); ++i) {
        EXPECT_EQ(a.edges[i].id, b.edges[i].id);
        EXPECT_EQ(a.edges[i].path, b.edges[i].path);
        EXPECT_EQ(a.edges[i].arrowTip, b.edges[i].arrowTip);
        EXPECT_EQ(a.edges[i].labelCenter, b.edges[i].labelCenter);
    }
}

} // namespace nhsx::test
