#pragma once

#include "core/dataset.h"

#include <cstdint>

namespace nhsx::bench {

/** How big a generated dataset is; the defaults are the benchmarks' 1,000 bodies. */
struct GeneratedSize
{
    int bodies = 1000;
    int relations = 2500;
    int quotes = 2000;
    int people = 120;
};

/**
 * A made-up commissioning system shaped like the real one, built in memory: a department over a
 * handful of national bodies, one of them (the board) a hub over the regions, area teams and
 * every commissioning group; practices in groups; senates, networks and local boards acting on
 * the groups; then cross relations drawn to bodies in proportion to the relations they already
 * have, until the relation count is reached. Names, roles, descriptions and quotes are words
 * from a fixed English vocabulary with NHS terms, picked with Zipf frequencies, so search has
 * words to match ("veto", "vet", "very", "views" for the prefix "v").
 *
 * Deterministic: the same size and seed give the same dataset on every machine.
 */
DatasetContent generatedDatasetContent(const GeneratedSize &size = {}, std::uint32_t seed = 2011);

/** The id of the generated board, the body with the most relations (a hub to focus on). */
inline constexpr const char *kGeneratedHub = "nhs-commissioning-board";

} // namespace nhsx::bench
