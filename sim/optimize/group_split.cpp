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

// Huntington-Hill, one agent at a time: the next agent goes to the group of
// highest share / sqrt(n (n + 1)), so every group with a positive share gets
// its first agent before any gets a second, and one agent more never takes
// one from a group (house-monotone). Ties go to the earlier group. A group at
// its max_agents takes no more; when every group with a share is full, the
// agent goes to the earliest group with room (the plan's total is capped by
// the caps' sum, agents_cap, so there is room).
std::vector<int> apportion(const Scenario& s, const std::vector<double>& shares, int total) {
  std::vector<int> counts(shares.size(), 0);
  const auto room = [&](std::size_t g) { return !s.staff[g].max_agents || counts[g] < *s.staff[g].max_agents; };
  for (int k = 0; k < total; ++k) {
    std::size_t best = shares.size();
    double best_priority = -1;
    for (std::size_t g = 0; g < shares.size(); ++g) {
      if (!(shares[g] > 0) || !room(g)) continue;
      const double n = counts[g];
      const double priority = n == 0 ? INFINITY : shares[g] / std::sqrt(n * (n + 1));
      if (priority > best_priority) {
        best = g;
        best_priority = priority;
      }
    }
    for (std::size_t g = 0; g < shares.size() && best == shares.size(); ++g)
      if (room(g)) best = g;
    if (best == shares.size()) best = 0;  // every group full (cannot happen within agents_cap)
    ++counts[best];
  }
  return counts;
}

// Groups that take no class first but some class's overflow.
std::vector<bool> overflow_only(const Scenario& s) {
  std::vector<bool> first(s.staff.size(), false), overflow(s.staff.size(), false);
  for (std::size_t d = 0; d < s.demand.size(); ++d) {
    for (std::size_t g : first_groups(s, static_cast<int>(d))) first[g] = true;
    if (s.demand[d].route && s.demand[d].route->overflow)
      overflow[static_cast<std::size_t>(*s.demand[d].route->overflow)] = true;
  }
  std::vector<bool> only(s.staff.size());
  for (std::size_t g = 0; g < only.size(); ++g) only[g] = overflow[g] && !first[g];
  return only;
}

std::vector<double> roster_shares(const Scenario& s, std::size_t interval) {
  std::vector<double> roster(s.staff.size(), 0.0);
  for (std::size_t g = 0; g < s.staff.size(); ++g)
    if (interval < s.staff[g].count.size()) roster[g] = s.staff[g].count[interval];
  return normalised(roster);
}

// group_shares, the overflow-only groups found once for the whole day.
std::vector<double> shares_at(const Scenario& s, std::size_t interval, const std::vector<bool>& only) {
  std::vector<double> work(s.staff.size(), 0.0);
  for (std::size_t d = 0; d < s.demand.size(); ++d) {
    const std::vector<std::size_t> groups = first_groups(s, static_cast<int>(d));
    const double w = s.demand[d].rate_per_s.at(interval) * mean_holding_s(s.floor, s.demand[d], interval);
    for (std::size_t g : groups) work[g] += w / static_cast<double>(groups.size());
  }
  const std::vector<double> roster = roster_shares(s, interval);
  if (!(std::accumulate(work.begin(), work.end(), 0.0) > 0)) return roster;
  // Overflow-only groups keep the share the scenario's own roster gives them
  // (their work depends on how long callers wait, which no forecast says);
  // the rest is split by first work.
  double kept = 0;
  for (std::size_t g = 0; g < only.size(); ++g)
    if (only[g]) kept += roster[g];
  std::vector<double> shares = normalised(work);
  for (std::size_t g = 0; g < shares.size(); ++g) shares[g] = only[g] ? roster[g] : shares[g] * (1 - kept);
  return shares;
}

// The shares tilted by the weights (an infinite weight: only those groups).
std::vector<double> weighed(std::vector<double> shares, const GroupWeights& weights) {
  if (weights.empty()) return shares;
  const bool any_infinite = std::any_of(weights.begin(), weights.end(), [](double w) { return std::isinf(w); });
  std::vector<double> tilted(shares.size());
  for (std::size_t g = 0; g < shares.size(); ++g)
    tilted[g] = any_infinite ? (std::isinf(weights[g]) ? shares[g] : 0.0) : shares[g] * weights[g];
  if (!(std::accumulate(tilted.begin(), tilted.end(), 0.0) > 0)) {
    // (an all-to group with no share of its own here: it takes the interval alone)
    if (!any_infinite) return shares;
    for (std::size_t g = 0; g < shares.size(); ++g) tilted[g] = std::isinf(weights[g]) ? 1.0 : 0.0;
  }
  return normalised(tilted);
}

}  // namespace

bool staffed_by_group(const Scenario& s) { return groups_differ(s); }

std::vector<double> group_shares(const Scenario& s, std::size_t interval, const GroupWeights& weights) {
  return weighed(shares_at(s, interval, overflow_only(s)), weights);
}

