#include "ccsim/report/wait_distribution.hpp"

#include <cmath>

namespace ccsim {
namespace {

template <class Histogram>
void scale(Histogram& h, double factor) {
  for (double& c : h.count) c *= factor;
}

}  // namespace

WaitDistribution wait_distribution(const Scenario& scenario, const std::vector<ReplicationTallies>& replications) {
  WaitDistribution out;
  if (replications.empty()) return out;
  const int first = static_cast<int>(std::lround(scenario.warmup_s / scenario.clock.interval_s));
  for (const ReplicationTallies& tallies : replications)
    for (std::size_t i = static_cast<std::size_t>(first); i < tallies.size(); ++i) {
      out.answered += tallies[i].answered_waits;
      out.abandoned += tallies[i].abandoned_waits;
    }
  const double r = static_cast<double>(replications.size());
  scale(out.answered, 1 / r);
  scale(out.abandoned, 1 / r);
  return out;
}

}  // namespace ccsim
