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

} // namespace

Comparison compare_runs(const Scenario& a, const std::vector<ReplicationTallies>& runs_a,
                        const std::vector<ReplicationTallies>& runs_b) {
  Comparison out;
  const std::size_t pairs = std::min(runs_a.size(), runs_b.size());
  out.replications = static_cast<int>(pairs);
  const double len = a.clock.interval_s;
  const int first = static_cast<int>(std::lround(a.warmup_s / len));
  const int n = a.clock.intervals();
  std::vector<IntervalTally> col_a(pairs), col_b(pairs), day_a(pairs), day_b(pairs);
  for (int i = first; i < n; ++i) {
    for (std::size_t r = 0; r < pairs; ++r) {
      col_a[r] = runs_a[r][static_cast<std::size_t>(i)];
      col_b[r] = runs_b[r][static_cast<std::size_t>(i)];
      day_a[r] += col_a[r];
      day_b[r] += col_b[r];
    }
    IntervalComparison c = compare_tallies(col_a, col_b, len);
    c.index = i;
    c.start_s = i * len;
    c.end_s = (i + 1) * len;
    out.intervals.push_back(std::move(c));
  }
  out.overall = compare_tallies(day_a, day_b, (n - first) * len);
  out.overall.start_s = first * len;
  out.overall.end_s = n * len;
  return out;
}

} // namespace ccsim
