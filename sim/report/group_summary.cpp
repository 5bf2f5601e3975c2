#include "ccsim/report/group_summary.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ccsim {
namespace {

GroupEstimates estimates_of(const std::vector<GroupTally>& per_replication, double duration_s) {
  std::vector<double> present, answered, occupancy;
  for (const GroupTally& t : per_replication) {
    present.push_back(t.staffed_area / duration_s);
    answered.push_back(t.answered);
    occupancy.push_back(t.staffed_area > 0 ? t.busy_area / t.staffed_area : std::numeric_limits<double>::quiet_NaN());
  }
  return GroupEstimates{estimate(present), estimate(answered), estimate(occupancy)};
}

}  // namespace

std::vector<GroupSummary> summarize_groups(const Scenario& scenario, const std::vector<GroupTallies>& replications) {
  const auto groups = static_cast<std::size_t>(recorded_groups(scenario));
  const int n = scenario.clock.intervals();
  if (groups == 0 || replications.empty() || replications[0].size() != groups * static_cast<std::size_t>(n)) return {};
  const double len = scenario.clock.interval_s;
  const int first = static_cast<int>(std::lround(scenario.warmup_s / len));
  std::vector<GroupSummary> out;
  std::vector<GroupTally> column(replications.size()), day(replications.size());
  for (std::size_t g = 0; g < groups; ++g) {
    GroupSummary summary{scenario.staff[g].name, {}, {}};
    std::fill(day.begin(), day.end(), GroupTally{});
    for (int i = first; i < n; ++i) {
      for (std::size_t r = 0; r < replications.size(); ++r) {
        column[r] = replications[r][static_cast<std::size_t>(i) * groups + g];
        day[r].busy_area += column[r].busy_area;
        day[r].staffed_area += column[r].staffed_area;
        day[r].answered += column[r].answered;
      }
      summary.intervals.push_back(estimates_of(column, len));
    }
    summary.overall = estimates_of(day, (n - first) * len);
    out.push_back(std::move(summary));
  }
  return out;
}

}  // namespace ccsim
