#pragma once
// Verification: a plan simulated with fresh seeds (not the search's), per
// interval the KPIs with confidence intervals and P(meet target).
#include <cstdint>
#include <string>
#include <vector>

#include "ccsim/optimize/plan_assessment.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

/// The seed verification uses for a scenario seed: far from the search's.
constexpr std::uint64_t verification_seed(std::uint64_t seed) { return seed + 1000003; }

struct PlanVerification {
  StaffingPlan plan;
  std::vector<IntervalAssessment> intervals;  ///< one per interval
  int missed = 0;                             ///< intervals (after warm-up) whose mean misses a target
  int significantly_missed = 0;               ///< of those, the ones whose whole 95% CI misses
  double agent_hours = 0;                     ///< a restaurant's: its waiters'
  double cook_hours = 0;                      ///< a restaurant's kitchen: cooks on duty x time (0 without a kitchen)
  double paid_hours = 0;   ///< the plan's paid hours (agent-hours, and cook-hours, for a per-interval plan)
  double min_p_meet = 1;   ///< lowest P(meet target) over the intervals after warm-up
  IntervalAssessment day;  ///< the day after warm-up (p_meet: of the daily targets)
  /// The daily targets the day's means miss ("SL AB", floor's and classes' labels
  /// joined, e.g. "SL premium:AB"); "" when met or none is marked daily.
  std::string day_missed;
};

/// Simulates `plan` with `seed` through `evaluator` and judges it against the targets.
PlanVerification verify_plan(Evaluator& evaluator, const Scenario& scenario, const StaffingPlan& plan,
                             std::uint64_t seed);

/// The index of the first interval after the warm-up.
int first_reported_interval(const Scenario& scenario);

}  // namespace ccsim
