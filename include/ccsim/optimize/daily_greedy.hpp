#pragma once
// Meeting targets that hold for the day (`daily: true`): agents added one at a
// time where they bring the day's figures nearest to the targets (greedy
// marginal analysis), each interval's expected KPIs given by a formula.
// The analytic plans and the simulation search use it.
#include <cstddef>
#include <functional>
#include <vector>

#include "ccsim/optimize/interval_targets.hpp"

namespace ccsim {

/// Expected KPIs of `interval` with `agents` on duty, the service level within
/// `answered_within_s`, with `offered` (its calls, the weight in the day's
/// figure: class `demand_class`'s calls, or all calls when it is -1),
/// `answered` and `staffed_s` set. An interval without calls has offered 0.
using IntervalFormula =
    std::function<IntervalKpis(std::size_t interval, int agents, double answered_within_s, int demand_class)>;

/// How far a day's figures are from `daily`: 0 when each target is met, else
/// the sum over the missed ones of the gap relative to the target.
double daily_shortfall(const Targets& daily, const IntervalKpis& day);

/// Adds agents to intervals `first`.. (each at most cap[i]) until the day's
/// figures (day_kpis of the formula's, at daily's T, weighted by
/// `demand_class`'s calls or all calls at -1) meet `daily`, each agent where the
/// shortfall falls most (ties: the earliest interval). With `at_least_one`
/// one agent is added even when the formula already meets the targets.
/// Returns the agents added; `met` says whether the targets are met (false:
/// no interval can take another agent that helps).
struct DailyAdditions {
  int added = 0;
  bool met = false;
};
DailyAdditions add_until_daily_met(const Targets& daily, std::vector<int>& agents, std::size_t first,
                                   const std::vector<int>& cap, const IntervalFormula& formula, int demand_class,
                                   bool at_least_one = false);

}  // namespace ccsim
