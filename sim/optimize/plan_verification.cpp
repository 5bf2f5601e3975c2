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
  const PlanOutcomes outcomes = evaluator.evaluate_plan(plan, seed);
  v.intervals = assess(targets, outcomes);
  const auto first = static_cast<std::size_t>(first_reported_interval(s));
  v.day = assess_day(targets, outcomes, first);
  const IntervalKpis day = v.day.mean();
  const auto add = [&v](const std::string& labels, const std::string& whose) {
    if (labels.empty()) return;
    if (!v.day_missed.empty()) v.day_missed += ' ';
    v.day_missed += whose.empty() ? labels : whose + ": " + labels;
  };
  add(missed_labels(targets.all.daily_only(), day, Judged::day), "");
  for (std::size_t c = 0; c < targets.by_class.size() && c < day.classes.size(); ++c)
    add(missed_labels(targets.by_class[c].daily_only(), day.classes[c], Judged::day), s.demand[c].name);
  v.agent_hours = agent_hours(plan.agents, s.clock);
  if (const auto& kitchen = s.floor.restaurant.kitchen; kitchen && s.floor.kind == FloorKind::restaurant)
    v.cook_hours = agent_hours(plan.cooks.empty() ? kitchen->cooks : plan.cooks, s.clock);
  v.paid_hours = plan.paid_hours.value_or(v.agent_hours + v.cook_hours);
  for (std::size_t i = first; i < v.intervals.size(); ++i) {
    const IntervalAssessment& a = v.intervals[i];
    if (!meets_targets(targets, a.mean(), Judged::interval)) ++v.missed;
    if (significantly_missed(targets, a)) ++v.significantly_missed;
    v.min_p_meet = std::min(v.min_p_meet, a.p_meet);
  }
  return v;
}

}  // namespace ccsim
