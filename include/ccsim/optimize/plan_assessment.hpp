#pragma once
// Replications of a plan reduced, interval by interval, to KPI estimates and
// the probability of meeting the targets; and the criterion a search accepts.
#include <string>
#include <vector>

#include "ccsim/model/estimate.hpp"
#include "ccsim/optimize/evaluator.hpp"

namespace ccsim {

/// When a simulated interval counts as meeting its targets.
enum class Criterion {
  mean,       ///< the mean over replications meets every target
  confident,  ///< the 95% confidence bound of the mean meets every target (SL: lower bound; others: upper)
  p95,        ///< the targets are met in at least 95% of the replications
};

/// "mean", "confident", "p95".
const char* criterion_name(Criterion c);
/// One sentence saying what the criterion means.
const char* criterion_meaning(Criterion c);

/// The estimates of the targeted KPIs over the replications.
struct KpiAssessment {
  Estimate offered, service_level, abandon_rate, asa_s, occupancy;
  Estimate mean_lane_queue{}, max_lane_queue{};  ///< checkout's lanes (NaN elsewhere)
  Estimate staffed_s{};                          ///< staffed agent-seconds (checkout: lane-open seconds)
  Estimate food_wait_s{};                        ///< restaurant's kitchen: sitting down to food (NaN elsewhere)
};

struct IntervalAssessment : KpiAssessment {
  std::vector<KpiAssessment> classes;     ///< per class, when the outcomes have classes (occupancy undefined)
  std::vector<Estimate> group_occupancy;  ///< per agent group, when the outcomes have groups
  double p_meet = 1;                      ///< share of replications in which the interval met every target
  double settled_s = 0;                   ///< latest settled_s over the replications
  /// The means (with the classes'), as judged by meets_targets.
  IntervalKpis mean() const;
};

/// One assessment per interval.
std::vector<IntervalAssessment> assess(const TargetSet& targets, const PlanOutcomes& outcomes);

/// The day's figures (intervals `first`.. summed in each replication,
/// day_kpis) over the replications; p_meet judges the daily targets alone.
IntervalAssessment assess_day(const TargetSet& targets, const PlanOutcomes& outcomes, std::size_t first);

/// Whether the interval meets its targets (the floor's and its classes', those
/// not marked daily) under the criterion.
bool satisfies(const TargetSet& targets, const IntervalAssessment& a, Criterion c);
/// Whether the day (assess_day) meets the targets marked daily under the criterion.
bool satisfies_day(const TargetSet& targets, const IntervalAssessment& day, Criterion c);

/// What the interval's means miss, for messages: "SL AB", "class premium: SL",
/// "AB; class premium: ASA" ("" when nothing is missed); `class_names` by class index.
std::string missed_summary(const TargetSet& targets, const IntervalAssessment& a,
                           const std::vector<std::string>& class_names);

/// The KPIs the criterion judges: the means, or (confident) each moved by its
/// 95% half-width towards missing.
IntervalKpis judged_kpis(const IntervalAssessment& a, Criterion c);

/// True when a mean is significantly worse than a target (the whole 95% CI on the wrong side).
bool significantly_missed(const TargetSet& targets, const IntervalAssessment& a);

}  // namespace ccsim