std::vector<std::vector<int>> split_by_group(const Scenario& s, const std::vector<int>& total,
                                             const GroupWeights& weights) {
  std::vector<std::vector<int>> counts(s.staff.size(), std::vector<int>(total.size(), 0));
  const std::vector<bool> only = overflow_only(s);
  for (std::size_t i = 0; i < total.size(); ++i) {
    const std::vector<int> c = apportion(s, weighed(shares_at(s, i, only), weights), total[i]);
    for (std::size_t g = 0; g < c.size(); ++g) counts[g][i] = c[g];
  }
  return counts;
}

std::string describe_split(const Scenario& s, const GroupWeights& weights) {
  std::vector<double> work(s.staff.size(), 0.0);
  const std::vector<bool> only = overflow_only(s);
  for (std::size_t i = 0; i < static_cast<std::size_t>(s.clock.intervals()); ++i) {
    const double load = forecast_load_erl(s, i);
    const std::vector<double> shares = weighed(shares_at(s, i, only), weights);
    for (std::size_t g = 0; g < work.size(); ++g) work[g] += load * shares[g];
  }
  work = normalised(work);
  std::string text;
  for (std::size_t g = 0; g < work.size(); ++g)
    text += fmt::format("{}{} {:.0f}%", g ? ", " : "", s.staff[g].name, 100 * work[g]);
  return text;
}

std::string describe_counts(const Scenario& s, const std::vector<std::vector<int>>& by_group) {
  std::vector<double> agents;
  for (const std::vector<int>& counts : by_group) agents.push_back(std::accumulate(counts.begin(), counts.end(), 0.0));
  agents = normalised(agents);
  std::string text;
  for (std::size_t g = 0; g < agents.size() && g < s.staff.size(); ++g)
    text += fmt::format("{}{} {:.0f}%", g ? ", " : "", s.staff[g].name, 100 * agents[g]);
  return text;
}

namespace {

// Each interval's shares under `weights`, [interval][group].
std::vector<std::vector<double>> shares_by_interval(const Scenario& s, const GroupWeights& weights,
                                                    const std::vector<bool>& only) {
  std::vector<std::vector<double>> shares;
  for (std::size_t i = 0; i < static_cast<std::size_t>(s.clock.intervals()); ++i)
    shares.push_back(weighed(shares_at(s, i, only), weights));
  return shares;
}

// A candidate serves every class with calls: in each interval some group the
// class reaches has a share.
bool serves_every_class(const Scenario& s, const std::vector<std::vector<double>>& shares) {
  for (std::size_t i = 0; i < shares.size(); ++i)
    for (std::size_t d = 0; d < s.demand.size(); ++d) {
      const Demand& demand = s.demand[d];
      if (!(demand.rate_per_s.at(i) > 0)) continue;  // (a trace's calls: judged by the rule's own shares)
      bool served = false;
      for (std::size_t g = 0; g < s.staff.size(); ++g) {
        // A routed class reaches its primary group and its overflow group only.
        const bool reaches = demand.route ? (static_cast<int>(g) == demand.route->primary ||
                                             (demand.route->overflow && static_cast<int>(g) == *demand.route->overflow))
                                          : s.staff[g].serves(static_cast<int>(d));
        served = served || (reaches && shares[i][g] > 0 && s.staff[g].max_agents.value_or(1) > 0);
      }
      if (!served) return false;
    }
  return true;
}

bool alike(const std::vector<std::vector<double>>& a, const std::vector<std::vector<double>>& b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t g = 0; g < a[i].size(); ++g)
      if (!(std::abs(a[i][g] - b[i][g]) < 1e-9)) return false;
  return true;
}

}  // namespace

std::vector<SplitCandidate> split_candidates(const Scenario& s) {
  std::vector<SplitCandidate> candidates{{"the rule's", {}}};
  if (s.staff.size() < 2) return candidates;
  const std::size_t n = s.staff.size();
  const std::vector<bool> only = overflow_only(s);
  // Of two candidates that split alike through the day (with two groups "all
  // to one" is "none to the other"), the first is kept.
  std::vector<std::vector<std::vector<double>>> seen{shares_by_interval(s, {}, only)};
  for (std::size_t g = 0; g < n; ++g) {
    const std::string& name = s.staff[g].name;
    const auto with = [&](double w) {
      GroupWeights weights(n, 1.0);
      weights[g] = w;
      return weights;
    };
    for (SplitCandidate c :
         {SplitCandidate{name + " x4", with(4)}, SplitCandidate{name + " /4", with(0.25)},
          SplitCandidate{"all to " + name, with(INFINITY)}, SplitCandidate{"none to " + name, with(0)}}) {
      std::vector<std::vector<double>> shares = shares_by_interval(s, c.weights, only);
      if (!serves_every_class(s, shares) ||
          std::any_of(seen.begin(), seen.end(), [&](const auto& other) { return alike(shares, other); }))
        continue;
      seen.push_back(std::move(shares));
      candidates.push_back(std::move(c));
    }
  }
  return candidates;
}

}  // namespace ccsim
