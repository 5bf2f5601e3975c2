#include "target_verdict.hpp"

#include <cmath>

#include <fmt/format.h>

namespace ccsim {

std::string target_verdict(double day, const std::vector<double>& intervals, double target, bool at_least, bool daily) {
  // As the model's judge (missed_labels): within 1e-12 a value meets its target.
  const auto misses = [&](double v) { return !std::isnan(v) && (at_least ? v < target - 1e-12 : v > target + 1e-12); };
  if (daily) return misses(day) ? " MISSED for the day" : " met for the day";
  std::size_t missed = 0, judged = 0;
  for (double v : intervals) {
    if (std::isnan(v)) continue;
    ++judged;
    missed += misses(v) ? 1 : 0;
  }
  // A per-interval target: the intervals first, the day's figure beside them.
  if (misses(day))
    return missed ? fmt::format(" MISSED in {} of {} intervals and by the day's figure", missed, judged)
                  : " MISSED by the day's figure (no interval misses it)";
  return missed ? fmt::format(" missed in {} of {} intervals (the day's figure meets it)", missed, judged)
                : " met in every interval";
}

std::vector<double> means_of(const std::vector<IntervalSummary>& intervals, Kpi kpi) {
  std::vector<double> means;
  for (const IntervalSummary& i : intervals) means.push_back(i.kpis[kpi].mean);
  return means;
}

std::vector<double> means_of(const std::vector<KpiEstimates>& intervals, Kpi kpi) {
  std::vector<double> means;
  for (const KpiEstimates& k : intervals) means.push_back(k[kpi].mean);
  return means;
}

}  // namespace ccsim
