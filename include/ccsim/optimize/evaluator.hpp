#pragma once
// The seam between staffing searches and what judges a plan: a simulation
// (SimulationEvaluator, simulation_evaluator.hpp) or, in tests, a formula.
#include <cstdint>
#include <cstddef>
#include <memory>
#include <vector>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/optimize/group_split.hpp"
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

/// What a restaurant's plan given as one count per interval staffs.
enum class RestaurantStaff { waiters, cooks };

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
  /// From now on, plans given as totals per interval are split among the
  /// groups with `weights` (split_by_group); false where the evaluator cannot.
  virtual bool weigh_groups(const GroupWeights& weights) {
    (void)weights;
    return false;
  }
  /// On a restaurant, from now on plans given as counts per interval staff
  /// `what` (the waiters or the kitchen's cooks), the other held at `other`
  /// per interval; false where the evaluator cannot.
  virtual bool staff_restaurant(RestaurantStaff what, const std::vector<int>& other) {
    (void)what;
    (void)other;
    return false;
  }
  /// Trials off `plan`'s run under `seed`, where the evaluator can pause a run; else null.
  virtual std::unique_ptr<PlanTrials> open_trials(const std::vector<int>& plan, std::uint64_t seed) {
    (void)plan;
    (void)seed;
    return nullptr;
  }
};

}  // namespace ccsim
