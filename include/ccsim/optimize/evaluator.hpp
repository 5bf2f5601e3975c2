#pragma once
// The seam between staffing searches and what judges a plan: a simulation
// (SimulationEvaluator) or, in tests, a formula.
#include <cstdint>
#include <vector>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/optimize/interval_targets.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

/// KPIs of one plan: [replication][interval].
using PlanOutcomes = std::vector<std::vector<IntervalKpis>>;

/// Measures a staffing plan (agents per interval) with a given seed. The same
/// seed gives the same callers (common random numbers).
class Evaluator {
public:
  virtual ~Evaluator() = default;
  virtual PlanOutcomes evaluate(const std::vector<int>& agents, std::uint64_t seed) = 0;
  /// A whole plan: its agents per group when it has them, else its agents.
  virtual PlanOutcomes evaluate_plan(const StaffingPlan& plan, std::uint64_t seed) {
    return evaluate(plan.agents, seed);
  }
  /// The KPIs of the first `intervals` intervals at most, for trials that only
  /// need to find an early broken interval. The rows may hold fewer intervals,
  /// but each interval they hold has exactly the KPIs evaluate() gives it. By
  /// default the whole plan is evaluated.
  virtual PlanOutcomes evaluate_first(const std::vector<int>& agents, std::uint64_t seed, std::size_t intervals) {
    (void)intervals;
    return evaluate(agents, seed);
  }
};

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
  double calls_simulated() const { return calls_; }  ///< offered calls over every evaluation so far
  int evaluations() const { return evaluations_; }

private:
  PlanOutcomes simulate(Scenario staffed, std::uint64_t seed);
  Scenario scenario_;
  RunOptions options_;
  double calls_ = 0;
  int evaluations_ = 0;

  PlanOutcomes outcomes_of(const std::vector<ReplicationTallies>& runs, std::size_t intervals);
};

} // namespace ccsim
