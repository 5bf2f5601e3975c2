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

#include "ccsim/report/run_outputs.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// One KPI in both runs and their difference B - A.
struct KpiComparison {
  Estimate a, b;
  Estimate paired;           ///< mean and 95% CI of the per-replication differences
  double unpaired_ci95 = 0;  ///< the 95% half-width if the runs were independent (Welch), for contrast
};

struct IntervalComparison {
  int index = 0;
  double start_s = 0, end_s = 0;
  std::array<KpiComparison, kpi_count> kpis;
  const KpiComparison& operator[](Kpi k) const { return kpis[static_cast<std::size_t>(k)]; }
};

/// One customer class in both runs (only the KPIs in class_kpis are meaningful).
struct ClassComparison {
  std::string name;
  std::vector<IntervalComparison> intervals;  ///< as Comparison::intervals
  IntervalComparison overall;                 ///< the day
};

struct Comparison {
  std::vector<IntervalComparison> intervals;  ///< reported intervals (after warm-up)
  IntervalComparison overall;                 ///< the day
  int replications = 0;                       ///< pairs compared
  /// Per customer class, when A and B have the same two or more classes (by
  /// name, in order) and the per-class tallies were given; empty otherwise.
  std::vector<ClassComparison> classes;
};

/// Compares two runs of scenarios with the same clock and warm-up (the caller
/// checks); replication r of `a` is paired with replication r of `b`.
Comparison compare_runs(const Scenario& a, const std::vector<ReplicationTallies>& runs_a,
                        const std::vector<ReplicationTallies>& runs_b);
/// As above, with the per-class comparison when A and B have the same classes.
Comparison compare_runs(const Scenario& a, const RunTallies& runs_a, const Scenario& b, const RunTallies& runs_b);

/// Terminal output: the day's KPIs in A and B with the paired difference and
/// its CI (and the unpaired half-width for contrast), then per interval the
/// differences in service level, abandonment and ASA ("*": the CI excludes 0).
void print_comparison(std::ostream& out, const Scenario& a, const Scenario& b, const Comparison& c,
                      bool show_intervals);

/// The per-class part of the terminal output (nothing without c.classes): per
/// class, the day's service level, abandonment and ASA in A and B and the
/// paired difference with its CI.
/// Says within which T each class's service level counts when a class has
/// its own, and warns when A and B count it within different times.
void print_class_comparison(std::ostream& out, const Scenario& a, const Scenario& b, const Comparison& c);

/// comparison_classes.csv (when c.classes is not empty): one row per reported
/// interval and class, then one per class for the day ("day"); columns
/// interval, start, end, class, then per KPI in class_kpis <kpi>_a, <kpi>_b,
/// <kpi>_diff, <kpi>_diff_ci95, <kpi>_unpaired_ci95.
std::string comparison_classes_csv(const Scenario& a, const Comparison& c);

/// comparison.csv: one row per reported interval and one for the day ("day"),
/// per KPI: <kpi>_a, <kpi>_b, <kpi>_diff, <kpi>_diff_ci95, <kpi>_unpaired_ci95.
std::string comparison_csv(const Scenario& a, const Comparison& c);

/// comparison.html: a self-contained page with the day's table (A, B, B - A
/// with its paired CI, B/A - 1, the unpaired CI) and, per KPI, A's and B's
/// intervals side by side and B - A per interval with its paired band.
std::string comparison_html(const Scenario& a, const Scenario& b, const Comparison& c, const Provenance& provenance);

}  // namespace ccsim
