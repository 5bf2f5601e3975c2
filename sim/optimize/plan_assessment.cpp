#include "ccsim/optimize/plan_assessment.hpp"

#include <cmath>

namespace ccsim {
namespace {

double or_zero(double x) { return std::isnan(x) ? 0 : x; }

// The KPIs moved by `sign` half-widths towards the bad side (sign +1) or the good side (-1).
IntervalKpis shifted(const IntervalAssessment& a, double sign) {
  IntervalKpis k = a.mean();
  k.service_level -= sign * or_zero(a.service_level.ci95);
  k.abandon_rate += sign * or_zero(a.abandon_rate.ci95);
  k.asa_s += sign * or_zero(a.asa_s.ci95);
  k.occupancy += sign * or_zero(a.occupancy.ci95);
  return k;
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
  return IntervalKpis{offered.mean, service_level.mean, abandon_rate.mean, asa_s.mean, occupancy.mean};
}

std::vector<IntervalAssessment> assess(const Targets& targets, const PlanOutcomes& outcomes) {
  const std::size_t intervals = outcomes.empty() ? 0 : outcomes.front().size();
  std::vector<IntervalAssessment> result(intervals);
  for (std::size_t i = 0; i < intervals; ++i) {
    std::vector<double> offered, sl, ab, asa, occ;
    double met = 0;
    for (const auto& replication : outcomes) {
      const IntervalKpis& k = replication[i];
      offered.push_back(k.offered);
      sl.push_back(k.service_level);
      ab.push_back(k.abandon_rate);
      asa.push_back(k.asa_s);
      occ.push_back(k.occupancy);
      met += meets_targets(targets, k) ? 1 : 0;
      result[i].settled_s = std::max(result[i].settled_s, k.settled_s);
    }
    IntervalAssessment& a = result[i];
    a.offered = estimate(offered);
    a.service_level = estimate(sl);
    a.abandon_rate = estimate(ab);
    a.asa_s = estimate(asa);
    a.occupancy = estimate(occ);
    a.p_meet = outcomes.empty() ? 1 : met / static_cast<double>(outcomes.size());
  }
  return result;
}

bool satisfies(const Targets& targets, const IntervalAssessment& a, Criterion c) {
  switch (c) {
  case Criterion::mean: return meets_targets(targets, a.mean());
  case Criterion::confident: return meets_targets(targets, shifted(a, +1));
  case Criterion::p95: return a.p_meet >= 0.95 - 1e-12;
  }
  return false;
}

bool significantly_missed(const Targets& targets, const IntervalAssessment& a) {
  return !meets_targets(targets, shifted(a, -1));
}

}  // namespace ccsim
