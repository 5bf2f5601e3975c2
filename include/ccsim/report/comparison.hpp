#pragma once
// Paired comparison of two runs of the same day: "9 agents instead of 10 at
// lunch: +X% abandonment, CI [..]". Both runs use the same seed, so
// replication r of A and of B see the same callers (common random numbers);
// the difference B - A is estimated replication by replication, which removes
// most of the noise the two runs share.
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// One KPI in both runs and their difference B - A.
struct KpiComparison {
  Estimate a, b;
  Estimate paired;             ///< mean and 95% CI of the per-replication differences
  double unpaired_ci95 = 0;    ///< the 95% half-width if the runs were independent (Welch), for contrast
};

struct IntervalComparison {
  int index = 0;
  double start_s = 0, end_s = 0;
  std::array<KpiComparison, kpi_count> kpis;
  const KpiComparison& operator[](Kpi k) const { return kpis[static_cast<std::size_t>(k)]; }
};

struct Comparison {
  std::vector<IntervalComparison> intervals;  ///< reported intervals (after warm-up)
  IntervalComparison overall;                 ///< the day
  int replications = 0;                       ///< pairs compared
};

/// Compares two runs of scenarios with the same clock and warm-up (the caller
/// checks); replication r of `a` is paired with replication r of `b`.
Comparison compare_runs(const Scenario& a, const std::vector<ReplicationTallies>& runs_a,
                        const std::vector<ReplicationTallies>& runs_b);

/// Terminal output: the day's KPIs in A and B with the paired difference and
/// its CI (and the unpaired half-width for contrast), then per interval the
/// differences in service level, abandonment and ASA ("*": the CI excludes 0).
void print_comparison(std::ostream& out, const Scenario& a, const Scenario& b, const Comparison& c,
                      bool show_intervals);

/// comparison.csv: one row per reported interval and one for the day ("day"),
/// per KPI: <kpi>_a, <kpi>_b, <kpi>_diff, <kpi>_diff_ci95, <kpi>_unpaired_ci95.
std::string comparison_csv(const Scenario& a, const Comparison& c);

} // namespace ccsim
