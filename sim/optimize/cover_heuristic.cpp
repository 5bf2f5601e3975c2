#include "cover_heuristic.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {
namespace {

int short_intervals_covered(const ShiftPattern& p, const std::vector<int>& deficit) {
  int n = 0;
  const int end = std::min(static_cast<int>(deficit.size()), p.end);
  for (int i = std::max(0, p.start); i < end; ++i)
    if (deficit[static_cast<std::size_t>(i)] > 0 && p.on_duty(i)) ++n;
  return n;
}

}  // namespace

std::vector<int> repaired_cover(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement,
                                const std::vector<double>& lp_x) {
  std::vector<int> x;
  for (double v : lp_x) x.push_back(static_cast<int>(std::floor(v + 1e-6)));
  const std::vector<int> on = agents_on_duty(patterns, x, static_cast<int>(requirement.size()));
  std::vector<int> deficit(requirement.size());
  for (std::size_t i = 0; i < deficit.size(); ++i) deficit[i] = requirement[i] - on[i];
  while (std::any_of(deficit.begin(), deficit.end(), [](int d) { return d > 0; })) {
    std::size_t best = patterns.size();
    double best_score = 0;
    for (std::size_t j = 0; j < patterns.size(); ++j) {
      const double score = short_intervals_covered(patterns[j], deficit) / std::max(patterns[j].paid_hours, 1e-9);
      if (score > best_score) best_score = score, best = j;
    }
    if (best == patterns.size()) break;  // nothing covers the rest: the caller checked this cannot happen
    ++x[best];
    const ShiftPattern& p = patterns[best];
    for (int i = std::max(0, p.start); i < std::min(static_cast<int>(deficit.size()), p.end); ++i)
      if (p.on_duty(i)) --deficit[static_cast<std::size_t>(i)];
  }
  return x;
}

}  // namespace ccsim
