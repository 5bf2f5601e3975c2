#include "ccsim/optimize/evaluator.hpp"

#include <algorithm>

#include "ccsim/optimize/staffing_plan.hpp"

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

} // namespace

SimulationEvaluator::SimulationEvaluator(Scenario scenario, RunOptions options)
    : scenario_(std::move(scenario)), options_(std::move(options)) {}

PlanOutcomes SimulationEvaluator::evaluate(const std::vector<int>& agents, std::uint64_t seed) {
  return simulate(with_staffing(scenario_, agents), seed);
}

PlanOutcomes SimulationEvaluator::evaluate_plan(const StaffingPlan& plan, std::uint64_t seed) {
  return simulate(with_staffing(scenario_, plan.agents, plan.by_group), seed);
}

PlanOutcomes SimulationEvaluator::simulate(Scenario s, std::uint64_t seed) {
  s.seed = seed;
  const std::vector<ReplicationTallies> runs = run_replications(s, options_);
  return outcomes_of(runs, static_cast<std::size_t>(s.clock.intervals()));
}

PlanOutcomes SimulationEvaluator::evaluate_first(const std::vector<int>& agents, std::uint64_t seed,
                                                 std::size_t intervals) {
  // One more interval lets the callers of the last one wanted settle.
  const std::size_t stop = intervals + 1;
  if (stop >= static_cast<std::size_t>(scenario_.clock.intervals())) return evaluate(agents, seed);
  // Nobody on duty after the stop either: what happens from then on changes
  // no exact interval, and the agents of later peaks cost actors and forks.
  std::vector<int> until_stop = agents;
  std::fill(until_stop.begin() + static_cast<std::ptrdiff_t>(stop), until_stop.end(), 0);
  Scenario s = with_staffing(scenario_, until_stop);
  s.seed = seed;
  const double stop_s = static_cast<double>(stop) * s.clock.interval_s;
  for (Demand& d : s.demand) {
    for (std::size_t i = stop; i < d.rate_per_s.size(); ++i) d.rate_per_s[i] = 0;
    std::erase_if(d.arrival_times_s, [stop_s](double t) { return t >= stop_s; });
  }
  const std::vector<ReplicationTallies> runs = run_replications(s, options_);
  // The exact intervals: over by the stop, their callers settled before it.
  std::size_t exact = 0;
  while (exact < stop && settled_before(runs, exact, stop_s)) ++exact;
  return outcomes_of(runs, exact);
}

// KPIs of the first `intervals` intervals; every interval's calls count as simulated.
PlanOutcomes SimulationEvaluator::outcomes_of(const std::vector<ReplicationTallies>& runs, std::size_t intervals) {
  ++evaluations_;
  PlanOutcomes outcomes;
  for (const ReplicationTallies& tallies : runs) {
    std::vector<IntervalKpis> row;
    for (std::size_t i = 0; i < tallies.size(); ++i) {
      if (i < intervals) row.push_back(kpis_of(tallies[i]));
      calls_ += tallies[i].offered;
    }
    outcomes.push_back(std::move(row));
  }
  return outcomes;
}

} // namespace ccsim
