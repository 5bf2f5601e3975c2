#include "ccsim/optimize/group_split.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "ccsim/scenario/floor.hpp"

namespace ccsim {
namespace {

// The groups that take class d first: its route's primary, else every group
// that serves it.
std::vector<std::size_t> first_groups(const Scenario& s, int d) {
  const Demand& demand = s.demand[static_cast<std::size_t>(d)];
  if (demand.route) return {static_cast<std::size_t>(demand.route->primary)};
  std::vector<std::size_t> groups;
  for (std::size_t g = 0; g < s.staff.size(); ++g)
    if (s.staff[g].serves(d)) groups.push_back(g);
  return groups;
}

std::vector<double> normalised(std::vector<double> w) {
  const double sum = std::accumulate(w.begin(), w.end(), 0.0);
  if (!(sum > 0)) return std::vector<double>(w.size(), 1.0 / static_cast<double>(w.size()));
  for (double& x : w) x /= sum;
  return w;
}

// Largest remainder, ties to the earlier group; groups with a positive share
// first get one agent each while the total allows.
std::vector<int> apportion(const std::vector<double>& shares, int total) {
  const std::size_t n = shares.size();
  std::vector<int> counts(n, 0);
  int left = total;
  const auto positive = std::count_if(shares.begin(), shares.end(), [](double x) { return x > 0; });
  if (total >= positive)
    for (std::size_t g = 0; g < n; ++g)
      if (shares[g] > 0) {
        counts[g] = 1;
        --left;
      }
  // The rest by largest remainder of each group's quota beyond what it has.
  std::vector<double> quota(n);
  for (std::size_t g = 0; g < n; ++g) {
    quota[g] = std::max(0.0, shares[g] * total - counts[g]);
    const int whole = std::min(left, static_cast<int>(std::floor(quota[g] * (1 + 1e-12))));
    counts[g] += whole;
    left -= whole;
    quota[g] -= whole;
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return quota[a] > quota[b]; });
  for (std::size_t k = 0; left > 0; k = (k + 1) % n, --left) ++counts[order[k]];
  return counts;
}

} // namespace

bool staffed_by_group(const Scenario& s) {
  for (const StaffGroup& g : s.staff)
    if (!g.skills.empty() || g.fatigue || g.absenteeism > 0) return true;
  for (const Demand& d : s.demand)
    if (d.route) return true;
  return false;
}

std::vector<double> group_shares(const Scenario& s, std::size_t interval) {
  std::vector<double> work(s.staff.size(), 0.0);
  for (std::size_t d = 0; d < s.demand.size(); ++d) {
    const std::vector<std::size_t> groups = first_groups(s, static_cast<int>(d));
    const double w = s.demand[d].rate_per_s.at(interval) * mean_holding_s(s.floor, s.demand[d], interval);
    for (std::size_t g : groups) work[g] += w / static_cast<double>(groups.size());
  }
  if (std::accumulate(work.begin(), work.end(), 0.0) > 0) return normalised(work);
  std::vector<double> roster(s.staff.size(), 0.0);
  for (std::size_t g = 0; g < s.staff.size(); ++g)
    if (interval < s.staff[g].count.size()) roster[g] = s.staff[g].count[interval];
  return normalised(roster);
}

std::vector<std::vector<int>> split_by_group(const Scenario& s, const std::vector<int>& total) {
  std::vector<std::vector<int>> counts(s.staff.size(), std::vector<int>(total.size(), 0));
  for (std::size_t i = 0; i < total.size(); ++i) {
    const std::vector<int> c = apportion(group_shares(s, i), total[i]);
    for (std::size_t g = 0; g < c.size(); ++g) counts[g][i] = c[g];
  }
  return counts;
}

std::string describe_split(const Scenario& s) {
  std::vector<double> work(s.staff.size(), 0.0);
  for (std::size_t i = 0; i < static_cast<std::size_t>(s.clock.intervals()); ++i) {
    const double load = forecast_load_erl(s, i);
    const std::vector<double> shares = group_shares(s, i);
    for (std::size_t g = 0; g < work.size(); ++g) work[g] += load * shares[g];
  }
  work = normalised(work);
  std::string text;
  for (std::size_t g = 0; g < work.size(); ++g)
    text += fmt::format("{}{} {:.0f}%", g ? ", " : "", s.staff[g].name, 100 * work[g]);
  return text;
}

} // namespace ccsim
