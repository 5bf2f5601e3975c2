#include "ccsim/optimize/plan_verification.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {

int first_reported_interval(const Scenario& s) {
  return static_cast<int>(std::lround(s.warmup_s / s.clock.interval_s));
}

PlanVerification verify_plan(Evaluator& evaluator, const Scenario& s, const StaffingPlan& plan, std::uint64_t seed) {
  PlanVerification v;
  v.plan = plan;
  const TargetSet targets = s.target_set();
  v.intervals = assess(targets, evaluator.evaluate_plan(plan, seed));
  v.agent_hours = agent_hours(plan.agents, s.clock);
  v.paid_hours = plan.paid_hours.value_or(v.agent_hours);
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < v.intervals.size(); ++i) {
    const IntervalAssessment& a = v.intervals[i];
    if (!meets_targets(targets, a.mean())) ++v.missed;
    if (significantly_missed(targets, a)) ++v.significantly_missed;
    v.min_p_meet = std::min(v.min_p_meet, a.p_meet);
  }
  return v;
}

}  // namespace ccsim
