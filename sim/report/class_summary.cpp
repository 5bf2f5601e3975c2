#include "ccsim/report/class_summary.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {

std::vector<ClassSummary> summarize_classes(const Scenario& scenario, const std::vector<ClassTallies>& replications) {
  const auto classes = static_cast<std::size_t>(recorded_classes(scenario));
  const int n = scenario.clock.intervals();
  if (classes < 2 || replications.empty() || replications[0].size() != classes * static_cast<std::size_t>(n)) return {};
  const double len = scenario.clock.interval_s;
  const int first = static_cast<int>(std::lround(scenario.warmup_s / len));
  std::vector<ClassSummary> out;
  std::vector<IntervalTally> column(replications.size());
  std::vector<ClassTally> day(replications.size());
  for (std::size_t c = 0; c < classes; ++c) {
    ClassSummary summary{scenario.demand[c].name, scenario.demand[c].priority, {}, {}};
    std::fill(day.begin(), day.end(), ClassTally{});
    for (int i = first; i < n; ++i) {
      for (std::size_t r = 0; r < replications.size(); ++r) {
        const ClassTally& t = replications[r][static_cast<std::size_t>(i) * classes + c];
        column[r] = as_interval_tally(t);
        day[r] += t;
      }
      summary.intervals.push_back(estimates_of(column, len));
    }
    for (std::size_t r = 0; r < replications.size(); ++r) column[r] = as_interval_tally(day[r]);
    summary.overall = estimates_of(column, (n - first) * len);
    out.push_back(std::move(summary));
  }
  return out;
}

}  // namespace ccsim
