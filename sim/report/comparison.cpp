#include "ccsim/report/comparison.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {
namespace {

double welch_ci95(const Estimate& a, const Estimate& b) {
  // Back from each half-width to the variance of its mean, then Welch-Satterthwaite.
  if (a.n < 2 || b.n < 2) return std::nan("");
  const double va = std::pow(a.ci95 / student_t_quantile(0.95, a.n - 1), 2);
  const double vb = std::pow(b.ci95 / student_t_quantile(0.95, b.n - 1), 2);
  const double v = va + vb;
  if (v == 0) return 0;
  const double df = v * v / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
  return student_t_quantile(0.95, std::max(1, static_cast<int>(std::floor(df)))) * std::sqrt(v);
}

IntervalComparison compare_tallies(const std::vector<IntervalTally>& a, const std::vector<IntervalTally>& b,
                                   double duration_s) {
  IntervalComparison out;
  std::vector<double> va(a.size()), vb(a.size()), diff(a.size());
  for (const KpiInfo& info : kpi_table()) {
    for (std::size_t r = 0; r < a.size(); ++r) {
      va[r] = kpi_value(info.kpi, a[r], duration_s);
      vb[r] = kpi_value(info.kpi, b[r], duration_s);
      diff[r] = vb[r] - va[r];  // NaN when either is undefined: that pair is skipped
    }
    KpiComparison& k = out.kpis[static_cast<std::size_t>(info.kpi)];
    k.a = estimate(va);
    k.b = estimate(vb);
    k.paired = estimate(diff);
    k.unpaired_ci95 = welch_ci95(k.a, k.b);
  }
  return out;
}

bool same_classes(const Scenario& a, const Scenario& b) {
  if (a.demand.size() != b.demand.size() || recorded_classes(a) < 2 || recorded_classes(b) < 2) return false;
  for (std::size_t c = 0; c < a.demand.size(); ++c)
    if (a.demand[c].name != b.demand[c].name) return false;
  return true;
}

// Per reported interval and for the day; `tally(run, r, i)` is replication r's
// tally of interval i in one run (A or B).
template <class Runs, class TallyOf>
void compare_days(const Scenario& a, std::size_t pairs, const Runs& runs_a, const Runs& runs_b, TallyOf tally,
                  std::vector<IntervalComparison>& intervals, IntervalComparison& overall) {
  const double len = a.clock.interval_s;
  const int first = static_cast<int>(std::lround(a.warmup_s / len));
  const int n = a.clock.intervals();
  std::vector<IntervalTally> col_a(pairs), col_b(pairs), day_a(pairs), day_b(pairs);
  for (int i = first; i < n; ++i) {
    for (std::size_t r = 0; r < pairs; ++r) {
      col_a[r] = tally(runs_a, r, static_cast<std::size_t>(i));
      col_b[r] = tally(runs_b, r, static_cast<std::size_t>(i));
      day_a[r] += col_a[r];
      day_b[r] += col_b[r];
    }
    IntervalComparison c = compare_tallies(col_a, col_b, len);
    c.index = i;
    c.start_s = i * len;
    c.end_s = (i + 1) * len;
    intervals.push_back(std::move(c));
  }
  overall = compare_tallies(day_a, day_b, (n - first) * len);
  overall.start_s = first * len;
  overall.end_s = n * len;
}

}  // namespace

Comparison compare_runs(const Scenario& a, const std::vector<ReplicationTallies>& runs_a,
                        const std::vector<ReplicationTallies>& runs_b) {
  Comparison out;
  const std::size_t pairs = std::min(runs_a.size(), runs_b.size());
  out.replications = static_cast<int>(pairs);
  const auto tally = [](const std::vector<ReplicationTallies>& runs, std::size_t r, std::size_t i) {
    return runs[r][i];
  };
  compare_days(a, pairs, runs_a, runs_b, tally, out.intervals, out.overall);
  return out;
}

Comparison compare_runs(const Scenario& a, const RunTallies& runs_a, const Scenario& b, const RunTallies& runs_b) {
  Comparison out = compare_runs(a, runs_a.totals, runs_b.totals);
  if (!same_classes(a, b)) return out;
  const auto classes = static_cast<std::size_t>(recorded_classes(a));
  const auto pairs = static_cast<std::size_t>(out.replications);
  for (std::size_t c = 0; c < classes; ++c) {
    // The class's own tallies, read as IntervalTally: the totals' KPI definitions apply unchanged.
    const auto tally = [classes, c](const std::vector<ClassTallies>& runs, std::size_t r, std::size_t i) {
      return as_interval_tally(runs[r][i * classes + c]);
    };
    ClassComparison cls{a.demand[c].name, {}, {}};
    compare_days(a, pairs, runs_a.classes, runs_b.classes, tally, cls.intervals, cls.overall);
    out.classes.push_back(std::move(cls));
  }
  return out;
}

}  // namespace ccsim
