#include "target_verdict.hpp"

#include <cmath>

#include <fmt/format.h>

namespace ccsim {

std::string target_verdict(double day, const std::vector<double>& intervals, double target, bool at_least) {
  const auto misses = [&](double v) { return !std::isnan(v) && (at_least ? v < target : v > target); };
  std::size_t missed = 0, judged = 0;
  for (double v : intervals) {
    if (std::isnan(v)) continue;
    ++judged;
    missed += misses(v) ? 1 : 0;
  }
  std::string out = misses(day) ? " MISSED" : " met for the day";
  if (missed) out += fmt::format("; missed in {} of {} intervals", missed, judged);
  return out;
}

}  // namespace ccsim
