#include "ccsim/optimize/evaluator.hpp"

#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

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
  ++evaluations_;
  PlanOutcomes outcomes;
  for (const ReplicationTallies& tallies : runs) {
    std::vector<IntervalKpis> row;
    for (const IntervalTally& t : tallies) {
      row.push_back(kpis_of(t));
      calls_ += t.offered;
    }
    outcomes.push_back(std::move(row));
  }
  return outcomes;
}

} // namespace ccsim
