#include "ccsim/optimize/daily_greedy.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {
namespace {

// The relative gap of a value beyond a bound (0 when it holds or is undefined).
double gap(double value, double bound, bool at_least) {
  if (std::isnan(value)) return 0;
  const double over = at_least ? bound - value : value - bound;
  return over > 1e-12 ? over / std::max(bound, 1e-6) : 0;
}

// What one more agent brings an interval when no target is short: calls
// answered within T and calls kept from hanging up.
double gain(const IntervalKpis& now, const IntervalKpis& more) {
  const auto diff = [](double a, double b) { return std::isnan(a) || std::isnan(b) ? 0.0 : a - b; };
  return now.offered * (diff(more.service_level, now.service_level) + diff(now.abandon_rate, more.abandon_rate));
}

}  // namespace

double daily_shortfall(const Targets& t, const IntervalKpis& day) {
  double s = 0;
  if (t.service_level) s += gap(day.service_level, t.service_level->at_least, true);
  if (t.abandonment_at_most) s += gap(day.abandon_rate, *t.abandonment_at_most, false);
  if (t.asa_at_most_s) s += gap(day.asa_s, *t.asa_at_most_s, false);
  if (t.occupancy_at_most) s += gap(day.occupancy, *t.occupancy_at_most, false);
  if (t.lane_queue_mean_at_most) s += gap(day.mean_lane_queue, *t.lane_queue_mean_at_most, false);
  // (the longest queue of the day is no sum of the intervals': the formula cannot aim at it)
  return s;
}

DailyAdditions add_until_daily_met(const Targets& daily, std::vector<int>& agents, std::size_t first,
                                   const std::vector<int>& cap, const IntervalFormula& formula, int demand_class,
                                   bool at_least_one) {
  const std::size_t n = agents.size();
  const double T = daily.service_level ? daily.service_level->answered_within_s : 20;
  std::vector<IntervalKpis> now(n), more(n);
  for (std::size_t i = 0; i < n; ++i) now[i] = formula(i, agents[i], T, demand_class);
  const auto refresh = [&](std::size_t i) {
    if (i >= first && agents[i] < cap[i]) more[i] = formula(i, agents[i] + 1, T, demand_class);
  };
  for (std::size_t i = first; i < n; ++i) refresh(i);
  DailyAdditions result;
  while (true) {
    DaySums day_now;
    for (std::size_t i = first; i < n; ++i) day_now.add(now[i]);
    const double shortfall = daily_shortfall(daily, day_now.kpis());
    if (shortfall == 0 && !(at_least_one && result.added == 0)) {
      result.met = true;
      return result;
    }
    // The interval whose next agent leaves the least shortfall; with none
    // left to make up (at_least_one), the one that raises the day most.
    std::size_t best = n;
    double best_value = 0;
    for (std::size_t i = first; i < n; ++i) {
      if (agents[i] >= cap[i] || !(now[i].offered > 0)) continue;
      DaySums with_one_more = day_now;  // the day with interval i's next agent: its counts swapped in
      with_one_more.add(now[i], -1);
      with_one_more.add(more[i]);
      const IntervalKpis day = with_one_more.kpis();
      const double value = shortfall > 0 ? shortfall - daily_shortfall(daily, day) : gain(now[i], more[i]);
      if (best == n || value > best_value + 1e-15) best = i, best_value = value;
    }
    if (best == n || (shortfall > 0 && best_value <= 0)) {
      result.met = shortfall == 0;
      return result;
    }
    ++agents[best];
    ++result.added;
    now[best] = more[best];
    refresh(best);
  }
}

}  // namespace ccsim
