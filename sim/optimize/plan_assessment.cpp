#include "ccsim/optimize/plan_assessment.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {
namespace {

double or_zero(double x) { return std::isnan(x) ? 0 : x; }

IntervalKpis mean_of(const KpiAssessment& a) {
  IntervalKpis k{a.offered.mean, a.service_level.mean, a.abandon_rate.mean, a.asa_s.mean, a.occupancy.mean, 0, {}};
  k.mean_lane_queue = a.mean_lane_queue.mean;
  k.max_lane_queue = a.max_lane_queue.mean;
  k.food_wait_s = a.food_wait_s.mean;
  return k;
}

// The KPIs moved by `sign` half-widths towards the bad side (sign +1) or the good side (-1).
IntervalKpis shifted_of(const KpiAssessment& a, double sign) {
  IntervalKpis k = mean_of(a);
  k.service_level -= sign * or_zero(a.service_level.ci95);
  k.abandon_rate += sign * or_zero(a.abandon_rate.ci95);
  k.asa_s += sign * or_zero(a.asa_s.ci95);
  k.occupancy += sign * or_zero(a.occupancy.ci95);
  k.mean_lane_queue += sign * or_zero(a.mean_lane_queue.ci95);
  k.max_lane_queue += sign * or_zero(a.max_lane_queue.ci95);
  k.food_wait_s += sign * or_zero(a.food_wait_s.ci95);
  return k;
}

IntervalKpis shifted(const IntervalAssessment& a, double sign) {
  IntervalKpis k = shifted_of(a, sign);
  for (const KpiAssessment& c : a.classes) k.classes.push_back(shifted_of(c, sign));
  return k;
}

// Estimates over the replications of one interval's KPIs, read by `of` from each replication.
template <class Of>
KpiAssessment estimate_kpis(const PlanOutcomes& outcomes, Of of) {
  std::vector<double> offered, sl, ab, asa, occ, lane, lane_max, staffed, food;
  for (const auto& replication : outcomes) {
    const IntervalKpis& k = of(replication);
    offered.push_back(k.offered);
    sl.push_back(k.service_level);
    ab.push_back(k.abandon_rate);
    asa.push_back(k.asa_s);
    occ.push_back(k.occupancy);
    lane.push_back(k.mean_lane_queue);
    lane_max.push_back(k.max_lane_queue);
    staffed.push_back(k.staffed_s);
    food.push_back(k.food_wait_s);
  }
  return KpiAssessment{estimate(offered), estimate(sl),       estimate(ab),       estimate(asa),   estimate(occ),
                       estimate(lane),    estimate(lane_max), estimate(staffed), estimate(food)};
}

}  // namespace

const char* criterion_name(Criterion c) {
  switch (c) {
  case Criterion::mean: return "mean";
  case Criterion::confident: return "confident";
  case Criterion::p95: return "p95";
  }
  return "?";
}

const char* criterion_meaning(Criterion c) {
  switch (c) {
  case Criterion::mean: return "every interval's mean over the replications meets each target";
  case Criterion::confident:
    return "every interval meets each target with its 95% confidence bound (service level: lower bound >= "
           "target; abandonment, ASA, occupancy: upper bound <= target)";
  case Criterion::p95: return "every interval meets all its targets in at least 95% of the replications";
  }
  return "?";
}

IntervalKpis IntervalAssessment::mean() const {
  IntervalKpis k = mean_of(*this);
  for (const KpiAssessment& c : classes) k.classes.push_back(mean_of(c));
  return k;
}

namespace {

// The estimates over the replications of the KPIs `of` reads from each
// (one interval's, or the day's), P(meet) by `judged`.
template <class Of>
IntervalAssessment assessment_of(const TargetSet& targets, const PlanOutcomes& outcomes, Of of, Judged judged) {
  const std::size_t classes = outcomes.empty() ? 0 : of(outcomes.front()).classes.size();
  IntervalAssessment a;
  static_cast<KpiAssessment&>(a) = estimate_kpis(outcomes, of);
  for (std::size_t c = 0; c < classes; ++c)
    a.classes.push_back(
        estimate_kpis(outcomes, [&of, c](const auto& r) -> const IntervalKpis& { return of(r).classes.at(c); }));
  const std::size_t groups = outcomes.empty() ? 0 : of(outcomes.front()).group_occupancy.size();
  for (std::size_t g = 0; g < groups; ++g) {
    std::vector<double> occupancy;
    for (const auto& replication : outcomes) occupancy.push_back(of(replication).group_occupancy.at(g));
    a.group_occupancy.push_back(estimate(occupancy));
  }
  double met = 0;
  for (const auto& replication : outcomes) {
    met += meets_targets(targets, of(replication), judged) ? 1 : 0;
    a.settled_s = std::max(a.settled_s, of(replication).settled_s);
  }
  a.p_meet = outcomes.empty() ? 1 : met / static_cast<double>(outcomes.size());
  return a;
}

bool satisfies_as(const TargetSet& targets, const IntervalAssessment& a, Criterion c, Judged judged) {
  switch (c) {
  case Criterion::mean: return meets_targets(targets, a.mean(), judged);
  case Criterion::confident: return meets_targets(targets, shifted(a, +1), judged);
  case Criterion::p95: return a.p_meet >= 0.95 - 1e-12;
  }
  return false;
}

}  // namespace

std::vector<IntervalAssessment> assess(const TargetSet& targets, const PlanOutcomes& outcomes) {
  const std::size_t intervals = outcomes.empty() ? 0 : outcomes.front().size();
  std::vector<IntervalAssessment> result;
  for (std::size_t i = 0; i < intervals; ++i)
    result.push_back(assessment_of(
        targets, outcomes, [i](const auto& r) -> const IntervalKpis& { return r[i]; }, Judged::interval));
  return result;
}

IntervalAssessment assess_day(const TargetSet& targets, const PlanOutcomes& outcomes, std::size_t first) {
  PlanOutcomes days;
  for (const auto& replication : outcomes) days.push_back({day_kpis(replication, first)});
  return assessment_of(
      targets.daily_only(), days, [](const auto& r) -> const IntervalKpis& { return r.front(); }, Judged::day);
}

bool satisfies(const TargetSet& targets, const IntervalAssessment& a, Criterion c) {
  return satisfies_as(targets, a, c, Judged::interval);
}

bool satisfies_day(const TargetSet& targets, const IntervalAssessment& day, Criterion c) {
  return satisfies_as(targets.daily_only(), day, c, Judged::day);
}

std::string missed_summary(const TargetSet& targets, const IntervalAssessment& a,
                           const std::vector<std::string>& class_names) {
  const IntervalKpis k = a.mean();
  std::string out = missed_labels(targets.all, k, Judged::interval);
  for (std::size_t c = 0; c < k.classes.size() && c < targets.by_class.size(); ++c) {
    const std::string labels = missed_labels(targets.by_class[c], k.classes[c], Judged::interval);
    if (labels.empty()) continue;
    out += (out.empty() ? "" : "; ") + std::string("class ") +
           (c < class_names.size() ? class_names[c] : std::to_string(c)) + ": " + labels;
  }
  return out;
}

IntervalKpis judged_kpis(const IntervalAssessment& a, Criterion c) {
  return c == Criterion::confident ? shifted(a, +1) : a.mean();
}

bool significantly_missed(const TargetSet& targets, const IntervalAssessment& a) {
  return !meets_targets(targets, shifted(a, -1), Judged::interval);
}

}  // namespace ccsim
