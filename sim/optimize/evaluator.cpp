#include "ccsim/optimize/evaluator.hpp"

namespace ccsim {
namespace {

// Every caller who arrived in interval i, in every replication, settled
// (blocked, answered or hung up) strictly before stop_s.
bool settled_before(const std::vector<ReplicationTallies>& runs, std::size_t i, double stop_s) {
  for (const ReplicationTallies& tallies : runs) {
    const IntervalTally& t = tallies[i];
    // A margin below the stop: events within a nanosecond of it may share its
    // scheduling round.
    if (!(t.settled_s < stop_s - 1e-6) || t.blocked + t.answered + t.abandoned != t.offered) return false;
  }
  return true;
}

}  // namespace

std::size_t exact_intervals(const std::vector<ReplicationTallies>& runs, std::size_t stop, double stop_s) {
  std::size_t exact = 0;
  while (exact < stop && settled_before(runs, exact, stop_s)) ++exact;
  return exact;
}

}  // namespace ccsim
