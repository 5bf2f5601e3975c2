#pragma once
// Replication tallies reduced to KPI estimates with confidence intervals.
#include <array>
#include <string>
#include <vector>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "ccsim/model/estimate.hpp"
#include "ccsim/model/floor_kpi.hpp"
#include "ccsim/model/kpi.hpp"
#include "ccsim/report/class_summary.hpp"
#include "ccsim/report/group_summary.hpp"

namespace ccsim {

struct IntervalSummary {
  int index = 0;  ///< position in the day (warm-up intervals included)
  double start_s = 0, end_s = 0;
  KpiEstimates kpis;
  std::vector<Estimate> floor;  ///< the floor's own KPIs, in floor_kpis(floor) order (none on a call center)
};

/// Everything reported about a run. Warm-up intervals are left out, and the
/// day ("overall") covers the reported intervals only.
struct RunSummary {
  std::vector<IntervalSummary> intervals;
  KpiEstimates overall;
  std::vector<Estimate> floor_overall;  ///< the floor's own KPIs for the day, in floor_kpis(floor) order
  int replications = 0;
  /// Per customer class, when a call center has two or more and the run kept
  /// them (summarize of RunTallies); empty otherwise. Class sums equal the totals.
  std::vector<ClassSummary> classes;
  /// Per agent group, on a call center whose groups differ (recorded_groups); else empty.
  std::vector<GroupSummary> groups{};
};

RunSummary summarize(const Scenario& scenario, const std::vector<ReplicationTallies>& replications);
/// As above, with the per-class summaries.
RunSummary summarize(const Scenario& scenario, const RunTallies& tallies);

/// "08:00" for a clock with a time of day, else elapsed "h:mm" ("400:00").
std::string clock_label(const Scenario& scenario, double t_s);

}  // namespace ccsim
