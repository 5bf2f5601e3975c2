#pragma once
// A covering plan from an LP solution, for when branch and cut has none yet:
// the LP rounded down, then the deficits repaired greedily (private to optimize).
#include <vector>

#include "ccsim/optimize/shift_covering.hpp"

namespace ccsim {

/// Agents per pattern covering `requirement`: floor(lp_x), then, while an
/// interval is short, one more agent on the pattern covering the most short
/// intervals per paid hour. Precondition: every interval with a positive
/// requirement is covered by some pattern.
std::vector<int> repaired_cover(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement,
                                const std::vector<double>& lp_x);

}  // namespace ccsim
