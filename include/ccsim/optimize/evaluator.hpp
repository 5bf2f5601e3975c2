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
};

/// Simulates the scenario with its staff replaced by the plan: scenario.replications
/// replications in forked workers (run_replications).
class SimulationEvaluator : public Evaluator {
public:
  SimulationEvaluator(Scenario scenario, RunOptions options);
  PlanOutcomes evaluate(const std::vector<int>& agents, std::uint64_t seed) override;
  PlanOutcomes evaluate_plan(const StaffingPlan& plan, std::uint64_t seed) override;
  double calls_simulated() const { return calls_; }  ///< offered calls over every evaluation so far
  int evaluations() const { return evaluations_; }

private:
  PlanOutcomes simulate(Scenario staffed, std::uint64_t seed);
  Scenario scenario_;
  RunOptions options_;
  double calls_ = 0;
  int evaluations_ = 0;
};

} // namespace ccsim
