#include "ccsim/report/run_summary.hpp"

#include <cmath>
#include <cstdio>

namespace ccsim {
namespace {

std::vector<Estimate> floor_estimates_of(const Floor& floor, const std::vector<IntervalTally>& per_replication,
                                         double duration_s) {
  std::vector<Estimate> out;
  std::vector<double> values(per_replication.size());
  for (const FloorKpiInfo& info : floor_kpis(floor)) {
    for (std::size_t r = 0; r < per_replication.size(); ++r)
      values[r] = floor_kpi_value(info.kpi, per_replication[r], duration_s);
    out.push_back(estimate(values));
  }
  return out;
}

}  // namespace

RunSummary summarize(const Scenario& scenario, const std::vector<ReplicationTallies>& replications) {
  RunSummary summary;
  summary.replications = static_cast<int>(replications.size());
  const double len = scenario.clock.interval_s;
  const int first = static_cast<int>(std::lround(scenario.warmup_s / len));
  const int n = scenario.clock.intervals();
  std::vector<IntervalTally> column(replications.size());
  std::vector<IntervalTally> day(replications.size());
  for (int i = first; i < n; ++i) {
    for (std::size_t r = 0; r < replications.size(); ++r) {
      column[r] = replications[r][static_cast<std::size_t>(i)];
      day[r] += column[r];
    }
    summary.intervals.push_back(IntervalSummary{i, i * len, (i + 1) * len, estimates_of(column, len),
                                                floor_estimates_of(scenario.floor, column, len)});
  }
  summary.overall = estimates_of(day, (n - first) * len);
  summary.floor_overall = floor_estimates_of(scenario.floor, day, (n - first) * len);
  return summary;
}

RunSummary summarize(const Scenario& scenario, const RunTallies& tallies) {
  RunSummary summary = summarize(scenario, tallies.totals);
  summary.classes = summarize_classes(scenario, tallies.classes);
  summary.groups = summarize_groups(scenario, tallies.groups);
  return summary;
}

std::string clock_label(const Scenario& scenario, double t_s) {
  const double base = scenario.clock.start_of_day_s.value_or(0);
  const long total_min = std::lround((base + t_s) / 60.0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld", total_min / 60, total_min % 60);
  return buf;
}

}  // namespace ccsim
