#pragma once
// Replications of a plan reduced, interval by interval, to KPI estimates and
// the probability of meeting the targets; and the criterion a search accepts.
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

struct IntervalAssessment {
  Estimate offered, service_level, abandon_rate, asa_s, occupancy;
  double p_meet = 1;     ///< share of replications in which the interval met every target
  double settled_s = 0;  ///< latest settled_s over the replications
  IntervalKpis mean() const;
};

/// One assessment per interval.
std::vector<IntervalAssessment> assess(const Targets& targets, const PlanOutcomes& outcomes);

/// Whether the interval meets its targets under the criterion.
bool satisfies(const Targets& targets, const IntervalAssessment& a, Criterion c);

/// True when the mean is significantly worse than a target (the whole 95% CI on the wrong side).
bool significantly_missed(const Targets& targets, const IntervalAssessment& a);

}  // namespace ccsim
