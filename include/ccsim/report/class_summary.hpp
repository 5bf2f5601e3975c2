#pragma once
// Per-class tallies reduced to KPI estimates with confidence intervals: the
// same KPIs, definitions and estimates as the totals (RunSummary), for each
// customer class of a call center.
#include <string>
#include <vector>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "ccsim/model/class_tally.hpp"
#include "ccsim/report/kpi_estimates.hpp"

namespace ccsim {

/// One customer class over the reported intervals. Only the KPIs in
/// class_kpis are meaningful; the others are 0 or undefined.
struct ClassSummary {
  std::string name;
  int priority = 1;                     ///< 1 is served first
  std::vector<KpiEstimates> intervals;  ///< per reported interval, in the order of RunSummary::intervals
  KpiEstimates overall;                 ///< the reported day
};

/// Per-class summaries, in the scenario's class order, of the reported
/// intervals (warm-up left out); `replications[r]` holds replication r's
/// ClassTallies. Empty when the scenario has fewer than two classes (its
/// totals are then the one class) or the tallies hold no classes.
std::vector<ClassSummary> summarize_classes(const Scenario& scenario, const std::vector<ClassTallies>& replications);

}  // namespace ccsim
