#pragma once
// The seam between staffing searches and what judges a plan: a simulation
// (SimulationEvaluator) or, in tests, a formula.
#include <cstdint>
#include <cstddef>
#include <memory>
#include <vector>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/optimize/interval_targets.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

/// KPIs of one plan: [replication][interval].
using PlanOutcomes = std::vector<std::vector<IntervalKpis>>;

/// The exact intervals of runs stopped at `stop_s` (interval `stop`'s start):
/// the leading intervals before `stop` whose callers all settled (a margin of
/// 1 us) before it, in every run; their staffing KPIs are the whole day's.
std::size_t exact_intervals(const std::vector<ReplicationTallies>& runs, std::size_t stop, double stop_s);

/// Trials branching off one plan's run: the plan is simulated once, paused at
/// the start of an interval, and each trial (the plan with other agents from
/// that interval on) runs on from the pause. Outcomes are exactly those
/// Evaluator::evaluate (or evaluate_first) gives the trial.
class PlanTrials {
public:
  virtual ~PlanTrials() = default;
  /// Runs the plan up to the start of `interval` (not before the last pause).
  virtual void advance_to(std::size_t interval) = 0;
  /// `trial` equals the plan before the paused interval. Simulated as
  /// evaluate_first(trial, seed, intervals) would (the whole day when
  /// `intervals` reaches it); the rows hold the exact intervals.
  virtual PlanOutcomes branch(const std::vector<int>& trial, std::size_t intervals) = 0;
  /// The last branch through the whole day: evaluate(trial, seed).
  virtual PlanOutcomes extend_to_end() = 0;
  /// The plan becomes the last branch's trial.
  virtual void adopt_branch() = 0;
  /// The plan's own run to the end of the day: evaluate(plan, seed). The
  /// trials are over afterwards.
  virtual PlanOutcomes finish() = 0;
  /// Whether a branch shares the plan's run up to the pause (false where each
  /// trial is simulated from the start).
  virtual bool branches() const { return true; }
};

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
  /// Trials off `plan`'s run under `seed`, where the evaluator can pause a run; else null.
  virtual std::unique_ptr<PlanTrials> open_trials(const std::vector<int>& plan, std::uint64_t seed) {
    (void)plan;
    (void)seed;
    return nullptr;
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
  /// On call centers: forked, paused workers (PlanRun); each branch counts as an evaluation.
  std::unique_ptr<PlanTrials> open_trials(const std::vector<int>& plan, std::uint64_t seed) override;
  double calls_simulated() const { return calls_; }  ///< offered calls over every evaluation so far
  int evaluations() const { return evaluations_; }

private:
  PlanOutcomes simulate(Scenario staffed, std::uint64_t seed);
  Scenario scenario_;
  RunOptions options_;
  double calls_ = 0;
  int evaluations_ = 0;

  class Trials;
  /// KPIs of the first `intervals` intervals; the calls of intervals
  /// simulated_from .. simulated_until - 1 count as simulated.
  PlanOutcomes outcomes_of(const std::vector<ReplicationTallies>& runs, std::size_t intervals,
                           std::size_t simulated_from = 0, std::size_t simulated_until = SIZE_MAX);
};

}  // namespace ccsim
