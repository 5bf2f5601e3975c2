#pragma once
// The evaluator that judges plans by simulating them: optimize's one door to
// the engine (built as a library of its own, so that the rest of optimize
// builds and tests without SimGrid).
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/optimize/evaluator.hpp"

namespace ccsim {

/// Simulates the scenario with its staff replaced by the plan: scenario.replications
/// replications in forked workers (run_replications).
class SimulationEvaluator : public Evaluator {
public:
  SimulationEvaluator(Scenario scenario, RunOptions options);
  PlanOutcomes evaluate(const std::vector<int>& agents, std::uint64_t seed) override;
  PlanOutcomes evaluate_plan(const StaffingPlan& plan, std::uint64_t seed) override;
  /// Simulates with no fresh arrival and no agent from interval `intervals + 1`
  /// on: up to that instant the run is the full run (each caller draws from
  /// its own streams, arrivals are drawn in time order, the duty roster of an
  /// interval depends on no later one), so every interval whose callers all
  /// settled before it is exact; the rows hold those, in order.
  PlanOutcomes evaluate_first(const std::vector<int>& agents, std::uint64_t seed, std::size_t intervals) override;
  bool weigh_groups(const GroupWeights& weights) override;
  bool staff_restaurant(RestaurantStaff what, const std::vector<int>& other) override;
  /// On call centers: forked, paused workers (PlanRun); each branch counts as an evaluation.
  std::unique_ptr<PlanTrials> open_trials(const std::vector<int>& plan, std::uint64_t seed) override;
  double calls_simulated() const { return calls_; }  ///< offered calls over every evaluation so far
  int evaluations() const { return evaluations_; }

private:
  PlanOutcomes simulate(Scenario staffed, std::uint64_t seed);
  /// The scenario with `agents` on duty, split with the weights.
  Scenario staffed(const std::vector<int>& agents) const;
  RunTallies run(const Scenario& staffed) const;
  Scenario scenario_;
  RunOptions options_;
  GroupWeights weights_;                       ///< how totals are split among the groups (empty: the rule's split)
  bool with_classes_;                          ///< classes have targets of their own: outcomes carry their KPIs
  std::optional<RestaurantStaff> restaurant_;  ///< what plans staff on a restaurant (absent: the waiters)
  std::vector<int> held_;                      ///< the restaurant's other staff, per interval
  double calls_ = 0;
  int evaluations_ = 0;

  class Trials;
  /// KPIs of the first `intervals` intervals; the calls of intervals
  /// simulated_from .. simulated_until - 1 count as simulated.
  PlanOutcomes outcomes_of(const RunTallies& runs, std::size_t intervals, std::size_t simulated_from = 0,
                           std::size_t simulated_until = SIZE_MAX);
};

}  // namespace ccsim
