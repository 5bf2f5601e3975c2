#pragma once
// Plans for floors whose agent groups differ (skills, routes, fatigue,
// absenteeism): a plan gives the agents on duty in all groups per interval,
// and each interval's agents are split among the groups in proportion to the
// work routed to each group first. Every group keeps its skills, fatigue and
// absenteeism, so the simulation judges the plan on the real floor.
#include <string>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// True when the groups differ in what the engine uses (a group with skills,
/// fatigue or absenteeism, or a class with a route): a plan must then keep the
/// groups and split its agents among them. False: one pooled team serves
/// every class, and the plan may replace the groups by one.
bool staffed_by_group(const Scenario& scenario);

/// Weights that tilt the split: each group's share times its weight, then
/// renormalised; an infinite weight gives its groups every agent. Empty: the
/// rule's own split.
using GroupWeights = std::vector<double>;

/// Per group, its share of interval `interval`'s agents: the forecast work
/// (rate x holding time) of the classes it serves first (the route's primary
/// group; without a route, every group that serves the class, evenly). Groups
/// that only take overflow keep their share of the scenario's own roster.
/// Without demand in the interval: the roster, else evenly. Shares are >= 0
/// and sum to 1. With `weights`, tilted by them (where every weighted share
/// is 0: the untilted shares).
std::vector<double> group_shares(const Scenario& scenario, std::size_t interval, const GroupWeights& weights = {});

/// Agents per group [group][interval] for `total` agents per interval,
/// apportioned by Huntington-Hill: every group with a positive share gets one
/// agent before any gets two, and one agent more in the total never takes one
/// from a group. No group gets more than its max_agents (the surplus goes to
/// the groups with room). The counts of each interval sum to its total.
std::vector<std::vector<int>> split_by_group(const Scenario& scenario, const std::vector<int>& total,
                                             const GroupWeights& weights = {});

/// One sentence for plan notes: how the agents are split, with the day's
/// shares, e.g. "retail 78%, business 22%".
std::string describe_split(const Scenario& scenario, const GroupWeights& weights = {});

/// The same for a plan's own counts per group [group][interval]: each group's
/// share of the agent-intervals, e.g. "retail 80%, business 20%" (where seats
/// cap a group, what the plan gives rather than what the rule aimed at).
std::string describe_counts(const Scenario& scenario, const std::vector<std::vector<int>>& by_group);

/// A split a search may choose instead of the rule's.
struct SplitCandidate {
  std::string name;  ///< "the rule's", "premium_desk x4", "all to premium_desk", "none to generalists"
  GroupWeights weights;
};

/// The splits a search compares, the rule's first: for each group, its share
/// times 4 and divided by 4, every agent to it, and none to it; only those
/// that leave, in every interval, each class with calls a group it reaches
/// (its skills; a routed class: its primary and overflow groups) with a share
/// of that interval (and floors of two or more groups have any).
std::vector<SplitCandidate> split_candidates(const Scenario& scenario);

}  // namespace ccsim
