// libFuzzer target: any text as ids and labels written into the dot language and read back by
// Graphviz; the oracle (tests/support/dotroundtrip) is shared with the regression tests.
#include "support/dotroundtrip.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const nhsx::test::DotRoundTrip roundTrip =
        nhsx::test::dotRoundTrip(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!roundTrip.problem.isEmpty()) {
        std::fprintf(stderr, "fuzz-dot-escaping: %s\n--- dot ---\n%s\n",
                     roundTrip.problem.constData(), roundTrip.dot.constData());
        std::abort();
    }
    return 0;
}
